package export

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/korea-investment-tracker/kit/generator/publication"
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
	recordsPath:        "api/records.schema.json",
}

// recordSchemas maps each per-record file's folder to its schema.
var recordSchemas = map[string]string{
	"investments": "api/investment.schema.json",
	"companies":   "api/company-file.schema.json",
	"regions":     "api/region-file.schema.json",
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
			checkRecordFiles(t, dir, schemas)
		})
	}
}

// checkRecordFiles: records.json lists every per-record file, each of which
// exists and matches its schema, and each commitment's file holds what
// investments.json holds for it.
func checkRecordFiles(t *testing.T, dir string, schemas map[string]*jsonschema.Schema) {
	t.Helper()
	index := readJSON[publication.Records](t, filepath.Join(dir, recordsPath))
	bulk := readJSON[[]json.RawMessage](t, filepath.Join(dir, "investments.json"))
	if len(index.Investments) != len(bulk) {
		t.Errorf("records.json lists %d commitments, investments.json holds %d", len(index.Investments), len(bulk))
	}
	for k, r := range index.Investments {
		b, err := os.ReadFile(filepath.Join(dir, r.Path))
		if err != nil {
			t.Fatal(err)
		}
		if k < len(bulk) && !jsonEqual(b, bulk[k]) {
			t.Errorf("%s differs from its element of investments.json", r.Path)
		}
	}
	for folder, files := range map[string][]publication.RecordFile{"investments": index.Investments, "companies": index.Companies, "regions": index.Regions} {
		for _, r := range files[:min(len(files), 50)] {
			checkSchema(t, schemas[recordSchemas[folder]], filepath.Join(dir, r.Path))
		}
	}
}

// jsonEqual reports whether a and b encode the same value.
func jsonEqual(a, b []byte) bool {
	var x, y any
	return json.Unmarshal(a, &x) == nil && json.Unmarshal(b, &y) == nil && reflect.DeepEqual(x, y)
}

// compilePublished compiles the schemas of publishedSchemas as the checker
// compiles the records' (schema.Compile).
func compilePublished(t *testing.T) map[string]*jsonschema.Schema {
	t.Helper()
	var names []string
	for _, name := range publishedSchemas {
		names = append(names, name)
	}
	for _, name := range recordSchemas {
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
