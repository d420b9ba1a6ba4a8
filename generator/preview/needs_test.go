package preview

import (
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// TestNeeds: the files a changed one's pages need are those its pages
// show, with every package's parts, the companies named and their
// profiles, and every region; never a commitment that concerns none of
// them.
func TestNeeds(t *testing.T) {
	regions := []string{"data/regions/KR-11.json", "data/regions/KR-26.json"}
	tests := []struct {
		name    string
		changes map[string]string // new contents; "" for the file as it is
		removed []string
		want    []string // besides the regions
	}{
		{name: "a company with a parent, a partnership and a package", changes: map[string]string{"data/companies/a-co.json": ""},
			want: []string{"content/companies/a-co.md", "data/companies/b-co.json", "data/companies/c-co.json", "data/companies/parent-co.json",
				"data/investments/a-c-package.json", "data/investments/a-part.json", "data/investments/a-seoul.json",
				"data/investments/b-with-a.json", "data/investments/c-part.json"}},
		{name: "a part of a package", changes: map[string]string{"data/investments/c-part.json": ""},
			want: []string{"data/companies/a-co.json", "data/companies/c-co.json",
				"data/investments/a-c-package.json", "data/investments/a-part.json"}},
		{name: "a region", changes: map[string]string{"data/regions/KR-26.json": ""},
			want: []string{"data/companies/a-co.json", "data/companies/c-co.json", "data/companies/d-co.json",
				"data/investments/a-c-package.json", "data/investments/a-part.json", "data/investments/c-part.json", "data/investments/d-busan.json"}},
		{name: "a profile", changes: map[string]string{"content/companies/b-co.md": ""},
			want: []string{"data/companies/a-co.json", "data/companies/b-co.json", "data/investments/b-with-a.json"}},
		{name: "a commitment moved to another company", changes: map[string]string{
			"data/investments/d-busan.json": `{"id": "d-busan", "company": "b-co", "regions": ["KR-26"]}`},
			want: []string{"data/companies/b-co.json"}},
		{name: "a page that profiles nothing", changes: map[string]string{"content/about.md": ""}},
		// Known from the front matter the last build read.
		{name: "a removed profile", removed: []string{"content/companies/b-co.md"},
			want: []string{"data/companies/a-co.json", "data/companies/b-co.json", "data/investments/b-with-a.json"}},
	}
	fsys := testrepo.Relations()
	last := validated(t, fsys)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fresh := map[string]any{}
			for p, src := range tt.changes {
				if src == "" {
					src = string(fsys[p].Data)
				}
				fresh[p] = check.Decode(loadOne(t, p, src))
			}
			got := needs(last, fresh, tt.removed)
			want := slices.Clone(tt.want)
			for _, r := range regions {
				if _, changed := tt.changes[r]; !changed {
					want = append(want, r)
				}
			}
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("needs:\n got %s\nwant %s", strings.Join(got, " "), strings.Join(want, " "))
			}
		})
	}
}

// validated is the dataset of fsys, which must be valid.
func validated(t *testing.T, fsys fstest.MapFS) *record.Dataset {
	t.Helper()
	d, errs := build.Validate(fsys)
	if errs.Err() != nil {
		t.Fatalf("the fixture is invalid: %v", errs)
	}
	return d
}

func loadOne(t *testing.T, p, src string) *load.Document {
	t.Helper()
	docs, errs := load.Load(fstest.MapFS{p: {Data: []byte(src)}}, []string{p})
	if len(docs) != 1 {
		t.Fatalf("%s: %v", p, errs)
	}
	return docs[0]
}
