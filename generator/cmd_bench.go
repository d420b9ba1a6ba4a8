package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/benchmark"
	"github.com/korea-investment-tracker/kit/generator/build"
)

// runBench builds synthetic publications of several sizes and prints each
// stage's figures against Hugo alone, as a Markdown table for BENCHMARKS.md.
func runBench(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("bench", flag.ContinueOnError)
	fl.SetOutput(stderr)
	opt := benchmark.Options{Log: stderr}
	fl.StringVar(&opt.Root, "root", ".", "the repository `folder`")
	fl.StringVar(&opt.Dir, "dir", os.TempDir()+"/kit-bench", "where the synthetic repositories are written and kept")
	sizes := fl.String("sizes", "1000,10000,100000", "comma-separated numbers of commitments (companies are a tenth)")
	fl.IntVar(&opt.Quick, "quick", 0, "also time `n` quick rebuilds of the live preview per size, a company renamed each time")
	fl.BoolVar(&opt.PreviewOnly, "preview-only", false, "time the live preview alone (with -quick), not the whole build and Hugo alone")
	baseline := fl.Bool("baseline", true, "build each size a second time with one Hugo process over every page, whose Hugo is the baseline")
	if fl.Parse(args) != nil || fl.NArg() > 0 {
		return exitUsage
	}
	opt.NoBaseline = !*baseline
	var err error
	if opt.Sizes, err = parseSizes(*sizes); err != nil {
		fmt.Fprintf(stderr, "generator bench: %v\n", err)
		return exitUsage
	}
	if opt.Exe, err = os.Executable(); err != nil {
		fmt.Fprintf(stderr, "generator bench: %v\n", err)
		return exitInvalid
	}
	d, errs := build.Validate(os.DirFS(opt.Root))
	if errs.Err() != nil {
		report(stderr, errs, false)
		return exitInvalid
	}
	opt.Regions = d.Regions
	ctx, stop := stopContext()
	defer stop()
	results, err := benchmark.Run(ctx, opt)
	if err != nil {
		fmt.Fprintf(stderr, "generator bench: %v\n", err)
		return exitInvalid
	}
	benchmark.Markdown(stdout, results)
	return exitOK
}

func parseSizes(s string) ([]int, error) {
	var out []int
	for _, f := range strings.Split(s, ",") {
		n, err := strconv.Atoi(strings.TrimSpace(f))
		if err != nil || n < 1 {
			return nil, fmt.Errorf("bad size %q", f)
		}
		out = append(out, n)
	}
	return out, nil
}
