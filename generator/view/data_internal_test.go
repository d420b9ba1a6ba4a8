package view

import (
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/schemadoc"
	"github.com/korea-investment-tracker/kit/schema"
)

// dataPageIn is the data page of b's language over the real schemas and a
// manifest of a few files.
func dataPageIn(t *testing.T, lang string) dataView {
	t.Helper()
	b := largeBuilder(t, 1)
	b.L = testLocale(t, lang)
	b.m = manifest{{Path: "SHA256SUMS"}, {Path: "investments.csv", Bytes: 2048}, {Path: "investments.json"},
		{Path: "korea-investment-tracker.xlsx"}, {Path: "parquet/commitments_flat.parquet"}}
	dict, err := schemadoc.Dictionary(schema.Files)
	if err != nil {
		t.Fatal(err)
	}
	return b.dataPage(dict).Params.View.(dataView)
}

// TestDataPageStartsHere: the data page offers the files a reader starts
// from first, in startFiles' order, described in the page's language;
// files the manifest lacks are left out, and the hashes list stays whole.
func TestDataPageStartsHere(t *testing.T) {
	tests := []struct {
		lang  string
		names []string
		first string
	}{
		{"en", []string{"investments.csv", "korea-investment-tracker.xlsx", "parquet/commitments_flat.parquet", "investments.json"}, "All commitments, one row each (CSV)"},
		{"ko", []string{"investments.csv", "korea-investment-tracker.xlsx", "parquet/commitments_flat.parquet", "investments.json"}, "모든 투자 약속, 한 행에 하나씩 (CSV)"},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			v := dataPageIn(t, tt.lang)
			var names []string
			for _, s := range v.Start {
				names = append(names, s.File.Name)
			}
			if strings.Join(names, " ") != strings.Join(tt.names, " ") || v.Start[0].What != tt.first {
				t.Errorf("start %q, first %q; want %q, %q", names, v.Start[0].What, tt.names, tt.first)
			}
			if len(v.Downloads) != 5 {
				t.Errorf("%d files with hashes, want all 5", len(v.Downloads))
			}
		})
	}
}

// TestDictionaryInTheReadersLanguage: the Korean data page describes each
// field in Korean (from the Go doc's "ko:" line, through the schema), with
// no English left marked; the English page in English.
func TestDictionaryInTheReadersLanguage(t *testing.T) {
	tests := []struct {
		lang, title, id string
	}{
		{"en", "Commitments", "The commitment's lower-case slug; it must equal the file name without .json."},
		{"ko", "투자 약속", "투자 약속의 소문자 식별자(slug)로, .json을 뺀 파일 이름과 같아야 합니다."},
	}
	for _, tt := range tests {
		t.Run(tt.lang, func(t *testing.T) {
			v := dataPageIn(t, tt.lang)
			inv := v.Dictionary[1]
			if f := inv.Types[0].Fields[0]; inv.Title != tt.title || f.Description != tt.id {
				t.Errorf("%q: id described %q, want %q: %q", inv.Title, f.Description, tt.title, tt.id)
			}
			for _, d := range v.Dictionary {
				for _, ty := range d.Types {
					for _, f := range ty.Fields {
						if f.Lang != "" {
							t.Errorf("%s.%s is marked %q: its description is not in the page's language", ty.Name, f.Name, f.Lang)
						}
					}
				}
			}
		})
	}
}
