package sitetest

import (
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/thorough"
	"github.com/korea-investment-tracker/kit/generator/record"
)

var (
	hrefRE = regexp.MustCompile(`\s(?:href|src)="([^"]*)"`)
	idRE   = regexp.MustCompile(`\sid="([^"]*)"`)
)

// htmlFiles lists the built pages below dir, as slash paths.
func htmlFiles(t *testing.T, dir string) []string {
	t.Helper()
	var out []string
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err == nil && !d.IsDir() && strings.HasSuffix(p, ".html") {
			rel, _ := filepath.Rel(dir, p)
			out = append(out, filepath.ToSlash(rel))
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// isTemplatePage reports whether the page at p (below the site) is the
// page of one of templates, in either language: outside CI (thorough.On)
// html-validate reads only these, one of each kind.
func isTemplatePage(p string) bool {
	for _, tpl := range templates {
		page := strings.TrimPrefix(tpl.path, "/") + "index.html"
		if p == page || p == "ko/"+page {
			return true
		}
	}
	return p == "404.html"
}

// TestLinks checks every internal link and fragment of the built site
// against the files, and that no page loads anything from another host.
func TestLinks(t *testing.T) {
	dir := buildSeed(t)
	pages := htmlFiles(t, dir)
	// Without npm's sql.js-httpvfs the build warns and publishes the query
	// page without its engine, which the page says; its script is absent.
	_, err := os.Stat(filepath.Join("..", "..", ".ci", "node_modules", "sql.js-httpvfs"))
	noEngine := err != nil
	ids := map[string]map[string]bool{}
	bodies := map[string]string{}
	for _, p := range pages {
		b, err := os.ReadFile(filepath.Join(dir, p))
		if err != nil {
			t.Fatal(err)
		}
		bodies[p] = string(b)
		ids[p] = map[string]bool{}
		for _, m := range idRE.FindAllStringSubmatch(string(b), -1) {
			ids[p][m[1]] = true
		}
	}
	for _, p := range pages {
		for _, m := range hrefRE.FindAllStringSubmatch(bodies[p], -1) {
			link := strings.ReplaceAll(m[1], "&amp;", "&")
			switch {
			case strings.HasPrefix(link, "http://127.0.0.1/"):
				link = strings.TrimPrefix(link, "http://127.0.0.1")
			case strings.HasPrefix(link, "https://"), strings.HasPrefix(link, "http://"):
				if strings.Contains(m[0], "src=") || strings.Contains(bodies[p], `<link rel="stylesheet" href="`+m[1]) {
					t.Errorf("%s loads %s from another host", p, link)
				}
				continue
			}
			target, frag, _ := strings.Cut(link, "#")
			target, _, _ = strings.Cut(target, "?") // a filtered view is its page's file
			if target == "" {
				target = "/" + p
			}
			if !strings.HasPrefix(target, "/") {
				t.Errorf("%s: relative link %q", p, link)
				continue
			}
			file := strings.TrimPrefix(target, "/")
			if noEngine && strings.HasPrefix(file, record.EngineFolder+"/") {
				continue
			}
			if file == "" || strings.HasSuffix(file, "/") {
				file += "index.html"
			}
			if _, err := os.Stat(filepath.Join(dir, filepath.FromSlash(file))); err != nil {
				t.Errorf("%s: broken link %q", p, link)
				continue
			}
			if frag != "" && !ids[file][frag] {
				t.Errorf("%s: link %q: no id %q in %s", p, link, frag, file)
			}
		}
	}
}

// TestHTMLValid runs html-validate (from .ci/node_modules) over every page.
func TestHTMLValid(t *testing.T) {
	t.Parallel()
	bin := needNodeModule(t, ".bin/html-validate")
	dir := buildSeed(t)
	conf := filepath.Join(t.TempDir(), "htmlvalidate.json")
	// The standard rules (the recommended ones without matters of source
	// style such as doctype case and trailing whitespace); "long-title" limits
	// <title> to 70 characters, which commitment titles exceed.
	rules := `{"extends": ["html-validate:standard"], "rules": {"long-title": "off"}}`
	if err := os.WriteFile(conf, []byte(rules), 0o644); err != nil {
		t.Fatal(err)
	}
	args := []string{"--config", conf}
	for _, p := range htmlFiles(t, dir) {
		if thorough.On() || isTemplatePage(p) {
			args = append(args, filepath.Join(dir, p))
		}
	}
	out, err := exec.Command(bin, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("html-validate: %v\n%s", err, out)
	}
}
