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
	"github.com/korea-investment-tracker/kit/generator/preview"
)

// renamed is the synthetic record the quick rebuilds change, and its name.
const (
	renamed     = "data/companies/synthetic-company-000001.json"
	renamedName = `"name": "Synthetic Company 1"`
)

// quickRebuilds times n updates of the live preview (preview.Session, as
// serve runs it, in this process), after its first build into a folder of
// its own: each renames the first synthetic company, which is restored at
// the end, and is a first look at the company's pages, then a quick
// rebuild.
func quickRebuilds(ctx context.Context, dir string, n int) (first, quick []Timings, err error) {
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
	tmp, err := os.MkdirTemp("", "kit-bench-preview-")
	if err != nil {
		return nil, nil, err
	}
	defer os.RemoveAll(tmp)
	tm := new(timedSession)
	if tm.Session, err = preview.New(ctx, preview.Options{Root: dir, Out: filepath.Join(tmp, "site"), NoSearch: true, Stage: tm.stage, Shown: tm.shown}); err != nil {
		return nil, nil, err
	}
	for i := range n + 1 {
		f, q, err := tm.rename(ctx, rec, orig, i)
		if err != nil {
			return nil, nil, err
		}
		if i > 0 {
			first, quick = append(first, f), append(quick, q)
		}
	}
	return first, quick, nil
}

// timedSession is a Session whose steps are timed, a Recorder each.
type timedSession struct {
	*preview.Session
	rec   *Recorder
	steps []Timings // the steps of the update under way
}

func (ts *timedSession) stage(s build.Stage, d time.Duration) { ts.rec.Stage(s, d) }

// shown closes the step's timings and starts the next step's.
func (ts *timedSession) shown(st preview.Step) {
	t := ts.rec.Timings()
	t.Total, t.Quick, t.Rendered = st.Took, st.Quick, st.Pages
	ts.steps = append(ts.steps, t)
	ts.rec = NewRecorder()
}

// rename gives the record rec (whose bytes were orig) its i-th new name
// and updates the preview; the 0th update keeps the name, and is the
// first build, which the others are quick after.
func (ts *timedSession) rename(ctx context.Context, rec string, orig []byte, i int) (first, quick Timings, err error) {
	var changed []string
	if i > 0 {
		name := fmt.Sprintf(`"name": "Synthetic Company 1 (renamed %d)"`, i)
		if err := os.WriteFile(rec, []byte(strings.Replace(string(orig), renamedName, name, 1)), 0o644); err != nil {
			return first, quick, err
		}
		changed = []string{renamed}
	}
	ts.rec, ts.steps = NewRecorder(), nil
	res, err := ts.Update(ctx, changed)
	switch {
	case err != nil:
		return first, quick, err
	case i == 0:
		return first, quick, nil
	case res.FirstLook.Kind == 0 || res.FirstLook.Err != nil || res.FirstLook.Pages == 0 || len(ts.steps) != 2:
		return first, quick, fmt.Errorf("update %d: first look %+v", i, res.FirstLook)
	case !res.Rebuild.Quick:
		return first, quick, fmt.Errorf("rebuild %d after a rename was a full one", i)
	}
	return ts.steps[0], ts.steps[1], nil
}

// median is the median of one stage's time over the rebuilds (of an even
// number, the mean of the middle two).
func median(ts []Timings, stage func(Timings) time.Duration) time.Duration {
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
