package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
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
	cats, err := locale.ReadCatalogs(os.DirFS(filepath.Join(*root, "site")))
	if err != nil {
		fmt.Fprintf(stderr, "generator diff: the site's words (site/i18n under -root): %v\n", err)
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
	datadiff.Compare(old, cur).Markdown(stdout, locale.New(record.DefaultLang, cats[record.DefaultLang]))
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
