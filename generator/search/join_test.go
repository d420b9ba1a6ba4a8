package search

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
	"github.com/korea-investment-tracker/kit/generator/page"
)

// TestIndexPerLanguage: the index made one language at a time, each in a
// Pagefind process of its own (runNode), is byte for byte the index that
// one run over every language makes.
func TestIndexPerLanguage(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Pagefind")
	}
	root := filepath.Join("..", "..")
	node, js := nodeIndexer(root)
	if node == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no node or no Pagefind in .ci/node_modules")
		}
		t.Skip("no node or no Pagefind in .ci/node_modules")
	}
	var recs []*page.SearchRecord
	for _, r := range []struct{ url, lang, title string }{
		{"/companies/amazon/", "en", "Amazon Web Services"},
		{"/ko/companies/amazon/", "ko", "아마존 웹 서비스"},
		{"/regions/ulsan/", "en", "Ulsan"},
		{"/ko/regions/ulsan/", "ko", "울산"},
	} {
		recs = append(recs, &page.SearchRecord{URL: r.url, Lang: r.lang, Title: r.title, Kind: "Company",
			Text: []string{"A synthetic record for this test."}, Filters: map[string][]string{"region": {"Ulsan"}}})
	}
	entries := Entries(recs)
	ctx := context.Background()
	per, one := t.TempDir(), t.TempDir()
	if err := runNode(ctx, node, js, per, entries, nil); err != nil {
		t.Fatal(err)
	}
	if err := runScript(ctx, node, js, filepath.Join(one, Bundle), entries); err != nil {
		t.Fatal(err)
	}
	got, want := testrepo.SiteFiles(t, filepath.Join(per, Bundle)), testrepo.SiteFiles(t, filepath.Join(one, Bundle))
	for _, d := range testrepo.SiteDiff(got, want) {
		t.Errorf("the bundle made per language, against one run's, %s", d)
	}
}
