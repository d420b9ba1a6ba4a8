package build

import (
	"context"
	"os"

	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/publication"
)

// PublicationAt validates and resolves the data of the git revision rev of
// the repository root, or of its working tree when rev is "". Invalid data
// is an *InvalidError; a revision git cannot give is another error.
func PublicationAt(ctx context.Context, root, rev string) (*publication.Publication, error) {
	dir := root
	if rev != "" {
		tmp, err := os.MkdirTemp("", "kit-revision-")
		if err != nil {
			return nil, err
		}
		defer os.RemoveAll(tmp)
		if err := datadiff.Extract(ctx, root, rev, tmp); err != nil {
			return nil, err
		}
		dir = tmp
	}
	d, errs := Validate(os.DirFS(dir))
	if errs.Err() != nil {
		return nil, &InvalidError{Errors: errs}
	}
	return publication.Build(d), nil
}
