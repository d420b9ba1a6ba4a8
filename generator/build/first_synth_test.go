package build_test

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/synth"
)

// syntheticRepo is a copy of the repository whose records and profiles are
// synthetic ones (synth.Write), with the real regions and a synthetic
// profile of Seoul.
func syntheticRepo(t *testing.T, cfg synth.Config) string {
	t.Helper()
	root := copyRepo(t)
	for _, d := range []string{"data/companies", "data/investments", "content/companies", "content/regions"} {
		if err := os.RemoveAll(filepath.Join(root, d)); err != nil {
			t.Fatal(err)
		}
	}
	files, _ := filepath.Glob(filepath.Join(root, "data/regions/*.json"))
	for _, f := range files {
		var r record.Region
		if b, err := os.ReadFile(f); err != nil || json.Unmarshal(b, &r) != nil {
			t.Fatalf("reading %s: %v", f, err)
		}
		cfg.Regions = append(cfg.Regions, r)
	}
	if err := synth.Write(root, cfg); err != nil {
		t.Fatal(err)
	}
	seoul := "---\ntitle: Seoul\nregion: KR-11\nsynthetic: true\n---\nA synthetic introduction to Seoul, for a test.\n"
	if err := writeIn(root, "content/regions/KR-11.md", seoul); err != nil {
		t.Fatal(err)
	}
	return root
}

// syntheticEdit is an edit whose first look TestFirstLookOnSyntheticData checks.
type syntheticEdit struct {
	name, file, old, new string
	page                 string // the English page; the Korean one is ko/ + page
}

// syntheticEdits picks, in p, a record or profile of each relation a page
// shows, and an edit of each that leaves its downloads as they are (a
// commitment's page lists none; a profile is in none).
func syntheticEdits(t *testing.T, p *publication.Publication) []syntheticEdit {
	t.Helper()
	title := func(name string, i *publication.Investment) syntheticEdit {
		q := fmt.Sprintf("%q", i.Title)
		return syntheticEdit{name: name, file: "data/investments/" + i.ID + ".json", old: q, new: q[:len(q)-1] + ` (edited)"`,
			page: "investments/" + i.ID + "/index.html"}
	}
	pkg := p.Investments[slices.IndexFunc(p.Investments, func(i *publication.Investment) bool { return len(i.Parts) > 1 })]
	partnered := p.Investments[slices.IndexFunc(p.Investments, func(i *publication.Investment) bool { return len(i.Partners) > 0 })]
	spread := p.Investments[slices.IndexFunc(p.Investments, func(i *publication.Investment) bool { return len(i.Regions) > 1 })]
	profiled := func(c *publication.Company) bool {
		return c.ID == "synthetic-company-000001" || c.ID == "synthetic-company-000011"
	}
	busiest := slices.MaxFunc(slices.DeleteFunc(slices.Clone(p.Companies), func(c *publication.Company) bool { return !profiled(c) }),
		func(a, b *publication.Company) int {
			return len(a.Investments) + len(a.Partnerships) - len(b.Investments) - len(b.Partnerships)
		})
	return []syntheticEdit{
		title("a package", pkg), title("a part of it", pkg.Parts[1]), title("a commitment with a partner", partnered),
		title("a commitment in several regions", spread),
		{name: "a company's profile", file: "content/companies/" + busiest.ID + ".md", old: "made up for testing", new: "made up for a test",
			page: "companies/" + busiest.ID + "/index.html"},
		{name: "a region's profile", file: "content/regions/KR-11.md", old: "for a test", new: "for a test, edited",
			page: "regions/kr-11/index.html"},
	}
}

// TestFirstLookOnSyntheticData: on a synthetic publication with the
// relations a page shows (packages of several companies and their parts,
// partners, commitments in several regions, parents, profiles), each first
// look renders the edited record's pages, checked and resolved only with
// the records around them, exactly as a full build of the edited data does.
func TestFirstLookOnSyntheticData(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	root := syntheticRepo(t, synth.Config{Companies: 30, Investments: 150, Seed: 11})
	ctx := context.Background()
	c, err := check.New()
	if err != nil {
		t.Fatal(err)
	}
	var since hugo.Snapshot
	opt := build.Options{Root: root, Out: filepath.Join(t.TempDir(), "site"), Preview: true, Since: &since, Checker: c, Loader: new(load.Loader)}
	p, err := build.Run(ctx, opt)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range syntheticEdits(t, p) {
		if err := replaceIn(filepath.Join(root, e.file), e.old, e.new); err != nil {
			t.Fatalf("%s: %s: %v", e.name, e.file, err)
		}
		pages := []string{e.page, "ko/" + e.page}
		before := readPages(t, opt.Out, pages)
		if n, err := build.FirstLook(ctx, opt, []string{e.file}); err != nil || n != 2 {
			t.Fatalf("%s: first look rendered %d pages, %v; want 2", e.name, n, err)
		}
		first := readPages(t, opt.Out, pages)
		full := build.Options{Root: root, Out: filepath.Join(t.TempDir(), "full"), Preview: true}
		if _, err := build.Run(ctx, full); err != nil {
			t.Fatal(err)
		}
		for k, want := range readPages(t, full.Out, pages) {
			if !bytes.Equal(first[k], want) {
				t.Errorf("%s: the first look's %s is not a full build's", e.name, pages[k])
			}
		}
		if bytes.Equal(before[0], first[0]) {
			t.Errorf("%s: the first look left %s as it was", e.name, pages[0])
		}
		if _, err := build.Run(ctx, opt); err != nil { // the quick rebuild, as serve runs it
			t.Fatal(err)
		}
	}
}

func readPages(t *testing.T, dir string, pages []string) [][]byte {
	t.Helper()
	out := make([][]byte, len(pages))
	for k, p := range pages {
		var err error
		if out[k], err = os.ReadFile(filepath.Join(dir, filepath.FromSlash(p))); err != nil {
			t.Fatal(err)
		}
	}
	return out
}
