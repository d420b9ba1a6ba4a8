package view

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// largeBuilder is an English builder over n synthetic commitments (invented
// companies "a", "b", "c", amounts and years), every tenth a package of two.
func largeBuilder(t *testing.T, n int) builder {
	t.Helper()
	d := &record.Dataset{}
	for _, id := range []string{"a", "b", "c"} {
		d.Companies = append(d.Companies, record.Company{ID: id, Name: strings.ToUpper(id)})
	}
	for k := range n {
		i := record.Investment{ID: fmt.Sprintf("i%05d", k), Title: fmt.Sprintf("Commitment %d", k),
			Company: "a", Kind: record.Kind("greenfield"), Status: record.Status("announced"), Scope: record.ScopeKorea,
			Announced: record.PartialDate(fmt.Sprintf("%04d", 1900+k%100)),
			Amount:    &record.Amount{Value: int64(k + 1), Currency: "USD", Precision: record.Exact}}
		if k%10 == 0 {
			i.Company, i.Companies, i.Kind = "", []string{"b", "c"}, record.KindPackage
		}
		d.Investments = append(d.Investments, i)
	}
	p := publication.Build(d)
	u, err := page.NewURLs("https://example.org/")
	if err != nil {
		t.Fatal(err)
	}
	bs := newBuilders(p, u, nil, catalogs(t), nil)
	return bs[0] // English, the default language
}

// TestListingIsPaged cuts the commitments list into pages of
// listingPageSize rows that together hold every commitment once, newest
// first, linked to each other.
func TestListingIsPaged(t *testing.T) {
	b := largeBuilder(t, 2*listingPageSize+1)
	pages := b.investmentListing()
	if len(pages) != 3 {
		t.Fatalf("%d pages, want 3", len(pages))
	}
	var urls []string
	for k, pg := range pages {
		if want := []string{"investments", "investments/page/2", "investments/page/3"}[k]; pg.Path != want || pg.Kind != "section" {
			t.Errorf("page %d is %s %q, want section %q", k+1, pg.Kind, pg.Path, want)
		}
		v := pg.Params.View.(map[string]any)
		for _, r := range v["rows"].([]row) {
			urls = append(urls, r.Link.URL)
		}
		f := v["filter"].(investmentsFilter)
		if f.Pages != "3" || f.Current != fmt.Sprint(k+1) || f.PageBase != "/investments/page/" || f.Total != fmt.Sprint(2*listingPageSize+1) {
			t.Errorf("page %d filter: %+v", k+1, f)
		}
		pg := v["pager"].(page.Pager)
		if (pg.Prev == nil) != (k == 0) || (pg.Next == nil) != (k == 2) || len(pg.Pages) != 3 || pg.Pages[k].URL != "" {
			t.Errorf("page %d pager: %+v", k+1, pg)
		}
	}
	want := b.rows(newestFirst(b.p.Investments))
	if len(urls) != len(want) {
		t.Fatalf("%d rows in all pages, want %d", len(urls), len(want))
	}
	for k := range want {
		if urls[k] != want[k].Link.URL {
			t.Fatalf("row %d is %s, want %s", k, urls[k], want[k].Link.URL)
		}
	}
	if got := pages[1].Params.View.(map[string]any)["pager"].(page.Pager).Next.URL; got != "/investments/page/3/" {
		t.Errorf("page 2 links %s as the next", got)
	}
	if one := largeBuilder(t, 3).investmentListing(); len(one) != 1 || one[0].Params.View.(map[string]any)["pager"] != nil {
		t.Errorf("a short list is %d pages, or has a pager", len(one))
	}
}

// TestCompanyIndexIsPaged pages the companies index as the commitments list.
func TestCompanyIndexIsPaged(t *testing.T) {
	b := largeBuilder(t, 1)
	rows := make([]companyRow, 2*companiesPageSize+1)
	pages := b.companyIndex(rows)
	if len(pages) != 3 || pages[2].Path != "companies/page/3" || len(pages[2].Params.View.(map[string]any)["rows"].([]companyRow)) != 1 {
		t.Fatalf("%d pages; the last %q", len(pages), pages[len(pages)-1].Path)
	}
	if got := pages[0].Params.View.(map[string]any)["pager"].(page.Pager).Next.URL; got != "/companies/page/2/" {
		t.Errorf("the first page links %s as the next", got)
	}
	if !strings.Contains(pages[1].Title, "2") {
		t.Errorf("page 2 is titled %q", pages[1].Title)
	}
}

// TestLedgerIsCut keeps the home page's ledger to the newest ledgerMax
// counted commitments and says how many more there are.
func TestLedgerIsCut(t *testing.T) {
	b := largeBuilder(t, 100)
	v := b.homeView()
	if len(v.Counted) != ledgerMax || !strings.Contains(v.CountedMore, fmt.Sprint(100-ledgerMax)) {
		t.Errorf("ledger: %d counted, more %q", len(v.Counted), v.CountedMore)
	}
	if v.Counted[0].Link.URL != b.rows(newestFirst(b.p.Investments))[0].Link.URL {
		t.Errorf("the ledger does not start with the newest commitment")
	}
	if v := largeBuilder(t, 5).homeView(); len(v.Counted) != 5 || v.CountedMore != "" {
		t.Errorf("short ledger: %d counted, more %q", len(v.Counted), v.CountedMore)
	}
}

// TestPackagesByCompany is the one-pass index of the packages that name
// each company, the same as a scan per company.
func TestPackagesByCompany(t *testing.T) {
	b := largeBuilder(t, 50)
	idx := packagesByCompany(b.p.Investments)
	for _, c := range b.p.Companies {
		var want []*publication.Investment
		for _, i := range b.p.Investments {
			if slices.Contains(i.Companies, c.ID) {
				want = append(want, i)
			}
		}
		if !slices.Equal(idx[c.ID], want) {
			t.Errorf("%s: %d packages, want %d", c.ID, len(idx[c.ID]), len(want))
		}
	}
}

// TestCompanyTablesSayWhatTheyCut: each of a company's tables says, under
// itself, how many of its own kind it leaves out.
func TestCompanyTablesSayWhatTheyCut(t *testing.T) {
	n := listMaxRows*10/9 + 20 // company "a" owns nine in ten: over the cap
	b := largeBuilder(t, n)
	var a *publication.Company
	for _, c := range b.p.Companies {
		if c.ID == "a" {
			a = c
		}
	}
	v := b.companyPage(a, nil).Params.View.(companyView)
	want := fmt.Sprintf("The newest %d of %d are listed here", listMaxRows, len(a.Investments))
	if len(v.Investments) != listMaxRows || !strings.HasPrefix(v.InvestmentsMore, want) {
		t.Errorf("own table: %d rows, note %q; want %d rows and a note starting %q", len(v.Investments), v.InvestmentsMore, listMaxRows, want)
	}
	if v.PackagesMore != "" || v.PartnershipsMore != "" {
		t.Errorf("tables under the cap have notes: %q, %q", v.PackagesMore, v.PartnershipsMore)
	}
}

// TestFacetCounts: each option's count is how many commitments have that
// value, counted here the slow way.
func TestFacetCounts(t *testing.T) {
	b := largeBuilder(t, 120)
	for _, g := range b.facetGroups() {
		if len(g.Options) == 0 {
			t.Errorf("facet %s has no options", g.Key)
		}
		for _, o := range g.Options {
			want := 0
			for _, i := range b.p.Investments {
				if slices.Contains(facetValues(i)[g.Key], o.Value) {
					want++
				}
			}
			if got := o.Count; got != fmt.Sprint(want) {
				t.Errorf("%s=%s: count %s, want %d", g.Key, o.Value, got, want)
			}
		}
	}
}

// TestCompanyRowsByName lists companies by the name the page shows, in
// the reader's collation, not by id (ids put "amkor" before "aws"); a
// company without a Korean name is listed by its English one.
func TestCompanyRowsByName(t *testing.T) {
	d := &record.Dataset{Companies: []record.Company{
		{ID: "amazon", Name: "Amazon", NameKo: "아마존"},
		{ID: "amkor-technology", Name: "Amkor Technology", NameKo: "앰코테크놀로지"},
		{ID: "aws", Name: "Amazon Web Services", NameKo: "아마존웹서비스"},
		{ID: "air-liquide", Name: "air liquide (synthetic)"},
		{ID: "corning", Name: "Corning", NameKo: "코닝"},
	}}
	u, err := page.NewURLs("https://example.org/")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][]string{
		"en": {"air liquide (synthetic)", "Amazon", "Amazon Web Services", "Amkor Technology", "Corning"},
		"ko": {"air liquide (synthetic)", "아마존", "아마존웹서비스", "앰코테크놀로지", "코닝"},
	}
	for _, b := range newBuilders(publication.Build(d), u, nil, catalogs(t), nil) {
		var got []string
		for _, r := range b.companyRows(nil) {
			got = append(got, r.Link.Name)
		}
		if !slices.Equal(got, want[b.L.Lang()]) {
			t.Errorf("%s: %q, want %q", b.L.Lang(), got, want[b.L.Lang()])
		}
	}
}

// TestLedeAndConfidence: a commitment's page leads with who, where and
// when, and says under its amount how firm it is, in both languages.
func TestLedeAndConfidence(t *testing.T) {
	src := record.Source{Title: "A synthetic report", URL: "https://example.org/a"}
	d := &record.Dataset{
		Companies: []record.Company{{ID: "a", Name: "Synthetic A", NameKo: "합성 A"}},
		Investments: []record.Investment{
			{ID: "floor", Title: "Floor", Company: "a", Kind: "greenfield", Status: "announced", Scope: record.ScopeKorea,
				Announced: "2025-10-29", Sources: []record.Source{src},
				Amount: &record.Amount{Value: 5, Currency: "USD", Precision: record.AtLeast}},
			{ID: "secret", Title: "Secret", Company: "a", Kind: "greenfield", Status: "under-way", Scope: record.ScopeKorea,
				Sources: []record.Source{src, src}},
		},
	}
	u, err := page.NewURLs("https://example.org/")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string][][2]string{
		"en": {{"Synthetic A|place not stated|announced 29 October 2025", "One source cited · announced only, no later step recorded · a floor: the source says “more than”"},
			{"Synthetic A|place not stated|announcement date not stated", "2 sources cited · no amount disclosed"}},
		"ko": {{"합성 A|지역 밝혀지지 않음|2025년 10월 29일 발표", "출처 1건 인용 · 발표 단계, 이후 진행은 기록되지 않음 · 하한: 출처는 ‘이상’이라고 밝힘"},
			{"합성 A|지역 밝혀지지 않음|발표일 밝혀지지 않음", "출처 2건 인용 · 금액 비공개"}},
	}
	for _, b := range newBuilders(publication.Build(d), u, nil, catalogs(t), nil) {
		for k, i := range b.p.Investments {
			v := b.investmentPage(i).Params.View.(investmentView)
			got := [2]string{v.Lede.Who[0].Name + "|" + v.Lede.Place + "|" + v.Lede.When, v.Confidence}
			if w := want[b.L.Lang()][k]; got != w {
				t.Errorf("%s %s: %q, want %q", b.L.Lang(), i.ID, got, w)
			}
		}
	}
}

// TestRowOutside: a stated amount that Korea's total leaves out (a figure
// covering other countries) is marked, so the tables show it muted; one
// counted, or counted inside its package, is not.
func TestRowOutside(t *testing.T) {
	usd := func(v int64) *record.Amount {
		return &record.Amount{Value: v, Currency: "USD", Precision: record.Exact}
	}
	d := &record.Dataset{
		Companies: []record.Company{{ID: "a", Name: "Synthetic A"}},
		Investments: []record.Investment{
			{ID: "counted", Title: "Counted", Company: "a", Kind: "greenfield", Status: "announced", Scope: record.ScopeKorea, Amount: usd(5)},
			{ID: "region-wide", Title: "Region-wide", Company: "a", Kind: "greenfield", Status: "announced", Scope: record.ScopeMultinational, Amount: usd(40)},
			{ID: "secret", Title: "Secret", Company: "a", Kind: "greenfield", Status: "announced", Scope: record.ScopeKorea},
		},
	}
	u, err := page.NewURLs("https://example.org/")
	if err != nil {
		t.Fatal(err)
	}
	b := newBuilders(publication.Build(d), u, nil, catalogs(t), nil)[0]
	want := map[string]bool{"counted": false, "region-wide": true, "secret": false}
	for _, i := range b.p.Investments {
		if got := b.row(i).Outside; got != want[i.ID] {
			t.Errorf("%s: outside %v, want %v", i.ID, got, want[i.ID])
		}
	}
}
