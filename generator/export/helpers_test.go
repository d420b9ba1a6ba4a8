package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// testTitle is the data package's title in the tests (Options.Title).
const testTitle = "Example Tracker"

// repoRoot is the repository root, two folders up from this package.
const repoRoot = "../.."

// loadSeed decodes data/ with encoding/json alone, standing in for the
// loader so that these tests depend only on the records' JSON form.
func loadSeed(t testing.TB) *record.Dataset {
	t.Helper()
	d := &record.Dataset{}
	decodeAll(t, "companies", &d.Companies)
	decodeAll(t, "investments", &d.Investments)
	decodeAll(t, "regions", &d.Regions)
	if b, err := os.ReadFile(filepath.Join(repoRoot, "data", "rates.json")); err == nil {
		var r record.Rates
		mustUnmarshal(t, "data/rates.json", b, &r)
		d.Rates = r.Rates
	}
	return d
}

// decodeAll decodes data/<dir>/*.json, in file name (id) order, into *out.
func decodeAll[T any](t testing.TB, dir string, out *[]T) {
	t.Helper()
	names, err := filepath.Glob(filepath.Join(repoRoot, "data", dir, "*.json"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no records in data/%s: %v", dir, err)
	}
	for _, name := range names {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		var v T
		mustUnmarshal(t, name, b, &v)
		*out = append(*out, v)
	}
}

func mustUnmarshal(t testing.TB, name string, b []byte, v any) {
	t.Helper()
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		t.Fatalf("decode %s: %v", name, err)
	}
}

// writeTo is the export of d, written once per test binary and shared by
// every test that exports the same records: the tests only read it.
func writeTo(t testing.TB, d *record.Dataset) (string, *record.Manifest) {
	t.Helper()
	b, err := json.Marshal(d)
	if err != nil {
		t.Fatal(err)
	}
	v, _ := exports.LoadOrStore(sha256.Sum256(b), &sharedExport{})
	s := v.(*sharedExport)
	s.once.Do(func() {
		if s.dir, s.err = os.MkdirTemp("", "kit-export-test-"); s.err == nil {
			s.m, s.err = Write(s.dir, publication.Build(d), testOptions(t))
		}
	})
	if s.err != nil {
		t.Fatalf("Write: %v", s.err)
	}
	return s.dir, s.m
}

// exports holds writeTo's folders by the SHA-256 of the dataset's JSON.
var exports sync.Map

type sharedExport struct {
	once sync.Once
	dir  string
	m    *record.Manifest
	err  error
}

// writeFresh exports d into a folder of its own, for a test that compares
// two exports of the same records.
func writeFresh(t testing.TB, d *record.Dataset) string {
	t.Helper()
	dir := t.TempDir()
	if _, err := Write(dir, publication.Build(d), testOptions(t)); err != nil {
		t.Fatalf("Write: %v", err)
	}
	return dir
}

// TestMain removes writeTo's folders after the tests.
func TestMain(m *testing.M) {
	code := m.Run()
	exports.Range(func(_, v any) bool {
		if dir := v.(*sharedExport).dir; dir != "" {
			os.RemoveAll(dir)
		}
		return true
	})
	os.Exit(code)
}

// requireTool finds an external program, skipping the test under -short,
// or when it is missing, except in CI (CI=true), where a missing tool is a
// failure.
func requireTool(t *testing.T, name, install string) string {
	t.Helper()
	if testing.Short() {
		t.Skipf("runs %s", name)
	}
	p, err := exec.LookPath(name)
	if err == nil {
		return p
	}
	msg := fmt.Sprintf("%s not found (%s)", name, install)
	if os.Getenv("CI") == "true" {
		t.Fatalf("%s; CI must install it", msg)
	}
	t.Skip(msg)
	return ""
}

// golden compares got with testdata/<name>, or rewrites it with -update.
func golden(t *testing.T, name string, got []byte) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from the golden file (run go test -update after checking the change):\n%s",
			name, firstDiff(string(got), string(want)))
	}
}

// firstDiff shows the first line where got and want differ.
func firstDiff(got, want string) string {
	g, w := strings.Split(got, "\n"), strings.Split(want, "\n")
	for i := range max(len(g), len(w)) {
		var gl, wl string
		if i < len(g) {
			gl = g[i]
		}
		if i < len(w) {
			wl = w[i]
		}
		if gl != wl {
			return fmt.Sprintf("line %d:\n got: %q\nwant: %q", i+1, gl, wl)
		}
	}
	return "(same lines, different bytes)"
}

// testNames names the codes from the site's catalogs, as a build does.
func testNames(t testing.TB) Names {
	t.Helper()
	cats, err := locale.ReadRepository(repoRoot)
	if err != nil {
		t.Fatal(err)
	}
	return locale.Names(cats)
}

// testOptions are the options a build passes, without reuse.
func testOptions(t testing.TB) Options { return Options{Title: testTitle, Names: testNames(t)} }
