package record

import "strings"

// DefaultLang is the language of the records' text fields and of a page
// in content/ whose file name has no language suffix.
const DefaultLang = "en"

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
		switch l := stem[dot+1:]; l {
		case "en", "ko":
			return stem[:dot] + ".md", l
		}
	}
	return p, DefaultLang
}
