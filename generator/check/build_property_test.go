package check_test

import (
	"context"
	"encoding/json"
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// repoRoot is the repository this test runs in.
func repoRoot(t *testing.T) string {
	t.Helper()
	root, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return root
}

// writeRepo writes g into a new folder that shares the repository's
// site/, schema/ and tools/, and returns it.
func writeRepo(t *testing.T, g repo) string {
	t.Helper()
	root := t.TempDir()
	for _, name := range []string{"site", "schema", "tools", "go.mod", "go.sum"} {
		if err := os.Symlink(filepath.Join(repoRoot(t), name), filepath.Join(root, name)); err != nil {
			t.Fatal(err)
		}
	}
	for name, data := range g.files() {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// TestBuildAgreesWithCheck: for generated repositories, build refuses
// what check refuses, with the same problems as an *InvalidError; and
// where check says ok, build succeeds and every record's page, in both
// languages, is that record's, and every page is at its URL.
func TestBuildAgreesWithCheck(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	c, err := check.New()
	if err != nil {
		t.Fatal(err)
	}
	bin, err := hugo.Locate(context.Background(), repoRoot(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	r := rand.New(rand.NewPCG(23, 29))
	var built, refused int
	for built < 5 || refused < 20 {
		g := genRepo(r)
		_, errs := checkWith(t, c, g.fs())
		switch {
		case errs.Err() != nil && refused < 20:
			refused++
			buildRefuses(t, g, errs)
		case errs.Err() == nil && built < 5 && len(g.pages) >= 2:
			built++
			buildPlaces(t, g, bin)
		}
	}
}

// buildRefuses builds g, which check refused with errs.
func buildRefuses(t *testing.T, g repo, errs record.ErrorList) {
	t.Helper()
	_, err := build.Run(context.Background(), build.Options{Root: writeRepo(t, g)})
	var invalid *build.InvalidError
	if !errors.As(err, &invalid) || invalid.Errors.Error() != errs.Error() {
		t.Errorf("pages %q: build says\n%v\ncheck says\n%v", g.pages, err, errs)
	}
}

// buildPlaces builds g, which check accepted, and looks for each record
// and page where the URL mapping places it, with the pinned Hugo binary.
func buildPlaces(t *testing.T, g repo, hugoBinary string) {
	t.Helper()
	t.Logf("building pages %q, companies %q, commitments %q", g.pages, g.companies, g.investments)
	root := writeRepo(t, g)
	if _, err := build.Run(context.Background(), build.Options{Root: root, HugoBinary: hugoBinary}); err != nil {
		t.Fatalf("pages %q, companies %q: check says ok, build says %v", g.pages, g.companies, err)
	}
	public := filepath.Join(root, "public")
	for _, lang := range []string{"", "ko/"} {
		for _, id := range g.companies {
			titled(t, public, lang+record.RecordURL(record.CompanyKind, id), "Company "+id)
		}
		for _, id := range g.investments {
			titled(t, public, lang+record.RecordURL(record.InvestmentKind, id), "Commitment "+id)
		}
		for _, p := range g.pages {
			if _, _, profile := record.ProfileOf(p); !profile {
				titled(t, public, lang+record.PageURL(p), "Page "+versionIn(g.pages, p, lang))
			}
		}
	}
	ownNames(t, public, g)
}

// versionIn is the file of p's page that is shown in a language: its
// version in it, or else the English one.
func versionIn(pages []string, p, lang string) string {
	base, _ := record.PageLang(p)
	want := map[string]string{"": record.DefaultLang, "ko/": "ko"}[lang]
	found := ""
	for _, q := range pages {
		if b, l := record.PageLang(q); b == base && (l == want || found == "" && l == record.DefaultLang) {
			found = q
		}
	}
	return found
}

// titled says whether the page at url has title as its own.
func titled(t *testing.T, public, url, title string) {
	t.Helper()
	if title == "Page " {
		return // a Korean-only page has no English version
	}
	b, err := os.ReadFile(filepath.Join(public, filepath.FromSlash(url), "index.html"))
	if err != nil {
		t.Errorf("/%s: %v", url, err)
		return
	}
	if !strings.Contains(string(b), "<title>"+title+" · ") {
		t.Errorf("/%s is not the page of %q", url, title)
	}
}

// ownNames: everything at the top of the built site is a name the site
// keeps for itself (record.Reserved) or a page's URL.
func ownNames(t *testing.T, public string, g repo) {
	t.Helper()
	pages := map[string]bool{}
	for _, p := range g.pages {
		first, _, _ := strings.Cut(record.PageURL(p), "/")
		pages[first] = true
	}
	entries, err := os.ReadDir(public)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if record.Reserved(e.Name()+"/") == record.NotReserved && !pages[e.Name()] {
			t.Errorf("the build wrote public/%s, which record.Reserved does not keep", e.Name())
		}
	}
}

// TestPageURLIsHugos: record.PageURL places pages where the pinned Hugo
// writes pages that a content adapter adds at those paths.
func TestPageURLIsHugos(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	// The files' paths below content/, without ".md"; "/_index" makes a
	// folder's page, which Hugo names as a whole, not as folder and name.
	names := []string{"Methodology", "aws ulsan ai data hub", "a  b", "a\tb", "tab\t", "x/\ty", "x /y", "a?b",
		"a%20b", "a%zzb", "a#b", "a+b~c@d_e", "robots.txt", "a.b.c", "Über", "소개", "ǅx", "İstanbul", "x/a.b",
		"q'r(s),t", "\tx/y", "d/\te/f", "\tp", "\tsec/_index", "s2/\tsub/_index", "Sec Tion/_index"}
	dir := t.TempDir()
	var pages []map[string]any
	urls := map[string]string{}
	for n, name := range names {
		u := record.PageURL(name + ".md")
		if prev, dup := urls[u]; dup {
			t.Fatalf("%q and %q are both at %q: pick names at different URLs", prev, name, u)
		}
		urls[u] = name
		p, kind := name, "page"
		if dir, ok := strings.CutSuffix(name, "/_index"); ok {
			p, kind = dir, "section"
		}
		pages = append(pages, map[string]any{"path": p, "kind": kind, "title": "x", "params": map[string]any{"n": n}})
	}
	b, _ := json.Marshal(pages)
	write(t, dir, "data/pages.json", string(b))
	write(t, dir, "hugo.toml", "baseURL = \"https://example.org/\"\ndisableKinds = [\"taxonomy\", \"term\", \"rss\", \"sitemap\", \"robotsTXT\"]\n")
	write(t, dir, "content/_content.gotmpl", `{{ range site.Data.pages }}{{ $.AddPage . }}{{ end }}`)
	write(t, dir, "layouts/single.html", "{{ .Params.n }}")
	write(t, dir, "layouts/list.html", "{{ .Params.n }}")
	bin, err := hugo.Locate(context.Background(), repoRoot(t), nil)
	if err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "--source", dir, "--quiet").CombinedOutput(); err != nil {
		t.Fatalf("hugo: %v\n%s", err, out)
	}
	for n, name := range names {
		got, err := os.ReadFile(filepath.Join(dir, "public", filepath.FromSlash(record.PageURL(name+".md")), "index.html"))
		if err != nil || strings.TrimSpace(string(got)) != strconv.Itoa(n) {
			t.Errorf("Hugo did not write %q at %q (%v, %q)", name, record.PageURL(name+".md"), err, got)
		}
	}
}

func write(t *testing.T, dir, name, data string) {
	t.Helper()
	p := filepath.Join(dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
}
