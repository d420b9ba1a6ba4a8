package sitetest

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/internal/hugobin"
	"github.com/korea-investment-tracker/kit/generator/internal/thorough"
)

// TestSearchInPieces: the seed indexed in pieces of at most 10 pages a
// language, as a large site is (build.Options.PagesPerIndex), searches
// as the seed's one index per language does: the search page merges
// every index of its language.
func TestSearchInPieces(t *testing.T) {
	thorough.Require(t)
	t.Parallel()
	chrome := needChrome(t)
	dir := filepath.Join(t.TempDir(), "site")
	opt := build.Options{Root: "../..", Out: dir, BaseURL: "http://127.0.0.1/", HugoBinary: hugobin.Path(t), PagesPerIndex: 10}
	if _, err := build.Run(context.Background(), opt); err != nil {
		t.Fatal(err)
	}
	b, err := os.ReadFile(filepath.Join(dir, "pagefind", "indexes.json"))
	if err != nil {
		t.Fatal(err)
	}
	var more map[string][]string
	if err := json.Unmarshal(b, &more); err != nil || len(more["en"]) < 2 || len(more["ko"]) < 2 {
		t.Fatalf("indexes.json = %s (%v); want several further indexes of each language", b, err)
	}
	base := serve(t, dir)
	ctx := newBrowser(t, chrome)
	probs := watchProblems(t, ctx, base)
	searchBoth(t, ctx, base)
	for _, p := range probs.take() {
		t.Errorf("searching merged indexes: %s", p)
	}
}
