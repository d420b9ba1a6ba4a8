package build

import (
	"context"
	"os"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/publication"
)

// PublicationAt validates and resolves the data of the git revision rev of
// the repository root, or of its working tree when rev is "". Invalid data
// is an *InvalidError; a revision git cannot give is another error.
func PublicationAt(ctx context.Context, root, rev string) (*publication.Publication, error) {
	if rev == "" {
		d, errs := Validate(os.DirFS(root))
		if errs.Err() != nil {
			return nil, &InvalidError{Errors: errs}
		}
		return publication.Build(d), nil
	}
	r, err := newRevisions(root)
	if err != nil {
		return nil, err
	}
	return r.at(ctx, rev)
}

// revisions reads the data of git revisions of one repository with one
// Checker: what did not change from one revision to the next (nearly
// everything, from one release to the next) is not checked again. Each
// revision has a Loader of its own: the files in memory have no times or
// inodes by which one could tell them from the last revision's.
type revisions struct {
	root string
	c    *check.Checker
}

func newRevisions(root string) (*revisions, error) {
	c, err := check.New()
	if err != nil {
		return nil, err
	}
	return &revisions{root: root, c: c}, nil
}

// at is the publication at rev, as PublicationAt.
func (r *revisions) at(ctx context.Context, rev string) (*publication.Publication, error) {
	fsys, err := datadiff.Revision(ctx, r.root, rev)
	if err != nil {
		return nil, err
	}
	d, errs := ValidateWith(fsys, r.c, new(load.Loader))
	if errs.Err() != nil {
		return nil, &InvalidError{Errors: errs}
	}
	p := publication.Build(d)
	if p.Problems.Err() != nil {
		return nil, &InvalidError{Errors: p.Problems}
	}
	return p, nil
}
