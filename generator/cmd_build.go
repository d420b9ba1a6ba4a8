package main

import (
	"context"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"os/signal"
	"time"

	"github.com/korea-investment-tracker/kit/generator/benchmark"
	"github.com/korea-investment-tracker/kit/generator/build"
)

func runBuild(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("build", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var opt build.Options
	fl.StringVar(&opt.Root, "root", ".", "the repository `folder`")
	fl.StringVar(&opt.Out, "out", "", "where the site goes (default root/public)")
	fl.StringVar(&opt.BaseURL, "baseURL", os.Getenv("KIT_BASE_URL"), "the site's absolute `URL` (default the production URL, or $KIT_BASE_URL)")
	verbose := fl.Bool("v", false, "print Hugo's output")
	timings := fl.String("timings", "", "write each stage's duration as JSON to this `file` (for the benchmark)")
	if fl.Parse(args) != nil || fl.NArg() > 0 {
		return exitUsage
	}
	opt.Warn = stderr
	if *verbose {
		opt.Log = stderr
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	start := time.Now()
	rec := benchmark.NewRecorder()
	if *timings != "" {
		opt.Stage = rec.Stage
	}
	p, err := build.Run(ctx, opt)
	if err != nil {
		return buildFailed(stderr, err)
	}
	if *timings != "" {
		if err := writeJSON(*timings, rec.Timings()); err != nil {
			fmt.Fprintf(stderr, "generator build: %v\n", err)
			return exitInvalid
		}
	}
	fmt.Fprintf(stdout, "built %d companies, %d commitments, %d regions in %s\n",
		len(p.Companies), len(p.Investments), len(p.Regions), time.Since(start).Round(time.Millisecond))
	return exitOK
}

// buildFailed reports why the build failed; the previous site is untouched.
func buildFailed(stderr io.Writer, err error) int {
	var invalid *build.InvalidError
	if errors.As(err, &invalid) {
		report(stderr, invalid.Errors, os.Getenv("GITHUB_ACTIONS") == "true")
	} else {
		fmt.Fprintf(stderr, "generator build: %v\n", err)
	}
	fmt.Fprintln(stderr, "build failed; the previous public/ is unchanged")
	return exitInvalid
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}
