package check

import (
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/korea-investment-tracker/kit/generator/load"
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
			return record.ErrorList{{Pos: doc.Pos(""), Msg: err.Error()}}
		}
		return nil
	}
	var errs record.ErrorList
	for _, leaf := range leaves(ve) {
		errs = append(errs, describe(doc, leaf)...)
	}
	return errs
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
	switch keyword(ve) {
	case "additionalProperties":
		return nil
	case "required":
		var errs record.ErrorList
		for _, m := range quotedRE.FindAllStringSubmatch(ve.Message, -1) {
			errs = append(errs, &record.Error{Pos: doc.Pos(ptr), Pointer: pointerOrRoot(ptr),
				Msg: fmt.Sprintf("missing required field %q%s", m[1], inField(ptr))})
		}
		return errs
	}
	return record.ErrorList{{Pos: doc.Pos(ptr), Pointer: pointerOrRoot(ptr), Msg: fieldName(ptr) + rephrase(ve, valueAt(doc.Value, ptr))}}
}

func pointerOrRoot(ptr string) string {
	if ptr == "" {
		return "/"
	}
	return ptr
}

func inField(ptr string) string {
	if ptr == "" {
		return ""
	}
	return " in " + dotted(ptr)
}

func fieldName(ptr string) string {
	if ptr == "" {
		return "the record "
	}
	return dotted(ptr) + " "
}

// dotted turns /sources/0/url into sources[0].url, the way a reader names it.
func dotted(ptr string) string {
	var b strings.Builder
	for _, part := range strings.Split(strings.TrimPrefix(ptr, "/"), "/") {
		part = strings.NewReplacer("~1", "/", "~0", "~").Replace(part)
		if isIndex(part) {
			b.WriteString("[" + part + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(part)
	}
	return b.String()
}

func isIndex(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

const slugPattern = "^[a-z0-9]+(-[a-z0-9]+)*$"

var slugRE = regexp.MustCompile(slugPattern)

// patternMeanings explains the schemas' patterns in words.
var patternMeanings = map[string]string{
	"^[a-z0-9]+(-[a-z0-9]+)*$": "must be a lower-case slug of letters a-z, digits and single hyphens, like \"amkor-technology\"",
	"^https?://":               "must be an http:// or https:// URL",
	record.PartialDatePattern:  "must be a date written YYYY, YYYY-MM or YYYY-MM-DD",
	"^[A-Z]{2}$":               "must be an ISO 3166-1 alpha-2 country code of two capital letters, like \"US\"",
	"^KR-[0-9]{2}$":            "must be an ISO 3166-2:KR region code, like \"KR-26\"",
	`^[0-9]+(\.[0-9]+)?$`:      "must be a decimal number written as a string, like \"0.00072\"",
}

func rephrase(ve *jsonschema.ValidationError, value any) string {
	switch keyword(ve) {
	case "pattern":
		if m := quotedRE.FindStringSubmatch(ve.Message); m != nil && patternMeanings[m[1]] != "" {
			return patternMeanings[m[1]]
		}
	case "enum":
		return enumMessage(ve.Message, value)
	case "type":
		return "must be " + strings.TrimPrefix(strings.Replace(ve.Message, ", but got", ", not", 1), "expected ")
	case "minItems":
		return "must have at least " + strings.Fields(ve.Message)[1] + " item(s)"
	case "minimum", "maximum":
		return boundMessage(ve.Message)
	case "minLength":
		if strings.Contains(ve.Message, ">= 1,") {
			return "must not be empty"
		}
	case "uniqueItems":
		return "has the same value twice: " + ve.Message
	case "format":
		return "is not a valid " + strings.Trim(ve.Message[strings.LastIndex(ve.Message, " ")+1:], "'")
	}
	return ve.Message
}

// enumMessage lists the allowed values and suggests the nearest one.
func enumMessage(msg string, value any) string {
	var allowed []string
	for _, m := range regexp.MustCompile(`"([^"]*)"`).FindAllStringSubmatch(msg, -1) {
		allowed = append(allowed, m[1])
	}
	s, _ := value.(string)
	out := fmt.Sprintf("must be one of %s, not %q", strings.Join(allowed, ", "), s)
	if near := suggest(s, allowed); near != "" {
		out = fmt.Sprintf("%q is not allowed; did you mean %q? (allowed: %s)", s, near, strings.Join(allowed, ", "))
	}
	return out
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
func boundMessage(msg string) string {
	m := boundRE.FindStringSubmatch(msg)
	if m == nil {
		return msg
	}
	bound := m[2]
	if f, err := strconv.ParseFloat(bound, 64); err == nil {
		bound = strconv.FormatFloat(f, 'f', -1, 64)
	}
	word := map[string]string{"<=": "at most", ">=": "at least"}[m[1]]
	return fmt.Sprintf("must be %s %s, not %s", word, bound, m[3])
}
