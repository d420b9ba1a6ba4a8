package build

import (
	"maps"
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
)

// want is the site files map of testrepo.SiteFiles for files, a
// folder as "name/" with no bytes.
func want(files map[string]string) map[string][]byte {
	out := map[string][]byte{}
	for name, body := range files {
		if strings.HasSuffix(name, "/") {
			out[name] = nil
		} else {
			out[name] = []byte(body)
		}
	}
	return out
}

// TestMergeInto: a shard's files join the stage, linked (its folder kept)
// or moved (a folder the stage lacks goes whole, and the shard's folder
// is spent), with the same result; the shard's own marks stay out, and a
// file both hold must have the same bytes.
func TestMergeInto(t *testing.T) {
	stage := map[string]string{"index.html": "home", "investments/index.html": "list", "css/site.css": "c"}
	shard := map[string]string{
		shardMark: "{}", shardSearch: "", "css/site.css": "c",
		"investments/a/index.html": "A", "investments/b/index.html": "B",
		"ko/investments/a/index.html": "가",
	}
	merged := want(map[string]string{
		"index.html": "home", "css/": "", "css/site.css": "c",
		"investments/": "", "investments/index.html": "list",
		"investments/a/": "", "investments/a/index.html": "A",
		"investments/b/": "", "investments/b/index.html": "B",
		"ko/": "", "ko/investments/": "", "ko/investments/a/": "", "ko/investments/a/index.html": "가",
	})
	for _, move := range []bool{false, true} {
		dir, into := t.TempDir(), t.TempDir()
		writeTree(t, into, stage)
		writeTree(t, dir, shard)
		if err := mergeInto(into, dir, move); err != nil {
			t.Fatalf("move %v: %v", move, err)
		}
		for _, d := range testrepo.SiteDiff(testrepo.SiteFiles(t, into), merged) {
			t.Errorf("move %v: the stage %s", move, d)
		}
		left := testrepo.SiteFiles(t, dir)
		if _, kept := left["ko/investments/a/index.html"]; kept == move {
			t.Errorf("move %v: the shard's folder holds %q afterwards", move, slices.Sorted(maps.Keys(left)))
		}
		writeTree(t, dir, map[string]string{"css/site.css": "other"})
		if err := mergeInto(into, dir, move); err == nil || !strings.Contains(err.Error(), "css/site.css is in two shards") {
			t.Errorf("move %v: a file with other bytes gave %v", move, err)
		}
	}
}

// TestPruneRemovesEmptyFolders: a part keeps its own pages, and a folder
// whose every file it pruned goes too, so that moving its folders brings
// the stage no empty one.
func TestPruneRemovesEmptyFolders(t *testing.T) {
	dir := t.TempDir()
	writeTree(t, dir, map[string]string{
		"investments/index.html": "list", "investments/a/index.html": "A",
		"ko/investments/index.html": "목록", "companies/c/index.html": "C",
	})
	owners := map[string]int{
		"investments/index.html": 0, "ko/investments/index.html": 0,
		"investments/a/index.html": 1, "companies/c/index.html": 0,
	}
	if err := (Shard{1, 2}).prune(dir, owners, nil); err != nil {
		t.Fatal(err)
	}
	kept := want(map[string]string{"investments/": "", "investments/a/": "", "investments/a/index.html": "A"})
	for _, d := range testrepo.SiteDiff(testrepo.SiteFiles(t, dir), kept) {
		t.Errorf("after prune, the part %s", d)
	}
}
