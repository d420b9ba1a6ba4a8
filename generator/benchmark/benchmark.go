// Package benchmark measures whole builds of synthetic publications of
// several sizes, each against Hugo alone rendering the same pages from the
// already-normalised data with the same templates, in one run on one machine.
package benchmark

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"

	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/synth"
)

// Options says what to measure. Exe is the generator binary whose build
// command is timed, in a process of its own so its peak memory is its own.
type Options struct {
	Root    string // the repository: site/, schema/, tools/ and data/regions/
	Dir     string // where the synthetic repositories go; kept for reuse
	Exe     string
	Sizes   []int // numbers of commitments; companies are a tenth
	Regions []record.Region
	Log     io.Writer
	// Quick is how many quick rebuilds of the live preview to time after
	// each size's build (a company renamed each time); 0 times none.
	Quick int
	// PreviewOnly times the preview alone, without the whole build and
	// Hugo alone (a size's preview figures in minutes, not a quarter hour).
	PreviewOnly bool
	// NoBaseline skips the second build of each size, the one with a
	// single Hugo process over every page (Result.OneHugo).
	NoBaseline bool
}

// Result is one size's figures.
type Result struct {
	Companies, Investments int
	Records                int
	SourceBytes            int64
	Timings                Timings
	// OneHugo are the timings of a second build of the same data with one
	// Hugo process over every page (build -pages-per-hugo -1): its Hugo
	// is the baseline, Hugo alone.
	OneHugo     Timings
	PublicBytes int64
	PublicFiles int
	// Quick are the timings of the preview's quick rebuilds (Options.Quick),
	// and First those of the first look before each (preview.Session).
	Quick, First []Timings
}

// Run measures each size in turn.
func Run(ctx context.Context, opt Options) ([]Result, error) {
	var out []Result
	for _, n := range opt.Sizes {
		r, err := measure(ctx, opt, n)
		if err != nil {
			return out, fmt.Errorf("%d commitments: %w", n, err)
		}
		out = append(out, r)
	}
	return out, nil
}

func measure(ctx context.Context, opt Options, n int) (Result, error) {
	r := Result{Companies: max(n/10, 5), Investments: n}
	dir := filepath.Join(opt.Dir, fmt.Sprintf("synthetic-%d", n))
	if err := prepare(opt, dir, r.Companies, n); err != nil {
		return r, err
	}
	var err error
	if r.SourceBytes, r.Records, err = treeSize(dir, "data", "content"); err != nil {
		return r, err
	}
	if !opt.PreviewOnly {
		fmt.Fprintf(opt.Log, "building %d companies, %d commitments…\n", r.Companies, n)
		if r.Timings, err = runBuild(ctx, opt.Exe, dir); err != nil {
			return r, err
		}
		if r.PublicBytes, r.PublicFiles, err = treeSize(dir, "public"); err != nil {
			return r, err
		}
		if !opt.NoBaseline {
			fmt.Fprintf(opt.Log, "building it again with one Hugo process…\n")
			if r.OneHugo, err = runBuild(ctx, opt.Exe, dir, "-pages-per-hugo", "-1"); err != nil {
				return r, err
			}
		}
		if opt.Quick == 0 {
			return r, nil
		}
	}
	fmt.Fprintf(opt.Log, "timing %d quick preview rebuilds…\n", opt.Quick)
	r.First, r.Quick, err = quickRebuilds(ctx, dir, opt.Quick)
	return r, err
}

// prepare writes the synthetic repository once and links the project's site,
// schemas and tools into it, so the build reads the same templates.
func prepare(opt Options, dir string, companies, investments int) error {
	if _, err := os.Stat(filepath.Join(dir, "data")); os.IsNotExist(err) {
		cfg := synth.Config{Companies: companies, Investments: investments, Seed: 1, Regions: opt.Regions}
		if err := synth.Write(dir, cfg); err != nil {
			return err
		}
	}
	root, err := filepath.Abs(opt.Root)
	if err != nil {
		return err
	}
	// .ci holds Pagefind (npm), so the synthetic build indexes for search as the real one does.
	for _, name := range []string{"site", "schema", "tools", "go.mod", "go.sum", ".ci"} {
		link := filepath.Join(dir, name)
		os.Remove(link)
		if err := os.Symlink(filepath.Join(root, name), link); err != nil {
			return err
		}
	}
	return nil
}

// runBuild runs `generator build` with args in its own process, into a
// new public/, and reads its timings.
func runBuild(ctx context.Context, exe, dir string, args ...string) (Timings, error) {
	var t Timings
	timings := filepath.Join(dir, "timings.json")
	os.RemoveAll(filepath.Join(dir, "public"))
	cmd := exec.CommandContext(ctx, exe, append([]string{"build", "-root", dir, "-timings", timings}, args...)...)
	if out, err := cmd.CombinedOutput(); err != nil {
		return t, fmt.Errorf("build: %v\n%s", err, out)
	}
	b, err := os.ReadFile(timings)
	if err == nil {
		err = json.Unmarshal(b, &t)
	}
	return t, err
}

// treeSize adds up the bytes and counts the files below dir's named folders.
func treeSize(dir string, names ...string) (bytes int64, files int, err error) {
	for _, name := range names {
		err = filepath.WalkDir(filepath.Join(dir, name), func(p string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() {
				return err
			}
			info, err := d.Info()
			bytes += info.Size()
			files++
			return err
		})
		if err != nil && !os.IsNotExist(err) {
			return 0, 0, err
		}
	}
	return bytes, files, nil
}
