package view_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/view"
	"github.com/korea-investment-tracker/kit/schema"
)

const root = "../.."

// seedInput is the view input of the seed repository's records, edited
// by edit before they are resolved.
func seedInput(t *testing.T, edit func(*record.Dataset)) view.Input {
	t.Helper()
	d, errs := build.Validate(os.DirFS(root))
	if err := errs.Err(); err != nil {
		t.Fatal(err)
	}
	if edit != nil {
		edit(d)
	}
	cats, err := locale.ReadCatalogs(os.DirFS(root + "/site"))
	if err != nil {
		t.Fatal(err)
	}
	return view.Input{Publication: publication.Build(d), Catalogs: cats, Schemas: schema.Files, BaseURL: "https://example.org/kit"}
}

// pageJSON is the page at path in lang of s, as JSON.
func pageJSON(t *testing.T, s view.Site, lang, path string) string {
	t.Helper()
	for _, ls := range s.Langs {
		if ls.Lang != lang {
			continue
		}
		for _, pg := range ls.Pages {
			if pg.Path == path {
				b, err := json.Marshal(pg)
				if err != nil {
					t.Fatal(err)
				}
				return string(b)
			}
		}
	}
	t.Fatalf("no page %s in %s", path, lang)
	return ""
}

// TestBuildReadsTheManifestGiven: the downloads a page lists are the
// manifest's, passed in memory, below the base URL.
func TestBuildReadsTheManifestGiven(t *testing.T) {
	in := seedInput(t, nil)
	in.Manifest = &record.Manifest{Files: []record.DataFile{
		{Path: "companies/aws.csv", Bytes: 1234, SHA256: "c0ffee", MediaType: "text/csv"},
		{Path: "companies/aws.json", Bytes: 99, SHA256: "beef", MediaType: "application/json"},
		{Path: "investments.csv", Bytes: 2_000_000, MediaType: "text/csv"},
	}}
	s, err := view.Build(in)
	if err != nil {
		t.Fatal(err)
	}
	if s.BaseURL != "https://example.org/kit/" {
		t.Errorf("BaseURL %q, want a trailing slash", s.BaseURL)
	}
	tests := []struct{ lang, path, want string }{
		{"en", "companies/aws", `"url":"/kit/data/companies/aws.csv","abs_url":"https://example.org/kit/data/companies/aws.csv","format":"CSV","media_type":"text/csv","size":"1.2 kB","bytes":"1234","sha256":"c0ffee"`},
		{"ko", "companies/aws", `"size":"99바이트"`},
		{"en", "data", `"name":"investments.csv"`},
		{"en", "data", `"record_files":"`},
	}
	for _, tt := range tests {
		if got := pageJSON(t, s, tt.lang, tt.path); !strings.Contains(got, tt.want) {
			t.Errorf("%s %s lacks %s:\n%s", tt.lang, tt.path, tt.want, got)
		}
	}
}

// TestFirst: the first look at a company's file makes its page in both
// languages, with the sections above it, and nothing else.
func TestFirst(t *testing.T) {
	s, folders, err := view.First(seedInput(t, nil), []string{"data/companies/aws.json", "data/rates.json"})
	if err != nil {
		t.Fatal(err)
	}
	if want := []string{"companies/aws/", "ko/companies/aws/"}; !slices.Equal(folders, want) {
		t.Errorf("folders %q, want %q", folders, want)
	}
	for _, ls := range s.Langs {
		var paths []string
		for _, pg := range ls.Pages {
			paths = append(paths, pg.Path)
		}
		if want := []string{"companies", "companies/aws"}; !slices.Equal(paths, want) {
			t.Errorf("%s: pages %q, want %q", ls.Lang, paths, want)
		}
	}
	if _, folders, err := view.First(seedInput(t, nil), []string{"data/rates.json"}); err != nil || folders != nil {
		t.Errorf("first look at the rates: %q, %v; want none", folders, err)
	}
}
