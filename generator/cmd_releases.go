package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/dataview"
	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/releases"
)

// runReleases lists the data's releases, newest first, with their counts,
// Korea's total and what changed, in the words of the site's pages.
func runReleases(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("releases", flag.ContinueOnError)
	fl.SetOutput(stderr)
	root := fl.String("root", ".", "the repository `folder`")
	if fl.Parse(args) != nil || fl.NArg() > 0 {
		return exitUsage
	}
	cats, err := locale.ReadRepository(*root)
	if err != nil {
		fmt.Fprintf(stderr, "generator releases: %v\n", err)
		return exitInvalid
	}
	rels, none, err := build.Releases(context.Background(), *root)
	if err != nil {
		fmt.Fprintf(stderr, "generator releases: %v\n", err)
		return exitInvalid
	}
	if none != "" {
		fmt.Fprintf(stdout, "no release history (%s)\n", none)
	}
	l := locale.New(record.DefaultLang, cats[record.DefaultLang])
	for _, r := range rels {
		d := dataview.Describe(l, r)
		fmt.Fprintf(stdout, "%s\t%s\t%s; %s; %s\n", r.Tag, r.Day.Format(time.DateOnly), d.Counts, d.Total, d.Changed)
	}
	return exitOK
}

// runReleaseTag tags HEAD as the next release of today (UTC), unless the
// data (data/ and content/) is the same as at the newest release; it
// prints the new tag, or nothing. The release workflow runs it.
func runReleaseTag(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("release-tag", flag.ContinueOnError)
	fl.SetOutput(stderr)
	root := fl.String("root", ".", "the repository `folder`")
	day := fl.String("day", "", "the release's `day` as YYYY-MM-DD (default today, UTC)")
	if fl.Parse(args) != nil || fl.NArg() > 0 {
		return exitUsage
	}
	when := time.Now().UTC()
	if *day != "" {
		var err error
		if when, err = time.Parse(time.DateOnly, *day); err != nil {
			fmt.Fprintf(stderr, "generator release-tag: -day: %v\n", err)
			return exitUsage
		}
	}
	tag, err := releases.Tag(context.Background(), *root, when)
	if err != nil {
		fmt.Fprintf(stderr, "generator release-tag: %v\n", err)
		return exitInvalid
	}
	if tag == "" {
		fmt.Fprintln(stderr, "the data has not changed since the last release: nothing to tag")
		return exitOK
	}
	fmt.Fprintln(stdout, tag)
	return exitOK
}
