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
	opt, p := previewBuilt(t, ctx, root)
	for _, e := range syntheticEdits(t, p) {
		before := readPages(t, opt.Out, []string{e.page})[0]
		if err := replaceIn(filepath.Join(root, e.file), e.old, e.new); err != nil {
			t.Fatalf("%s: %s: %v", e.name, e.file, err)
		}
		if first := lookLikeFullBuild(t, ctx, opt, e.name, []string{e.file}, e.page); bytes.Equal(before, first) {
			t.Errorf("%s: the first look left %s as it was", e.name, e.page)
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
