package build_test

import (
	"bytes"
	"context"
	"errors"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/pagediff"
	"github.com/korea-investment-tracker/kit/generator/publication"
)

// firstLookStep is an edit that the preview first looks at, then rebuilds.
type firstLookStep struct {
	name      string
	file, old string // the edit: old replaced in file by new
	new       string
	files     []string // what the watcher saw
	rendered  int      // how many pages the first look renders
	pages     []string // those that change
	leaves    string   // a page that shows new only after the rebuild
	invalid   bool     // the edit makes the data invalid
	// stale is set when the edit changes the record's downloads, whose
	// size and SHA-256 the first look's pages show as the last build's.
	stale bool
	// undo restores the file after the first look, before the rebuild.
	undo bool
}

// TestFirstLook: the preview's first look renders the pages of the edited
// records and profiles alone, in both languages, as the quick rebuild
// that follows renders them; it leaves every other page (here the company
// page that lists the edited commitment) to that rebuild, renders nothing
// for a file that makes no page of its own, and on invalid data reports
// the errors and changes nothing. After each rebuild, quick, the site is
// a full build's, also when the edit was undone before the rebuild.
func TestFirstLook(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	root := copyRepo(t)
	ctx := context.Background()
	opt, _ := previewBuilt(t, ctx, root)
	ulsan := []string{"investments/aws-ulsan-ai-data-hub/index.html", "ko/investments/aws-ulsan-ai-data-hub/index.html"}
	steps := []firstLookStep{
		{name: "a commitment's title", file: "data/investments/aws-ulsan-ai-data-hub.json",
			old: "AI data hub in Ulsan with SK Group", new: "AI data hub in Ulsan, with SK Group",
			files:    []string{"data/investments/aws-ulsan-ai-data-hub.json", "data/investments/.aws-ulsan-ai-data-hub.json.swp"},
			rendered: 2, pages: ulsan, leaves: "companies/aws/index.html"},
		// The snapshot no longer says what the first look's pages hold:
		// the rebuild renders them again, though their input is the old one.
		{name: "an edit undone before the rebuild", file: "data/investments/aws-ulsan-ai-data-hub.json",
			old: "AI data hub in Ulsan, with SK Group", new: "AI data hub in Ulsan (with SK Group)",
			files: []string{"data/investments/aws-ulsan-ai-data-hub.json"}, rendered: 2, pages: ulsan, undo: true},
		{name: "a region's source", file: "data/regions/KR-31.json",
			old: "Republic of Korea subdivision codes", new: "Republic of Korea subdivision codes (edited)",
			files: []string{"data/regions/KR-31.json"}, rendered: 2,
			pages: []string{"regions/kr-31/index.html", "ko/regions/kr-31/index.html"}, stale: true},
		// A part's page shows its package and whether it counts; the
		// package's page, which lists it, changes only in the rebuild.
		{name: "a part of a package", file: "data/investments/corning-korea-expansion.json",
			old: "expanding high-tech facilities", new: "expanding its high-tech facilities",
			files: []string{"data/investments/corning-korea-expansion.json"}, rendered: 2,
			pages:  []string{"investments/corning-korea-expansion/index.html", "ko/investments/corning-korea-expansion/index.html"},
			leaves: "investments/apec-2025-seven-firms-package/index.html"},
		{name: "a package", file: "data/investments/apec-2025-seven-firms-package.json",
			old: "combined investment plan", new: "joint investment plan",
			files: []string{"data/investments/apec-2025-seven-firms-package.json"}, rendered: 2,
			pages:  []string{"investments/apec-2025-seven-firms-package/index.html", "ko/investments/apec-2025-seven-firms-package/index.html"},
			leaves: "investments/corning-korea-expansion/index.html"},
		// A region's page lists every commitment in it; the Korean page
		// has a profile of its own.
		{name: "a region's profile", file: "content/regions/KR-47.md", old: "on its east coast", new: "on its eastern coast",
			files: []string{"content/regions/KR-47.md"}, rendered: 2, pages: []string{"regions/kr-47/index.html"}},
		// The Korean page has a profile of its own.
		{name: "a company's profile", file: "content/companies/aws.md", old: "cloud computing business", new: "cloud-computing business",
			files: []string{"content/companies/aws.md"}, rendered: 2, pages: []string{"companies/aws/index.html"}},
		{name: "the rates, which no page of their own shows", file: "data/rates.json", old: `"rates": []`, new: `"rates":  []`,
			files: []string{"data/rates.json"}},
		{name: "a record made invalid", file: "data/companies/aws.json", old: `"id"`, new: `"id" "`,
			files: []string{"data/companies/aws.json"}, invalid: true},
	}
	for _, step := range steps {
		firstLook(t, ctx, opt, step)
	}
}

// firstLook runs one step of TestFirstLook.
func firstLook(t *testing.T, ctx context.Context, opt build.Options, step firstLookStep) {
	t.Helper()
	before := siteFiles(t, opt.Out)
	name := filepath.Join(opt.Root, filepath.FromSlash(step.file))
	if err := replaceIn(name, step.old, step.new); err != nil {
		t.Fatalf("%s: %v", step.name, err)
	}
	n, err := build.FirstLook(ctx, opt, step.files)
	if got := errors.As(err, new(*build.InvalidError)); got != step.invalid || (err != nil && !got) {
		t.Fatalf("%s: first look: %v; want invalid data %v", step.name, err, step.invalid)
	}
	if n != step.rendered {
		t.Errorf("%s: %d pages rendered, want %d", step.name, n, step.rendered)
	}
	first := siteFiles(t, opt.Out)
	for name, b := range first {
		if changed := !bytes.Equal(before[name], b); changed != slices.Contains(step.pages, name) {
			t.Errorf("%s: %s changed %v, want %v", step.name, name, changed, !changed)
		}
	}
	for _, name := range step.pages {
		if !bytes.Contains(first[name], []byte(html.EscapeString(step.new))) {
			t.Errorf("%s: the first look's %s does not show the edit", step.name, name)
		}
	}
	if step.invalid {
		return
	}
	if step.undo {
		if err := replaceIn(name, step.new, step.old); err != nil {
			t.Fatal(err)
		}
	}
	rebuilt := rebuildAfterLook(t, ctx, opt, step.name)
	for _, name := range step.pages {
		want := first[name]
		if step.undo {
			want = before[name]
		}
		if !step.stale && !bytes.Equal(rebuilt[name], want) {
			t.Errorf("%s: %s after the rebuild is not what it should be (undo %v)", step.name, name, step.undo)
		}
	}
	if step.leaves != "" && bytes.Equal(first[step.leaves], rebuilt[step.leaves]) {
		t.Errorf("%s: %s did not change in the rebuild", step.name, step.leaves)
	}
}

// rebuildAfterLook runs the quick rebuild that follows a first look and
// checks that it was quick and left a full build's site; it returns the
// site's files.
func rebuildAfterLook(t *testing.T, ctx context.Context, opt build.Options, step string) map[string][]byte {
	t.Helper()
	var tm build.Timings
	opt.Timings = &tm
	if _, err := build.Run(ctx, opt); err != nil {
		t.Fatalf("%s: rebuild: %v", step, err)
	}
	if !tm.Quick {
		t.Errorf("%s: the rebuild was a full one", step)
	}
	full := build.Options{Root: opt.Root, Out: filepath.Join(t.TempDir(), "full"), Preview: true}
	if _, err := build.Run(ctx, full); err != nil {
		t.Fatal(err)
	}
	got := siteFiles(t, opt.Out)
	for _, d := range siteDiff(got, siteFiles(t, full.Out)) {
		t.Errorf("%s: after the rebuild the site %s", step, d)
	}
	return got
}

// TestFirstLookFilesComeAndGo: a first look after a file is added,
// renamed (one removed, one added), moved to another company or removed
// renders the pages a full build of that data renders, byte for byte.
// (A new company's page would differ in its downloads, which are not
// written until the rebuild: a page lists the files that are served.)
func TestFirstLookFilesComeAndGo(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	root := copyRepo(t)
	ctx := context.Background()
	opt, _ := previewBuilt(t, ctx, root)
	ulsan := filepath.Join(root, "data/investments/aws-ulsan-ai-data-hub.json")
	steps := []struct {
		name  string
		apply func() error
		files []string
		page  string
	}{
		{"a new commitment", func() error { return copyRecord(ulsan, "aws-ulsan-ai-data-hub", "aws-ulsan-second") },
			[]string{"data/investments/aws-ulsan-second.json"}, "investments/aws-ulsan-second/index.html"},
		{"a commitment renamed", func() error {
			second := filepath.Join(root, "data/investments/aws-ulsan-second.json")
			if err := copyRecord(second, "aws-ulsan-second", "aws-ulsan-third"); err != nil {
				return err
			}
			return os.Remove(second)
		}, []string{"data/investments/aws-ulsan-second.json", "data/investments/aws-ulsan-third.json"}, "investments/aws-ulsan-third/index.html"},
		{"a commitment moved to another company", func() error {
			return replaceIn(filepath.Join(root, "data/investments/aws-ulsan-third.json"), `"company": "aws"`, `"company": "sk-group"`)
		}, []string{"data/investments/aws-ulsan-third.json"}, "investments/aws-ulsan-third/index.html"},
		{"a profile removed", func() error { return os.Remove(filepath.Join(root, "content/companies/aws.md")) },
			[]string{"content/companies/aws.md"}, "companies/aws/index.html"},
	}
	for _, step := range steps {
		if err := step.apply(); err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		lookLikeFullBuild(t, ctx, opt, step.name, step.files, step.page)
	}
}

// previewBuilt builds root as serve's first build does, into a
// temporary folder, with the Snapshot, Checker and Loader that the
// preview keeps from build to build; it returns the options and what the
// build published.
func previewBuilt(t *testing.T, ctx context.Context, root string) (build.Options, *publication.Publication) {
	t.Helper()
	c, err := check.New()
	if err != nil {
		t.Fatal(err)
	}
	opt := build.Options{Root: root, Out: filepath.Join(t.TempDir(), "site"), Preview: true, Since: new(pagediff.Snapshot), Checker: c, Loader: new(load.Loader)}
	p, err := build.Run(ctx, opt)
	if err != nil {
		t.Fatal(err)
	}
	return opt, p
}

// lookLikeFullBuild takes a first look at files, checks that it renders
// page (a slash path below the site) in both languages byte for byte as a
// full build of the data does, and then runs the quick rebuild, as serve
// does. It returns the English page as the first look rendered it.
func lookLikeFullBuild(t *testing.T, ctx context.Context, opt build.Options, name string, files []string, page string) []byte {
	t.Helper()
	if n, err := build.FirstLook(ctx, opt, files); err != nil || n != 2 {
		t.Fatalf("%s: first look rendered %d pages, %v; want 2", name, n, err)
	}
	pages := []string{page, "ko/" + page}
	first := readPages(t, opt.Out, pages)
	full := build.Options{Root: opt.Root, Out: filepath.Join(t.TempDir(), "full"), Preview: true}
	if _, err := build.Run(ctx, full); err != nil {
		t.Fatal(err)
	}
	for k, want := range readPages(t, full.Out, pages) {
		if !bytes.Equal(first[k], want) {
			t.Errorf("%s: the first look's %s is not a full build's", name, pages[k])
		}
	}
	if _, err := build.Run(ctx, opt); err != nil {
		t.Fatalf("%s: rebuild: %v", name, err)
	}
	return first[0]
}

// copyRecord writes a copy of the record in src under a new id, beside it.
func copyRecord(src, id, newID string) error {
	b, err := os.ReadFile(src)
	if err != nil {
		return err
	}
	copied := strings.Replace(string(b), `"id": "`+id+`"`, `"id": "`+newID+`"`, 1)
	return os.WriteFile(filepath.Join(filepath.Dir(src), newID+".json"), []byte(copied), 0o644)
}
