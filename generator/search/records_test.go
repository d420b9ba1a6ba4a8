package search

import (
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
