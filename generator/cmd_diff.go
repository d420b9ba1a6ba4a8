package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/publication"
)

// runDiff prints, as Markdown, how the data changed since a git revision.
func runDiff(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("diff", flag.ContinueOnError)
	fl.SetOutput(stderr)
	root := fl.String("root", ".", "the repository `folder`")
	if fl.Parse(args) != nil || fl.NArg() != 1 {
		fmt.Fprintln(stderr, "usage: generator diff [-root DIR] <base-revision>")
		return exitUsage
	}
	base, err := os.MkdirTemp("", "kit-diff-")
	if err != nil {
		fmt.Fprintf(stderr, "generator diff: %v\n", err)
		return exitInvalid
	}
	defer os.RemoveAll(base)
	if err := datadiff.Extract(context.Background(), *root, fl.Arg(0), base); err != nil {
		fmt.Fprintf(stderr, "generator diff: %v\n", err)
		return exitUsage
	}
	old, code := publicationAt(base, "base "+fl.Arg(0), stderr)
	if old == nil {
		return code
	}
	cur, code := publicationAt(*root, "working tree", stderr)
	if cur == nil {
		return code
	}
	datadiff.Compare(old, cur).Markdown(stdout)
	return exitOK
}

func publicationAt(dir, what string, stderr io.Writer) (*publication.Publication, int) {
	d, errs := build.Validate(os.DirFS(dir))
	if errs.Err() != nil {
		fmt.Fprintf(stderr, "generator diff: the %s is invalid:\n", what)
		report(stderr, errs, false)
		return nil, exitInvalid
	}
	return publication.Build(d), exitOK
}
