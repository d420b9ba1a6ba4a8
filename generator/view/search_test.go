package view_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/view"
)

// TestSearchRecords: the pages that answer a search (commitments,
// companies, regions, content pages) have a record, in their language,
// with what a result shows and the filters; lists and the search page
// have none.
func TestSearchRecords(t *testing.T) {
	s, err := view.Build(seedInput(t, nil))
	if err != nil {
		t.Fatal(err)
	}
	recs := map[string]*page.SearchRecord{}
	for _, ls := range s.Langs {
		for _, pg := range ls.Pages {
			if pg.Search != nil {
				recs[pg.Search.URL] = pg.Search
			}
		}
	}
	tests := []struct {
		url, lang, kind, amount string
		filters                 map[string][]string
		words                   []string // in Keys, Subtitle or Text
	}{
		{url: "/investments/aws-ulsan-ai-data-hub/", lang: "en", kind: "Commitment", amount: "$4 billion",
			filters: map[string][]string{"kind": {"Commitment"}, "region": {"Ulsan"}, "sector": {"AI data centres"}, "status": {"Under way"}},
			words:   []string{"아마존웹서비스", "SK Group", "pledged $4 billion"}},
		{url: "/ko/regions/kr-31/", lang: "ko", kind: "지역", amount: "40억 달러",
			filters: map[string][]string{"kind": {"지역"}, "region": {"울산광역시"}}, words: []string{"Ulsan"}},
		{url: "/companies/aws/", lang: "en", kind: "Company", words: []string{"아마존웹서비스", "cloud computing"}},
		{url: "/about/", lang: "en", kind: "Page"},
	}
	for _, tt := range tests {
		t.Run(tt.url, func(t *testing.T) {
			r := recs[tt.url]
			if r == nil {
				t.Fatalf("no record")
			}
			if r.Lang != tt.lang || r.Kind != tt.kind || (tt.amount != "" && r.Amount != tt.amount) || r.Title == "" {
				t.Errorf("lang %q kind %q amount %q title %q; want %q %q %q and a title", r.Lang, r.Kind, r.Amount, r.Title, tt.lang, tt.kind, tt.amount)
			}
			for name, want := range tt.filters {
				if got := r.Filters[name]; !slices.Equal(got, want) {
					t.Errorf("filter %s = %q; want %q", name, got, want)
				}
			}
			all := r.Keys + " " + r.Subtitle + " " + strings.Join(r.Text, " ")
			for _, w := range tt.words {
				if !strings.Contains(all, w) {
					t.Errorf("record lacks %q: %s", w, all)
				}
			}
		})
	}
	for _, url := range []string{"/search/", "/investments/", "/sectors/", "/", "/ko/search/"} {
		if recs[url] != nil {
			t.Errorf("%s has a search record; only answers have", url)
		}
	}
}
