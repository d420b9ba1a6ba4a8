package check_test

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/load"
)

// aroundFixture is a small synthetic repository of every relation a page
// shows: a parent, a partner, a package of two companies with its parts,
// profiles, and a commitment that concerns none of them.
func aroundFixture() fstest.MapFS {
	fsys := fstest.MapFS{}
	add := func(p string, v map[string]any) {
		if !strings.HasPrefix(p, "data/regions/") { // regions are real
			v["synthetic"] = true
		}
		v["sources"] = []map[string]string{{"title": "Synthetic test source"}}
		b, _ := json.MarshalIndent(v, "", "  ")
		fsys[p] = &fstest.MapFile{Data: b}
	}
	add("data/regions/KR-11.json", map[string]any{"code": "KR-11", "name": "Seoul", "name_ko": "서울특별시", "category": "special-city"})
	add("data/regions/KR-26.json", map[string]any{"code": "KR-26", "name": "Busan", "name_ko": "부산광역시", "category": "metropolitan-city"})
	for _, id := range []string{"parent-co", "a-co", "b-co", "c-co", "d-co"} {
		c := map[string]any{"id": id, "name": "Synthetic " + id}
		if id == "a-co" {
			c["parent"] = "parent-co"
		}
		add("data/companies/"+id+".json", c)
	}
	inv := func(id string, fields map[string]any) {
		v := map[string]any{"id": id, "title": "Synthetic " + id, "kind": "greenfield", "status": "announced", "scope": "korea",
			"amount": map[string]any{"value": 100, "currency": "USD", "precision": "exact"}}
		maps.Copy(v, fields)
		add("data/investments/"+id+".json", v)
	}
	inv("a-seoul", map[string]any{"company": "a-co", "regions": []string{"KR-11"}})
	inv("b-with-a", map[string]any{"company": "b-co", "partners": []string{"a-co"}})
	inv("a-c-package", map[string]any{"kind": "package", "companies": []string{"a-co", "c-co"},
		"amount": map[string]any{"value": 1000, "currency": "USD", "precision": "exact"}})
	inv("a-part", map[string]any{"company": "a-co", "part_of": "a-c-package"})
	inv("c-part", map[string]any{"company": "c-co", "part_of": "a-c-package", "regions": []string{"KR-26"}})
	inv("d-busan", map[string]any{"company": "d-co", "regions": []string{"KR-26"}})
	fsys["content/companies/a-co.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Synthetic A\ncompany: a-co\n---\nSynthetic.\n")}
	fsys["content/companies/b-co.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Synthetic B\ncompany: b-co\n---\nSynthetic.\n")}
	fsys["content/about.md"] = &fstest.MapFile{Data: []byte("---\ntitle: About\n---\nSynthetic.\n")}
	return fsys
}

// checkedFixture is a Checker that has checked the whole fixture, as the
// preview's last build has.
func checkedFixture(t *testing.T, fsys fstest.MapFS) *check.Checker {
	t.Helper()
	c, err := check.New()
	if err != nil {
		t.Fatal(err)
	}
	if _, errs := checkWith(t, c, fsys); errs.Err() != nil {
		t.Fatalf("the fixture is invalid: %v", errs)
	}
	return c
}

// TestAround: the files around a changed one are those its page shows,
// with every package's parts, the companies named and their profiles;
// never a commitment that concerns none of them.
func TestAround(t *testing.T) {
	regions := []string{"data/regions/KR-11.json", "data/regions/KR-26.json"}
	tests := []struct {
		name    string
		changes map[string]string // new contents; "" for the file as it is
		want    []string          // besides the regions
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
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := aroundFixture()
			c := checkedFixture(t, fsys)
			var changed []*load.Document
			for p, src := range tt.changes {
				if src == "" {
					src = string(fsys[p].Data)
				}
				changed = append(changed, loadOne(t, p, src))
			}
			got := c.Around(changed, nil)
			want := slices.Clone(tt.want)
			for _, r := range regions {
				if _, changed := tt.changes[r]; !changed {
					want = append(want, r)
				}
			}
			slices.Sort(want)
			if !slices.Equal(got, want) {
				t.Errorf("Around:\n got %s\nwant %s", strings.Join(got, " "), strings.Join(want, " "))
			}
		})
	}
}

// TestAroundRemovedProfile: a removed profile's company is known from the
// front matter the last check read.
func TestAroundRemovedProfile(t *testing.T) {
	fsys := aroundFixture()
	c := checkedFixture(t, fsys)
	got := c.Around(nil, []string{"content/companies/b-co.md"})
	want := []string{"data/companies/a-co.json", "data/companies/b-co.json", "data/investments/b-with-a.json", "data/regions/KR-11.json", "data/regions/KR-26.json"}
	if !slices.Equal(got, want) {
		t.Errorf("Around:\n got %v\nwant %v", got, want)
	}
}

func loadOne(t *testing.T, p, src string) *load.Document {
	t.Helper()
	docs, errs := load.Load(fstest.MapFS{p: {Data: []byte(src)}}, []string{p})
	if len(docs) != 1 {
		t.Fatalf("%s: %v", p, errs)
	}
	return docs[0]
}

// TestCheckPart: checking the files around a change reports the changed
// files' problems, including those only the rules across records find,
// and not those of the records around them, whose references may lead
// outside the part.
func TestCheckPart(t *testing.T) {
	fsys := aroundFixture()
	c := checkedFixture(t, fsys)
	// a-part names a package whose parts and companies are not given.
	changed := "data/investments/b-with-a.json"
	bad := loadOne(t, changed, strings.Replace(string(fsys[changed].Data), `"a-co"`, `"e-co"`, 1))
	docs, _ := load.Load(fsys, []string{"data/investments/a-part.json", "data/companies/b-co.json"})
	d, errs := c.CheckPart(append(docs, bad), []string{changed})
	got := errs.Errors()
	if len(got) != 1 || got[0].Pos.File != changed || !strings.Contains(got[0].Msg, `company "e-co" does not exist`) {
		t.Errorf("errors: %v; want one, that company \"e-co\" does not exist in %s", errs, changed)
	}
	if len(d.Investments) != 2 {
		t.Errorf("dataset has %d commitments, want 2", len(d.Investments))
	}
	// The whole check after it re-checks the whole, and has forgotten nothing.
	if _, errs := checkWith(t, c, fsys); errs.Err() != nil {
		t.Errorf("the whole after a part: %v", errs)
	}
}
