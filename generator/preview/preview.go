// Package preview keeps the live preview's state from one save to the next
// and brings its site up to date after each: a first look at the edited
// records' own pages, then a rebuild of the rest, quick when only records
// and pages changed. A newer save cancels an update in flight.
package preview

import (
	"context"
	"errors"
	"io"
	"maps"
	"os"
	"slices"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/pagediff"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// Options configures a Session.
type Options struct {
	// Root is the repository; "" is the current folder.
	Root string
	// Out is the folder the preview's site is built into; it must be set.
	Out string
	// BaseURL is the preview's absolute URL; "" is the production URL.
	BaseURL string
	// HugoBinary is the pinned Hugo; "" has New locate it, once.
	HugoBinary string
	// Log receives Hugo's output, Warn the warnings (no Pagefind), Note
	// the one-time work (Hugo's compile, Pagefind's install); nil discards.
	Log, Warn, Note io.Writer
	// NoSearch skips the search index, which otherwise the first build
	// makes (Pagefind is the slowest stage of a large build).
	NoSearch bool
	// Shown, when set, is called after each step of an update that ended
	// other than cancelled, so that open pages reload.
	Shown func(Step)
	// Stage, when set, is told how long each stage of each step took
	// (build.Options.Stage), for the benchmark.
	Stage func(build.Stage, time.Duration)
}

// Kind is the kind of a step of an update.
type Kind int

const (
	// FirstLook renders the pages of the changed records and profiles
	// alone, checked with only the records those pages show.
	FirstLook Kind = iota + 1
	// Rebuild checks the whole and renders every page whose input changed
	// (all of them after a change outside data/ and content/).
	Rebuild
)

// Step is what one step of an update did.
type Step struct {
	Kind Kind
	Took time.Duration
	// Pages is how many pages the step rendered: a first look's, or a
	// quick rebuild's.
	Pages int
	// Quick is set for a rebuild that rendered only the pages whose input
	// changed; the search index is then the last full build's.
	Quick bool
	// Err is why the step failed: a *build.InvalidError for invalid data.
	// A first look that fails leaves the rest to the rebuild.
	Err error
}

// Result is what an update did: its first look, if it took one (Kind is
// zero otherwise), and its rebuild.
type Result struct {
	FirstLook, Rebuild Step
}

// A Session is one live preview: the site in Options.Out and what it
// remembers to update it quickly. It is not safe for concurrent use: one
// update runs at a time.
type Session struct {
	opt     build.Options
	shown   func(Step)
	loader  *load.Loader   // reads again only the files that changed
	checker *check.Checker // checks again only the files that changed
	last    *record.Dataset
	snap    pagediff.Snapshot // what Out holds, so a render can be quick
	indexed bool              // Out holds a search index, or none is wanted
	failed  bool              // the last rebuild failed
	pending map[string]bool
}

// New makes a Session; its first Update builds the whole site.
func New(ctx context.Context, opt Options) (*Session, error) {
	if opt.Out == "" {
		return nil, errors.New("preview: Options.Out is empty")
	}
	if opt.Root == "" {
		opt.Root = "."
	}
	if opt.HugoBinary == "" {
		bin, err := hugo.Locate(ctx, opt.Root, opt.Note)
		if err != nil {
			return nil, err
		}
		opt.HugoBinary = bin
	}
	c, err := check.New()
	if err != nil {
		return nil, err
	}
	return &Session{
		opt: build.Options{Root: opt.Root, Out: opt.Out, BaseURL: opt.BaseURL, HugoBinary: opt.HugoBinary,
			Log: opt.Log, Warn: opt.Warn, Note: opt.Note, Stage: opt.Stage},
		shown: opt.Shown, loader: new(load.Loader), checker: c, pending: map[string]bool{}, indexed: opt.NoSearch,
	}, nil
}

// firstLookMax is the most files a first look is for: it is for an edit;
// after a checkout that changed many records the rebuild alone is
// quicker than rendering all their pages twice.
const firstLookMax = 10

// Update brings the site up to date after the files in changed (slash
// paths below Root) changed, and those of earlier updates that were
// cancelled. A path outside data/ and content/ (site/, schema/; "." for
// anything) makes the rebuild render every page; the first Update builds
// the whole site, with its search index, which later ones keep.
//
// When only records and pages changed, a first look renders their own
// pages at once, then the rebuild checks the whole and renders what else
// changed. After a failed rebuild the next one comes without a first
// look, which needs a good build before it. When ctx ends, Update stops,
// Hugo and Pagefind included, and returns ctx's error: the site is then
// as the last step that ended left it, and the next Update redoes what
// this one did not finish.
func (s *Session) Update(ctx context.Context, changed []string) (Result, error) {
	for _, p := range changed {
		s.pending[p] = true
	}
	files, full := s.changes()
	if full {
		s.snap = pagediff.Snapshot{} // Hugo's input is more than the data's: render it all
	}
	var res Result
	if s.last != nil && !s.failed && !full && len(files) > 0 && len(files) <= firstLookMax {
		res.FirstLook = s.firstLook(ctx, files)
		if ctx.Err() != nil {
			return res, ctx.Err()
		}
		s.show(res.FirstLook)
	}
	res.Rebuild = s.rebuild(ctx)
	if res.Rebuild.Err != nil && ctx.Err() != nil {
		return res, ctx.Err()
	}
	clear(s.pending)
	s.show(res.Rebuild)
	return res, res.Rebuild.Err
}

// changes are the pending changed files in data/ and content/, sorted,
// and whether any other path changed.
func (s *Session) changes() (files []string, full bool) {
	for _, p := range slices.Sorted(maps.Keys(s.pending)) {
		if strings.HasPrefix(p, "data/") || strings.HasPrefix(p, "content/") {
			files = append(files, p)
		} else {
			full = true
		}
	}
	return files, full
}

// rebuild checks the whole and writes the site, quick when it can be.
func (s *Session) rebuild(ctx context.Context) Step {
	start := time.Now()
	step := Step{Kind: Rebuild}
	w, err := s.write(ctx)
	step.Took, step.Err = time.Since(start), err
	if err != nil && ctx.Err() != nil { // cancelled: nothing to remember
		return step
	}
	s.failed = err != nil
	step.Quick, step.Pages = w.Quick, w.Rendered
	return step
}

// write is rebuild's work: validate with the remembered Loader and
// Checker, resolve, and write the site (build.Write) against the snapshot
// of what Out holds; the first write builds the search index.
func (s *Session) write(ctx context.Context) (build.Written, error) {
	start := time.Now()
	d, errs := build.ValidateWith(os.DirFS(s.opt.Root), s.checker, s.loader)
	if errs.Err() != nil {
		return build.Written{}, &build.InvalidError{Errors: errs}
	}
	start = s.stage(build.StageValidate, start)
	p := publication.Build(d)
	s.stage(build.StagePublication, start)
	w, err := build.Write(ctx, s.opt, p, build.Site{Search: !s.indexed, Since: &s.snap})
	if err == nil {
		s.last, s.indexed = d, true
	}
	return w, err
}

// stage reports that s took since start, if anyone listens, and returns now.
func (s *Session) stage(st build.Stage, start time.Time) time.Time {
	now := time.Now()
	if s.opt.Stage != nil {
		s.opt.Stage(st, now.Sub(start))
	}
	return now
}

// show tells Options.Shown about a step.
func (s *Session) show(step Step) {
	if s.shown != nil {
		s.shown(step)
	}
}
