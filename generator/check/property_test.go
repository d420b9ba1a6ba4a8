package check_test

import (
	"fmt"
	"math/rand/v2"
	"path"
	"regexp"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// The property: check exits 0 exactly when every record and every page of
// content/ has a place of its own on the site, in both languages, as the
// URL mapping (record.RecordURL, record.ProfileOf, record.PageURL and
// record.Reserved) places them. Repositories come from a generator of
// record ids and page names that mixes the tricky ones: case variants,
// spaces, dots, Unicode, language suffixes, content/ko/, the site's own
// names, names equal to record ids.

var (
	// recordIDs are slugs, some equal to the site's own names.
	recordIDs = []string{"aws", "acme", "about", "data", "ko", "en", "search", "robots", "guides", "x1", "kr-26", "404"}
	// pageNames are the last part of a page's path, without ".md".
	pageNames = []string{"about", "About", "ABOUT", "about us", "about-us", "about_us", "aws", "AWS", "acme", "guides",
		"data", "Data", "search", "ko", "en", "robots", "robots.txt", "sitemap.xml", "_redirects", "favicon.svg", "404",
		"index", "_index", "index.xml", "css", "js", "pagefind", "schema", "소개", "Über", "naïve", "v1.2", "x y",
		"x  y", "x-y", "tab\t", "q?", "kr-26", "KR-26", "companies", "investments", "regions", "years", "x1"}
	// pageFolders are where a page is below content/.
	pageFolders = []string{"", "", "", "", "", "guides/", "guides/", "Guides/", "guides/sub/", "companies/", "companies/",
		"investments/", "regions/", "ko/", "en/", "data/", "about/"}
	langSuffixes = []string{"", "", "", ".ko", ".ko", ".en"}
)

// repo is a generated repository: record ids and page paths below content/.
type repo struct {
	companies, investments []string
	pages                  []string
}

// genRepo makes a repository of a few records and pages from r.
func genRepo(r *rand.Rand) repo {
	var g repo
	for _, id := range recordIDs {
		if r.IntN(3) == 0 {
			g.companies = append(g.companies, id)
		}
		if r.IntN(4) == 0 {
			g.investments = append(g.investments, id)
		}
	}
	if len(g.investments) > 0 && len(g.companies) == 0 {
		g.companies = []string{"acme"}
	}
	seen := map[string]bool{}
	for range 1 + r.IntN(4) {
		name, suffix := genPage(r), pick(r, langSuffixes)
		for _, p := range []string{name + suffix + ".md", name + ".md"} {
			if !seen[p] {
				seen[p] = true
				g.pages = append(g.pages, p)
			}
			if suffix != ".ko" || r.IntN(4) == 0 {
				break // most translations come with their English page
			}
		}
	}
	return g
}

// genPage makes a page's path without its language and ".md": a page
// named as published, a profile, or anything at all.
func genPage(r *rand.Rand) string {
	switch r.IntN(5) {
	case 0, 1:
		return pick(r, []string{"", "", "guides/"}) + pick(r, []string{"aws", "acme", "about", "data", "guides"}) + pick(r, []string{"", "-us", "/_index"})
	case 2:
		return pick(r, []string{"companies/" + pick(r, recordIDs), "regions/KR-26", "regions/KR-11"})
	}
	return pick(r, pageFolders) + pick(r, pageNames)
}

func pick(r *rand.Rand, from []string) string { return from[r.IntN(len(from))] }

// files writes the repository: valid records, each naming its own id in
// its name and title so that its page can be recognised, and pages whose
// title names their file; a profile names the record its path says.
func (g repo) files() map[string]string {
	out := map[string]string{"data/regions/KR-26.json": region}
	for _, id := range g.companies {
		out["data/companies/"+id+".json"] = fmt.Sprintf(`{"id": %q, "name": "Company %s", "synthetic": true, "sources": [{"title": "Synthetic"}]}`, id, id)
	}
	for _, id := range g.investments {
		out["data/investments/"+id+".json"] = fmt.Sprintf(`{"id": %q, "company": %q, "title": "Commitment %s", "kind": "greenfield",
  "status": "announced", "scope": "korea", "synthetic": true, "sources": [{"title": "Synthetic"}]}`, id, g.companies[0], id)
	}
	for _, p := range g.pages {
		front := fmt.Sprintf("title: %q\n", "Page "+p)
		if kind, id, ok := record.ProfileOf(p); ok {
			front += map[string]string{record.CompanyKind: "company", record.RegionKind: "region"}[kind] + ": " + fmt.Sprintf("%q", id) + "\n"
		}
		out["content/"+p] = "---\n" + front + "---\nText.\n"
	}
	return out
}

func (g repo) fs() fstest.MapFS {
	fsys := fstest.MapFS{}
	for name, data := range g.files() {
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

var slugPart = regexp.MustCompile(`^[a-z0-9]+(-[a-z0-9]+)*$`)

// problems places g's records and pages as the site publishes them, one
// language at a time, and lists what has no place of its own: the
// independent account that check's verdict is compared with.
func (g repo) problems() []string {
	var out []string
	records := map[string]bool{}
	for _, id := range g.companies {
		records[record.CompanyKind+"/"+id] = true
	}
	records[record.RegionKind+"/KR-26"] = true
	for _, lang := range []string{"en", "ko"} {
		out = append(out, g.placeIn(lang, records)...)
	}
	for _, p := range g.pages {
		if _, _, ok := record.ProfileOf(p); !ok && !named(p) {
			out = append(out, p+": not named as published")
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// placeIn places the pages published in lang: a profile on its record's
// page; any other page in lang, or in English where it has no version in
// lang, at its URL.
func (g repo) placeIn(lang string, records map[string]bool) []string {
	var out []string
	owner := map[string]string{} // URL -> the page's base that has it
	files := map[string]string{} // base and language -> file
	published := map[string]string{}
	for _, p := range g.pages {
		base, l := record.PageLang(p)
		key := l + ":" + base
		if kind, id, ok := record.ProfileOf(p); ok {
			key = l + ":" + kind + "/" + id
			if !records[kind+"/"+id] {
				out = append(out, p+": profiles no record")
			}
		}
		if prev, dup := files[key]; dup {
			out = append(out, p+": a second version of "+prev)
		}
		files[key] = p
		if _, _, ok := record.ProfileOf(p); ok || (l != lang && l != record.DefaultLang) {
			continue
		}
		if _, has := published[base]; !has || l == lang {
			published[base] = p
		}
	}
	for _, p := range g.pages {
		base, _ := record.PageLang(p)
		if _, _, profile := record.ProfileOf(p); !profile && lang == record.DefaultLang && published[base] == "" {
			out = append(out, p+": not published in English")
		}
	}
	for base, p := range published {
		u := record.PageURL(p)
		if record.Reserved(u) != record.NotReserved {
			out = append(out, p+": at the site's own /"+u)
		}
		if prev, taken := owner[u]; taken {
			out = append(out, p+": at the URL of "+prev)
		}
		owner[u] = base
	}
	for base, p := range published {
		u := record.PageURL(p)
		for _, q := range published {
			if q != p && strings.HasPrefix(record.PageURL(q), u) && !record.IsSection(p) {
				out = append(out, base+": a page at a folder of pages")
			}
		}
	}
	return out
}

// named says whether a page's path is its URL: slugs, but for a folder's
// _index.md or index.md.
func named(p string) bool {
	base, _ := record.PageLang(p)
	dir, name := path.Split(strings.TrimSuffix(base, ".md"))
	for _, part := range strings.Split(strings.TrimSuffix(dir, "/"), "/") {
		if part != "" && !slugPart.MatchString(part) {
			return false
		}
	}
	return slugPart.MatchString(name) || ((name == "_index" || name == "index") && dir != "")
}

// TestCheckPlacesEverything: over many generated repositories, check
// refuses one exactly when something in it has no place of its own, and
// then says so on a page of content/ (records are valid); refusals and
// acceptances both occur, and so does every kind of refusal.
func TestCheckPlacesEverything(t *testing.T) {
	r := rand.New(rand.NewPCG(17, 19))
	c, err := check.New()
	if err != nil {
		t.Fatal(err)
	}
	var accepted, refused int
	ids := map[string]int{}
	for n := range 1000 {
		g := genRepo(r)
		_, errs := checkWith(t, c, g.fs())
		problems := g.problems()
		if (errs.Err() == nil) != (len(problems) == 0) {
			t.Fatalf("repository %d, pages %q, companies %q:\ncheck says\n%v\nthe URL mapping says\n%s", n, g.pages, g.companies, errs, strings.Join(problems, "\n"))
		}
		if errs.Err() == nil {
			accepted++
			continue
		}
		refused++
		for _, e := range errs {
			if !strings.HasPrefix(e.Pos.File, "content/") {
				t.Fatalf("repository %d, pages %q: a problem outside content/: %v", n, g.pages, e)
			}
			if id, ok := e.Text.(interface{ ID() string }); ok {
				ids[id.ID()]++
			}
		}
	}
	t.Logf("%d accepted, %d refused; messages %v", accepted, refused, ids)
	if accepted < 100 || refused < 100 {
		t.Errorf("%d accepted, %d refused: the generator should make plenty of both", accepted, refused)
	}
	for _, id := range []string{"page-language-folder", "page-home", "page-record", "page-section", "page-section-root", "page-file",
		"page-collides", "page-twice", "page-folder", "page-name", "page-name-bare", "profile-twice", "no-such"} {
		if ids[id] == 0 {
			t.Errorf("no generated repository was refused with %s", id)
		}
	}
}
