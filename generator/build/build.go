// Package build runs the whole pipeline: validate the records, resolve the
// publication, write the datasets, render the site with Hugo, and swap the
// result into place only when every step succeeded, so that a failed build
// never leaves a half-written public/.
package build

import (
	"context"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/export"
	"github.com/korea-investment-tracker/kit/generator/feed"
	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
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
}

// InvalidError is returned when the data is invalid; Errors lists every problem.
type InvalidError struct{ Errors record.ErrorList }

func (e *InvalidError) Error() string {
	return fmt.Sprintf("%d problem(s) in the data:\n%v", len(e.Errors.Errors()), e.Errors)
}

// Validate loads and checks every record and page in fsys. The returned
// list holds errors and warnings; Err() on it is nil when the data is valid.
func Validate(fsys fs.FS) (*record.Dataset, record.ErrorList) {
	files, errs := load.Files(fsys)
	docs, loadErrs := load.Load(fsys, files)
	c, err := check.New()
	if err != nil {
		return nil, append(errs, &record.Error{Msg: "internal error: " + err.Error()})
	}
	d, checkErrs := c.Check(docs)
	return d, slices.Concat(errs, loadErrs, checkErrs).Sort()
}

// Run builds the site. On invalid data it returns an *InvalidError and
// leaves Out untouched.
func Run(ctx context.Context, opt Options) (*publication.Publication, error) {
	opt = opt.withDefaults()
	d, errs := Validate(os.DirFS(opt.Root))
	if errs.Err() != nil {
		return nil, &InvalidError{Errors: errs}
	}
	p := publication.Build(d)
	stage, err := os.MkdirTemp(filepath.Dir(opt.Out), ".public-staging-")
	if err != nil {
		return nil, err
	}
	defer os.RemoveAll(stage) // a no-op once swapped in
	if err := render(ctx, opt, p, stage); err != nil {
		return nil, err
	}
	return p, swap(stage, opt.Out)
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

// render writes the datasets and then the pages into stage.
func render(ctx context.Context, opt Options, p *publication.Publication, stage string) error {
	if _, err := export.Write(filepath.Join(stage, "data"), p); err != nil {
		return fmt.Errorf("writing datasets: %w", err)
	}
	cfg := hugo.Config{Root: opt.Root, Dest: stage, BaseURL: opt.BaseURL, HugoBinary: opt.HugoBinary, Stdout: opt.Log, Stderr: opt.Log}
	if err := hugo.Render(ctx, cfg, p); err != nil {
		return fmt.Errorf("rendering the site: %w", err)
	}
	if err := writeFeeds(ctx, opt, p, stage); err != nil {
		return fmt.Errorf("writing feeds: %w", err)
	}
	return writeRedirects(stage, p)
}

// writeFeeds writes the Atom feeds of changes, read from git history.
func writeFeeds(ctx context.Context, opt Options, p *publication.Publication, stage string) error {
	log, err := history.Read(ctx, opt.Root)
	if err != nil {
		return err
	}
	return feed.Write(stage, opt.BaseURL, p, log)
}

// swap replaces out with stage in two renames, so readers of out see either
// the old site or the new one.
func swap(stage, out string) error {
	old := out + ".old"
	if err := os.RemoveAll(old); err != nil {
		return err
	}
	if err := os.Rename(out, old); err != nil && !os.IsNotExist(err) {
		return err
	}
	if err := os.Rename(stage, out); err != nil {
		_ = os.Rename(old, out) // put the previous site back
		return err
	}
	return os.RemoveAll(old)
}
