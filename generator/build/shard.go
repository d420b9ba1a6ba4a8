package build

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/fnv"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/pagediff"
	"github.com/korea-investment-tracker/kit/generator/view"
)

// Shard is one part of a sharded build (build --shard i/n): each shard is
// a run of its own, with its own Hugo process over a part of the pages,
// and Merge joins the shards' folders into the site. A page belongs to
// the shard of a stable hash of its path (owner), the same in every
// language, so that its translations render together; the content pages
// (which Hugo lists itself) belong to shard 0, which also makes
// everything that is not one page: the home pages, the sitemap, the
// datasets, the feeds, _redirects. No shard builds the search index: each
// hands its pages' entries to Merge, which does. The zero Shard is no
// sharding.
type Shard struct{ Index, Count int }

// ParseShard reads "i/n" (0 ≤ i < n).
func ParseShard(s string) (Shard, error) {
	a, b, ok := strings.Cut(s, "/")
	i, err1 := strconv.Atoi(a)
	n, err2 := strconv.Atoi(b)
	if !ok || err1 != nil || err2 != nil || n < 1 || i < 0 || i >= n {
		return Shard{}, fmt.Errorf("shard %q: want i/n with 0 ≤ i < n, such as 0/3", s)
	}
	return Shard{Index: i, Count: n}, nil
}

func (sh Shard) String() string { return fmt.Sprintf("%d/%d", sh.Index, sh.Count) }

// on says that this is a sharded build.
func (sh Shard) on() bool { return sh.Count > 0 }

// shared says that the shard makes what is not one page (see Shard).
func (sh Shard) shared() bool { return !sh.on() || sh.Index == 0 }

// owner is the shard that renders pg. From three shards up, shard 0
// renders no record page: it has the rest of the site to make.
func (sh Shard) owner(pg page.Page) int {
	if strings.HasPrefix(pg.Source, "content/") {
		return 0
	}
	h := fnv.New32a()
	h.Write([]byte(strings.ToLower(pg.Path)))
	if sh.Count < 3 {
		return int(h.Sum32() % uint32(sh.Count))
	}
	return 1 + int(h.Sum32()%uint32(sh.Count-1))
}

// owners maps the file of every page of s (its index.html, in each
// language) to the shard that renders it (owner): the one map that
// split, prune and the search entries of a shard read.
func (sh Shard) owners(s view.Site) map[string]int {
	out := map[string]int{}
	for _, ls := range s.Langs {
		for _, pg := range ls.Pages {
			out[page.Folder(ls.Lang, pg.Path)+"index.html"] = sh.owner(pg)
		}
	}
	return out
}

// split is the part of s that Hugo renders for the shard (owners is
// sh.owners(s)): its own pages with what they are rendered with
// (pagediff.Select: their translations and ancestors). No Hugo needs the
// other pages: the sitemap is the generator's (package sitemap), and the
// lists Hugo makes itself are of content pages, which shard 0 owns.
func (sh Shard) split(s view.Site, owners map[string]int) view.Site {
	return pagediff.Select(s, ownFolders(s, owners, sh.Count)[sh.Index])
}

// ownFolders lists, for each of n shards, the folders of the pages it
// owns (owners), in one walk of the pages.
func ownFolders(s view.Site, owners map[string]int, n int) [][]string {
	out := make([][]string, n)
	for _, ls := range s.Langs {
		for _, pg := range ls.Pages {
			f := page.Folder(ls.Lang, pg.Path)
			i := owners[f+"index.html"]
			out[i] = append(out[i], f)
		}
	}
	return out
}

// prune removes from the shard's rendered stage what the shard does not
// own (owners, as for split): the other shards' pages for shard 0; for
// the others, every file but their own pages' and the assets Hugo
// published for them (below assets, the top folders of site/assets: a
// stylesheet that only one page loads is published by the shard that
// renders it; Merge takes the copies that several shards publish once, as
// they are the same). A folder left empty goes too, so that moving a
// part's folders into the stage (mergeInto) brings no empty one.
func (sh Shard) prune(stage string, owners map[string]int, assets []string) error {
	return filepath.WalkDir(stage, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		rel, err := filepath.Rel(stage, p)
		rel = filepath.ToSlash(rel)
		top, _, _ := strings.Cut(rel, "/")
		owner, isPage := owners[rel]
		mine := isPage && owner == sh.Index
		keep := mine || slices.Contains(assets, top) && top != rel
		if sh.shared() && isPage && !mine || !sh.shared() && !keep {
			err = errors.Join(err, os.Remove(p))
			removeEmptyFolders(stage, filepath.Dir(p))
		}
		return err
	})
}

// removeEmptyFolders removes dir and then each folder above it below
// stage, up to the first that is not empty.
func removeEmptyFolders(stage, dir string) {
	for stage = filepath.Clean(stage); dir != stage && os.Remove(dir) == nil; dir = filepath.Dir(dir) {
	}
}

// assetFolders are the top folders of site/assets below root, where
// Hugo publishes the assets it processes.
func assetFolders(root string) ([]string, error) {
	entries, err := os.ReadDir(filepath.Join(root, "site", "assets"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	var out []string
	for _, e := range entries {
		if e.IsDir() {
			out = append(out, e.Name())
		}
	}
	return out, err
}

// shardMark is the file a shard's folder holds beside the pages, so that
// Merge can tell that it has every shard of one build, once; it is not
// merged into the site.
const shardMark = ".kit-shard.json"

// shardSearch is the file a shard's folder holds beside the pages with
// the search index's entries of its own pages (search.WriteEntries),
// which Merge indexes; it is not merged into the site.
const shardSearch = ".kit-search.jsonl"

// writeMark writes the shard's mark into its stage.
func (sh Shard) writeMark(stage string) error {
	b, err := json.Marshal(sh)
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(stage, shardMark), b, 0o644)
}

// readMark reads the mark of a shard's folder.
func readMark(dir string) (Shard, error) {
	var sh Shard
	b, err := os.ReadFile(filepath.Join(dir, shardMark))
	if err == nil {
		err = json.Unmarshal(b, &sh)
	}
	if err != nil {
		return sh, fmt.Errorf("%s is not a shard's folder (build --shard i/n): %w", dir, err)
	}
	return sh, nil
}
