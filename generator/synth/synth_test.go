package synth_test

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/synth"
)

var regions = []record.Region{
	{Code: "KR-11", Name: "Seoul", NameKo: "서울특별시", Category: "special-city", Sources: []record.Source{{Title: "ISO 3166-2:KR"}}},
	{Code: "KR-26", Name: "Busan", NameKo: "부산광역시", Category: "metropolitan-city", Sources: []record.Source{{Title: "ISO 3166-2:KR"}}},
}

func checkDir(t *testing.T, dir string) (*record.Dataset, record.ErrorList) {
	t.Helper()
	fsys := os.DirFS(dir)
	files, errs := load.Files(fsys)
	docs, loadErrs := load.Load(fsys, files)
	c, err := check.New()
	if err != nil {
		t.Fatal(err)
	}
	d, checkErrs := c.Check(docs)
	return d, append(append(errs, loadErrs...), checkErrs...)
}

func TestSyntheticIsValidAndLabelled(t *testing.T) {
	dir := t.TempDir()
	if err := synth.Write(dir, synth.Config{Companies: 50, Investments: 400, Seed: 1, Regions: regions}); err != nil {
		t.Fatal(err)
	}
	d, errs := checkDir(t, dir)
	if err := errs.Err(); err != nil {
		t.Fatalf("synthetic data is invalid:\n%v", err)
	}
	if len(d.Companies) != 50 || len(d.Investments) != 400 {
		t.Fatalf("got %d companies, %d investments; want 50, 400", len(d.Companies), len(d.Investments))
	}
	var packages, parts int
	for _, i := range d.Investments {
		if !i.Synthetic {
			t.Fatalf("%s is not labelled synthetic", i.ID)
		}
		if i.Kind == record.KindPackage {
			packages++
		}
		if i.PartOf != "" {
			parts++
		}
	}
	for _, c := range d.Companies {
		if !c.Synthetic || !strings.HasPrefix(c.Name, "Synthetic") {
			t.Fatalf("%s is not labelled synthetic", c.ID)
		}
	}
	if packages == 0 || parts != 4*packages {
		t.Errorf("packages = %d, parts = %d; want packages with four parts each", packages, parts)
	}
}

func TestSyntheticIsDeterministic(t *testing.T) {
	a, b := t.TempDir(), t.TempDir()
	for _, dir := range []string{a, b} {
		if err := synth.Write(dir, synth.Config{Companies: 10, Investments: 60, Seed: 7, Regions: regions}); err != nil {
			t.Fatal(err)
		}
	}
	err := filepath.WalkDir(a, func(p string, de os.DirEntry, err error) error {
		if err != nil || de.IsDir() {
			return err
		}
		rel, _ := filepath.Rel(a, p)
		x, _ := os.ReadFile(p)
		y, err := os.ReadFile(filepath.Join(b, rel))
		if err != nil || string(x) != string(y) {
			t.Errorf("%s differs between two runs with the same seed", rel)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func TestInvalidFraction(t *testing.T) {
	dir := t.TempDir()
	if err := synth.Write(dir, synth.Config{Companies: 10, Investments: 200, Seed: 3, InvalidFraction: 0.2, Regions: regions}); err != nil {
		t.Fatal(err)
	}
	_, errs := checkDir(t, dir)
	if n := len(errs.Errors()); n < 10 || n > 90 {
		t.Errorf("%d errors for 20%% of 200 broken files, want about 40", n)
	}
}
