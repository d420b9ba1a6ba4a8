package hugo

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"

	"gopkg.in/yaml.v3"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// languages are the site's languages, the default first; they must match
// the [languages] of site/hugo.toml and the files in site/i18n/.
var languages = [...]string{"en", "ko"}

// dataLang is the language of the records' free text (titles, notes,
// periods and quotes as the sources state them).
const dataLang = record.DefaultLang

// catalog is one language's messages, read from site/i18n/<lang>.yaml: the
// file Hugo's i18n function reads too, so every word a reader sees comes
// from one place whether Go or a template puts it on the page.
type catalog map[string]message

// message is one entry: "other" always, "one" for a count of one in
// languages that say it differently. Both are Go templates, as in Hugo.
type message struct {
	one, other *template.Template
	// plain is the message when it has a single form without actions,
	// returned as it is: most labels are, and a large site asks for them
	// hundreds of thousands of times.
	plain *string
	// fastOne and fastOther are the forms as text and keys (fast), when
	// they have no action but {{ .Key }}.
	fastOne, fastOther *fast
}

// fast is a template of text and {{ .Key }} actions only, as texts[0],
// keys[0], texts[1], … texts[len(keys)]: filling it in directly instead of
// executing text/template was most of the time spent on messages.
type fast struct{ texts, keys []string }

// fastOf is t as a fast template, or nil when t does more.
func fastOf(t *template.Template) *fast {
	if t == nil || t.Tree == nil {
		return nil
	}
	f := &fast{texts: []string{""}}
	for _, n := range t.Tree.Root.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
			f.texts[len(f.texts)-1] += string(n.Text)
		case *parse.ActionNode:
			key, ok := fieldKey(n.Pipe)
			if !ok {
				return nil
			}
			f.keys = append(f.keys, key)
			f.texts = append(f.texts, "")
		default:
			return nil
		}
	}
	return f
}

// fieldKey is Key when pipe is just .Key.
func fieldKey(pipe *parse.PipeNode) (string, bool) {
	if len(pipe.Decl) > 0 || len(pipe.Cmds) != 1 || len(pipe.Cmds[0].Args) != 1 {
		return "", false
	}
	field, ok := pipe.Cmds[0].Args[0].(*parse.FieldNode)
	if !ok || len(field.Ident) != 1 {
		return "", false
	}
	return field.Ident[0], true
}

// fill is the message with data, as text/template would print it; ok is
// false when data lacks a key, or holds for one anything but a string or
// an int, for text/template to report or print.
func (f *fast) fill(data map[string]any) (string, bool) {
	var b strings.Builder
	for k, key := range f.keys {
		b.WriteString(f.texts[k])
		switch v := data[key].(type) {
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(strconv.Itoa(v))
		default: // nil, or a value text/template prints in its own way
			return "", false
		}
	}
	b.WriteString(f.texts[len(f.keys)])
	return b.String(), true
}

// readCatalog reads site/i18n/<lang>.yaml. An entry is either a string or
// a map with "one" and "other", go-i18n's form that Hugo reads.
func readCatalog(siteDir, lang string) (catalog, error) {
	name := filepath.Join(siteDir, "i18n", lang+".yaml")
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var raw map[string]any
	if err := yaml.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	c := catalog{}
	for key, v := range raw {
		m, err := parseMessage(key, v)
		if err != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		c[strings.ToLower(key)] = m
	}
	return c, nil
}

func parseMessage(key string, v any) (message, error) {
	var forms map[string]string
	switch v := v.(type) {
	case string:
		forms = map[string]string{"other": v}
	case map[string]any:
		forms = map[string]string{}
		for k, f := range v {
			s, ok := f.(string)
			if !ok {
				return message{}, fmt.Errorf("%s.%s is not a string", key, k)
			}
			forms[k] = s
		}
	default:
		return message{}, fmt.Errorf("%s is neither a string nor a map of plural forms", key)
	}
	if _, ok := forms["other"]; !ok {
		return message{}, fmt.Errorf("%s has no \"other\" form", key)
	}
	var m message
	var err error
	if m.other, err = template.New(key).Option("missingkey=error").Parse(forms["other"]); err != nil {
		return m, err
	}
	if other := forms["other"]; len(forms) == 1 && !strings.Contains(other, "{{") {
		m.plain = &other
	}
	if one, ok := forms["one"]; ok {
		if m.one, err = template.New(key).Option("missingkey=error").Parse(one); err != nil {
			return m, err
		}
	}
	m.fastOne, m.fastOther = fastOf(m.one), fastOf(m.other)
	return m, nil
}

// keys lists the catalog's keys, sorted.
func (c catalog) keys() []string {
	out := make([]string, 0, len(c))
	for k := range c {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// locale puts the publication into one language's words and numbers.
type locale struct {
	lang string
	cat  catalog
	num  numerals
	// missing collects keys asked for that the catalog lacks, so that
	// Render fails as Hugo does on a missing translation.
	missing map[string]bool
}

func newLocale(lang string, cat catalog) locale {
	var num numerals = english{}
	if lang == "ko" {
		num = korean{}
	}
	return locale{lang: lang, cat: cat, num: num, missing: map[string]bool{}}
}

// t is the message key with data; a count in data["Count"] picks the form.
func (l locale) t(key string, data map[string]any) string {
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

// w is a message without data.
func (l locale) w(key string) string { return l.t(key, nil) }

// n is a counted message: "3 commitments", "3건".
func (l locale) n(key string, count int) string { return l.t(key, map[string]any{"Count": count}) }

// or is the message when the catalog has one, else fallback: for codes
// such as countries, where an unlisted code is shown as it is.
func (l locale) or(key, fallback string) string {
	if _, ok := l.cat[key]; !ok {
		return fallback
	}
	return l.w(key)
}

// err reports the keys the catalog lacked, naming its file.
func (l locale) err() error {
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

// native says whether the records' free text is in this language; where
// it is not, the template marks it with lang="en".
func (l locale) native() bool { return l.lang == dataLang }

// textLang is the lang attribute for a text in dataLang on this locale's pages.
func (l locale) textLang() string {
	if l.native() {
		return ""
	}
	return dataLang
}

// label names an enumeration value: sector, kind, status, category.
func (l locale) label(kind, v string) string { return l.w(kind + "_" + v) }

func (l locale) labels(kind string, vs []string) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = l.label(kind, v)
	}
	return out
}

func (l locale) country(code string) string {
	return l.or("country_"+strings.ToLower(code), code)
}

// name picks this language's value of a text that has an English and a
// Korean version, falling back to English and marking it.
func (l locale) name(en, ko string) link {
	switch {
	case l.lang == "ko" && ko != "":
		return link{Name: ko}
	case l.lang == "ko":
		return link{Name: en, Lang: dataLang, Untranslated: true}
	}
	return link{Name: en, NameKo: ko}
}

// Words are a language's messages from the site's catalog
// (site/i18n/<lang>.yaml) and its way of naming records, for the files
// written beside Hugo's pages in every language: the Atom feeds.
type Words struct {
	// Lang is the language's code; its pages are below Lang + "/".
	Lang string
	l    locale
}

// Translations are the Words of the site's languages other than the
// data's, read from the catalogs in siteDir.
func Translations(siteDir string) ([]Words, error) {
	var out []Words
	for _, lang := range languages[1:] {
		cat, err := readCatalog(siteDir, lang)
		if err != nil {
			return nil, err
		}
		out = append(out, Words{Lang: lang, l: newLocale(lang, cat)})
	}
	return out, nil
}

// T is the message key with data, as the pages have it.
func (w Words) T(key string, data map[string]any) string { return w.l.t(key, data) }

// Name is a record's name in the language, from its English and Korean
// ones: the English one where it has no other.
func (w Words) Name(en, ko string) string { return w.l.name(en, ko).Name }
