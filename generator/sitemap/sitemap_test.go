package sitemap

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/view"
)

// site has three English pages and one Korean: six URLs with the homes.
func site() view.Site {
	en := []page.Page{{Path: "companies/AWS"}, {Path: "about"}, {Path: "search?q=a&b"}}
	ko := []page.Page{{Path: "companies/AWS"}}
	return view.Site{BaseURL: "https://example.org/", Langs: []view.Lang{{Lang: "en", Pages: en}, {Lang: "ko", Pages: ko}}}
}

// TestWrite: every page in each of its languages, the home pages first,
// each with the languages it is in as alternates; a page in one language
// has one; paths are lower-cased as Hugo publishes them and escaped.
func TestWrite(t *testing.T) {
	dir := t.TempDir()
	if err := Write(dir, site()); err != nil {
		t.Fatal(err)
	}
	want := `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">
  <url>
    <loc>https://example.org/</loc>
    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/"/>
    <xhtml:link rel="alternate" hreflang="ko" href="https://example.org/ko/"/>
  </url>
  <url>
    <loc>https://example.org/companies/aws/</loc>
    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/companies/aws/"/>
    <xhtml:link rel="alternate" hreflang="ko" href="https://example.org/ko/companies/aws/"/>
  </url>
  <url>
    <loc>https://example.org/about/</loc>
    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/about/"/>
  </url>
  <url>
    <loc>https://example.org/search?q=a&amp;b/</loc>
    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/search?q=a&amp;b/"/>
  </url>
  <url>
    <loc>https://example.org/ko/</loc>
    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/"/>
    <xhtml:link rel="alternate" hreflang="ko" href="https://example.org/ko/"/>
  </url>
  <url>
    <loc>https://example.org/ko/companies/aws/</loc>
    <xhtml:link rel="alternate" hreflang="en" href="https://example.org/companies/aws/"/>
    <xhtml:link rel="alternate" hreflang="ko" href="https://example.org/ko/companies/aws/"/>
  </url>
</urlset>
`
	if got := read(t, dir, "sitemap.xml"); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}

// TestWriteParts: more URLs than one sitemap may list make sitemap.xml an
// index of parts, which list every URL once, in order, at most max each.
func TestWriteParts(t *testing.T) {
	dir := t.TempDir()
	if err := write(dir, site(), 4); err != nil {
		t.Fatal(err)
	}
	want := `<?xml version="1.0" encoding="utf-8" standalone="yes"?>
<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
  <sitemap>
    <loc>https://example.org/sitemap-1.xml</loc>
  </sitemap>
  <sitemap>
    <loc>https://example.org/sitemap-2.xml</loc>
  </sitemap>
</sitemapindex>
`
	if got := read(t, dir, "sitemap.xml"); got != want {
		t.Errorf("index: got\n%s\nwant\n%s", got, want)
	}
	for _, tt := range []struct {
		name string
		locs int
		last string
	}{
		{"sitemap-1.xml", 4, "https://example.org/search?q=a&amp;b/"},
		{"sitemap-2.xml", 2, "https://example.org/ko/companies/aws/"},
	} {
		got := read(t, dir, tt.name)
		locs := strings.Split(got, "<loc>")[1:]
		if len(locs) != tt.locs || !strings.HasPrefix(locs[len(locs)-1], tt.last+"</loc>") {
			t.Errorf("%s: %d URLs, want %d ending with %s:\n%s", tt.name, len(locs), tt.locs, tt.last, got)
		}
	}
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// TestWriteRemovesStaleParts: a sitemap written over a larger one (the
// live preview's site, after records went) leaves none of its parts.
func TestWriteRemovesStaleParts(t *testing.T) {
	tests := []struct {
		name string
		max  int
		want []string
	}{
		{"fewer parts", 4, []string{"sitemap-1.xml", "sitemap-2.xml", "sitemap.xml"}},
		{"one sitemap", 50, []string{"sitemap.xml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := write(dir, site(), 1); err != nil {
				t.Fatal(err)
			}
			if err := write(dir, site(), tt.max); err != nil {
				t.Fatal(err)
			}
			var got []string
			files, err := os.ReadDir(dir)
			if err != nil {
				t.Fatal(err)
			}
			for _, f := range files {
				got = append(got, f.Name())
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("files %q, want %q", got, tt.want)
			}
		})
	}
}
