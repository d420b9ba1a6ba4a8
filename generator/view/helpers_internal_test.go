package view

import (
	"os"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/locale"
)

// catalogs are the site's real catalogs.
func catalogs(t *testing.T) map[string]locale.Catalog {
	t.Helper()
	cats, err := locale.ReadCatalogs(os.DirFS("../../site"))
	if err != nil {
		t.Fatal(err)
	}
	return cats
}

// testLocale is a language's locale with the site's real catalog.
func testLocale(t *testing.T, lang string) locale.Locale {
	t.Helper()
	return locale.New(lang, catalogs(t)[lang])
}
