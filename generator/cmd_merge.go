package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
)

// runMerge is "generator merge DIR…": it joins the folders of every shard
// of a sharded build into one site with its search index (build.Merge).
func runMerge(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("merge", flag.ContinueOnError)
	fl.SetOutput(stderr)
	var opt build.Options
	fl.StringVar(&opt.Root, "root", ".", "the repository `folder` (where Pagefind is installed)")
	fl.StringVar(&opt.Out, "out", "", "where the site goes (default root/public)")
	quiet := fl.Bool("q", false, "print nothing but warnings and errors")
	pagesPerIndexFlag(fl, &opt)
	if fl.Parse(args) != nil {
		return exitUsage
	}
	if fl.NArg() == 0 {
		fmt.Fprintln(stderr, "usage: generator merge [-root DIR] [-out DIR] [-pages-per-index N] SHARD_FOLDER…")
		return exitUsage
	}
	ctx, stop := stopContext()
	defer stop()
	lines := showProgress(&opt, stdout, stderr, *quiet)
	if lines != nil {
		opt.Stage = func(s build.Stage, d time.Duration) { lines.End(string(s), d) }
	}
	err := build.Merge(ctx, opt, fl.Args())
	if lines != nil {
		lines.Close()
	}
	if err != nil {
		return buildFailed(stderr, "merge", err)
	}
	return exitOK
}
