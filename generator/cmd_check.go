package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/record"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	fl.SetOutput(stderr)
	root := fl.String("root", ".", "the repository `folder` holding data/ and content/")
	if fl.Parse(args) != nil {
		return exitUsage
	}
	only, err := relPaths(*root, fl.Args())
	if err != nil {
		fmt.Fprintf(stderr, "generator check: %v\n", err)
		return exitUsage
	}
	_, errs := build.Validate(os.DirFS(*root))
	errs = filterFiles(errs, only)
	report(stderr, errs, os.Getenv("GITHUB_ACTIONS") == "true")
	if errs.Err() != nil {
		return exitInvalid
	}
	fmt.Fprintln(stdout, "ok: all records and pages are valid")
	return exitOK
}

// relPaths turns the named files into slash paths relative to the root.
func relPaths(root string, args []string) (map[string]bool, error) {
	if len(args) == 0 {
		return nil, nil
	}
	only := map[string]bool{}
	for _, a := range args {
		rel, err := filepath.Rel(root, a)
		if err != nil || strings.HasPrefix(rel, "..") {
			return nil, fmt.Errorf("%s is not inside %s", a, root)
		}
		only[path.Clean(filepath.ToSlash(rel))] = true
	}
	return only, nil
}

// filterFiles keeps the errors about the named files; references are still
// checked against every record.
func filterFiles(errs record.ErrorList, only map[string]bool) record.ErrorList {
	if only == nil {
		return errs
	}
	return slices.DeleteFunc(errs, func(e *record.Error) bool { return !only[e.Pos.File] })
}

// report prints each problem on its own line, and GitHub Actions
// annotations when running in a workflow so errors show on the changed lines.
func report(w io.Writer, errs record.ErrorList, annotate bool) {
	for _, e := range errs {
		fmt.Fprintln(w, e.Error())
	}
	if annotate {
		for _, e := range errs {
			level := "error"
			if e.Warning {
				level = "warning"
			}
			fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d::%s\n", level, e.Pos.File, e.Pos.Line, e.Pos.Column, escapeAnnotation(e.Msg))
		}
	}
	if n := len(errs.Errors()); n > 0 {
		fmt.Fprintf(w, "%d problem(s) found\n", n)
	}
}

// escapeAnnotation escapes a message as GitHub's workflow commands require.
func escapeAnnotation(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}
