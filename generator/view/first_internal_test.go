package view

import (
	"maps"
	"slices"
	"testing"
)

// TestPagesOf maps the files the preview saw change to the pages they
// make: a record's by its file name, a profile's by the record its name profiles.
func TestPagesOf(t *testing.T) {
	tests := []struct {
		name  string
		files []string
		want  []string
	}{
		{"a company", []string{"data/companies/aws.json"}, []string{"companies/aws"}},
		{"a commitment", []string{"data/investments/aws-ulsan-ai-data-hub.json"}, []string{"investments/aws-ulsan-ai-data-hub"}},
		{"a region, lower-cased as Hugo publishes it", []string{"data/regions/KR-26.json"}, []string{"regions/kr-26"}},
		{"a profile in either language", []string{"content/companies/aws.ko.md", "content/companies/aws.md"}, []string{"companies/aws"}},
		{"a region's profile", []string{"content/regions/kr-26.md"}, []string{"regions/kr-26"}},
		{"a content page that profiles nothing", []string{"content/about.md"}, nil},
		{"a removed profile, by its file name", []string{"content/companies/umicore.ko.md"}, []string{"companies/umicore"}},
		{"the rates", []string{"data/rates.json"}, nil},
		{"an editor's swap files", []string{"data/companies/.aws.json.swp", "data/companies/aws.json~", "content/companies/.aws.md.swp"}, nil},
		{"a file in a folder below", []string{"data/companies/old/aws.json"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := slices.Sorted(maps.Keys(pagesOf(tt.files)))
			if !slices.Equal(got, tt.want) {
				t.Errorf("pagesOf(%q) = %q, want %q", tt.files, got, tt.want)
			}
		})
	}
}
