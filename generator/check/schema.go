package check

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
	schemafiles "github.com/korea-investment-tracker/kit/schema"
)

// schemaFiles maps each kind of file to the schema it is validated against.
var schemaFiles = map[load.Kind]string{
	load.Company:    "company.schema.json",
	load.Investment: "investment.schema.json",
	load.Region:     "region.schema.json",
	load.Rates:      "rates.schema.json",
	load.Page:       "page.schema.json",
}

// compileSchemas compiles the embedded schemas once per Checker.
func compileSchemas() (map[load.Kind]*jsonschema.Schema, error) {
	names := make([]string, 0, len(schemaFiles))
	for _, name := range schemaFiles {
		names = append(names, name)
	}
	compiled, err := schemafiles.Compile(names...)
	if err != nil {
		return nil, err
	}
	out := map[load.Kind]*jsonschema.Schema{}
	for kind, name := range schemaFiles {
		out[kind] = compiled[name]
	}
	return out, nil
}

// validate reports every schema violation in doc at the position of the
// offending value. Unknown fields are left to unknownFields, which can say
// "did you mean".
func validate(s *jsonschema.Schema, doc *load.Document) record.ErrorList {
	err := s.Validate(doc.Value)
	ve, ok := err.(*jsonschema.ValidationError)
	if !ok {
		if err != nil {
			return record.ErrorList{message.At(doc.Pos(""), "", message.Verbatim.With(err.Error()))}
		}
		return nil
	}
	var errs record.ErrorList
	for _, leaf := range oncePerValue(leaves(ve)) {
		errs = append(errs, describe(doc, leaf)...)
	}
	return errs
}

// oncePerValue keeps one violation for each value, so that a contributor
// reads one problem with a bad URL, not two ("not a valid uri", "must be
// an http:// or https:// URL"): the first, by a keyword other than
// format where there is one, whose words say more. Missing fields are
// each kept: they are the object's, and each is a problem of its own.
func oncePerValue(all []*jsonschema.ValidationError) []*jsonschema.ValidationError {
	isFormat := func(ve *jsonschema.ValidationError) int {
		if keyword(ve) == "format" {
			return 1
		}
		return 0
	}
	slices.SortStableFunc(all, func(a, b *jsonschema.ValidationError) int { return cmp.Compare(isFormat(a), isFormat(b)) })
	seen := map[string]bool{}
	return slices.DeleteFunc(all, func(ve *jsonschema.ValidationError) bool {
		if keyword(ve) == "required" {
			return false
		}
		dup := seen[ve.InstanceLocation]
		seen[ve.InstanceLocation] = true
		return dup
	})
}

func leaves(ve *jsonschema.ValidationError) []*jsonschema.ValidationError {
	if len(ve.Causes) == 0 {
		return []*jsonschema.ValidationError{ve}
	}
	var out []*jsonschema.ValidationError
	for _, c := range ve.Causes {
		out = append(out, leaves(c)...)
	}
	return out
}

func keyword(ve *jsonschema.ValidationError) string {
	return ve.KeywordLocation[strings.LastIndex(ve.KeywordLocation, "/")+1:]
}

var quotedRE = regexp.MustCompile(`'([^']*)'`)

// describe turns one schema violation into messages a contributor can act on.
func describe(doc *load.Document, ve *jsonschema.ValidationError) record.ErrorList {
	ptr := ve.InstanceLocation
	if strings.Contains(ve.KeywordLocation, "/propertyNames/") {
		return nil // a basis key: basisRules says it at the key, with a suggestion
	}
	switch keyword(ve) {
	case "additionalProperties":
		return nil
	case "required":
		var errs record.ErrorList
		for _, m := range quotedRE.FindAllStringSubmatch(ve.Message, -1) {
			t := message.MissingField.With(m[1])
			if ptr != "" {
				t = message.MissingFieldIn.With(m[1], message.Field(ptr))
			}
			errs = append(errs, message.At(doc.Pos(ptr), pointerOrRoot(ptr), t))
		}
		return errs
	}
	return record.ErrorList{message.At(doc.Pos(ptr), pointerOrRoot(ptr), rephrase(message.Field(ptr), ve, valueAt(doc.Value, ptr)))}
}

func pointerOrRoot(ptr string) string {
	if ptr == "" {
		return "/"
	}
	return ptr
}

const slugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$"

var slugRE = regexp.MustCompile(slugPattern)

// patternMeanings explain the schemas' patterns in words.
var patternMeanings = map[string]*message.M1[message.Field]{
	slugPattern:           &message.Slug,
	"^https?://":          &message.HTTPURL,
	"^[A-Z]{2}$":          &message.CountryPattern,
	"^KR-[0-9]{2}$":       &message.RegionPattern,
	`^[0-9]+(\.[0-9]+)?$`: &message.DecimalPattern,
}

var typeRE = regexp.MustCompile(`^expected (.+), but got (\S+)$`)

// rephrase says what is wrong with the value of field in words; the
// schema library's own words where there are none.
func rephrase(field message.Field, ve *jsonschema.ValidationError, value any) message.Text {
	switch keyword(ve) {
	case "pattern":
		return patternMessage(field, ve.Message, value)
	case "enum":
		return enumMessage(field, ve.Message, value)
	case "type":
		if m := typeRE.FindStringSubmatch(ve.Message); m != nil {
			return message.WrongType.With(field, m[1], m[2])
		}
	case "minItems":
		return message.MinItems.With(field, strings.Fields(ve.Message)[1])
	case "minimum", "maximum":
		if t, ok := boundMessage(field, ve.Message); ok {
			return t
		}
	case "minLength":
		if strings.Contains(ve.Message, ">= 1,") {
			return message.NotEmpty.With(field)
		}
	case "uniqueItems":
		return message.SameTwice.With(field, ve.Message)
	case "format":
		return message.BadFormat.With(field, strings.Trim(ve.Message[strings.LastIndex(ve.Message, " ")+1:], "'"))
	}
	return message.SchemaOther.With(field, ve.Message)
}

// patternMessage says what a value that does not match a pattern must
// be: an empty one that it must not be empty, a date what form it takes.
func patternMessage(field message.Field, msg string, value any) message.Text {
	m := quotedRE.FindStringSubmatch(msg)
	s, _ := value.(string)
	switch {
	case s == "":
		return message.NotEmpty.With(field)
	case m != nil && m[1] == record.PartialDatePattern:
		return message.DateForm.With(field, s)
	case m != nil && patternMeanings[m[1]] != nil:
		return patternMeanings[m[1]].With(field)
	}
	return message.SchemaOther.With(field, msg)
}

// enumMessage lists the allowed values and suggests the nearest one.
func enumMessage(field message.Field, msg string, value any) message.Text {
	var allowed []string
	for _, m := range regexp.MustCompile(`"([^"]*)"`).FindAllStringSubmatch(msg, -1) {
		allowed = append(allowed, m[1])
	}
	s, _ := value.(string)
	if near := suggest(s, allowed); near != "" {
		return message.NotAllowed.With(field, s, near, strings.Join(allowed, ", "))
	}
	return message.OneOf.With(field, strings.Join(allowed, ", "), s)
}

// valueAt finds the value at a JSON pointer in a decoded document.
func valueAt(v any, ptr string) any {
	if ptr == "" {
		return v
	}
	for _, part := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		switch t := v.(type) {
		case map[string]any:
			v = t[strings.NewReplacer("~1", "/", "~0", "~").Replace(part)]
		case []any:
			var i int
			fmt.Sscan(part, &i)
			if i < 0 || i >= len(t) {
				return nil
			}
			v = t[i]
		default:
			return nil
		}
	}
	return v
}

var boundRE = regexp.MustCompile(`^must be ([<>]=) (\S+) but found (\S+)$`)

// boundMessage writes v5's "must be <= 1e+15 but found 1e400" with the
// bound in plain digits, as a contributor would write it.
func boundMessage(field message.Field, msg string) (message.Text, bool) {
	m := boundRE.FindStringSubmatch(msg)
	if m == nil {
		return message.Text{}, false
	}
	bound := m[2]
	if f, err := strconv.ParseFloat(bound, 64); err == nil {
		bound = strconv.FormatFloat(f, 'f', -1, 64)
	}
	if m[1] == "<=" {
		return message.AtMost.With(field, bound, m[3]), true
	}
	return message.AtLeast.With(field, bound, m[3]), true
}
