package export

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/korea-investment-tracker/kit/schema"
)

// publishedSchemas maps each JSON file Write produces to the schema in
// schema.Files that describes it, and that the download carries in schema/.
var publishedSchemas = map[string]string{
	"investments.json": "published/investments.schema.json",
	"companies.json":   "published/companies.schema.json",
	"regions.json":     "published/regions.schema.json",
	"summary.json":     "published/summary.schema.json",
	"rates.json":       "rates.schema.json",
}

// TestJSONMatchesSchemas: every published JSON file is valid against its
// published schema, formats asserted, so that what the data dictionary and
// the schemas promise (no nulls where a type is required, arrays where
// arrays are required, every required field present) is what is written.
func TestJSONMatchesSchemas(t *testing.T) {
	schemas := compilePublished(t)
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			dir, _ := writeTo(t, f.data)
			for file, name := range publishedSchemas {
				checkSchema(t, schemas[name], filepath.Join(dir, file))
			}
		})
	}
}

// compilePublished compiles the schemas of publishedSchemas as the checker
// compiles the records' (schema.Compile).
func compilePublished(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	var names []string
	for _, name := range publishedSchemas {
		names = append(names, name)
	}
	out, err := schema.Compile(names...)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func checkSchema(t *testing.T, s *jsonschema.Schema, path string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	// Numbers stay json.Number, so that large integers are checked exactly.
	dec := json.NewDecoder(bytes.NewReader(b))
	dec.UseNumber()
	var doc any
	if err := dec.Decode(&doc); err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	if err := s.Validate(doc); err != nil {
		msg := err.Error()
		if ve, ok := err.(*jsonschema.ValidationError); ok {
			msg = strings.Join(leafMessages(ve), "\n")
		}
		t.Errorf("%s does not match its schema:\n%s", filepath.Base(path), msg)
	}
}

// leafMessages lists the innermost causes, each with where it is, at most
// ten: the top-level message only says that some item failed.
func leafMessages(ve *jsonschema.ValidationError) []string {
	if len(ve.Causes) == 0 {
		return []string{ve.InstanceLocation + ": " + ve.Message}
	}
	var out []string
	for _, c := range ve.Causes {
		out = append(out, leafMessages(c)...)
	}
	return out[:min(len(out), 10)]
}
