package build_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
)

func copyRepo(t *testing.T) string {
	t.Helper()
	dst := t.TempDir()
	for _, d := range []string{"data", "content", "schema", "site", "tools", "go.mod", "go.sum"} {
		if out, err := exec.Command("cp", "-r", filepath.Join("../..", d), dst).CombinedOutput(); err != nil {
			t.Fatalf("cp %s: %v\n%s", d, err, out)
		}
	}
	return dst
}

// publishedRepo is a copy of the repository built once into its public/,
// for tests of what a later build does to a published site.
func publishedRepo(t *testing.T) string {
	t.Helper()
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	root := copyRepo(t)
	if _, err := build.Run(context.Background(), build.Options{Root: root}); err != nil {
		t.Fatal(err)
	}
	return root
}

// TestFailedBuildKeepsPreviousSite: bad data or a broken template fails the
// build with a clear error and leaves the previous public/ exactly as it was.
func TestFailedBuildKeepsPreviousSite(t *testing.T) {
	root := publishedRepo(t)
	ctx := context.Background()
	if st, err := os.Stat(filepath.Join(root, "public")); err != nil {
		t.Fatal(err)
	} else if st.Mode().Perm() != 0o755 {
		t.Fatalf("public/ mode = %v, want 0755: a web server must read it", st.Mode().Perm())
	}
	index := filepath.Join(root, "public", "index.html")
	before, err := os.ReadFile(index)
	if err != nil {
		t.Fatal(err)
	}

	record := filepath.Join(root, "data/investments/aws-ulsan-ai-data-hub.json")
	good, _ := os.ReadFile(record)
	os.WriteFile(record, []byte(strings.Replace(string(good), `"value": 4000000000`, `"value": -4`, 1)), 0o644)
	_, err = build.Run(ctx, build.Options{Root: root})
	var invalid *build.InvalidError
	if !errors.As(err, &invalid) || !strings.Contains(invalid.Errors.Error(), "aws-ulsan-ai-data-hub.json:11:14: amount.value must be at least 0") {
		t.Fatalf("want an InvalidError at the amount, got %v", err)
	}
	os.WriteFile(record, good, 0o644)

	layouts, _ := filepath.Glob(filepath.Join(root, "site/layouts/*.html"))
	if len(layouts) == 0 {
		t.Fatal("no layouts to break")
	}
	os.WriteFile(layouts[0], []byte("{{ .NoSuchMethod "), 0o644)
	if _, err := build.Run(ctx, build.Options{Root: root}); err == nil {
		t.Fatal("a broken template built without error")
	}

	after, err := os.ReadFile(index)
	if err != nil || string(after) != string(before) {
		t.Fatalf("public/index.html changed after failed builds (err %v)", err)
	}
	if left, _ := filepath.Glob(filepath.Join(root, ".public-staging-*")); len(left) > 0 {
		t.Errorf("staging folders left behind: %v", left)
	}
}

// TestWarnsWithoutSearchIndex: a machine with only Go has no Pagefind; the
// build still succeeds and says, through Options.Warn, that the site has
// no search index.
func TestWarnsWithoutSearchIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	t.Setenv("PAGEFIND", "")
	for _, name := range []string{"pagefind", "pagefind_extended"} {
		if _, err := exec.LookPath(name); err == nil {
			t.Skipf("%s is on the PATH", name)
		}
	}
	root := copyRepo(t) // without .ci/node_modules
	var warn strings.Builder
	if _, err := build.Run(context.Background(), build.Options{Root: root, Warn: &warn}); err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(warn.String(), "warning: no search index") {
		t.Errorf("warnings = %q, want one about the missing search index", warn.String())
	}
}

// TestPeakRSS: the build's peak adds up only the processes that run at
// the same time (synthetic sizes, in bytes).
func TestPeakRSS(t *testing.T) {
	tests := []struct {
		name string
		t    build.Timings
		want int64
	}{
		{"Hugo's phase is the peak", build.Timings{GeneratorMaxRSS: 70, GeneratorRSSWithHugo: 40, HugoMaxRSS: 280, GeneratorRSSWithSearch: 45, SearchMaxRSS: 150}, 320},
		{"the generator alone is the peak", build.Timings{GeneratorMaxRSS: 500, GeneratorRSSWithHugo: 40, HugoMaxRSS: 280}, 500},
		{"Pagefind's phase is the peak", build.Timings{GeneratorMaxRSS: 70, GeneratorRSSWithHugo: 40, HugoMaxRSS: 280, GeneratorRSSWithSearch: 45, SearchMaxRSS: 300}, 345},
		{"nothing measured", build.Timings{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.t.PeakRSS(); got != tt.want {
				t.Errorf("PeakRSS() = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestStaticCollisionRefused: a file of site/static at a dataset's path
// fails the build before Hugo runs, and the published dataset, which the
// stage may link, keeps its bytes.
func TestStaticCollisionRefused(t *testing.T) {
	root := publishedRepo(t)
	ctx := context.Background()
	published := filepath.Join(root, "public", "data", "regions.csv")
	before, err := os.ReadFile(published)
	if err != nil {
		t.Fatal(err)
	}
	static := filepath.Join(root, "site", "static", "data", "regions.csv")
	if err := os.MkdirAll(filepath.Dir(static), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(static, []byte("synthetic,not,a,dataset\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err = build.Run(ctx, build.Options{Root: root})
	if err == nil || !strings.Contains(err.Error(), "site/static/data/regions.csv") {
		t.Fatalf("build with a static file over a dataset: %v; want an error naming it", err)
	}
	if after, _ := os.ReadFile(published); !bytes.Equal(after, before) {
		t.Error("the published dataset changed")
	}
}
