// Package testrepo holds the helpers that tests of several packages share:
// copies of the repository to break, synthetic repositories, a stand-in
// for Hugo that can be held mid-run, and comparisons of built sites
// (package hugobin gives the pinned Hugo itself).
package testrepo

import (
	"bytes"
	"encoding/json"
	"errors"
	"io/fs"
	"maps"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/synth"
)

// buildInputs are what a build reads from the repository; .ci (Pagefind)
// is left out, so a copy builds without a search index, quickly.
var buildInputs = []string{"data", "content", "schema", "site", "tools", "go.mod", "go.sum"}

// Root is the repository's root folder: the nearest folder above the
// test's working folder that holds go.mod and data/.
func Root() (string, error) {
	dir, err := filepath.Abs(".")
	if err != nil {
		return "", err
	}
	for !isFile(filepath.Join(dir, "go.mod")) || !isDir(filepath.Join(dir, "data")) {
		if filepath.Dir(dir) == dir {
			return "", errors.New("no repository root above the test's folder")
		}
		dir = filepath.Dir(dir)
	}
	return dir, nil
}

// Copy copies what a build reads into a scratch folder that the test may break.
func Copy(t testing.TB) string {
	t.Helper()
	root, err := Root()
	if err != nil {
		t.Fatal(err)
	}
	dst := t.TempDir()
	for _, d := range buildInputs {
		if out, err := exec.Command("cp", "-r", filepath.Join(root, d), dst).CombinedOutput(); err != nil {
			t.Fatalf("cp %s: %v\n%s", d, err, out)
		}
	}
	return dst
}

// Synthetic is a copy of the repository whose records and profiles are
// synthetic ones (synth.Write, with the real regions) and a synthetic
// profile of Seoul.
func Synthetic(t testing.TB, cfg synth.Config) string {
	t.Helper()
	root := Copy(t)
	for _, d := range []string{"data/companies", "data/investments", "content/companies", "content/regions"} {
		if err := os.RemoveAll(filepath.Join(root, d)); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(root, "data/regions/*.json"))
	for _, f := range files {
		var r record.Region
		if b, err := os.ReadFile(f); err != nil || json.Unmarshal(b, &r) != nil {
			t.Fatalf("reading %s: %v", f, err)
		}
		cfg.Regions = append(cfg.Regions, r)
	}
	if err := synth.Write(root, cfg); err != nil {
		t.Fatal(err)
	}
	Write(t, root, "content/regions/KR-11.md", "---\ntitle: Seoul\nregion: KR-11\nsynthetic: true\n---\nA synthetic introduction to Seoul, for a test.\n")
	return root
}

// Write writes a file below root (a slash path), making its folders.
func Write(t testing.TB, root, name, text string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

// Replace replaces the first old in the file below root by new; the file
// must hold old.
func Replace(t testing.TB, root, name, old, new string) {
	t.Helper()
	p := filepath.Join(root, filepath.FromSlash(name))
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(b, []byte(old)) {
		t.Fatalf("%s holds no %q", name, old)
	}
	if err := os.WriteFile(p, bytes.Replace(b, []byte(old), []byte(new), 1), 0o644); err != nil {
		t.Fatal(err)
	}
}

// SameFile says whether a and b are the same file (a hard link); a must exist.
func SameFile(t testing.TB, a, b string) bool {
	t.Helper()
	sa, err := os.Stat(a)
	if err != nil {
		t.Fatal(err)
	}
	sb, err := os.Stat(b)
	return err == nil && os.SameFile(sa, sb)
}

// SiteFiles reads every file of a built site; folders are there too, as
// "name/" with no bytes, so that one left empty is seen.
func SiteFiles(t testing.TB, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			out[filepath.ToSlash(rel)+"/"] = nil
			return nil
		}
		out[filepath.ToSlash(rel)], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// SiteDiff says how the files of a site (SiteFiles) differ from want's.
func SiteDiff(got, want map[string][]byte) []string {
	var out []string
	for _, name := range slices.Sorted(maps.Keys(want)) {
		if g, ok := got[name]; !ok {
			out = append(out, "lacks "+name)
		} else if !bytes.Equal(g, want[name]) {
			out = append(out, name+" differs")
		}
	}
	for _, name := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[name]; !ok {
			out = append(out, "has "+name+", which the other lacks")
		}
	}
	return out
}

// HTMLPages are the names of the HTML files among a site's files.
func HTMLPages(files map[string][]byte) []string {
	var out []string
	for name := range files {
		if strings.HasSuffix(name, ".html") {
			out = append(out, name)
		}
	}
	return out
}

func isFile(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && !fi.IsDir()
}

func isDir(p string) bool {
	fi, err := os.Stat(p)
	return err == nil && fi.IsDir()
}

// Git runs git in dir as a fixed author at a fixed time, outside the
// user's and the system's git settings, and fails the test if git does.
// It skips the test when git is not installed.
func Git(t testing.TB, dir string, args ...string) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not found")
	}
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=test", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_AUTHOR_DATE=2026-01-01T12:00:00Z",
		"GIT_COMMITTER_NAME=test", "GIT_COMMITTER_EMAIL=t@example.com", "GIT_COMMITTER_DATE=2026-01-01T12:00:00Z")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %q: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}
