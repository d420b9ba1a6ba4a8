package dataview

import (
	"testing"

	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// testLocale is a language's locale with the site's real catalog.
func testLocale(t *testing.T, lang string) locale.Locale {
	t.Helper()
	cats, err := locale.ReadRepository("../..")
	if err != nil {
		t.Fatal(err)
	}
	return locale.New(lang, cats[lang])
}

// testBuilder is the Builder of a publication of one company, in lang.
func testBuilder(t *testing.T, lang string) Builder {
	t.Helper()
	u, err := page.NewURLs("https://example.org/")
	if err != nil {
		t.Fatal(err)
	}
	p := publication.Build(&record.Dataset{Companies: []record.Company{{ID: "a", Name: "A"}}})
	return New(page.Kit{L: testLocale(t, lang), U: u.In(lang)}, Input{Publication: p})
}
