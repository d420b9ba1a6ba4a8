// Package build runs the whole pipeline: validate the records, resolve the
// publication, write the datasets, render the site with Hugo, and publish the
// result only when every step succeeded, so that a failed build never leaves
// a half-written public/. Publishing a rebuild rewrites only the files whose
// bytes changed (publish.go).
package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/export"
	"github.com/korea-investment-tracker/kit/generator/feed"
	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/reuse"
	"github.com/korea-investment-tracker/kit/generator/search"
)

// Options says what to build. The zero value builds the repository in the
// current folder into ./public for the production URL.
type Options struct {
	// Root is the repository root holding data/, content/, site/ and tools/; "" is ".".
	Root string
	// Out is where the finished site goes; "" is Root/public.
	Out string
	// BaseURL is the site's absolute URL; "" is the production URL.
	BaseURL string
	// HugoBinary overrides the pinned Hugo lookup (it must be the pinned version).
	HugoBinary string
	// Log receives Hugo's output; nil discards it.
	Log io.Writer
	// Warn receives warnings that do not fail the build (no Pagefind, so
	// no search index); nil discards them.
	Warn io.Writer
	// Timings, when set, receives how long each stage took.
	Timings *Timings
	// Preview skips the search index, for the live preview (serve), where a
	// rebuild should take a moment: Pagefind is the slowest step of a large
	// build. The previous build's index, if any, is kept in Out.
	Preview bool
	// Since, for the live preview, carries hugo.Config.Since from one build
	// into Out to the next. With Preview set too, a rebuild has Hugo render
	// only the pages whose input changed, and publishes those, the
	// datasets, the feeds and _redirects, keeping the rest of Out (the
	// sitemap, the pages that did not change). Its zero value makes the
	// next build a full one; reset it when site/ or schema/ change, which
	// it does not see. It describes what Out holds: FirstLook, which
	// writes pages into Out, forgets them from it.
	Since *hugo.Snapshot
	// Checker checks the records; nil makes a new one for the build. The
	// live preview keeps one from build to build: it re-checks only the
	// files whose bytes changed (check.Checker).
	Checker *check.Checker
	// Loader reads the records and pages; nil reads every file. The live
	// preview keeps one from build to build: it reads again only the files
	// whose size, times or inode changed (load.Loader).
	Loader *load.Loader
}

// InvalidError is returned when the data is invalid; Errors lists every problem.
type InvalidError struct{ Errors record.ErrorList }

func (e *InvalidError) Error() string {
	return fmt.Sprintf("%d problem(s) in the data:\n%v", len(e.Errors.Errors()), e.Errors)
}

// Validate loads and checks every record and page in fsys. The returned
// list holds errors and warnings; Err() on it is nil when the data is valid.
func Validate(fsys fs.FS) (*record.Dataset, record.ErrorList) { return validate(fsys, nil, nil) }

// validate is Validate with a Checker and a Loader to reuse; nil makes new ones.
func validate(fsys fs.FS, c *check.Checker, l *load.Loader) (*record.Dataset, record.ErrorList) {
	if l == nil {
		l = new(load.Loader)
	}
	files, errs := load.Files(fsys)
	docs, loadErrs := l.Load(fsys, files)
	if c == nil {
		var err error
		if c, err = check.New(); err != nil {
			return nil, append(errs, &record.Error{Msg: "internal error: " + err.Error()})
		}
	}
	d, checkErrs := c.Check(append(docs, load.Unread(files, docs)...))
	return d, slices.Concat(errs, loadErrs, checkErrs).Sort()
}

// Timings are how long each stage of a build took, for the benchmark.
type Timings struct {
	Validate, Publication, Export, Render, Total time.Duration
	// Hugo is the Hugo process alone (inside Render); HugoMaxRSS its peak memory in bytes.
	Hugo       time.Duration
	HugoMaxRSS int64
	// GeneratorMaxRSS is this process's own peak memory in bytes (Linux only; 0 elsewhere).
	GeneratorMaxRSS int64
	// GeneratorRSSWithHugo and GeneratorRSSWithSearch are this process's
	// memory while Hugo, then Pagefind, ran (it waits for them: the larger
	// of its size when each started and when it ended); SearchMaxRSS is
	// Pagefind's peak. With them PeakRSS adds up the processes that run at
	// the same time.
	GeneratorRSSWithHugo, GeneratorRSSWithSearch, SearchMaxRSS int64
	// Publish is the time to put the finished site in place; Files says
	// how many files it kept, wrote and removed.
	Publish time.Duration
	Files   SyncStats
	// Feeds and Search are the Atom feeds and the Pagefind index (after Render).
	Feeds, Search time.Duration
	// Quick is set for a quick rebuild (Options.Since); Rendered is then
	// how many pages Hugo rendered anew.
	Quick    bool
	Rendered int
}

// PeakRSS is the most memory the build's processes held at once: the
// generator alone, or the generator and Hugo, or the generator and
// Pagefind, which run one after the other.
func (t Timings) PeakRSS() int64 {
	return max(t.GeneratorMaxRSS, t.GeneratorRSSWithHugo+t.HugoMaxRSS, t.GeneratorRSSWithSearch+t.SearchMaxRSS)
}

// Run builds the site. On invalid data it returns an *InvalidError and
// leaves Out untouched.
func Run(ctx context.Context, opt Options) (*publication.Publication, error) {
	opt = opt.withDefaults()
	if opt.Timings == nil {
		opt.Timings = &Timings{}
	}
	t := opt.Timings
	start := time.Now()
	d, errs := validate(os.DirFS(opt.Root), opt.Checker, opt.Loader)
	if errs.Err() != nil {
		return nil, &InvalidError{Errors: errs}
	}
	t.Validate = time.Since(start)
	p := publication.Build(d)
	t.Publication = time.Since(start) - t.Validate
	stage, err := os.MkdirTemp(filepath.Dir(opt.Out), ".public-staging-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(stage) // a no-op once published
	// MkdirTemp makes the folder private (0700); the site is for everyone to read.
	if err := os.Chmod(stage, 0o755); err != nil {
		return nil, err
	}
	// The snapshot of this build is kept only once it is published: a
	// failed build must leave the next one diffing against what Out holds.
	var next *hugo.Snapshot
	if opt.Since != nil {
		next = new(hugo.Snapshot)
		if opt.Preview { // a quick render leaves no full site to index
			*next = *opt.Since
		}
	}
	res, err := render(ctx, opt, p, stage, next)
	if err != nil {
		return nil, err
	}
	var keep []string
	if opt.Preview {
		keep = []string{search.Bundle}
	}
	published := time.Now()
	if res.Quick {
		t.Files, err = publishQuick(stage, opt.Out, res.Removed)
	} else {
		t.Files, err = publish(stage, opt.Out, keep...)
	}
	if next != nil {
		*opt.Since = *next
		if err != nil {
			*opt.Since = hugo.Snapshot{} // Out is half updated: the next build is a full one
		}
	}
	t.Publish = time.Since(published)
	t.Total = time.Since(start)
	t.GeneratorMaxRSS = selfStatus("VmHWM:")
	return p, err
}

// FirstLook is the live preview's first step after records or profiles
// change: it checks the changed files and, when they are valid, has Hugo
// render only the pages of the records and profiles in files (slash paths
// below Root) straight into Out, which must hold the site that the last
// Run published with opt.Checker and opt.Loader. It reads and checks only
// the changed files and the records around them (check.Checker.Around),
// taking those as that Run read them, so that its cost follows the size of
// the pages rather than of the publication. The page being edited then
// shows the change at once; the quick rebuild that follows (Run with
// Since) checks the whole and brings every other page, the datasets and
// the feeds up to date. It returns how many pages it rendered (none when
// no file makes a page of its own) and, when the changed files are
// invalid, an *InvalidError with their problems (the rebuild finds those
// of the whole). Options.Since, when set, forgets the pages it renders,
// so that the next quick rebuild renders them again (hugo.RenderFirst).
// Options.Timings, when set, receives Validate, Publication, Render (with
// Hugo), Total and Rendered.
func FirstLook(ctx context.Context, opt Options, files []string) (int, error) {
	opt = opt.withDefaults()
	if opt.Checker == nil || opt.Loader == nil {
		return 0, errors.New("a first look needs the Checker and Loader of the build before it")
	}
	if opt.Timings == nil {
		opt.Timings = &Timings{}
	}
	t, start := opt.Timings, time.Now()
	d, errs := validateAround(os.DirFS(opt.Root), opt.Checker, opt.Loader, files)
	if errs.Err() != nil {
		return 0, &InvalidError{Errors: errs}
	}
	t.Validate = time.Since(start)
	p := publication.Build(d)
	t.Publication = time.Since(start) - t.Validate
	log, err := history.Read(ctx, opt.Root)
	if err != nil {
		return 0, fmt.Errorf("reading the history of the data: %w", err)
	}
	cfg := hugoConfig(opt, opt.Out, log)
	cfg.Since = opt.Since
	rendering := time.Now()
	folders, err := hugo.RenderFirst(ctx, cfg, p, files)
	if err != nil {
		return 0, fmt.Errorf("rendering the changed pages: %w", err)
	}
	t.Render = time.Since(rendering)
	t.Total, t.Rendered = time.Since(start), len(folders)
	return len(folders), nil
}

// validateAround reads the changed files among files afresh and checks
// them with the files around them, which l holds as the last build read
// them (or, if it does not, are read).
func validateAround(fsys fs.FS, c *check.Checker, l *load.Loader, files []string) (*record.Dataset, record.ErrorList) {
	changed, removed, errs := load.Changed(fsys, files)
	if errs.Err() != nil {
		return nil, errs
	}
	around, unknown := l.Known(c.Around(changed, removed))
	read, readErrs := load.Load(fsys, unknown)
	paths := make([]string, len(changed))
	for i, doc := range changed {
		paths[i] = doc.Path
	}
	d, checkErrs := c.CheckPart(slices.Concat(changed, around, read), paths)
	return d, slices.Concat(readErrs, checkErrs).Sort()
}

func (o Options) withDefaults() Options {
	if o.Root == "" {
		o.Root = "."
	}
	if o.Out == "" {
		o.Out = filepath.Join(o.Root, "public")
	}
	if o.BaseURL == "" {
		o.BaseURL = ProductionURL
	}
	return o
}

// ProductionURL is where the site is published; deploy previews pass their own.
const ProductionURL = "https://korea-investment-tracker.netlify.app/"

// render writes the datasets and then the pages into stage. It reads the
// data's git history once, for the pages (the /changes/ page, each page's
// last-changed date) and for the Atom feeds alike. since, when not nil, is
// hugo.Config.Since: the render may be a quick one, as the result says.
func render(ctx context.Context, opt Options, p *publication.Publication, stage string, since *hugo.Snapshot) (hugo.Result, error) {
	t := opt.Timings
	log, err := history.Read(ctx, opt.Root)
	if err != nil {
		return hugo.Result{}, fmt.Errorf("reading the history of the data: %w", err)
	}
	start := time.Now()
	// Files whose bytes did not change are linked from the published site
	// (package reuse); publish then keeps them without comparing.
	published := publishedSite(opt.Out)
	if _, err := export.Write(filepath.Join(stage, "data"), p, export.Options{Reuse: reuse.Path(published, "data")}); err != nil {
		return hugo.Result{}, fmt.Errorf("writing datasets: %w", err)
	}
	t.Export = time.Since(start)
	if err := staticCollisions(filepath.Join(opt.Root, "site", "static"), stage); err != nil {
		return hugo.Result{}, err
	}
	cfg := hugoConfig(opt, stage, log)
	cfg.Since = since
	res, err := hugo.Render(ctx, cfg, p)
	if err != nil {
		return res, fmt.Errorf("rendering the site: %w", err)
	}
	t.Quick, t.Rendered = res.Quick, len(res.Rendered)
	t.Render = time.Since(start) - t.Export
	start = time.Now()
	if err := writeFeeds(stage, opt, p, log, feed.Options{Reuse: published, OmitUnchanged: res.Quick}); err != nil {
		return res, fmt.Errorf("writing feeds: %w", err)
	}
	t.Feeds = time.Since(start)
	if !opt.Preview {
		if err := searchIndex(ctx, opt, stage); err != nil {
			return res, err
		}
	}
	return res, writeRedirects(stage, p)
}

// writeFeeds writes the Atom feeds in every language of the site.
func writeFeeds(stage string, opt Options, p *publication.Publication, log history.Log, fo feed.Options) error {
	words, err := hugo.Translations(filepath.Join(opt.Root, "site"))
	if err != nil {
		return err
	}
	for _, w := range words {
		fo.Translations = append(fo.Translations, feed.Translation{Folder: w.Lang + "/", T: w.T, Name: w.Name})
	}
	return feed.Write(stage, opt.BaseURL, p, log, fo)
}

// hugoConfig is how render and FirstLook run Hugo, writing into dest, with
// the hooks that time it and measure its memory and the generator's
// meanwhile. A quick render that falls back to a full one runs Hugo
// twice: the times add up.
func hugoConfig(opt Options, dest string, log history.Log) hugo.Config {
	t := opt.Timings
	return hugo.Config{Root: opt.Root, Dest: dest, BaseURL: opt.BaseURL, HugoBinary: opt.HugoBinary,
		Stdout: opt.Log, Stderr: opt.Log, History: log,
		OnStart: func() { t.GeneratorRSSWithHugo = max(t.GeneratorRSSWithHugo, selfStatus("VmRSS:")) },
		OnExit: func(ps *os.ProcessState, d time.Duration) {
			t.Hugo, t.HugoMaxRSS = t.Hugo+d, max(t.HugoMaxRSS, maxRSS(ps))
			t.GeneratorRSSWithHugo = max(t.GeneratorRSSWithHugo, selfStatus("VmRSS:"))
		}}
}

// searchIndex has Pagefind index the rendered stage, timing it and
// measuring its memory and the generator's meanwhile.
func searchIndex(ctx context.Context, opt Options, stage string) error {
	t := opt.Timings
	start, before := time.Now(), selfStatus("VmRSS:")
	ps, err := search.Index(ctx, opt.Root, stage, opt.Warn)
	if err != nil {
		return fmt.Errorf("building the search index: %w", err)
	}
	t.Search = time.Since(start)
	if ps != nil {
		t.SearchMaxRSS = maxRSS(ps)
		t.GeneratorRSSWithSearch = max(before, selfStatus("VmRSS:"))
	}
	return nil
}

// staticCollisions refuses a file of site/static at a path the export has
// written in stage: Hugo would copy it over the dataset, and the dataset
// may be a link to the published file (package reuse), which Hugo would
// then overwrite in public/ itself. (A feed is written after Hugo and
// refuses an existing file.)
func staticCollisions(static, stage string) error {
	var clash []string
	err := filepath.WalkDir(static, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(static, p)
		if _, err := os.Lstat(filepath.Join(stage, rel)); err == nil {
			clash = append(clash, "site/static/"+filepath.ToSlash(rel))
		}
		return nil
	})
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	}
	if err == nil && len(clash) > 0 {
		err = fmt.Errorf("%s: at the path of a dataset the build writes; move or rename it", strings.Join(clash, ", "))
	}
	return err
}

// publishedSite is out when it is a folder (a site published before), else "".
func publishedSite(out string) string {
	if fi, err := os.Lstat(out); err == nil && fi.IsDir() {
		return out
	}
	return ""
}

// maxRSS is a finished process's peak resident memory in bytes (Linux reports KiB).
func maxRSS(ps *os.ProcessState) int64 {
	if ru, ok := ps.SysUsage().(*syscall.Rusage); ok {
		return ru.Maxrss * 1024
	}
	return 0
}

// selfStatus reads a memory figure of this process from /proc (Linux
// only; 0 elsewhere): VmHWM, its peak resident memory, which, unlike
// rusage, does not include the Hugo child process; VmRSS, its current one.
func selfStatus(field string) int64 {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if v, ok := strings.CutPrefix(line, field); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb * 1024
		}
	}
	return 0
}
