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
		{"investment.schema.json", `"description": "The id of the package this commitment is a share of`},
		{"company.schema.json", `"description": "The company's name in Korean`},
		{"company.schema.json", `"x-description-ko": "기업의 한국어(한글) 이름`},
		{"published/investments.schema.json", `"description": "True when the amount is added to Korea's total`},
		{"published/investments.schema.json", `"x-description-ko": "금액이 한국 총액에 더해지면 true입니다."`},
	}
	for _, tt := range tests {
		if !bytes.Contains(files[tt.file], []byte(tt.want)) {
			t.Errorf("%s: description %q missing", tt.file, tt.want)
		}
	}
}

// TestReaderComments: a doc comment reaches readers without the Go name it
// starts with, and its "ko:" line becomes the Korean of that description.
func TestReaderComments(t *testing.T) {
	tests := []struct {
		name, comment, en, ko string
	}{
		{"name and is", "NameKo is the company's name in Korean.\nko: 기업의 한국어 이름.", "The company's name in Korean.", "기업의 한국어 이름."},
		{"are with a comma", "PartIDs are, for a package, the ids.", "For a package, the ids.", ""},
		{"a Go name and a verb", "ScopeNote says what it covers.", "Says what it covers.", ""},
		{"a word and a verb", "Sources cite where the facts come from.", "Sources cite where the facts come from.", ""},
		{"a sentence", "Korea's total, by region.", "Korea's total, by region.", ""},
		{"Korean over two lines", "ID is the slug.\nko: 소문자\n식별자.", "The slug.", "소문자 식별자."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			m := map[string]string{"k": tt.comment}
			korean := readerComments(m)
			if m["k"] != tt.en || korean[tt.en] != tt.ko {
				t.Errorf("readerComments(%q) = %q, Korean %q; want %q, %q", tt.comment, m["k"], korean[tt.en], tt.en, tt.ko)
			}
		})
	}
}
