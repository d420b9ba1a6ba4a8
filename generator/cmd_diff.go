package main

import (
	"cmp"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// runDiff prints how the data changed from one git revision to another,
// or to the working tree, as Markdown, CSV or JSON.
func runDiff(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("diff", flag.ContinueOnError)
	fl.SetOutput(stderr)
	root := fl.String("root", ".", "the repository `folder`")
	format := fl.String("format", "markdown", "markdown, csv (changes.csv) or json (changes.json)")
	if fl.Parse(args) != nil || fl.NArg() < 1 || fl.NArg() > 2 || !validFormat(*format) {
		fmt.Fprintln(stderr, "usage: generator diff [-root DIR] [--format markdown|csv|json] <revision> [<revision>]")
		return exitUsage
	}
	cats, err := locale.ReadRepository(*root)
	if err != nil {
		fmt.Fprintf(stderr, "generator diff: the site's words (site/i18n under -root): %v\n", err)
		return exitUsage
	}
	ctx := context.Background()
	old, code := publicationAt(ctx, *root, fl.Arg(0), "base "+fl.Arg(0), stderr)
	if old == nil {
		return code
	}
	cur, code := publicationAt(ctx, *root, fl.Arg(1), cmp.Or(fl.Arg(1), "working tree"), stderr)
	if cur == nil {
		return code
	}
	words := locale.New(record.DefaultLang, cats[record.DefaultLang])
	if err := writeDiff(stdout, *format, datadiff.Compare(old, cur), words); err != nil {
		fmt.Fprintf(stderr, "generator diff: %v\n", err)
		return exitInvalid
	}
	return exitOK
}

func validFormat(f string) bool { return f == "markdown" || f == "csv" || f == "json" }

// writeDiff writes r in format; Markdown in words' words.
func writeDiff(w io.Writer, format string, r datadiff.Report, words locale.Locale) error {
	switch format {
	case "csv":
		_, err := w.Write(datadiff.DeltaCSV(r))
		return err
	case "json":
		b, err := datadiff.DeltaJSON(r)
		if err == nil {
			_, err = w.Write(b)
		}
		return err
	}
	r.Markdown(w, words)
	return nil
}

// publicationAt is the publication at rev of root ("" for the working
// tree), or nil and the exit code, having said why.
func publicationAt(ctx context.Context, root, rev, what string, stderr io.Writer) (*publication.Publication, int) {
	p, err := build.PublicationAt(ctx, root, rev)
	var invalid *build.InvalidError
	switch {
	case errors.As(err, &invalid):
		fmt.Fprintf(stderr, "generator diff: the %s is invalid:\n", what)
		report(stderr, invalid.Errors, false)
		return nil, exitInvalid
	case err != nil:
		fmt.Fprintf(stderr, "generator diff: %v\n", err)
		return nil, exitUsage
	}
	return p, exitOK
}
