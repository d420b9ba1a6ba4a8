package schemagen

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite schema/ from the Go types")

// TestSchemasUpToDate fails when a Go type changed without `go generate ./...`.
func TestSchemasUpToDate(t *testing.T) {
	files, err := Generate("../..")
	if err != nil {
		t.Fatal(err)
	}
	for name, want := range files {
		path := filepath.Join("../../schema", filepath.FromSlash(name))
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		got, err := os.ReadFile(path)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is out of date with the Go types: run `go generate ./...` (or go test ./generator/schemagen -update)", path)
		}
	}
}

// TestDescriptionsFromComments checks that doc comments reach the schema,
// since the data dictionary and the editors' hovers are built from them.
func TestDescriptionsFromComments(t *testing.T) {
	files, err := Generate("../..")
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct{ file, want string }{
		{"investment.schema.json", "PartOf is the id of the package this commitment is a share of"},
		{"company.schema.json", "NameKo is the company's name in Korean"},
		{"published/investments.schema.json", "CountsTowardKoreaTotal is true when the amount is added to Korea's total"},
	}
	for _, tt := range tests {
		if !bytes.Contains(files[tt.file], []byte(tt.want)) {
			t.Errorf("%s: description %q missing", tt.file, tt.want)
		}
	}
}
