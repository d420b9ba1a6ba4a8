package build_test

import (
	"bytes"
	"context"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/export"
	"github.com/korea-investment-tracker/kit/generator/internal/hugobin"
	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
)

// TestPublishedSite: what builds do to a site published before, from one
// copy of the repository built once, in parts of 50 pages (without
// Pagefind: it warns, and the site has no search index). Each subtest
// leaves the repository as it found it.
func TestPublishedSite(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	t.Setenv("PAGEFIND", "")
	root := testrepo.Copy(t) // without .ci/node_modules
	lookups := goShim(t)     // Hugo is found through `go tool`, as on a fresh machine
	var warn strings.Builder
	var runs, timed atomic.Int64 // Hugo's runs, and those whose CPU time was told
	c := &counts{sizes: map[build.Stage]int{}, done: map[string]*atomic.Int64{}, calls: map[string]int{}}
	opt := build.Options{Root: root, Warn: &warn, Start: c.start, Count: c.count, PagesPerHugo: 50,
		Stage: func(s build.Stage, _ time.Duration) {
			if s == build.StageHugo {
				runs.Add(1)
			}
		},
		ProgramCPU: func(s build.Stage, cpu time.Duration) {
			if s == build.StageHugo && cpu > 0 {
				timed.Add(1)
			}
		}}
	if _, err := build.Run(context.Background(), opt); err != nil {
		t.Fatal(err)
	}
	t.Run("looks Hugo up once for every part", func(t *testing.T) { lookedUpOnce(t, lookups, runs.Load()) })
	t.Run("tells each Hugo run's CPU time", func(t *testing.T) {
		if timed.Load() != runs.Load() {
			t.Errorf("%d of %d Hugo runs told their CPU time", timed.Load(), runs.Load())
		}
	})
	t.Run("counts each stage's units", func(t *testing.T) { c.check(t, root) })
	t.Run("warns without a search index", func(t *testing.T) { warnsWithoutSearchIndex(t, warn.String()) })
	t.Run("a failed build keeps the site", func(t *testing.T) { failedBuildKeepsSite(t, root) })
	t.Run("a static file over a dataset is refused", func(t *testing.T) { staticCollisionRefused(t, root) })
	t.Run("a rebuild keeps unchanged files", func(t *testing.T) { rebuildKeepsUnchangedFiles(t, root) })
}

// goShim puts first on PATH a go command that answers `go tool -n hugo`
// with the pinned Hugo at once and logs each call in the file whose path
// it returns, and a hugo of another version, which a build passes over
// as it would any hugo on PATH.
func goShim(t *testing.T) string {
	bin, log := t.TempDir(), filepath.Join(t.TempDir(), "calls")
	scripts := map[string]string{
		"go":   "#!/bin/sh\necho \"$*\" >> '" + log + "'\necho '" + hugobin.Path(t) + "'\n",
		"hugo": "#!/bin/sh\necho 'hugo v0.1.0 linux/amd64'\n",
	}
	for name, script := range scripts {
		if err := os.WriteFile(filepath.Join(bin, name), []byte(script), 0o755); err != nil {
			t.Fatal(err)
		}
	}
	t.Setenv("PATH", bin+string(os.PathListSeparator)+os.Getenv("PATH"))
	return log
}

// lookedUpOnce: a build in parts asks `go tool` for Hugo once, not once
// a part (0.2 s a time here).
func lookedUpOnce(t *testing.T, log string, runs int64) {
	b, err := os.ReadFile(log)
	if err != nil {
		t.Fatal(err)
	}
	if calls := strings.Count(string(b), "\n"); runs < 2 || calls != 1 {
		t.Errorf("%d Hugo processes, %d calls of go:\n%s; want parts and one call", runs, calls, b)
	}
}

// failedBuildKeepsSite: bad data or a broken template fails the build
// with a clear error and leaves the previous public/ exactly as it was.
func failedBuildKeepsSite(t *testing.T, root string) {
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
	_, err = build.Run(ctx, build.Options{Root: root, HugoBinary: hugobin.Path(t)})
	var invalid *build.InvalidError
	if !errors.As(err, &invalid) || !strings.Contains(invalid.Errors.Error(), "aws-ulsan-ai-data-hub.json:11:14: amount.value must be at least 0") {
		t.Fatalf("want an InvalidError at the amount, got %v", err)
	}
	os.WriteFile(record, good, 0o644)

	layouts, _ := filepath.Glob(filepath.Join(root, "site/layouts/*.html"))
	if len(layouts) == 0 {
		t.Fatal("no layouts to break")
	}
	layout, _ := os.ReadFile(layouts[0])
	os.WriteFile(layouts[0], []byte("{{ .NoSuchMethod "), 0o644)
	defer os.WriteFile(layouts[0], layout, 0o644)
	if _, err := build.Run(ctx, build.Options{Root: root, HugoBinary: hugobin.Path(t)}); err == nil {
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

// warnsWithoutSearchIndex: a machine with only Go has no Pagefind; the
// build still succeeds and says, through Options.Warn, that the site has
// no search index.
// counts records what a build tells Options.Start and Options.Count.
type counts struct {
	mu    sync.Mutex
	stage build.Stage
	sizes map[build.Stage]int
	done  map[string]*atomic.Int64 // by "stage step"
	calls map[string]int           // how often each was started
}

func (c *counts) start(s build.Stage, n int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.stage, c.sizes[s] = s, n
}

func (c *counts) count(step string) func(int) {
	c.mu.Lock()
	defer c.mu.Unlock()
	n := new(atomic.Int64)
	c.done[string(c.stage)+" "+step] = n
	c.calls[string(c.stage)+" "+step]++
	return func(k int) { n.Add(int64(k)) }
}

// check: the files read and checked are the files validated, the
// datasets written the files the manifest lists and itself, and the pages
// Hugo wrote the pages of the site, each once however many parts render it.
func (c *counts) check(t *testing.T, root string) {
	want := map[string]int{"validate read": c.sizes[build.StageValidate], "validate checked": c.sizes[build.StageValidate],
		"export ": c.sizes[build.StageExport]}
	for step, n := range want {
		if got := c.told(step); got != n || n <= 0 {
			t.Errorf("%q counted %d of %d", step, got, n)
		}
	}
	m, err := export.ReadManifest(filepath.Join(root, "public", "data"))
	if err != nil {
		t.Fatal(err)
	}
	if n := c.sizes[build.StageExport]; n != len(m.Files)+1 {
		t.Errorf("export's size %d, but the manifest lists %d files besides itself", n, len(m.Files))
	}
	// Hugo's parts count into one counter: a terminal shows the last started.
	if n := c.calls["render "]; n != 1 {
		t.Errorf("render started %d page counters; want 1 for every Hugo process", n)
	}
	if got, n := c.told("render "), c.sizes[build.StageRender]; got != n || n <= 0 {
		t.Errorf("render counted %d of %d pages", got, n)
	}
}

// told is how many units the step counted; -1 when it was not counted.
func (c *counts) told(step string) int {
	if n := c.done[step]; n != nil {
		return int(n.Load())
	}
	return -1
}

func warnsWithoutSearchIndex(t *testing.T, warn string) {
	for _, name := range []string{"pagefind", "pagefind_extended"} {
		if _, err := exec.LookPath(name); err == nil {
			t.Skipf("%s is on the PATH", name)
		}
	}
	if !strings.Contains(warn, "warning: no search index") {
		t.Errorf("warnings = %q, want one about the missing search index", warn)
	}
}

// staticCollisionRefused: a file of site/static at a dataset's path
// fails the build before Hugo runs, and the published dataset, which the
// stage may link, keeps its bytes.
func staticCollisionRefused(t *testing.T, root string) {
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
	defer os.Remove(static)
	_, err = build.Run(ctx, build.Options{Root: root, HugoBinary: hugobin.Path(t)})
	if err == nil || !strings.Contains(err.Error(), "site/static/data/regions.csv") {
		t.Fatalf("build with a static file over a dataset: %v; want an error naming it", err)
	}
	if after, _ := os.ReadFile(published); !bytes.Equal(after, before) {
		t.Error("the published dataset changed")
	}
}
