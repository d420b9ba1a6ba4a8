package build

import (
	"context"
	"fmt"

	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/releases"
)

// Releases reads the releases in the history of root's HEAD (package
// releases), newest first, each with its data's numbers and what changed
// since the one before, from the data at each tag. With none, none says
// why (not a git checkout, a shallow clone, no tag yet). A release whose
// data today's checker refuses is an error naming it.
func Releases(ctx context.Context, root string) (out []releases.Published, none string, err error) {
	out, none, _, err = releasesAndNewest(ctx, root)
	return out, none, err
}

// releasesAndNewest is Releases with the newest release's publication.
func releasesAndNewest(ctx context.Context, root string) (out []releases.Published, none string, newest *publication.Publication, err error) {
	rs, none, err := releases.Read(ctx, root)
	if err != nil || len(rs) == 0 {
		return nil, none, nil, err
	}
	var prev *publication.Publication
	for i := len(rs) - 1; i >= 0; i-- { // oldest first, to compare each with the one before
		p, err := PublicationAt(ctx, root, rs[i].Commit)
		if err != nil {
			return nil, "", nil, fmt.Errorf("release %s: %w", rs[i].Tag, err)
		}
		pub := releases.Published{Release: rs[i], Data: datadiff.SideOf(p)}
		if prev != nil {
			r := datadiff.Compare(prev, p)
			pub.Previous, pub.Delta = rs[i+1].Tag, &r
		}
		out = append([]releases.Published{pub}, out...)
		prev = p
	}
	return out, "", prev, nil
}

// current is the newest of rels when p's data is that release's (no
// record differs), else nil: a build names a release only for its data.
func current(rels []releases.Published, newest, p *publication.Publication) *releases.Published {
	if len(rels) == 0 || len(datadiff.Compare(newest, p).Changes) > 0 {
		return nil
	}
	return &rels[0]
}
