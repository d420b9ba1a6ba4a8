package search

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
)

func TestEntries(t *testing.T) {
	recs := []*page.SearchRecord{
		{URL: "/ko/regions/kr-31/", Lang: "ko", Title: "울산광역시", Subtitle: "Ulsan", Kind: "지역", Amount: "40억 달러",
			Filters: map[string][]string{"kind": {"지역"}, "region": {"울산광역시"}}},
		{URL: "/investments/x/", Lang: "en", Title: "A <b>plant</b> & more", Keys: "aws Amazon", Kind: "Commitment",
			AmountUSD: "4000000000", Text: []string{"Status: Announced", " "}},
	}
	got := Entries(recs)
	if urls := []string{got[0].URL, got[1].URL}; !slices.Equal(urls, []string{"/investments/x/", "/ko/regions/kr-31/"}) {
		t.Fatalf("entries in order %q; want by URL", urls)
	}
	for _, tt := range []struct {
		name, html string
		want       []string
	}{
		{"commitment", got[0].HTML, []string{`<html lang="en">`, `<h1>A &lt;b&gt;plant&lt;/b&gt; &amp; more</h1>`,
			`<p data-pagefind-weight="7">aws Amazon</p>`, `<p>Status: Announced</p><div`, `data-pagefind-sort="amount">4000000000<`,
			`<div data-pagefind-ignore><span data-pagefind-meta="kind">Commitment</span>`}},
		{"region", got[1].HTML, []string{`<html lang="ko">`, `<p>Ulsan</p>`, `data-pagefind-meta="amount">40억 달러<`,
			`<span data-pagefind-filter="kind">지역</span><span data-pagefind-filter="region">울산광역시</span>`}},
	} {
		for _, w := range tt.want {
			if !strings.Contains(tt.html, w) {
				t.Errorf("%s: %s\nlacks %s", tt.name, tt.html, w)
			}
		}
	}
	name := filepath.Join(t.TempDir(), "entries.jsonl")
	if err := WriteEntries(name, got); err != nil {
		t.Fatal(err)
	}
	back, err := ReadEntries(name)
	if err != nil || !slices.Equal(back, got) {
		t.Errorf("read back %v, %v; want what was written", back, err)
	}
}

// TestWriteScratch: the entries' pages go into the first root that takes
// them, each at its URL's page; an entry whose URL is not a page's folder
// below the site is refused, and no root keeps a partial folder.
func TestWriteScratch(t *testing.T) {
	entries := synthEntries("/companies/amazon/", "/ko/소개/")
	tests := []struct {
		name    string
		roots   func(tmp string) []string
		entries []Entry
		wantIn  int // the root written into, or -1 for an error
	}{
		{"the first root", func(tmp string) []string { return []string{tmp} }, entries, 0},
		{"a missing root is passed over", func(tmp string) []string { return []string{filepath.Join(tmp, "missing"), tmp} }, entries, 1},
		{"a URL out of the site", func(tmp string) []string { return []string{tmp} }, append(entries, Entry{URL: "/../x/", Lang: "en"}), -1},
		{"a URL not a folder", func(tmp string) []string { return []string{tmp} }, []Entry{{URL: "/x.html", Lang: "en"}}, -1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			roots := tt.roots(t.TempDir())
			dir, err := writeScratch(roots, "kit-test-", tt.entries)
			if tt.wantIn < 0 {
				if err == nil {
					t.Fatalf("writeScratch wrote %s; want an error", dir)
				}
				if left, _ := os.ReadDir(roots[0]); len(left) != 0 {
					t.Errorf("%s keeps %d folders after the error", roots[0], len(left))
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			if got := filepath.Dir(dir); got != roots[tt.wantIn] {
				t.Errorf("wrote into %s, want %s", got, roots[tt.wantIn])
			}
			for _, e := range tt.entries {
				b, err := os.ReadFile(filepath.Join(dir, filepath.FromSlash(e.URL), "index.html"))
				if err != nil || string(b) != e.HTML {
					t.Errorf("%s: page %q, %v; want the entry's HTML", e.URL, b, err)
				}
			}
		})
	}
}
