// Package schemagen writes the JSON Schemas in schema/ from the Go types in
// record (the contributor-facing records) and publication (the published
// datasets), with descriptions taken from the types' doc comments.
package schemagen

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"reflect"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/invopop/jsonschema"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// BaseURL is where the site publishes schema/, so every schema has a stable $id.
const BaseURL = record.SiteURL + "schema/"

const module = "github.com/korea-investment-tracker/kit"

// Generate returns every schema file's name (relative to schema/) and bytes.
// root is the repository root, where the Go sources with the comments are.
func Generate(root string) (map[string][]byte, error) {
	r, err := reflector(root)
	if err != nil {
		return nil, err
	}
	types := map[string]any{
		"company.schema.json":               &record.Company{},
		"investment.schema.json":            &record.Investment{},
		"region.schema.json":                &record.Region{},
		"rates.schema.json":                 &record.Rates{},
		"page.schema.json":                  &record.Page{},
		"published/companies.schema.json":   []*publication.Company{},
		"published/investments.schema.json": []*publication.Investment{},
		"published/regions.schema.json":     []*publication.Region{},
		"published/summary.schema.json":     &publication.Summary{},
		"api/investment.schema.json":        &publication.Investment{},
		"api/company-file.schema.json":      &publication.CompanyFile{},
		"api/region-file.schema.json":       &publication.RegionFile{},
		"api/records.schema.json":           &publication.Records{},
	}
	korean := readerComments(r.CommentMap)
	out := make(map[string][]byte, len(types))
	for name, v := range types {
		s := r.Reflect(v)
		s.ID = jsonschema.ID(BaseURL + name)
		limitBasis(s, reflect.TypeOf(v))
		addKorean(s, korean)
		b, err := marshal(s)
		if err != nil {
			return nil, err
		}
		out[name] = b
	}
	return out, nil
}

func reflector(root string) (*jsonschema.Reflector, error) {
	r := &jsonschema.Reflector{Mapper: enumMapper, ExpandedStruct: true}
	for _, pkg := range []string{"generator/record", "generator/publication"} {
		// AddGoComments joins base with the walked file's directory.
		if err := r.AddGoComments(module, filepath.Join(root, pkg)); err != nil {
			return nil, err
		}
	}
	if root != "." && root != "" {
		fixCommentKeys(r, root)
	}
	return r, nil
}

// fixCommentKeys rewrites comment keys made from a root other than "." into
// the import paths the reflector looks up.
func fixCommentKeys(r *jsonschema.Reflector, root string) {
	prefix := filepath.ToSlash(filepath.Join(module, root)) + "/"
	fixed := make(map[string]string, len(r.CommentMap))
	for k, v := range r.CommentMap {
		if len(k) > len(prefix) && k[:len(prefix)] == prefix {
			k = module + "/" + k[len(prefix):]
		}
		fixed[k] = v
	}
	r.CommentMap = fixed
}

// koreanKey is the schema keyword that holds a description's Korean
// translation, beside "description" (JSON Schema ignores keywords it does
// not know).
const koreanKey = "x-description-ko"

// koPrefix starts the line of a doc comment that translates it into
// Korean: "// ko: 기업의 한국어 이름입니다."
const koPrefix = "ko: "

// readerComments makes each doc comment of the map a description for
// readers (readerText), and returns the Korean translations its "ko:"
// lines held, by the English description they translate.
func readerComments(comments map[string]string) map[string]string {
	korean := map[string]string{}
	for k, c := range comments {
		var en, ko []string
		for _, line := range strings.Split(c, "\n") {
			if t, ok := strings.CutPrefix(line, koPrefix); ok {
				ko = append(ko, t)
			} else if len(ko) > 0 {
				ko = append(ko, line)
			} else {
				en = append(en, line)
			}
		}
		comments[k] = readerText(strings.TrimSpace(strings.Join(en, " ")))
		if len(ko) > 0 {
			korean[comments[k]] = strings.TrimSpace(strings.Join(ko, " "))
		}
	}
	return korean
}

// readerText drops the Go name a doc comment starts with, so that a
// reader reads "The company's name in Korean", not "NameKo is the
// company's name in Korean": a first word of letters and digits that
// starts with a capital and has one more inside ("NameKo", "ID") or is
// followed by "is" or "are" goes, and so does that verb.
func readerText(c string) string {
	first, rest, ok := strings.Cut(c, " ")
	if !ok || !goName(first) {
		return c
	}
	verb, after, _ := strings.Cut(rest, " ")
	if v := strings.TrimSuffix(verb, ","); v == "is" || v == "are" {
		rest = after
	} else if !strings.ContainsFunc(first[1:], unicode.IsUpper) {
		return c // "Korea's …", a sentence, not a Go name
	}
	if rest == "" {
		return c
	}
	r, n := utf8.DecodeRuneInString(rest)
	return string(unicode.ToUpper(r)) + rest[n:]
}

// goName says whether w could be an exported Go name.
func goName(w string) bool {
	if w == "" || !unicode.IsUpper(rune(w[0])) {
		return false
	}
	return !strings.ContainsFunc(w, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// addKorean gives every description of s that korean translates its
// translation (koreanKey), through properties, items and definitions.
func addKorean(s *jsonschema.Schema, korean map[string]string) {
	if s == nil {
		return
	}
	if ko, ok := korean[s.Description]; ok {
		if s.Extras == nil {
			s.Extras = map[string]any{}
		}
		s.Extras[koreanKey] = ko
	}
	if s.Properties != nil {
		for p := s.Properties.Oldest(); p != nil; p = p.Next() {
			addKorean(p.Value, korean)
		}
	}
	addKorean(s.Items, korean)
	for _, d := range s.Definitions {
		addKorean(d, korean)
	}
}

// limitBasis lets a record's basis name only the record's fields that state
// a fact (record.BasisFields), so that an editor flags any other key.
func limitBasis(s *jsonschema.Schema, t reflect.Type) {
	if s.Properties == nil {
		return
	}
	if b, ok := s.Properties.Get("basis"); ok {
		b.PropertyNames = &jsonschema.Schema{}
		for _, f := range record.BasisFields(t) {
			b.PropertyNames.Enum = append(b.PropertyNames.Enum, f)
		}
	}
}

// enumMapper turns the record enumerations and PartialDate into string schemas.
func enumMapper(t reflect.Type) *jsonschema.Schema {
	if t == reflect.TypeFor[record.PartialDate]() {
		return &jsonschema.Schema{Type: "string", Pattern: record.PartialDatePattern,
			Description: "A date of year, month or day precision: YYYY, YYYY-MM or YYYY-MM-DD."}
	}
	v, ok := reflect.Zero(t).Interface().(interface{ Values() []string })
	if !ok || t.Kind() != reflect.String {
		return nil
	}
	s := &jsonschema.Schema{Type: "string"}
	for _, e := range v.Values() {
		s.Enum = append(s.Enum, e)
	}
	return s
}

func marshal(s *jsonschema.Schema) ([]byte, error) {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	err := enc.Encode(s)
	return buf.Bytes(), err
}
