package hugo

import (
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/korea-investment-tracker/kit/schema"
)

// Snapshot is what a render gave Hugo: a digest of each page's input by
// the folder the page is published in ("", "ko/companies/aws/"), and one
// of what every page reads (the "data last changed" dates, the schemas).
// The zero value is no render: the next render is a full one.
type Snapshot struct {
	pages  map[string]uint64
	global uint64
	seed   maphash.Seed
	// content are the folders of the pages that Hugo lists itself: each
	// content section (a content/…/_index.md, whose template ranges over
	// .Pages), each page below one, and each content page in a folder
	// (Hugo makes up a section for a folder without _index.md, and lists
	// its pages too). A change to one of them is rendered in full. A
	// top-level content page (about.md, methodology.md) is listed by no
	// page but the sitemap, and its translations and ancestors are rendered
	// with it, so it is quick.
	content map[string]bool
	// manifest is the dataset manifest of the site, which the first look
	// reads rather than parse its file again (7 MB at 100k commitments).
	manifest manifest
}

// datasets is the site's dataset manifest, or nil when not known.
func (s *Snapshot) datasets() manifest {
	if s == nil {
		return nil
	}
	return s.manifest
}

// Result says what Render did.
type Result struct {
	// Quick is set when Hugo rendered only the pages whose input changed
	// since Config.Since: their folders below Dest are in Rendered, and
	// the folders of pages that no longer exist in Removed. Nothing else
	// in Dest comes from Hugo then: the caller keeps the rest of the
	// previous site.
	Quick             bool
	Rendered, Removed []string
}

// snapshot encodes every page of s and digests it, a language per core.
// The home page's input is its view (home.json); it is keyed by its
// folder like the others.
func snapshot(s site, seed maphash.Seed) (Snapshot, error) {
	digests := make([]map[string]uint64, len(s))
	errs := make([]error, len(s))
	var wg sync.WaitGroup
	for k, ls := range s {
		wg.Go(func() { digests[k], errs[k] = ls.digests(seed) })
	}
	wg.Wait()
	snap := Snapshot{pages: map[string]uint64{}, seed: seed, content: map[string]bool{}}
	for _, d := range digests {
		maps.Copy(snap.pages, d)
	}
	for _, ls := range s {
		for _, p := range listedByHugo(ls.pages) {
			snap.content[folderOf(ls.lang, p)] = true
		}
	}
	var err error
	snap.global, err = globalDigest(s, seed)
	return snap, errors.Join(append(errs, err)...)
}

// digests are the digests of a language's pages and home page, by folder.
// Each view is encoded straight into the hash, not into a buffer first: at
// 10k commitments that is 90 MB of JSON per rebuild.
func (ls langSite) digests(seed maphash.Seed) (map[string]uint64, error) {
	out := make(map[string]uint64, len(ls.pages)+1)
	var h maphash.Hash
	h.SetSeed(seed)
	enc := json.NewEncoder(&h)
	digest := func(folder string, v any) error {
		h.Reset()
		err := enc.Encode(v)
		out[folder] = h.Sum64()
		return err
	}
	for i := range ls.pages {
		if err := digest(folderOf(ls.lang, ls.pages[i].Path), ls.pages[i]); err != nil {
			return nil, err
		}
	}
	return out, digest(folderOf(ls.lang, ""), ls.home)
}

// globalDigest digests what every page reads: when the data last changed
// (in every language) and the schemas.
func globalDigest(s site, seed maphash.Seed) (uint64, error) {
	var h maphash.Hash
	h.SetSeed(seed)
	for _, ls := range s {
		b, err := json.Marshal(ls.updated)
		if err != nil {
			return 0, err
		}
		h.Write(b)
	}
	err := fs.WalkDir(schema.Files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(schema.Files, name)
		h.WriteString(name)
		h.Write(b)
		return err
	})
	return h.Sum64(), err
}

// folderOf is the folder below the site root where Hugo publishes the page
// at path p in lang: Hugo lower-cases paths, and English is at the root.
func folderOf(lang, p string) string {
	dir := ""
	if lang != languages[0] {
		dir = lang + "/"
	}
	if p == "" {
		return dir
	}
	return dir + strings.ToLower(p) + "/"
}

// listedByHugo are the paths of the content sections among pages, of the
// pages below them, and of the content pages in a folder (see
// Snapshot.content).
func listedByHugo(pages []page) []string {
	sections := map[string]bool{}
	for _, pg := range pages {
		if pg.Kind == "section" && strings.HasPrefix(pg.source, "content/") {
			sections[strings.ToLower(pg.Path)] = true
		}
	}
	var out []string
	for _, pg := range pages {
		if strings.HasPrefix(pg.source, "content/") && strings.Contains(pg.Path, "/") {
			out = append(out, pg.Path)
			continue
		}
		for a := strings.ToLower(pg.Path); ; a = path.Dir(a) {
			if a == "." {
				a = ""
			}
			if sections[a] {
				out = append(out, pg.Path)
				break
			}
			if a == "" {
				break
			}
		}
	}
	return out
}

// forget drops the folders from the snapshot, as if their pages were new:
// the next quick render renders them whatever their input.
func (snap Snapshot) forget(folders []string) {
	for _, f := range folders {
		delete(snap.pages, f)
	}
}

// changedSince lists the folders whose pages are new or changed in snap
// and those of pages that are gone, both sorted. ok is false when no
// quick render is possible: there is no earlier snapshot, what every page
// reads changed, or a page that Hugo lists itself (Snapshot.content)
// changed, came or went.
func (snap Snapshot) changedSince(old Snapshot) (changed, removed []string, ok bool) {
	if old.pages == nil || old.global != snap.global || old.seed != snap.seed {
		return nil, nil, false
	}
	for f, d := range snap.pages {
		if od, had := old.pages[f]; !had || od != d {
			changed = append(changed, f)
		}
	}
	for f := range old.pages {
		if _, has := snap.pages[f]; !has {
			removed = append(removed, f)
		}
	}
	for _, f := range slices.Concat(changed, removed) {
		if snap.content[f] || old.content[f] {
			return nil, nil, false
		}
	}
	slices.Sort(changed)
	slices.Sort(removed)
	return changed, removed, true
}

// selectPages keeps, in each language, the pages whose path changed in
// any language (so that each keeps its translations, which its language
// switch links) and their ancestors (so that Hugo renders them below their
// real sections, as in a full build). The home page is always rendered.
func selectPages(s site, changed []string) site {
	paths := map[string]bool{}
	for _, f := range changed {
		paths[pathOf(f)] = true
	}
	out := make(site, len(s))
	for i, ls := range s {
		want := map[string]bool{}
		for _, pg := range ls.pages {
			if p := strings.ToLower(pg.Path); paths[p] {
				for a := p; a != "." && a != ""; a = path.Dir(a) {
					want[a] = true
				}
			}
		}
		out[i] = ls
		out[i].pages = slices.DeleteFunc(slices.Clone(ls.pages), func(pg page) bool { return !want[strings.ToLower(pg.Path)] })
	}
	return out
}

// pathOf is the lower-cased page path of a folder: "ko/companies/aws/" is
// "companies/aws"; a home folder is "".
func pathOf(folder string) string {
	p := strings.TrimSuffix(folder, "/")
	for _, lang := range languages[1:] {
		if p == lang {
			return ""
		}
		if rest, ok := strings.CutPrefix(p, lang+"/"); ok {
			return rest
		}
	}
	return p
}

// errIncomplete is a quick render that missed a page; Render then renders all.
var errIncomplete = errors.New("quick render incomplete")

// moveRendered moves the page Hugo wrote for each changed folder (its
// index.html; Hugo writes no other file for a page, and at a home folder
// the others are the site's, such as the sitemap, which a quick render
// would get wrong) from the quick render's destination into dest. A page
// missing there means the quick render did not render it: an error, so
// that Render renders everything instead (a first look leaves it to the
// rebuild that follows).
func moveRendered(from, dest string, changed []string) error {
	for _, f := range changed {
		name := filepath.Join(filepath.FromSlash(f), "index.html")
		if _, err := os.Stat(filepath.Join(from, name)); err != nil {
			return fmt.Errorf("%w: Hugo wrote no %sindex.html", errIncomplete, f)
		}
		if err := os.MkdirAll(filepath.Join(dest, filepath.FromSlash(f)), 0o755); err != nil {
			return err
		}
		if err := os.Rename(filepath.Join(from, name), filepath.Join(dest, name)); err != nil {
			return err
		}
	}
	return nil
}
