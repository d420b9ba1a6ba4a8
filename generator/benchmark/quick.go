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
	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/load"
)

// renamed is the synthetic record the quick rebuilds change, and its name.
const (
	renamed     = "data/companies/synthetic-company-000001.json"
	renamedName = `"name": "Synthetic Company 1"`
)

// quickRebuilds times n rebuilds of the live preview as serve runs them
// (one Snapshot, Checker and Loader from build to build), after a
// full preview build into a folder of their own: each renames the first
// synthetic company, which is restored at the end. It runs in this
// process, as serve's rebuilds do.
func quickRebuilds(ctx context.Context, dir string, n int) ([]build.Timings, error) {
	rec := filepath.Join(dir, filepath.FromSlash(renamed))
	orig, err := os.ReadFile(rec)
	if err != nil {
		return nil, err
	}
	if !strings.Contains(string(orig), renamedName) {
		return nil, fmt.Errorf("%s: no %s to rename", rec, renamedName)
	}
	defer os.WriteFile(rec, orig, 0o644)
	opt, done, err := previewOptions(dir)
	if err != nil {
		return nil, err
	}
	defer done()
	var out []build.Timings
	for i := range n + 1 {
		if i > 0 {
			name := fmt.Sprintf(`"name": "Synthetic Company 1 (renamed %d)"`, i)
			if err := os.WriteFile(rec, []byte(strings.Replace(string(orig), renamedName, name, 1)), 0o644); err != nil {
				return nil, err
			}
		}
		var t build.Timings
		opt.Timings = &t
		if _, err := build.Run(ctx, opt); err != nil {
			return nil, err
		}
		if i > 0 && !t.Quick {
			return nil, fmt.Errorf("rebuild %d after a rename was a full one", i)
		}
		if i > 0 {
			out = append(out, t)
		}
	}
	return out, nil
}

// previewOptions are serve's build options for the repository in dir,
// building into a temporary folder that done removes.
func previewOptions(dir string) (build.Options, func(), error) {
	c, err := check.New()
	if err != nil {
		return build.Options{}, nil, err
	}
	tmp, err := os.MkdirTemp("", "kit-bench-preview-")
	if err != nil {
		return build.Options{}, nil, err
	}
	opt := build.Options{Root: dir, Out: filepath.Join(tmp, "site"), Preview: true, Since: new(hugo.Snapshot),
		Checker: c, Loader: new(load.Loader)}
	return opt, func() { os.RemoveAll(tmp) }, nil
}

// median is the median of one stage's time over the rebuilds.
func median(ts []build.Timings, stage func(build.Timings) time.Duration) time.Duration {
	if len(ts) == 0 {
		return 0
	}
	ds := make([]time.Duration, len(ts))
	for i, t := range ts {
		ds[i] = stage(t)
	}
	slices.Sort(ds)
	return ds[len(ds)/2]
}
