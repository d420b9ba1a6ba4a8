package build

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

func TestRedirects(t *testing.T) {
	p := publication.Build(&record.Dataset{
		Companies:   []record.Company{{ID: "synthetic-new", FormerIDs: []string{"synthetic-old"}, Synthetic: true}},
		Investments: []record.Investment{{ID: "synthetic-plant", FormerIDs: []string{"synthetic-factory"}, Company: "synthetic-new", Synthetic: true}},
	})
	dir := t.TempDir()
	if err := writeRedirects(dir, p); err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(filepath.Join(dir, "_redirects"))
	want := `/companies/synthetic-old/ /companies/synthetic-new/ 301
/companies/synthetic-old/* /companies/synthetic-new/:splat 301
/ko/companies/synthetic-old/ /ko/companies/synthetic-new/ 301
/ko/companies/synthetic-old/* /ko/companies/synthetic-new/:splat 301
/data/companies/synthetic-old.json /data/companies/synthetic-new.json 301
/data/companies/synthetic-old.csv /data/companies/synthetic-new.csv 301
/investments/synthetic-factory/ /investments/synthetic-plant/ 301
/investments/synthetic-factory/* /investments/synthetic-plant/:splat 301
/ko/investments/synthetic-factory/ /ko/investments/synthetic-plant/ 301
/ko/investments/synthetic-factory/* /ko/investments/synthetic-plant/:splat 301
/ko/* /ko/404.html 404
`
	if string(got) != want {
		t.Errorf("got:\n%s\nwant:\n%s", got, want)
	}
}
