package pagediff

import (
	"math/rand/v2"
	"path"
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

// TestSelectParts: each part's site is what the plain reading of Select's
// rule keeps (selectOne, the walk over every page per part that
// SelectParts replaced), on sites of random paths split at random.
func TestSelectParts(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	for n := range 50 {
		s, folders := randomSite(rng)
		parts := make([][]string, 1+rng.IntN(5))
		for _, f := range folders {
			i := rng.IntN(len(parts))
			parts[i] = append(parts[i], f)
		}
		ps := SelectParts(s, parts)
		for i, changed := range parts {
			got, want := ps.Site(i), selectOne(s, changed)
			for l := range want.Langs {
				if g, w := pathsOf(got.Langs[l].Pages), pathsOf(want.Langs[l].Pages); !slices.Equal(g, w) {
					t.Fatalf("site %d, part %d of %d, %s: %q, want %q", n, i, len(parts), want.Langs[l].Lang, g, w)
				}
			}
		}
	}
}

// randomSite is a site of two languages whose pages are random paths
// (some in one language only, some upper-cased, some repeated) and the
// folders of its pages and of a few that are not there.
func randomSite(rng *rand.Rand) (view.Site, []string) {
	names := []string{"investments", "companies", "a", "b", "KR-26", "kr-31"}
	s := view.Site{Langs: []view.Lang{{Lang: "en"}, {Lang: "ko"}}}
	var folders []string
	for range 3 + rng.IntN(20) {
		p := names[rng.IntN(2)]
		for range rng.IntN(3) {
			p += "/" + names[rng.IntN(len(names))]
		}
		for l := range s.Langs {
			if rng.IntN(5) > 0 {
				s.Langs[l].Pages = append(s.Langs[l].Pages, page.Page{Path: p})
			}
		}
		folders = append(folders, page.Folder(s.Langs[rng.IntN(2)].Lang, p))
	}
	return s, folders
}

// selectOne is Select's rule read plainly: per language, the pages whose
// path is changed, with their ancestors.
func selectOne(s view.Site, changed []string) view.Site {
	paths := map[string]bool{}
	for _, f := range changed {
		paths[pathOf(f)] = true
	}
	out := s
	out.Langs = slices.Clone(s.Langs)
	for l, ls := range s.Langs {
		want := map[string]bool{}
		for _, pg := range ls.Pages {
			if p := strings.ToLower(pg.Path); paths[p] {
				for a := p; a != "." && a != ""; a = path.Dir(a) {
					want[a] = true
				}
			}
		}
		out.Langs[l].Pages = slices.DeleteFunc(slices.Clone(ls.Pages), func(pg page.Page) bool { return !want[strings.ToLower(pg.Path)] })
	}
	return out
}
