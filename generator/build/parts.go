package build

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"

	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/pagediff"
	"github.com/korea-investment-tracker/kit/generator/view"
)

// DefaultPagesPerHugo is Options.PagesPerHugo's zero value: Hugo's
// memory grows with the pages one process renders (BENCHMARKS.md), and
// this many keeps a build of 10,000 commitments under a gigabyte.
const DefaultPagesPerHugo = 6000

// hugoRuns is how many Hugo processes render a full build of a site of
// pages pages: one up to Options.PagesPerHugo, else enough for each to
// render at most that many, plus part 0, which renders the content pages
// (Shard.owner gives it no record page from three parts up).
func (o Options) hugoRuns(pages int) int {
	per := cmp.Or(o.PagesPerHugo, DefaultPagesPerHugo)
	if per < 0 || pages <= per {
		return 1
	}
	return max(3, 1+(pages+per-1)/per)
}

// part is one of the Hugo processes of a build in parts.
type part struct {
	shard Shard
	dir   string // where its Hugo writes, beside the stage
	input *hugo.Input
}

// renderParts has n Hugo processes, one after another, render the pages
// of s into stage, each over its part of them as a sharded build's shard
// i/n renders it, and joins their files as Merge does. Every part's input
// is written first, so that the views are garbage while Hugo runs.
func renderParts(ctx context.Context, opt Options, s view.Site, stage string, n int) error {
	assets, err := assetFolders(opt.Root)
	if err != nil {
		return err
	}
	opt.start(StageRender, len(s.Pages()))
	// One lookup for every part (`go tool` takes 0.2 s a time); each run
	// still checks the binary's version (hugo.Config.HugoBinary).
	if opt.HugoBinary == "" {
		if opt.HugoBinary, err = hugo.Locate(ctx, opt.Root, opt.Note); err != nil {
			return err
		}
	}
	owners := Shard{Count: n}.owners(s)
	var progress func(int)
	if opt.Count != nil { // one counter for every part: each call starts another
		progress = opt.Count("")
	}
	parts := make([]part, 0, n)
	defer func() {
		for _, p := range parts {
			p.input.Close()
			os.RemoveAll(p.dir)
		}
	}()
	sites := pagediff.SelectParts(s, ownFolders(s, owners, n))
	for i := range n {
		p, err := preparePart(opt, sites.Site(i), owners, stage, Shard{i, n}, progress)
		if err != nil {
			return err
		}
		parts = append(parts, p)
	}
	debug.FreeOSMemory()
	for _, p := range parts {
		if err := p.render(ctx, stage, owners, assets); err != nil {
			return fmt.Errorf("rendering the site: %w", err)
		}
	}
	return nil
}

// preparePart writes the Hugo input of the shard's part, whose site is s
// (its own pages with their translations and ancestors); progress, if
// set, is told of its own pages as Hugo writes them (not of the ancestors
// it renders with them, which another part counts).
func preparePart(opt Options, s view.Site, owners map[string]int, stage string, sh Shard, progress func(int)) (part, error) {
	dir, err := os.MkdirTemp(filepath.Dir(stage), ".part-")
	if err != nil {
		return part{}, err
	}
	cfg := HugoConfig(opt, dir)
	cfg.Progress = progress
	cfg.Counts = func(folder string) bool { return owners[folder+"index.html"] == sh.Index }
	in, err := hugo.Prepare(cfg, s)
	if err != nil {
		return part{}, errors.Join(err, os.RemoveAll(dir))
	}
	return part{shard: sh, dir: dir, input: in}, nil
}

// render runs the part's Hugo, keeps the part's own files and moves them
// into stage.
func (p part) render(ctx context.Context, stage string, owners map[string]int, assets []string) error {
	if err := p.input.Run(ctx); err != nil {
		return err
	}
	if err := p.shard.prune(p.dir, owners, assets); err != nil {
		return err
	}
	return mergeInto(stage, p.dir, true)
}
