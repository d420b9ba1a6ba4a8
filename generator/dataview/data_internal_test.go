package dataview

import (
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/schemadoc"
	"github.com/korea-investment-tracker/kit/schema"
)

// dataPageIn is the data page of b's language over the real schemas and a
// Manifest of a few files.
func dataPageIn(t *testing.T, lang string) dataView {
	t.Helper()
	b := testBuilder(t, lang)
	b.m = Manifest{{Path: "SHA256SUMS"}, {Path: "investments.csv", Bytes: 2048}, {Path: "investments.json"},
		{Path: "korea-investment-tracker.xlsx"}, {Path: "parquet/commitments_flat.parquet"}}
	dict, err := schemadoc.Dictionary(schema.Files)
	if err != nil {
		t.Fatal(err)
	}
	return b.DataPage(dict).Params.View.(dataView)
}

// TestDataPageStartsHere: the data page offers the files a reader starts
// from first, in startFiles' order, described in the page's language;
// files the Manifest lacks are left out, and the hashes list stays whole.
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

// TestRecordDownloads finds a record's files in the sorted manifest, and
// only its own: not those of a record whose id it begins.
func TestRecordDownloads(t *testing.T) {
	var m Manifest
	for _, p := range []string{"companies/aws-x.csv", "companies/aws-x.json", "companies/aws.csv", "companies/aws.json",
		"companies/aws.v2.json", "companies/awsz.json", "companies/b.csv", "investments.csv"} {
		m = append(m, record.DataFile{Path: p})
	}
	u, _ := page.NewURLs("https://example.org/")
	var got []string
	for _, d := range m.Downloads(u, testLocale(t, "en"), "companies/aws") {
		got = append(got, d.Name)
	}
	if want := []string{"companies/aws.csv", "companies/aws.json"}; !slices.Equal(got, want) {
		t.Errorf("downloads of aws: %v, want %v", got, want)
	}
	if d := m.Downloads(u, testLocale(t, "en"), "companies/zz"); len(d) != 0 {
		t.Errorf("downloads of an unknown company: %v", d)
	}
}
