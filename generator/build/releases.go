package build

import (
	"context"
	"fmt"

	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/export"
	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/releases"
)

// Releases reads the releases in the history of root's HEAD (package
// releases), newest first, each with its data's numbers and what changed
// since the one before, from the data at each tag. With none, none says
// why (not a git checkout, a shallow clone, no tag yet). A release whose
// data today's checker refuses is an error naming it.
func Releases(ctx context.Context, root string) (rels []releases.Published, none string, err error) {
	h, err := readReleases(ctx, root, "", 0)
	return h.rels, h.none, err
}

// releaseHistory is what a build knows of the releases: Releases, the
// newest release's publication, and the files kept for the newest.
type releaseHistory struct {
	rels   []releases.Published
	none   string
	newest *publication.Publication
	stable stable
}

// readReleases is Releases that also, when dir is not "", keeps the main
// files of the newest releases within budget bytes in dir (stable.go).
// The data at each tag is read once, newest first: a release's delta
// needs the one before it, which is the next one read.
func readReleases(ctx context.Context, root, dir string, budget int64) (releaseHistory, error) {
	rs, none, err := releases.Read(ctx, root)
	if err != nil || len(rs) == 0 {
		return releaseHistory{none: none}, err
	}
	h := releaseHistory{rels: make([]releases.Published, len(rs))}
	for i, r := range rs {
		h.rels[i].Release = r
	}
	revs, err := newRevisions(root)
	if err != nil {
		return h, err
	}
	var words export.Options
	if dir != "" {
		cats, err := locale.ReadRepository(root)
		if err != nil {
			return h, err
		}
		words = exportWords(cats)
	}
	keep := newKeeper(dir, budget, words)
	var cur *publication.Publication
	for i := range h.rels {
		if cur == nil {
			if cur, err = publicationOf(ctx, revs, rs[i]); err != nil {
				return h, err
			}
			h.newest = cur
		}
		r := &h.rels[i]
		r.Data = datadiff.SideOf(cur)
		if err := keep.release(cur, h.rels, i); err != nil {
			return h, err
		}
		if i+1 == len(rs) {
			break
		}
		older, err := publicationOf(ctx, revs, rs[i+1])
		if err != nil {
			return h, err
		}
		d := datadiff.Compare(older, cur)
		r.Previous, r.Delta = rs[i+1].Tag, &d
		cur = older
	}
	h.stable = keep.stable
	return h, nil
}

// publicationOf is the publication at a release's commit.
func publicationOf(ctx context.Context, revs *revisions, r releases.Release) (*publication.Publication, error) {
	p, err := revs.at(ctx, r.Commit)
	if err != nil {
		return nil, fmt.Errorf("release %s: %w", r.Tag, err)
	}
	return p, nil
}

// current is the newest of rels when p's data is that release's (no
// record differs), else nil: a build names a release only for its data.
func current(rels []releases.Published, newest, p *publication.Publication) *releases.Published {
	if len(rels) == 0 || len(datadiff.Compare(newest, p).Changes) > 0 {
		return nil
	}
	return &rels[0]
}
