package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/synth"
)

// runSynth writes a synthetic repository layout for benchmarks and scale tests.
func runSynth(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("synth", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var cfg synth.Config
	fl.IntVar(&cfg.Companies, "companies", 1000, "how many synthetic companies")
	fl.IntVar(&cfg.Investments, "investments", 10000, "how many synthetic commitments")
	fl.Uint64Var(&cfg.Seed, "seed", 1, "random seed; the same seed writes the same bytes")
	fl.Float64Var(&cfg.InvalidFraction, "invalid", 0, "fraction (0–1) of commitment files to break on purpose")
	fl.BoolVar(&cfg.ShorthandOnly, "shorthand", false, "write each commitment's amount, announced date and status alone, without milestones and amount statements")
	root := fl.String("root", ".", "the repository whose data/regions/ are copied")
	out := fl.String("out", "", "the `folder` to write data/ and content/ into (required)")
	if fl.Parse(args) != nil || *out == "" || fl.NArg() > 0 || cfg.InvalidFraction < 0 || cfg.InvalidFraction > 1 {
		fmt.Fprintln(stderr, "usage: generator synth -companies N -investments M -out DIR [-seed S] [-invalid F] [-shorthand]")
		return exitUsage
	}
	d, errs := build.Validate(os.DirFS(*root))
	if errs.Err() != nil {
		report(stderr, errs, false)
		return exitInvalid
	}
	cfg.Regions = d.Regions
	if err := synth.Write(*out, cfg); err != nil {
		fmt.Fprintf(stderr, "generator synth: %v\n", err)
		return exitInvalid
	}
	fmt.Fprintf(stdout, "wrote %d synthetic companies and %d synthetic commitments to %s\n", cfg.Companies, cfg.Investments, *out)
	return exitOK
}
