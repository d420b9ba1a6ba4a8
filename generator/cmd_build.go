package main

import (
	"crypto/rand"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/benchmark"
	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/progress"
	"github.com/korea-investment-tracker/kit/generator/visible"
)

func runBuild(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("build", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var opt build.Options
	fl.StringVar(&opt.Root, "root", ".", "the repository `folder`")
	fl.StringVar(&opt.Out, "out", "", "where the site goes (default root/public)")
	fl.StringVar(&opt.BaseURL, "baseURL", os.Getenv("KIT_BASE_URL"), "the site's absolute `URL` (default the production URL, or $KIT_BASE_URL)")
	verbose := fl.Bool("v", false, "print Hugo's output")
	quiet := fl.Bool("q", false, "print nothing but warnings and errors")
	timings := fl.String("timings", "", "write each stage's duration as JSON to this `file` (for the benchmark)")
	fl.IntVar(&opt.PagesPerHugo, "pages-per-hugo", 0, "the most pages one Hugo process renders; a larger site takes several, one after another, to bound Hugo's memory (0: the default; -1: one process)")
	pagesPerIndexFlag(fl, &opt)
	fl.Func("shard", "build shard `i/n` of a sharded build into -out, for merge (no search index)", func(s string) (err error) {
		opt.Shard, err = build.ParseShard(s)
		return err
	})
	if fl.Parse(args) != nil || fl.NArg() > 0 {
		return exitUsage
	}
	limitMemory()
	ctx, stop := stopContext()
	defer stop()
	start := time.Now()
	var rec *benchmark.Recorder
	if *timings != "" {
		rec = benchmark.NewRecorder()
	}
	lines := showProgress(&opt, stdout, stderr, *quiet)
	if lines != nil {
		opt.Stage = func(s build.Stage, d time.Duration) { lines.End(string(s), d) }
	}
	if rec != nil {
		rec.Observe(&opt)
	}
	if *verbose {
		opt.Log = opt.Warn
	}
	built, err := build.Run(ctx, opt)
	if lines != nil {
		lines.Close()
	}
	if err != nil {
		return buildFailed(stderr, "build", err)
	}
	if *timings != "" {
		if err := writeJSON(*timings, rec.Timings()); err != nil {
			fmt.Fprintf(stderr, "generator build: %v\n", err)
			return exitInvalid
		}
	}
	if *quiet {
		return exitOK
	}
	fmt.Fprintf(stdout, "built %d companies, %d commitments, %d regions in %s\n",
		built.Companies, built.Investments, built.Regions, time.Since(start).Round(time.Millisecond))
	return exitOK
}

// showProgress has opt show each stage's line on stdout, with its live
// counter on a terminal, and its notes (the one-time Hugo compile, the
// Pagefind install), unless quiet; the warnings go to stderr, between the
// lines. It returns the lines, nil when quiet.
func showProgress(opt *build.Options, stdout, stderr io.Writer, quiet bool) *progress.Lines {
	if quiet {
		opt.Warn = stderr
		return nil
	}
	tty := progress.Terminal(stdout)
	lines := progress.New(stdout, tty)
	opt.Start = func(s build.Stage, n int) { lines.Start(string(s), n, s.Unit()) }
	if tty { // elsewhere no counter is drawn: nothing counts
		opt.Count, opt.Step = lines.Count, lines.Step
	}
	opt.Note = lines.Writer(stdout)
	opt.Warn = lines.Writer(stderr)
	return lines
}

// buildFailed reports why the build (or merge: cmd) failed; the previous
// site is untouched.
func buildFailed(stderr io.Writer, cmd string, err error) int {
	annotate := os.Getenv("GITHUB_ACTIONS") == "true"
	var invalid *build.InvalidError
	if errors.As(err, &invalid) {
		report(stderr, invalid.Errors, annotate)
	} else {
		printQuoted(stderr, "generator "+cmd+": "+err.Error(), annotate)
	}
	fmt.Fprintln(stderr, "build failed; the previous public/ is unchanged")
	return exitInvalid
}

// printQuoted prints an error that may quote contributors' text (Hugo's
// output names their files and repeats their words) line by line, each
// line made visible (visible.Line). In a GitHub Actions workflow the
// runner would still read a line starting "::" as a command, so the text
// goes between stop-commands and the resuming token, which only this
// process knows.
func printQuoted(w io.Writer, text string, annotate bool) {
	token := ""
	if annotate {
		token = rand.Text()
		fmt.Fprintf(w, "::stop-commands::%s\n", token)
	}
	for line := range strings.Lines(text) {
		fmt.Fprintln(w, visible.Line(strings.TrimSuffix(line, "\n")))
	}
	if annotate {
		fmt.Fprintf(w, "::%s::\n", token)
	}
}

func writeJSON(path string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(path, b, 0o644)
}

// pagesPerIndexFlag is build's and merge's -pages-per-index.
func pagesPerIndexFlag(fl *flag.FlagSet, opt *build.Options) {
	fl.IntVar(&opt.PagesPerIndex, "pages-per-index", 0, "the most pages of a language one Pagefind process indexes; more make several indexes, which the search page merges, to bound Pagefind's memory (0: the default; -1: one per language)")
}
