package build_test

import (
	"bytes"
	"context"
	"errors"
	"html"
	"path/filepath"
	"slices"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/load"
)

// TestFirstLook: the preview's first look renders the pages of the edited
// records and profiles alone, in both languages, as the quick rebuild
// that follows renders them; it leaves every other page (here the company
// page that lists the edited commitment) to that rebuild, renders nothing
// for a file that makes no page of its own, and on invalid data reports
// the errors and changes nothing.
func TestFirstLook(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	root := copyRepo(t)
	ctx := context.Background()
	c, err := check.New()
	if err != nil {
		t.Fatal(err)
	}
	var since hugo.Snapshot
	opt := build.Options{Root: root, Out: filepath.Join(t.TempDir(), "site"), Preview: true, Since: &since, Checker: c, Loader: new(load.Loader)}
	if _, err := build.Run(ctx, opt); err != nil {
		t.Fatal(err)
	}
	steps := []struct {
		name       string
		file, old  string // the edit: old replaced in file by new
		new        string
		files      []string // what the watcher saw
		rendered   int      // how many pages the first look renders
		pages      []string // those that change
		leaves     string   // a page that shows new only after the rebuild
		wantErrors bool
		// stale is set when the edit changes the record's downloads, whose
		// size and SHA-256 the first look's pages show as the last build's.
		stale bool
	}{
		{"a commitment's title", "data/investments/aws-ulsan-ai-data-hub.json",
			"AI data hub in Ulsan with SK Group", "AI data hub in Ulsan, with SK Group",
			[]string{"data/investments/aws-ulsan-ai-data-hub.json", "data/investments/.aws-ulsan-ai-data-hub.json.swp"},
			2, []string{"investments/aws-ulsan-ai-data-hub/index.html", "ko/investments/aws-ulsan-ai-data-hub/index.html"},
			"companies/aws/index.html", false, false},
		{"a region's source", "data/regions/KR-31.json",
			"Republic of Korea subdivision codes", "Republic of Korea subdivision codes (edited)",
			[]string{"data/regions/KR-31.json"},
			2, []string{"regions/kr-31/index.html", "ko/regions/kr-31/index.html"}, "", false, true},
		{"a company's profile", "content/companies/aws.md", "cloud computing business", "cloud-computing business",
			[]string{"content/companies/aws.md"},
			2, []string{"companies/aws/index.html"}, "", false, false}, // the Korean page has a profile of its own
		{"the rates, which no page of their own shows", "data/rates.json", `"rates": []`, `"rates":  []`,
			[]string{"data/rates.json"}, 0, nil, "", false, false},
		{"a record made invalid", "data/companies/aws.json", `"id"`, `"id" "`,
			[]string{"data/companies/aws.json"}, 0, nil, "", true, false},
	}
	for _, step := range steps {
		before := siteFiles(t, opt.Out)
		if err := replaceIn(filepath.Join(root, step.file), step.old, step.new); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		n, err := build.FirstLook(ctx, opt, step.files)
		var invalid *build.InvalidError
		if got := errors.As(err, &invalid); got != step.wantErrors || (err != nil && !got) {
			t.Fatalf("%s: first look: %v; want errors %v", step.name, err, step.wantErrors)
		}
		if n != step.rendered {
			t.Errorf("%s: %d pages rendered, want %d", step.name, n, step.rendered)
		}
		first := siteFiles(t, opt.Out)
		for name, b := range before {
			if changed := !bytes.Equal(first[name], b); changed != slices.Contains(step.pages, name) {
				t.Errorf("%s: %s changed %v, want %v", step.name, name, changed, !changed)
			}
		}
		if step.wantErrors {
			continue
		}
		if _, err := build.Run(ctx, opt); err != nil {
			t.Fatal(err)
		}
		rebuilt := siteFiles(t, opt.Out)
		for _, name := range step.pages {
			if !bytes.Contains(first[name], []byte(html.EscapeString(step.new))) {
				t.Errorf("%s: the first look's %s does not show the edit", step.name, name)
			}
			if !step.stale && !bytes.Equal(first[name], rebuilt[name]) {
				t.Errorf("%s: the first look's %s differs from the rebuild's", step.name, name)
			}
		}
		if step.leaves != "" && bytes.Equal(first[step.leaves], rebuilt[step.leaves]) {
			t.Errorf("%s: %s did not change in the rebuild", step.name, step.leaves)
		}
	}
}
