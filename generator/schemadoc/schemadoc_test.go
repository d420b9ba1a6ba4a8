package schemadoc

import (
	"reflect"
	"slices"
	"testing"
	"testing/fstest"

	"github.com/korea-investment-tracker/kit/schema"
)

// files are two published schemas: a list of a type, and an object.
var files = fstest.MapFS{
	"published/things.schema.json": {Data: []byte(`{
  "$defs": {
    "Thing": {
      "properties": {
        "$schema": {"type": "string"},
        "name": {"type": "string", "description": "The thing's name."},
        "sectors": {"type": "array", "items": {"type": "string", "enum": ["ai-data-centres", "cloud"]}, "description": "Its lines of business.", "x-description-ko": "사업 분야."},
        "sources": {"type": "array", "items": {"$ref": "#/$defs/Source"}},
        "value": {"type": ["integer", "null"]},
        "kind": {"enum": ["a", "b"]}
      },
      "required": ["name"]
    },
    "Source": {"properties": {"url": {"type": "string", "description": "Where."}}}
  },
  "items": {"$ref": "#/$defs/Thing"},
  "type": "array"
}`)},
	"published/summary.schema.json": {Data: []byte(`{"properties": {"total": {"type": "integer"}}}`)},
	"rates.schema.json":             {Data: []byte(`{"properties": {}}`)},
}

func TestDictionary(t *testing.T) {
	got, err := Dictionary(files)
	if err != nil {
		t.Fatal(err)
	}
	want := []Doc{
		{File: "published/summary.schema.json", Title: "Summary", Types: []Type{
			{Name: "Summary", Fields: []Field{{Name: "total", Type: "integer"}}}}},
		{File: "published/things.schema.json", Title: "Things", Types: []Type{
			{Name: "Thing", Fields: []Field{
				{Name: "name", Type: "string", Required: true, Description: "The thing's name."},
				{Name: "sectors", Type: "list of string", Description: "Its lines of business. One of: ai-data-centres, cloud.",
					DescriptionKo: "사업 분야. 다음 중 하나: ai-data-centres, cloud."},
				{Name: "sources", Type: "list of Source"},
				{Name: "value", Type: "integer"},
				{Name: "kind", Type: "any", Description: "One of: a, b."},
			}},
			{Name: "Source", Fields: []Field{{Name: "url", Type: "string", Description: "Where."}}},
		}},
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("Dictionary =\n%+v\nwant\n%+v", got, want)
	}
}

// TestDictionaryOfTheSchemas reads the published schemas themselves: each
// has its root type first, with its fields in the file's order.
func TestDictionaryOfTheSchemas(t *testing.T) {
	docs, err := Dictionary(schema.Files)
	if err != nil {
		t.Fatal(err)
	}
	var roots []string
	for _, d := range docs {
		roots = append(roots, d.Types[0].Name)
	}
	if want := []string{"Company", "Investment", "Region", "Summary"}; !slices.Equal(roots, want) {
		t.Errorf("root types %q, want %q", roots, want)
	}
	if f := docs[1].Types[0].Fields[0]; f.Name != "id" || !f.Required || f.Description == "" || f.DescriptionKo == "" {
		t.Errorf("Investment's first field is %+v, want a required id described in English and Korean", f)
	}
	// Every field of the published files is described in both languages.
	for _, d := range docs {
		for _, ty := range d.Types {
			for _, f := range ty.Fields {
				if f.Description == "" || f.DescriptionKo == "" {
					t.Errorf("%s: %s.%s is described %q, in Korean %q; want both", d.File, ty.Name, f.Name, f.Description, f.DescriptionKo)
				}
			}
		}
	}
}

func TestReadAndValues(t *testing.T) {
	s, err := Read(files, "published/things.schema.json")
	if err != nil {
		t.Fatal(err)
	}
	thing := s.Defs["Thing"]
	if got := thing.Properties.Get("sectors").Values(); !slices.Equal(got, []string{"ai-data-centres", "cloud"}) {
		t.Errorf("sectors' values %q", got)
	}
	if thing.Properties.Get("nope") != nil || thing.Properties.Get("name").Values() != nil {
		t.Errorf("a missing property, or one without values, has some")
	}
	for _, bad := range []string{`{"properties": [1, {}]}`, `{"properties": 1}`, `{"properties": {"a": 1}}`} {
		if _, err := Read(fstest.MapFS{"x.json": {Data: []byte(bad)}}, "x.json"); err == nil {
			t.Errorf("Read(%s) took properties that are not an object of schemas", bad)
		}
	}
}

func TestTitle(t *testing.T) {
	for in, want := range map[string]string{"investments": "Investments", "ai-data-centres": "AI data centres", "at_least": "At least", "": ""} {
		if got := title(in); got != want {
			t.Errorf("title(%q) = %q, want %q", in, got, want)
		}
	}
}
