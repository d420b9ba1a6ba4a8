package check_test

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
	"github.com/korea-investment-tracker/kit/generator/load"
)

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
	fsys := testrepo.Relations()
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
