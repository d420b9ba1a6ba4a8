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
	"runtime/debug"
	"slices"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/dataview"
	"github.com/korea-investment-tracker/kit/generator/export"
	"github.com/korea-investment-tracker/kit/generator/feed"
	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/pagediff"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/releases"
	"github.com/korea-investment-tracker/kit/generator/reuse"
	"github.com/korea-investment-tracker/kit/generator/search"
	"github.com/korea-investment-tracker/kit/generator/sitemap"
	"github.com/korea-investment-tracker/kit/generator/sqljs"
	"github.com/korea-investment-tracker/kit/generator/view"
	"github.com/korea-investment-tracker/kit/schema"
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
	// Note receives one line for one-time work a build does on its own:
	// compiling the pinned Hugo, installing Pagefind; nil discards it.
	Note io.Writer
	// Start, when set, is told as each stage but StageHugo starts, with
	// its size in the stage's Unit (-1 when not known): the terminal's
	// progress lines hang on it.
	Start func(Stage, int)
	// Count, when set, is told that a step of the stage in progress
	// counts its units from zero (step "" counts the stage's units, else
	// it says what is done to them: "read", "checked"), and returns what
	// is told, from several goroutines at once and as often as each unit,
	// as n more are done: the terminal's live counter hangs on it.
	Count func(step string) (add func(n int))
	// Step, when set, is told that a step of the stage in progress starts
	// that counts nothing (Pagefind's phases, "parsing files": it tells
	// nothing per page).
	Step func(step string)
	// Stage, when set, is told how long each stage took as it ends: the
	// benchmark's measurements hang on it.
	Stage func(Stage, time.Duration)
	// ProgramCPU, when set, is told the CPU time (user and system) of each
	// run of a program that does a stage's work, as it ends: Hugo's
	// (StageHugo), Pagefind's (StageSearch). The benchmark's accounting
	// of CPU time hangs on it.
	ProgramCPU func(Stage, time.Duration)
	// Shard, when set, has Run build one shard of a sharded build (see
	// Shard) into Out, for Merge.
	Shard Shard
	// PagesPerHugo is the most pages one Hugo process renders in a full
	// build: a larger site is rendered by several, one after another, each
	// over a part of the pages as a sharded build's shards are, which
	// bounds Hugo's memory; the site is the same. 0 is
	// DefaultPagesPerHugo; a negative value renders every page in one.
	PagesPerHugo int
	// PagesPerIndex is the most pages of a language one Pagefind process
	// indexes (search.Config.PagesPerIndex, whose zero value it shares).
	PagesPerIndex int
}

// searchConfig is how the build has Pagefind index the site.
func (o Options) searchConfig() search.Config {
	cfg := search.Config{Root: o.Root, Warn: o.Warn, Note: o.Note, Phase: o.Step, PagesPerIndex: o.PagesPerIndex}
	if o.ProgramCPU != nil {
		cfg.Ran = func(cpu time.Duration) { o.ProgramCPU(StageSearch, cpu) }
	}
	return cfg
}

// A Stage is a step of a build, as Options.Stage reports it.
type Stage string

// The stages, in the order they run. StageHugo is the Hugo process alone,
// within StageRender (once per run of Hugo); StageSearch runs only when
// the search index is built.
const (
	StageValidate    Stage = "validate"
	StagePublication Stage = "publication"
	StageReleases    Stage = "releases"
	StageExport      Stage = "export"
	StageRender      Stage = "render"
	StageHugo        Stage = "hugo"
	StageFeeds       Stage = "feeds"
	StageSearch      Stage = "search"
	StageMerge       Stage = "merge"
	StagePublish     Stage = "publish"
)

// Unit is what a stage's size, as Options.Start reports it, counts.
func (s Stage) Unit() string {
	switch s {
	case StageValidate, StagePublish, StageMerge:
		return "files"
	case StagePublication:
		return "records"
	case StageReleases:
		return "releases"
	case StageExport:
		return "datasets"
	}
	return "pages"
}

// start reports that s starts with size n, if anyone listens, and returns now.
func (o Options) start(s Stage, n int) time.Time {
	if o.Start != nil {
		o.Start(s, n)
	}
	return time.Now()
}

// count is Count(step) for a hook told of each unit done; nil when
// no one counts.
func (o Options) count(step string) func() {
	if o.Count == nil {
		return nil
	}
	add := o.Count(step)
	return func() { add(1) }
}

// stage reports that s took since start, if anyone listens, and returns now.
func (o Options) stage(s Stage, start time.Time) time.Time {
	now := time.Now()
	if o.Stage != nil {
		o.Stage(s, now.Sub(start))
	}
	return now
}

// InvalidError is returned when the data is invalid; Errors lists every problem.
type InvalidError struct{ Errors record.ErrorList }

func (e *InvalidError) Error() string {
	return fmt.Sprintf("%d problem(s) in the data:\n%v", len(e.Errors.Errors()), e.Errors)
}

// Validate loads and checks every record and page in fsys, and, when
// they pass, resolves them as a build would, so that what only the whole
// publication shows (a total too large to hold) fails check as it would
// fail the build. The returned list holds errors and warnings; Err() on
// it is nil when the data is valid.
func Validate(fsys fs.FS) (*record.Dataset, record.ErrorList) {
	c, err := check.New()
	if err != nil {
		return nil, record.ErrorList{{Msg: "internal error: " + err.Error()}}
	}
	d, errs := ValidateWith(fsys, c, new(load.Loader))
	if errs.Err() == nil {
		errs = append(errs, publication.Build(d).Problems...).Sort()
	}
	return d, errs
}

// ValidateWith is Validate with a Checker and a Loader that remember what
// they read: the live preview keeps them from one build to the next, so
// that only the files that changed are read and checked again.
func ValidateWith(fsys fs.FS, c *check.Checker, l *load.Loader) (*record.Dataset, record.ErrorList) {
	files, errs := load.Files(fsys)
	return validateFiles(fsys, files, errs, c, l, Options{})
}

// validateFiles is ValidateWith once the files are listed (with errs),
// counting the files read and checked for opt.Count.
func validateFiles(fsys fs.FS, files []string, errs record.ErrorList, c *check.Checker, l *load.Loader, opt Options) (*record.Dataset, record.ErrorList) {
	l.Done = opt.count("read")
	docs, loadErrs := l.Load(fsys, files)
	c.Done = opt.count("checked")
	d, checkErrs := c.Check(append(docs, load.Unread(files, docs)...))
	return d, slices.Concat(errs, loadErrs, checkErrs).Sort()
}

// Built counts what a build published.
type Built struct{ Companies, Investments, Regions int }

// Run builds the site: it validates, resolves the publication and writes
// it with its search index (Write). On invalid data it returns an
// *InvalidError and leaves Out untouched. It returns counts rather than
// the publication, which is garbage while Pagefind runs.
func Run(ctx context.Context, opt Options) (Built, error) {
	opt = opt.withDefaults()
	d, err := validate(opt)
	if err != nil {
		return Built{}, err
	}
	start := opt.start(StagePublication, len(d.Companies)+len(d.Investments))
	p := publication.Build(d)
	opt.stage(StagePublication, start)
	built := Built{len(p.Companies), len(p.Investments), len(p.Regions)}
	if opt.Shard.on() { // a shard's folder may be new, with its parent (shards/0)
		if err := os.MkdirAll(filepath.Dir(opt.Out), 0o755); err != nil {
			return Built{}, err
		}
	}
	dir, err := os.MkdirTemp(filepath.Dir(opt.Out), ".releases-")
	if err != nil {
		return Built{}, err
	}
	defer os.RemoveAll(dir)
	start = opt.start(StageReleases, -1)
	h, err := readReleases(ctx, opt.Root, dir, StableBudget)
	if err != nil {
		return Built{}, fmt.Errorf("reading the releases: %w", err)
	}
	if h.none != "" && opt.Note != nil {
		fmt.Fprintf(opt.Note, "no release history (%s): /releases/ lists none\n", h.none)
	}
	opt.stage(StageReleases, start)
	dois, err := releases.ReadDOIs(os.DirFS(opt.Root))
	if err != nil {
		return Built{}, fmt.Errorf("reading the releases' DOIs: %w", err)
	}
	site := Site{Search: !opt.Shard.on(), Releases: h.rels, Current: current(h.rels, h.newest, p), DOIs: dois, stable: h.stable}
	_, err = Write(ctx, opt, p, site)
	return built, err
}

// validate is Validate of opt.Root, reporting the stage with its files.
func validate(opt Options) (*record.Dataset, error) {
	start := time.Now()
	c, err := check.New()
	if err != nil {
		return nil, err
	}
	fsys := os.DirFS(opt.Root)
	files, errs := load.Files(fsys)
	opt.start(StageValidate, len(files))
	d, errs := validateFiles(fsys, files, errs, c, new(load.Loader), opt)
	if errs.Err() != nil {
		return nil, &InvalidError{Errors: errs}
	}
	opt.stage(StageValidate, start)
	return d, nil
}

// Site says how Write renders.
type Site struct {
	// Search builds the search index, the slowest stage of a large build.
	// Without it, the index that Out holds, if any, is kept.
	Search bool
	// Since, when not nil, is the snapshot of what Out holds (see
	// hugo.Config.Since), and without Search the render may then be quick:
	// only the pages whose input changed are rendered and published, the
	// rest of Out (the sitemap, the other pages) is kept. Write stores the
	// new site's snapshot in it once Out holds that site, and resets it
	// when publishing failed halfway; a failed or cancelled render leaves
	// it and Out as they were.
	Since *pagediff.Snapshot
	// Releases are the data's releases (Releases), for /releases/, its
	// feed and each release's delta files; nil lists none.
	Releases []releases.Published
	// Current is the release whose data this is, if any: the data page
	// and the data package name it as the version.
	Current *releases.Published
	// DOIs are the DOIs the release metadata names (CITATION.cff), for
	// the citations of the data page and the release pages.
	DOIs releases.DOIs
	// stable is the newest releases' own files, ready to publish.
	stable stable
}

// Written says what Write rendered.
type Written struct {
	// Quick is set when only the pages whose input changed were rendered
	// (Site.Since); Rendered is then how many.
	Quick    bool
	Rendered int
}

// Write renders the publication p into a staging folder (the datasets,
// the pages, the feeds, _redirects and, with site.Search, the search
// index) and publishes it into Out only when every step succeeded.
func Write(ctx context.Context, opt Options, p *publication.Publication, site Site) (Written, error) {
	if p.Problems.Err() != nil {
		return Written{}, &InvalidError{Errors: p.Problems}
	}
	opt = opt.withDefaults()
	stage, err := os.MkdirTemp(filepath.Dir(opt.Out), ".public-staging-")
	if err != nil {
		return Written{}, err
	}
	defer os.RemoveAll(stage) // a no-op once published
	// MkdirTemp makes the folder private (0700); the site is for everyone to read.
	if err := os.Chmod(stage, 0o755); err != nil {
		return Written{}, err
	}
	// The new snapshot is kept only once published: a failed build must
	// leave the next one diffing against what Out holds.
	var next *pagediff.Snapshot
	if site.Since != nil {
		next = new(pagediff.Snapshot)
		if !site.Search { // a quick render leaves no full site to index
			*next = *site.Since
		}
	}
	res, entries, err := render(ctx, opt, p, stage, next, site)
	if err == nil && opt.Shard.shared() {
		err = indexSearch(ctx, opt, stage, site.Search, entries)
	}
	if err == nil && opt.Shard.on() {
		err = opt.Shard.writeMark(stage)
	}
	if err != nil {
		return Written{}, err
	}
	start := opt.start(StagePublish, -1)
	if res.Quick {
		_, err = publishQuick(stage, opt.Out, res.Removed)
	} else if site.Search {
		_, err = publish(stage, opt.Out)
	} else {
		_, err = publish(stage, opt.Out, search.Bundle)
	}
	if next != nil {
		*site.Since = *next
		if err != nil {
			*site.Since = pagediff.Snapshot{} // Out is half updated: the next build is a full one
		}
	}
	opt.stage(StagePublish, start)
	return Written{Quick: res.Quick, Rendered: len(res.Rendered)}, err
}

func (o Options) withDefaults() Options {
	if o.Root == "" {
		o.Root = "."
	}
	if o.Out == "" {
		o.Out = filepath.Join(o.Root, "public")
	}
	if o.BaseURL == "" {
		o.BaseURL = record.SiteURL
	}
	return o
}

// render writes the datasets and then the pages into stage. It reads the
// data's git history once, for the pages (the /changes/ page, each page's
// last-changed date) and for the Atom feeds alike. since, when not nil, is
// hugo.Config.Since: the render may be a quick one, as the result says.
// With site.Search it returns the search index's entries (indexSearch).
func render(ctx context.Context, opt Options, p *publication.Publication, stage string, since *pagediff.Snapshot, site Site) (hugo.Result, []search.Entry, error) {
	log, err := history.Read(ctx, opt.Root)
	if err != nil {
		return hugo.Result{}, nil, fmt.Errorf("reading the history of the data: %w", err)
	}
	in, err := ViewInput(opt, p, nil, log) // the manifest follows the export
	if err != nil {
		return hugo.Result{}, nil, err
	}
	start := time.Now()
	// Files whose bytes did not change are linked from the published site
	// (package reuse); publish then keeps them without comparing.
	published := publishedSite(opt.Out)
	progress := func(n int) func() {
		opt.start(StageExport, n)
		return opt.count("")
	}
	if in.Manifest, err = writeData(stage, p, in.Catalogs, published, site, progress); err != nil {
		return hugo.Result{}, nil, err
	}
	opt.stage(StageExport, start)
	start = time.Now()
	if err := ctx.Err(); err != nil { // a newer save in the live preview: spare the render
		return hugo.Result{}, nil, err
	}
	if err := staticCollisions(filepath.Join(opt.Root, "site", "static"), stage); err != nil {
		return hugo.Result{}, nil, err
	}
	in.Releases = dataview.Releases{Published: site.Releases, Current: site.Current, Stable: site.stable.Kept, DOIs: site.DOIs}
	s, err := view.Build(in)
	if err != nil {
		return hugo.Result{}, nil, fmt.Errorf("rendering the site: %w", err)
	}
	if opt.Shard.shared() {
		if err := sitemap.Write(stage, s); err != nil {
			return hugo.Result{}, nil, err
		}
	}
	// What is written after Hugo is taken from the views now, so that
	// they are garbage while Hugo runs.
	feeds := releaseFeeds(s)
	var entries []search.Entry
	if site.Search {
		entries = searchEntries(s, nil, 0)
	}
	res, err := renderPages(ctx, opt, s, stage, since)
	if err != nil {
		return res, nil, err
	}
	opt.stage(StageRender, start)
	if !opt.Shard.shared() { // shard 0 makes the rest
		return res, nil, nil
	}
	start = opt.start(StageFeeds, -1)
	if err := writeFeeds(stage, opt, p, log, in.Catalogs, feed.Options{Reuse: published, OmitUnchanged: res.Quick}); err != nil {
		return res, nil, fmt.Errorf("writing feeds: %w", err)
	}
	if err := placeStable(stage, site.stable); err != nil {
		return res, nil, fmt.Errorf("writing releases: %w", err)
	}
	if err := writeReleases(stage, feeds, site.Releases); err != nil {
		return res, nil, fmt.Errorf("writing releases: %w", err)
	}
	opt.stage(StageFeeds, start)
	return res, entries, writeRedirects(stage, p)
}

// indexSearch builds the search index from entries when index is set,
// and then copies the query page's engine: when Pagefind was missing, its
// install (npm ci --omit=dev) installed the engine too. A missing engine
// is told once, with the search index, not on every quick rebuild of the
// preview. Write runs it once render has returned, so that the
// publication and the views are garbage while Pagefind runs.
func indexSearch(ctx context.Context, opt Options, stage string, index bool, entries []search.Entry) error {
	var warn io.Writer
	if index {
		debug.FreeOSMemory() // Pagefind is the peak of a large build
		start := opt.start(StageSearch, len(entries))
		if err := search.Index(ctx, opt.searchConfig(), stage, entries); err != nil {
			return fmt.Errorf("building the search index: %w", err)
		}
		opt.stage(StageSearch, start)
		warn = opt.Warn
	}
	return sqljs.Copy(opt.Root, stage, record.EngineFolder, warn)
}

// renderPages has Hugo render the pages of s into stage (since is
// hugo.Config.Since); a shard renders its part of them (Shard.split),
// and keeps only its own files.
func renderPages(ctx context.Context, opt Options, s view.Site, stage string, since *pagediff.Snapshot) (hugo.Result, error) {
	if !opt.Shard.on() && since == nil {
		if n := opt.hugoRuns(len(s.Pages())); n > 1 {
			return hugo.Result{}, renderParts(ctx, opt, s, stage, n)
		}
	}
	var owners map[string]int
	var entries []search.Entry
	if opt.Shard.on() {
		whole := s
		owners = opt.Shard.owners(whole)
		s = opt.Shard.split(whole, owners)
		entries = searchEntries(whole, owners, opt.Shard.Index) // Merge indexes every shard's own
	}
	opt.start(StageRender, len(s.Pages()))
	cfg := HugoConfig(opt, stage)
	cfg.Since = since
	if opt.Count != nil {
		cfg.Progress = opt.Count("")
	}
	res, err := hugo.Render(ctx, cfg, s)
	if err == nil && opt.Shard.on() {
		var assets []string
		if assets, err = assetFolders(opt.Root); err == nil {
			err = opt.Shard.prune(stage, owners, assets)
		}
	}
	if err == nil && opt.Shard.on() {
		err = search.WriteEntries(filepath.Join(stage, shardSearch), entries)
	}
	if err != nil {
		return res, fmt.Errorf("rendering the site: %w", err)
	}
	return res, nil
}

// searchEntries are the search index's entries (search.Entries) of the
// pages of s that answer a search; owners, when not nil, keeps those whose
// files shard owns (a shard's own pages; see Shard.owners).
func searchEntries(s view.Site, owners map[string]int, shard int) []search.Entry {
	var recs []*page.SearchRecord
	for _, ls := range s.Langs {
		for _, pg := range ls.Pages {
			if pg.Search != nil && (owners == nil || owners[page.Folder(ls.Lang, pg.Path)+"index.html"] == shard) {
				recs = append(recs, pg.Search)
			}
		}
	}
	return search.Entries(recs)
}

// writeData writes the datasets into stage's data folder, titled with the
// site's name from cats, naming site's releases; published is the last
// published site, or ""; progress, if set, is export.Options.Progress.
func writeData(stage string, p *publication.Publication, cats map[string]locale.Catalog, published string, site Site,
	progress func(int) func()) (*record.Manifest, error) {
	opt := exportWords(cats)
	opt.Reuse, opt.Release, opt.Releases, opt.Progress = reuse.Path(published, "data"), site.Current, site.Releases, progress
	m, err := export.Write(filepath.Join(stage, "data"), p, opt)
	if err != nil {
		return nil, fmt.Errorf("writing datasets: %w", err)
	}
	return m, nil
}

// exportWords are the export's options that come from the site's words
// (cats): the data package's title and the lookup tables' names; a build
// and each release's kept files export with the same.
func exportWords(cats map[string]locale.Catalog) export.Options {
	return export.Options{Title: locale.SiteName(cats), Names: locale.Names(cats)}
}

// writeFeeds writes the Atom feeds in every language of the site, in the
// words of its catalogs (cats).
func writeFeeds(stage string, opt Options, p *publication.Publication, log history.Log, cats map[string]locale.Catalog, fo feed.Options) error {
	for _, lang := range record.Languages() {
		l := locale.New(lang, cats[lang])
		fo.Langs = append(fo.Langs, feed.Lang{Folder: page.Folder(lang, ""), T: l.T, Name: l.Name,
			Words: func(c history.Change) []string { return dataview.ChangeWords(l, c) }})
	}
	return feed.Write(stage, opt.BaseURL, p, log, fo)
}

// langFeed is the releases feed of one language, for writeReleases.
type langFeed struct {
	folder string
	feed   dataview.ReleaseFeed
}

// releaseFeeds are the releases feeds of s, one per language.
func releaseFeeds(s view.Site) []langFeed {
	out := make([]langFeed, len(s.Langs))
	for k, l := range s.Langs {
		out[k] = langFeed{strings.TrimSuffix(page.Folder(l.Lang, ""), "/"), l.Releases}
	}
	return out
}

// writeReleases writes each language's feed of releases and each
// release's delta files (data/releases/<tag>/) into stage.
func writeReleases(stage string, feeds []langFeed, rels []releases.Published) error {
	for _, l := range feeds {
		folder, f := l.folder, l.feed
		entries := make([]feed.Entry, len(f.Entries))
		for k, e := range f.Entries {
			entries[k] = feed.Entry(e)
		}
		if err := feed.WriteReleases(stage, folder, f.Page, f.Title, f.Author, entries); err != nil {
			return err
		}
	}
	for _, r := range rels {
		if r.Delta == nil {
			continue
		}
		dir := filepath.Join(stage, "data", "releases", r.Tag)
		if err := datadiff.WriteDelta(dir, *r.Delta, r.Previous, r.Tag); err != nil {
			return err
		}
	}
	return nil
}

// ViewInput is what the pages are made of: p, the datasets' manifest m,
// the site's catalogs and schemas, and the data's history; the live
// preview's first look makes its pages of it too.
func ViewInput(opt Options, p *publication.Publication, m *record.Manifest, log history.Log) (view.Input, error) {
	opt = opt.withDefaults()
	cats, err := locale.ReadRepository(opt.Root)
	if err != nil {
		return view.Input{}, err
	}
	return view.Input{Publication: p, Manifest: m, Catalogs: cats, Schemas: schema.Files, History: log, BaseURL: opt.BaseURL}, nil
}

// HugoConfig is how a build runs Hugo, writing into dest: the live
// preview's first look runs it so too.
func HugoConfig(opt Options, dest string) hugo.Config {
	cfg := hugo.Config{Root: opt.Root, Dest: dest, HugoBinary: opt.HugoBinary, Stdout: opt.Log, Stderr: opt.Log, Note: opt.Note}
	cfg.Ran = func(wall, cpu time.Duration) {
		if opt.Stage != nil {
			opt.Stage(StageHugo, wall)
		}
		if opt.ProgramCPU != nil {
			opt.ProgramCPU(StageHugo, cpu)
		}
	}
	return cfg
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
