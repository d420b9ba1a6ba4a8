// Package pagediff tells which pages of a site (package view) changed
// between two renders, for the live preview's quick rebuilds: a Snapshot
// digests each page's view; a later one compared with it lists the pages
// to render again, or says that all must be; Select keeps those pages of
// a site, with what Hugo renders them with.
package pagediff

import (
	"encoding/json"
	"errors"
	"hash/maphash"
	"io/fs"
	"maps"
	"path"
	"slices"
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/view"
)

// Snapshot is what a render gave Hugo, for the live preview's quick
// rebuilds: a digest of each page's view by the folder the page is
// published in ("", "ko/companies/aws/"), and one of what every page reads
// (the "data last changed" dates, the schemas). The zero value is no
// render: the next render is a full one.
type Snapshot struct {
	pages  map[string]uint64
	global uint64
	seed   maphash.Seed
	// content are the folders of the pages that Hugo lists itself: each
	// content section (a content/…/_index.md, whose template ranges over
	// .Pages), each page below one, and each content page in a folder
	// (Hugo makes up a section for a folder without _index.md, and lists
	// its pages too). A change to one of them needs a full render. A
	// top-level content page (about.md) is listed by no page but the
	// sitemap, and its translations and ancestors are rendered with it.
	content map[string]bool
	// manifest is the datasets' manifest the pages were made with, which
	// a first look reuses.
	manifest *record.Manifest
}

// Manifest is the datasets' manifest of the snapshot's site, or nil when
// there is none (no snapshot, or a nil one).
func (snap *Snapshot) Manifest() *record.Manifest {
	if snap == nil {
		return nil
	}
	return snap.manifest
}

// Of digests every page of s, a language per core, with the seed of since
// (a new one when since is the zero Snapshot), so that the two can be
// compared (ChangedSince). The home page's view is keyed by its folder
// like the others.
func Of(s view.Site, since Snapshot) (Snapshot, error) {
	seed := since.seed
	if since.pages == nil {
		seed = maphash.MakeSeed()
	}
	digests := make([]map[string]uint64, len(s.Langs))
	var g errgroup.Group
	for k, ls := range s.Langs {
		g.Go(func() (err error) { digests[k], err = digest(ls, seed); return err })
	}
	err := g.Wait()
	snap := Snapshot{pages: map[string]uint64{}, seed: seed, content: map[string]bool{}, manifest: s.Manifest}
	for _, d := range digests {
		maps.Copy(snap.pages, d)
	}
	for _, ls := range s.Langs {
		for _, p := range listedByHugo(ls.Pages) {
			snap.content[page.Folder(ls.Lang, p)] = true
		}
	}
	var gerr error
	snap.global, gerr = globalDigest(s, seed)
	return snap, errors.Join(err, gerr)
}

// digest is the digests of a language's pages and home page, by folder.
// Each view is encoded straight into the hash, never held as JSON.
func digest(ls view.Lang, seed maphash.Seed) (map[string]uint64, error) {
	out := make(map[string]uint64, len(ls.Pages)+1)
	var h maphash.Hash
	h.SetSeed(seed)
	enc := json.NewEncoder(&h)
	digest := func(folder string, v any) error {
		h.Reset()
		err := enc.Encode(v)
		out[folder] = h.Sum64()
		return err
	}
	for i := range ls.Pages {
		if err := digest(page.Folder(ls.Lang, ls.Pages[i].Path), ls.Pages[i]); err != nil {
			return nil, err
		}
	}
	return out, digest(page.Folder(ls.Lang, ""), ls.Home)
}

// globalDigest digests what every page reads: when the data last changed
// (in every language) and the schemas.
func globalDigest(s view.Site, seed maphash.Seed) (uint64, error) {
	var h maphash.Hash
	h.SetSeed(seed)
	for _, ls := range s.Langs {
		b, err := json.Marshal(ls.Updated)
		if err != nil {
			return 0, err
		}
		h.Write(b)
	}
	if s.Schemas == nil {
		return h.Sum64(), nil
	}
	err := fs.WalkDir(s.Schemas, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(s.Schemas, name)
		h.WriteString(name)
		h.Write(b)
		return err
	})
	return h.Sum64(), err
}

// listedByHugo are the paths of the content sections among pages, of the
// pages below them, and of the content pages in a folder (see
// Snapshot.content).
func listedByHugo(pages []page.Page) []string {
	sections := map[string]bool{}
	for _, pg := range pages {
		if pg.Kind == "section" && strings.HasPrefix(pg.Source, "content/") {
			sections[strings.ToLower(pg.Path)] = true
		}
	}
	var out []string
	for _, pg := range pages {
		if strings.HasPrefix(pg.Source, "content/") && strings.Contains(pg.Path, "/") {
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

// Forget drops the folders from the snapshot, as if their pages were new,
// so that the next quick render renders them whatever their view: a first
// look wrote them with views the snapshot does not describe.
func (snap Snapshot) Forget(folders []string) {
	for _, f := range folders {
		delete(snap.pages, f)
	}
}

// ChangedSince lists the folders whose pages are new or changed in snap
// and those of pages that are gone, both sorted. ok is false when no quick
// render is possible: there is no earlier snapshot, what every page reads
// changed, or a page that Hugo lists itself (Snapshot.content) changed,
// came or went.
func (snap Snapshot) ChangedSince(old Snapshot) (changed, removed []string, ok bool) {
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

// Select keeps, in each language, the pages whose folder is in changed in
// any language (a page's language switch links its translations) and
// their ancestors (Hugo renders a page below its section).
func Select(s view.Site, changed []string) view.Site {
	return SelectParts(s, [][]string{changed}).Site(0)
}

// Parts is Select for several parts of one site (a build in parts): which
// pages each part keeps, found in one walk of the pages, so that the cost
// grows with the pages and not with pages × parts.
type Parts struct {
	site view.Site
	keep [][][]int32 // part, language: the indexes of the pages kept, in order
}

// SelectParts selects, for each of parts (each a list of folders, as
// Select's changed), the pages Select would keep.
func SelectParts(s view.Site, parts [][]string) *Parts {
	paths := make([][]string, len(parts))
	for i, folders := range parts {
		for _, f := range folders {
			paths[i] = append(paths[i], pathOf(f))
		}
	}
	ps := &Parts{site: s, keep: make([][][]int32, len(parts))}
	for i := range parts {
		ps.keep[i] = make([][]int32, len(s.Langs))
	}
	for l, ls := range s.Langs {
		lower := make([]string, len(ls.Pages))
		for j, pg := range ls.Pages {
			lower[j] = strings.ToLower(pg.Path)
		}
		want := wantedBy(lower, paths)
		for j, p := range lower {
			for _, i := range want[p] {
				ps.keep[i][l] = append(ps.keep[i][l], int32(j))
			}
		}
	}
	return ps
}

// wantedBy maps each path to the parts that keep it: those that name a
// page of the language (one of pages) at the path or below it.
func wantedBy(pages []string, paths [][]string) map[string][]int {
	exists := make(map[string]bool, len(pages))
	for _, p := range pages {
		exists[p] = true
	}
	want := map[string][]int{}
	for i, ps := range paths {
		for _, p := range ps {
			if !exists[p] {
				continue
			}
			for a := p; a != "." && a != ""; a = path.Dir(a) {
				// Parts come in order, so a part already listed is last.
				if w := want[a]; len(w) == 0 || w[len(w)-1] != i {
					want[a] = append(w, i)
				}
			}
		}
	}
	return want
}

// Site is part i's site: every language, with only the pages it keeps
// (never nil: Hugo reads [] in pages.json, not null).
func (ps *Parts) Site(i int) view.Site {
	out := ps.site
	out.Langs = slices.Clone(ps.site.Langs)
	for l := range out.Langs {
		kept := make([]page.Page, 0, len(ps.keep[i][l]))
		for _, j := range ps.keep[i][l] {
			kept = append(kept, ps.site.Langs[l].Pages[j])
		}
		out.Langs[l].Pages = kept
	}
	return out
}

// pathOf is the lower-cased page path of a folder: "ko/companies/aws/" is
// "companies/aws"; a home folder is "".
func pathOf(folder string) string {
	p := strings.TrimSuffix(folder, "/")
	for _, lang := range record.Languages()[1:] {
		if p == lang {
			return ""
		}
		if rest, ok := strings.CutPrefix(p, lang+"/"); ok {
			return rest
		}
	}
	return p
}
