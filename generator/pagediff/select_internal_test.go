package pagediff

import (
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/view"
)

func TestFolderAndBack(t *testing.T) {
	tests := []struct{ name, lang, path, want string }{
		{"English home", "en", "", ""},
		{"Korean home", "ko", "", "ko/"},
		{"lower-cased like Hugo", "en", "regions/KR-26", "regions/kr-26/"},
		{"Korean page", "ko", "companies/aws", "ko/companies/aws/"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := page.Folder(tt.lang, tt.path)
			if got != tt.want {
				t.Errorf("Folder(%q, %q) = %q, want %q", tt.lang, tt.path, got, tt.want)
			}
			if back, want := pathOf(got), strings.ToLower(tt.path); back != want {
				t.Errorf("pathOf(%q) = %q, want %q", got, back, want)
			}
		})
	}
}

// TestSelectPages: a page changed in one language is given to Hugo in
// every language, with its ancestors, and nothing else.
func TestSelectPages(t *testing.T) {
	all := []string{"investments", "investments/a", "investments/b", "regions/KR-26", "regions"}
	var pages []page.Page
	for _, p := range all {
		pages = append(pages, page.Page{Path: p})
	}
	s := view.Site{Langs: []view.Lang{{Lang: "en", Pages: pages}, {Lang: "ko", Pages: slices.Clone(pages)}}}
	got := Select(s, []string{"ko/investments/a/", "regions/kr-26/"})
	want := []string{"investments", "investments/a", "regions/KR-26", "regions"}
	for _, ls := range got.Langs {
		if paths := pathsOf(ls.Pages); !slices.Equal(paths, want) {
			t.Errorf("%s: %q, want %q", ls.Lang, paths, want)
		}
	}
	for _, ls := range s.Langs {
		if paths := pathsOf(ls.Pages); !slices.Equal(paths, all) {
			t.Errorf("Select changed its input: %s is %q", ls.Lang, paths)
		}
	}
}

func pathsOf(pages []page.Page) []string {
	var out []string
	for _, pg := range pages {
		out = append(out, pg.Path)
	}
	return out
}
