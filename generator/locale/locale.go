// Package locale puts the publication into a language's words and
// numbers: the message catalogs of site/i18n/ (which Hugo's templates read
// too) with their plural forms, and money, numbers, dates and periods as
// English and Korean readers write them.
package locale

import (
	"fmt"
	"slices"
	"strings"

	"golang.org/x/text/collate"
	"golang.org/x/text/language"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// dataLang is the language of the records' free text (titles, notes,
// periods and quotes as the sources state them).
const dataLang = record.DefaultLang

// Locale is one language's catalog and numerals. It records the messages
// asked for that its catalog lacks (Err), so a Locale belongs to one
// goroutine.
type Locale struct {
	lang    string
	cat     Catalog
	num     numerals
	missing map[string]bool
	coll    *collate.Collator
}

// New is the locale of lang with its catalog.
func New(lang string, cat Catalog) Locale {
	var num numerals = english{}
	if lang == "ko" {
		num = korean{}
	}
	return Locale{lang: lang, cat: cat, num: num, missing: map[string]bool{},
		coll: collate.New(language.Make(lang))}
}

// SortKey is name's key in the language's collation (CLDR's): names
// sorted by it come as a reader of the language expects, "Amazon",
// "Amazon Web Services", "Amkor", whatever their case or their ids.
func (l Locale) SortKey(name string) []byte {
	var buf collate.Buffer
	return l.coll.KeyFromString(&buf, name)
}

// SiteName is the site's name in the data's language (its catalog's
// site_title, as Hugo titles the site): the datasets' name in every
// language.
func SiteName(cats map[string]Catalog) string {
	return New(dataLang, cats[dataLang]).W("site_title")
}

// Lang is the language's code.
func (l Locale) Lang() string { return l.lang }

// T is the message key with data; a count in data["Count"] picks the form.
// A key the catalog lacks is returned as it is, and reported by Err.
func (l Locale) T(key string, data map[string]any) string {
	m, ok := l.cat[key]
	if !ok {
		l.missing[key] = true
		return key
	}
	if m.plain != nil {
		return *m.plain
	}
	tpl, f := m.other, m.fastOther
	if n, ok := data["Count"].(int); ok && n == 1 && m.one != nil {
		tpl, f = m.one, m.fastOne
	}
	if f != nil {
		if s, ok := f.fill(data); ok {
			return s
		}
	}
	var b strings.Builder
	if err := tpl.Execute(&b, data); err != nil {
		l.missing[key+" ("+err.Error()+")"] = true
		return key
	}
	return b.String()
}

// W is a message without data.
func (l Locale) W(key string) string { return l.T(key, nil) }

// N is a counted message: "3 commitments", "3건".
func (l Locale) N(key string, count int) string { return l.T(key, map[string]any{"Count": count}) }

// or is the message when the catalog has one, else fallback: for codes
// such as countries, where an unlisted code is shown as it is.
func (l Locale) or(key, fallback string) string {
	if _, ok := l.cat[key]; !ok {
		return fallback
	}
	return l.W(key)
}

// Err reports the messages asked for that the catalog lacked, naming its
// file, so that a build fails as Hugo does on a missing translation.
func (l Locale) Err() error {
	if len(l.missing) == 0 {
		return nil
	}
	keys := make([]string, 0, len(l.missing))
	for k := range l.missing {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	return fmt.Errorf("site/i18n/%s.yaml lacks %s", l.lang, strings.Join(keys, ", "))
}

// Native says whether the records' free text is in this language; where
// it is not, pages mark it with lang="en".
func (l Locale) Native() bool { return l.lang == dataLang }

// TextLang is the lang attribute for the records' free text on this
// language's pages: "" where it is the pages' own.
func (l Locale) TextLang() string {
	if l.Native() {
		return ""
	}
	return dataLang
}

// Label names an enumeration value of a kind: sector, kind, status, category.
func (l Locale) Label(kind, v string) string { return l.W(kind + "_" + v) }

// Labels are the Labels of values.
func (l Locale) Labels(kind string, vs []string) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = l.Label(kind, v)
	}
	return out
}

// Country names an ISO 3166-1 code, or is the code when the catalog does not.
func (l Locale) Country(code string) string {
	return l.or("country_"+strings.ToLower(code), code)
}

// Name picks this language's name of something named in English and in
// Korean: the English one where there is no other.
func (l Locale) Name(en, ko string) string {
	if l.lang == "ko" && ko != "" {
		return ko
	}
	return en
}

// Names looks a message up in the English and Korean catalogs at once, for
// the datasets' lookup tables (sector_cloud: Cloud, 클라우드); ok is false
// when either catalog lacks key. The names are read from the catalogs, the
// one home of the site's words, so the datasets name a code as the pages do.
func Names(cats map[string]Catalog) func(key string) (en, ko string, ok bool) {
	return func(key string) (string, string, bool) {
		_, inEn := cats["en"][key]
		_, inKo := cats["ko"][key]
		if !inEn || !inKo {
			return "", "", false
		}
		return New("en", cats["en"]).W(key), New("ko", cats["ko"]).W(key), true
	}
}
