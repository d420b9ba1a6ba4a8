package preview

import (
	"context"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/export"
	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/view"
)

// firstLook checks the changed files (slash paths below Root) with only
// the records their pages need, and has Hugo render those pages alone,
// straight into Out, which holds the last good build's site: the page
// being edited shows the change before the rebuild has worked out every
// other page it touches. Its cost follows the size of those pages, not
// of the publication. The pages list the last build's downloads until
// the rebuild. When the changed files are invalid it fails with their
// problems (an *InvalidError; the rebuild finds those of the whole).
func (s *Session) firstLook(ctx context.Context, files []string) Step {
	start := time.Now()
	n, err := s.look(ctx, files)
	return Step{Kind: FirstLook, Took: time.Since(start), Pages: n, Err: err}
}

// look is firstLook's work; it returns how many pages it rendered (none
// when no file makes a page of its own).
func (s *Session) look(ctx context.Context, files []string) (int, error) {
	start := time.Now()
	d, errs := s.validateAround(os.DirFS(s.opt.Root), files)
	if errs.Err() != nil {
		return 0, &build.InvalidError{Errors: errs}
	}
	start = s.stage(build.StageValidate, start)
	p := publication.Build(d)
	s.stage(build.StagePublication, start)
	log, err := history.Read(ctx, s.opt.Root)
	if err != nil {
		return 0, fmt.Errorf("reading the history of the data: %w", err)
	}
	start = time.Now()
	// The snapshot forgets the pages rendered here, since Out no longer
	// holds what it says of them: the rebuild renders them again,
	// whatever their input is by then (an edit undone meanwhile).
	site, folders, err := s.firstSite(p, log, files)
	if err != nil || len(folders) == 0 {
		return 0, err
	}
	cfg := build.HugoConfig(s.opt, s.opt.Out)
	cfg.Since = &s.snap
	if err := hugo.RenderFirst(ctx, cfg, site, folders); err != nil {
		return 0, fmt.Errorf("rendering the changed pages: %w", err)
	}
	s.stage(build.StageRender, start)
	return len(folders), nil
}

// firstSite is the first look's pages (view.First) with the datasets'
// manifest that Out holds: the snapshot's copy, or else Out's file.
func (s *Session) firstSite(p *publication.Publication, log history.Log, files []string) (view.Site, []string, error) {
	m := s.snap.Manifest()
	if m == nil {
		var err error
		if m, err = export.ReadManifest(filepath.Join(s.opt.Out, "data")); err != nil {
			return view.Site{}, nil, err
		}
	}
	in, err := build.ViewInput(s.opt, p, m, log)
	if err != nil {
		return view.Site{}, nil, err
	}
	return view.First(in, files)
}

// validateAround reads the changed files afresh and checks them with the
// records their pages need (needs), which the Loader holds as the last
// build read them (or, if it does not, are read).
func (s *Session) validateAround(fsys fs.FS, files []string) (*record.Dataset, record.ErrorList) {
	changed, removed, errs := load.Changed(fsys, files)
	if errs.Err() != nil {
		return nil, errs
	}
	fresh := make(map[string]any, len(changed))
	paths := make([]string, len(changed))
	for i, doc := range changed {
		fresh[doc.Path], paths[i] = check.Decode(doc), doc.Path
	}
	around, unknown := s.loader.Known(needs(s.last, fresh, removed))
	read, readErrs := load.Load(fsys, unknown)
	d, checkErrs := s.checker.CheckPart(slices.Concat(changed, around, read), paths)
	return d, slices.Concat(readErrs, checkErrs).Sort()
}
