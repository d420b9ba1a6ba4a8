package sitemap

import (
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/view"
)

// TestWrite: every page in each of its languages, the home pages first,
// each with the languages it is in as alternates; a page in one language
// has one; paths are lower-cased as Hugo publishes them and escaped.
func TestWrite(t *testing.T) {
	en := []page.Page{{Path: "companies/AWS"}, {Path: "about"}, {Path: "search?q=a&b"}}
	ko := []page.Page{{Path: "companies/AWS"}}
	s := view.Site{BaseURL: "https://example.org/", Langs: []view.Lang{{Lang: "en", Pages: en}, {Lang: "ko", Pages: ko}}}
	var b strings.Builder
	if err := write(&b, s); err != nil {
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
	if got := b.String(); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
