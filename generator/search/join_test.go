package search

import (
	"bytes"
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"testing"

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
	got, want := readTree(t, filepath.Join(per, Bundle)), readTree(t, filepath.Join(one, Bundle))
	for name, b := range want {
		if !bytes.Equal(got[name], b) {
			t.Errorf("%s: per language %q\none run %q", name, got[name], b)
		}
	}
	if len(got) != len(want) {
		t.Errorf("per language: %d files; one run: %d", len(got), len(want))
	}
}

// readTree reads every file below dir, by its path there.
func readTree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[rel] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}
