package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/visible"
)

func runCheck(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("check", flag.ContinueOnError)
	fl.SetOutput(stderr)
	root := fl.String("root", ".", "the repository `folder` holding data/ and content/")
	lang := fl.String("lang", "en", "the `language` of the messages: en or ko")
	missingKo := fl.Bool("missing-ko", false, "also warn about records without a Korean name or title")
	if fl.Parse(args) != nil {
		return exitUsage
	}
	if *lang != "en" && *lang != "ko" {
		fmt.Fprintf(stderr, "generator check: -lang %q: the messages are in en or ko\n", *lang)
		return exitUsage
	}
	only, err := relPaths(*root, fl.Args())
	if err == nil {
		err = isRepository(*root)
	}
	if err == nil {
		err = dataPaths(only, *lang)
	}
	if err != nil {
		fmt.Fprintf(stderr, "generator check: %v\n", err)
		return exitUsage
	}
	fsys := os.DirFS(*root)
	_, errs := build.Validate(fsys)
	if *missingKo {
		errs = append(errs, missingKorean(fsys)...).Sort()
	}
	errs = filterFiles(errs, only).In(*lang)
	reportIn(stderr, errs, os.Getenv("GITHUB_ACTIONS") == "true", *lang)
	if errs.Err() != nil {
		return exitInvalid
	}
	fmt.Fprintln(stdout, message.AllValid.Text().In(*lang))
	return exitOK
}

// dataPaths refuses a named path outside data/ and content/ (README.md,
// site/): check has nothing to say about it, and "ok" would say it is
// valid. It is a usage error (exit 2), a mistake in the command rather
// than in the data; a file inside them that is no record or page
// (data/companies/x.JSON) is a problem in the data, reported with the
// others (exit 1), as the whole check reports it.
func dataPaths(only []string, lang string) error {
	for _, p := range only {
		first, _, _ := strings.Cut(p, "/")
		if p != "." && first != "data" && first != "content" {
			return errors.New(message.NotData.With(p).In(lang))
		}
	}
	return nil
}

// missingKorean loads the records again to find those without a Korean
// name; reading is cheap, and it keeps the warning out of every other
// command's validation.
func missingKorean(fsys fs.FS) record.ErrorList {
	files, _ := load.Files(fsys)
	docs, _ := load.Load(fsys, files)
	return check.MissingKorean(docs)
}

// relPaths turns the named files and folders into slash paths relative to
// the root; a path that does not exist is a usage error, not "ok".
func relPaths(root string, args []string) ([]string, error) {
	var only []string
	for _, a := range args {
		rel, err := filepath.Rel(root, a)
		if err != nil || strings.HasPrefix(rel, "..") {
			return nil, fmt.Errorf("%s is not inside %s", a, root)
		}
		if _, err := os.Stat(a); err != nil {
			return nil, fmt.Errorf("%s: no such file or folder", a)
		}
		only = append(only, path.Clean(filepath.ToSlash(rel)))
	}
	return only, nil
}

// isRepository refuses a root without data/, where there would be nothing
// to check and "ok" would mislead.
func isRepository(root string) error {
	if st, err := os.Stat(filepath.Join(root, "data")); err != nil || !st.IsDir() {
		return fmt.Errorf("%s has no data/ folder: run check in the repository or pass -root", root)
	}
	return nil
}

// filterFiles keeps the errors about the named files and the files in the
// named folders; references are still checked against every record.
func filterFiles(errs record.ErrorList, only []string) record.ErrorList {
	if only == nil {
		return errs
	}
	return slices.DeleteFunc(errs, func(e *record.Error) bool {
		return !slices.ContainsFunc(only, func(p string) bool {
			return p == "." || e.Pos.File == p || strings.HasPrefix(e.Pos.File, p+"/")
		})
	})
}

// report prints each problem on its own line, and GitHub Actions
// annotations when running in a workflow so errors show on the changed lines.
func report(w io.Writer, errs record.ErrorList, annotate bool) { reportIn(w, errs, annotate, "en") }

// reportIn is report with the command's own lines in lang; the messages
// are already in lang (record.ErrorList.In). A contributor's text (a file
// name, an unknown field's key) is shown, never acted on: each problem is
// one line (visible.Line), and an annotation is escaped by the rules of
// workflow commands, so no output line is one the contributor wrote.
func reportIn(w io.Writer, errs record.ErrorList, annotate bool, lang string) {
	for _, e := range errs {
		if e.Warning {
			c := *e
			c.Msg = message.Warning.Text().In(lang) + c.Msg
			e = &c
		}
		fmt.Fprintln(w, visible.Line(e.Error()))
	}
	if annotate {
		for _, e := range errs {
			level := "error"
			if e.Warning {
				level = "warning"
			}
			fmt.Fprintf(w, "::%s file=%s,line=%d,col=%d::%s\n", level, escapeProperty(e.Pos.File), e.Pos.Line, e.Pos.Column, escapeData(visible.Line(e.Msg)))
		}
	}
	if n := len(errs.Errors()); n > 0 {
		fmt.Fprintln(w, message.Found.With(n).In(lang))
	}
}

// escapeData escapes a workflow command's message as GitHub's runner
// unescapes it.
func escapeData(s string) string {
	return strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A").Replace(s)
}

// escapeProperty escapes a workflow command's property (file=…): a comma
// would end it and a colon the properties. The runner unescapes these
// exactly, so the annotation still names the file; any other control
// character is written as its Go escape.
func escapeProperty(s string) string {
	s = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C").Replace(s)
	return visible.Line(s)
}
