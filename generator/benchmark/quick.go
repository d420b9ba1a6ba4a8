package benchmark

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/pagediff"
	"github.com/korea-investment-tracker/kit/generator/serve"
)

// renamed is the synthetic record the quick rebuilds change, and its name.
const (
	renamed     = "data/companies/synthetic-company-000001.json"
	renamedName = `"name": "Synthetic Company 1"`
)

// quickRebuilds times n rebuilds of the live preview as serve runs them
// (one Snapshot, Checker and Loader from build to build), after a full
// preview build into a folder of their own: each renames the first
// synthetic company, which is restored at the end, and is a first look at
// the company's pages (build.FirstLook), then a quick rebuild. It runs in
// this process, as serve's rebuilds do.
func quickRebuilds(ctx context.Context, dir string, n int) (first, quick []build.Timings, err error) {
	rec := filepath.Join(dir, filepath.FromSlash(renamed))
	orig, err := os.ReadFile(rec)
	if err != nil {
		return nil, nil, err
	}
	if !strings.Contains(string(orig), renamedName) {
		return nil, nil, fmt.Errorf("%s: no %s to rename", rec, renamedName)
	}
	defer func() {
		if rerr := os.WriteFile(rec, orig, 0o644); rerr != nil && err == nil {
			err = fmt.Errorf("restoring the renamed record: %w", rerr)
		}
	}()
	opt, done, err := previewOptions(ctx, dir)
	if err != nil {
		return nil, nil, err
	}
	defer done()
	for i := range n + 1 {
		f, t, err := rebuildRenamed(ctx, opt, rec, orig, i)
		if err != nil {
			return nil, nil, err
		}
		if i > 0 {
			first, quick = append(first, f), append(quick, t)
		}
	}
	return first, quick, nil
}

// rebuildRenamed builds with opt after giving the record rec (whose bytes
// were orig) its i-th new name, first looking at its pages as serve does;
// the 0th build keeps the name, and is the full build the others are
// quick after.
func rebuildRenamed(ctx context.Context, opt build.Options, rec string, orig []byte, i int) (first, quick build.Timings, err error) {
	if i > 0 {
		name := fmt.Sprintf(`"name": "Synthetic Company 1 (renamed %d)"`, i)
		if err := os.WriteFile(rec, []byte(strings.Replace(string(orig), renamedName, name, 1)), 0o644); err != nil {
			return first, quick, err
		}
		look := opt
		look.Timings = &first
		if n, err := build.FirstLook(ctx, look, []string{renamed}); err != nil || n == 0 {
			return first, quick, fmt.Errorf("first look %d: %d pages rendered, %v", i, n, err)
		}
	}
	opt.Timings = &quick
	if _, err := build.Run(ctx, opt); err != nil {
		return first, quick, err
	}
	if i > 0 && !quick.Quick {
		return first, quick, fmt.Errorf("rebuild %d after a rename was a full one", i)
	}
	return first, quick, nil
}

// previewOptions are serve's build options for the repository in dir
// (serve.BuildOptions), building into a temporary folder that done removes.
func previewOptions(ctx context.Context, dir string) (build.Options, func(), error) {
	tmp, err := os.MkdirTemp("", "kit-bench-preview-")
	if err != nil {
		return build.Options{}, nil, err
	}
	done := func() { os.RemoveAll(tmp) }
	opt, err := serve.BuildOptions(ctx, build.Options{Root: dir, Out: filepath.Join(tmp, "site"), Preview: true, Since: new(pagediff.Snapshot)})
	if err != nil {
		done()
		return build.Options{}, nil, err
	}
	return opt, done, nil
}

// median is the median of one stage's time over the rebuilds (of an even
// number, the mean of the middle two).
func median(ts []build.Timings, stage func(build.Timings) time.Duration) time.Duration {
	if len(ts) == 0 {
		return 0
	}
	ds := make([]time.Duration, len(ts))
	for i, t := range ts {
		ds[i] = stage(t)
	}
	slices.Sort(ds)
	mid := len(ds) / 2
	if len(ds)%2 == 0 {
		return (ds[mid-1] + ds[mid]) / 2
	}
	return ds[mid]
}
