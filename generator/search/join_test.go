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
// Pagefind process of its own (runNode), is byte for byte the index that
// one run over every language makes, with an indexes.json that lists no
// further index.
func TestIndexPerLanguage(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Pagefind")
	}
	root := filepath.Join("..", "..")
	node, js := needNode(t, root)
	entries := synthEntries("/companies/amazon/", "/ko/companies/amazon/", "/regions/ulsan/", "/ko/regions/ulsan/")
	ctx := context.Background()
	per, one := t.TempDir(), t.TempDir()
	if err := runNode(ctx, node, js, per, pieces(entries, 0), nil); err != nil {
		t.Fatal(err)
	}
	if b, err := os.ReadFile(filepath.Join(per, Bundle, piecesFile)); err != nil || string(b) != "{}\n" {
		t.Errorf("%s = %q, %v; want {}", piecesFile, b, err)
	}
	os.Remove(filepath.Join(per, Bundle, piecesFile))
	if err := runScript(ctx, node, js, filepath.Join(one, Bundle), entries); err != nil {
		t.Fatal(err)
	}
	got, want := testrepo.SiteFiles(t, filepath.Join(per, Bundle)), testrepo.SiteFiles(t, filepath.Join(one, Bundle))
	for _, d := range testrepo.SiteDiff(got, want) {
		t.Errorf("the bundle made per language, against one run's, %s", d)
	}
}

// needNode is the node and the script that index entries (nodeIndexer);
// the test skips without them, and fails on CI.
func needNode(t *testing.T, root string) (node, js string) {
	t.Helper()
	node, js = nodeIndexer(root)
	if node == "" {
		if os.Getenv("CI") == "true" {
			t.Fatal("no node or no Pagefind in .ci/node_modules")
		}
		t.Skip("no node or no Pagefind in .ci/node_modules")
	}
	return node, js
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
