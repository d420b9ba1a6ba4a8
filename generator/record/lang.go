package record

import (
	"slices"
	"strings"
)

// DefaultLang is the language of the records' text fields and of a page
// in content/ whose file name has no language suffix.
const DefaultLang = "en"

// Languages are the site's languages, DefaultLang first. They must match
// the [languages] of site/hugo.toml and the catalogs in site/i18n/.
func Languages() []string { return []string{DefaultLang, "ko"} }

// PageLang splits a content/ path into the path of the page it translates
// and its language: "companies/aws.ko.md" is ("companies/aws.md", "ko"),
// "about.md" is ("about.md", "en"). The suffix is Hugo's own convention
// for translations, so that the English and Korean versions sit side by side.
func PageLang(p string) (base, lang string) {
	stem, ok := strings.CutSuffix(p, ".md")
	if !ok {
		return p, DefaultLang
	}
	if dot := strings.LastIndexByte(stem, '.'); dot >= 0 && !strings.Contains(stem[dot:], "/") {
		if l := stem[dot+1:]; slices.Contains(Languages(), l) {
			return stem[:dot] + ".md", l
		}
	}
	return p, DefaultLang
}
