package search

import (
	"context"
	"os"
	"path"
	"path/filepath"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
	"github.com/korea-investment-tracker/kit/generator/page"
)

// TestIndexPerLanguage: the index made one language at a time, each in a
// Pagefind process of its own (runPieces), is byte for byte the index that
// one run over every language makes, with an indexes.json that lists no
// further index.
func TestIndexPerLanguage(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Pagefind")
	}
	root := filepath.Join("..", "..")
	bin := needPagefind(t, root)
	entries := synthEntries("/companies/amazon/", "/ko/companies/amazon/", "/regions/ulsan/", "/ko/regions/ulsan/")
	ctx := context.Background()
	per, one := t.TempDir(), t.TempDir()
	if err := runPieces(ctx, Config{}, bin, per, pieces(entries, 0)); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(per, Bundle, piecesFile)); err != nil || string(b) != "{}\n" {
		t.Errorf("%s = %q, %v; want {}", piecesFile, b, err)
	}
	os.Remove(filepath.Join(per, Bundle, piecesFile))
	if err := indexPiece(ctx, Config{}, bin, one, filepath.Join(one, Bundle), piece{lang: "all", of: 1, entries: entries}); err != nil {
		t.Fatal(err)
	}
	got, want := testrepo.SiteFiles(t, filepath.Join(per, Bundle)), testrepo.SiteFiles(t, filepath.Join(one, Bundle))
	for _, d := range testrepo.SiteDiff(got, want) {
		t.Errorf("the bundle made per language, against one run's, %s", d)
	}
}

// needPagefind is Pagefind's binary (find); the test skips without it,
// and fails on CI.
func needPagefind(t *testing.T, root string) string {
	t.Helper()
	bin, err := find(root)
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	return bin
}

// synthEntries are synthetic search entries at the URLs, in Korean below
// /ko/, else in English.
func synthEntries(urls ...string) []Entry {
	var recs []*page.SearchRecord
	for _, u := range urls {
		lang := "en"
		if strings.HasPrefix(u, "/ko/") {
			lang = "ko"
		}
		recs = append(recs, &page.SearchRecord{URL: u, Lang: lang, Title: "Synthetic " + path.Base(u), Kind: "Company",
			Text: []string{"A synthetic record for this test."}, Filters: map[string][]string{"region": {"Ulsan"}}})
	}
	return Entries(recs)
}
