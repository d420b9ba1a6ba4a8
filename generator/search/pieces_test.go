package search

import (
	"context"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestPieces: a language's pages go into as few pieces of at most the
// given size as hold them, in turn, so that each piece gets every kind.
func TestPieces(t *testing.T) {
	entries := synthEntries("/a/", "/b/", "/c/", "/d/", "/e/", "/ko/a/", "/ko/b/")
	tests := []struct {
		name string
		per  int
		want []string // lang n/of: URLs
	}{
		{"the default", 0, []string{"en 0/1: /a/ /b/ /c/ /d/ /e/", "ko 0/1: /ko/a/ /ko/b/"}},
		{"one per language", -1, []string{"en 0/1: /a/ /b/ /c/ /d/ /e/", "ko 0/1: /ko/a/ /ko/b/"}},
		{"two at most", 2, []string{"en 0/3: /a/ /d/", "en 1/3: /b/ /e/", "en 2/3: /c/", "ko 0/1: /ko/a/ /ko/b/"}},
		{"one each", 1, []string{"en 0/5: /a/", "en 1/5: /b/", "en 2/5: /c/", "en 3/5: /d/", "en 4/5: /e/", "ko 0/2: /ko/a/", "ko 1/2: /ko/b/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range pieces(entries, tt.per) {
				var urls []string
				for _, e := range p.entries {
					urls = append(urls, e.URL)
				}
				got = append(got, fmt.Sprintf("%s %d/%d: %s", p.lang, p.n, p.of, strings.Join(urls, " ")))
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("pieces(%d) =\n%q\nwant\n%q", tt.per, got, tt.want)
			}
		})
	}
}

// TestIndexInPieces: a language with more pages than a piece holds gets
// further indexes in folders of the bundle, holding only what a merged
// index loads, each with its share of the pages, and indexes.json lists
// them for the search page; a language that fits has none. Each piece's
// Pagefind tells Config.Ran its CPU time.
func TestIndexInPieces(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Pagefind")
	}
	bin := needPagefind(t, filepath.Join("..", ".."))
	entries := synthEntries("/a/", "/b/", "/c/", "/ko/a/", "/ko/b/")
	site := t.TempDir()
	var ran []time.Duration
	cfg := Config{Ran: func(cpu time.Duration) { ran = append(ran, cpu) }}
	if err := runPieces(context.Background(), cfg, bin, site, pieces(entries, 2)); err != nil {
		t.Fatal(err)
	}
	if len(ran) != 3 || slices.Min(ran) <= 0 {
		t.Errorf("Pagefind's CPU times told: %v; want 3, one a piece, each above 0", ran)
	}
	bundle := filepath.Join(site, Bundle)
	var more map[string][]string
	if err := readJSON(filepath.Join(bundle, piecesFile), &more); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(more["en"], " "); got != "en-1/" || len(more) != 1 {
		t.Errorf("%s = %v; want en: [en-1/] alone", piecesFile, more)
	}
	wantCounts := map[string]map[string]int{"": {"en": 2, "ko": 2}, "en-1": {"en": 1}}
	for folder, want := range wantCounts {
		if got := pageCounts(t, filepath.Join(bundle, folder)); !maps.Equal(got, want) {
			t.Errorf("%s/%s: pages by language %v, want %v", folder, entryFile, got, want)
		}
	}
	files, err := os.ReadDir(filepath.Join(bundle, "en-1"))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range files {
		if n := f.Name(); strings.HasSuffix(n, ".js") || strings.HasSuffix(n, ".css") || strings.HasPrefix(n, "wasm.") {
			t.Errorf("en-1/%s: a merged index loads the bundle's scripts, not its own", n)
		}
	}
}

// pageCounts reads the pages of each language from a bundle's entry file.
func pageCounts(t *testing.T, bundle string) map[string]int {
	t.Helper()
	var entry struct {
		Languages map[string]struct {
			PageCount int `json:"page_count"`
		} `json:"languages"`
	}
	if err := readJSON(filepath.Join(bundle, entryFile), &entry); err != nil {
		t.Fatal(err)
	}
	out := map[string]int{}
	for lang, l := range entry.Languages {
		out[lang] = l.PageCount
	}
	return out
}
