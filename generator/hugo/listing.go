package hugo

import (
	"strconv"

	"github.com/korea-investment-tracker/kit/generator/publication"
)

// Large lists are cut so that no page grows with the dataset: at 100,000
// commitments the single commitments page was 79 MB and the home page's
// ledger 21 MB. The commitments list is paged (/investments/,
// /investments/page/2/, …); the other lists show the newest rows and link
// the complete list, the facet pages and the downloads.

// listingPageSize is how many rows one page of the commitments list holds.
const listingPageSize = 500

// listMaxRows caps a list of commitments on a record's page or an index
// (a region's commitments, the unplaced ones), as facetMaxRows does a facet page.
const listMaxRows = facetMaxRows

// ledgerMax caps each part of the home page's ledger (counted, inside,
// excluded): the newest are listed and the rest are counted.
const ledgerMax = 20

// pagerView is the navigation between the pages of the commitments list.
type pagerView struct {
	// Label names the navigation; Status is "Page 2 of 20".
	Label  string `json:"label"`
	Status string `json:"status"`
	Prev   *link  `json:"prev,omitempty"`
	Next   *link  `json:"next,omitempty"`
	// Pages links every page by number; the current one has no URL.
	Pages []link `json:"pages"`
}

// listingPageURL is the path of page n (from 1) of the commitments list.
func listingPagePath(n int) string {
	if n == 1 {
		return "investments"
	}
	return "investments/page/" + strconv.Itoa(n)
}

// investmentListing is the commitments list, newest first, in pages of
// listingPageSize rows. The first page is the section page /investments/;
// the others are sections below it, so that Hugo renders them with the
// same template. Every page carries the filter form; filters.js loads the
// other pages' rows when a filter is chosen, so a filter narrows the whole
// list, not one page.
func (b builder) investmentListing() []page {
	all := newestFirst(b.p.Investments)
	n := max(1, (len(all)+listingPageSize-1)/listingPageSize)
	filter := b.investmentsFilter()
	filter.Pages = strconv.Itoa(n)
	filter.PageBase = b.u.page("investments/page/")
	filter.Total = strconv.Itoa(len(all))
	filter.Loading = b.l.w("filter_loading")
	var pages []page
	for k := 1; k <= n; k++ {
		rows := all[min((k-1)*listingPageSize, len(all)):min(k*listingPageSize, len(all))]
		f := filter
		f.Current = strconv.Itoa(k)
		view := map[string]any{"rows": b.filterRows(rows), "korea": b.total(b.p.Summary.Korea), "filter": f}
		pg := page{Path: listingPagePath(k), Kind: "section", Title: b.l.w("investments"), source: "the commitments index",
			Description: b.l.w("desc_investments"), Params: pageParams{Crumbs: []link{b.home()}, View: view}}
		if n > 1 {
			view["pager"] = b.pager(k, n)
		}
		if k > 1 {
			pg.Title = b.l.t("listing_page_title", map[string]any{"Title": pg.Title, "Page": k, "Pages": n})
			pg.Params.Crumbs = b.crumbs("investments")
		}
		pages = append(pages, pg)
	}
	return pages
}

func (b builder) pager(k, n int) pagerView {
	v := pagerView{Label: b.l.w("pager_label"), Status: b.l.t("pager_status", map[string]any{"Page": k, "Pages": n})}
	url := func(k int) string { return b.u.page(listingPagePath(k) + "/") }
	if k > 1 {
		v.Prev = &link{Name: b.l.w("pager_prev"), URL: url(k - 1)}
	}
	if k < n {
		v.Next = &link{Name: b.l.w("pager_next"), URL: url(k + 1)}
	}
	for i := 1; i <= n; i++ {
		l := link{Name: strconv.Itoa(i)}
		if i != k {
			l.URL = url(i)
		}
		v.Pages = append(v.Pages, l)
	}
	return v
}

// newestRows are the rows of the newest max commitments of is, and the
// note that says how many are left out ("" when none is).
func (b builder) newestRows(is []*publication.Investment, max int) ([]row, string) {
	is = newestFirst(is)
	if len(is) <= max {
		return b.rows(is), ""
	}
	return b.rows(is[:max]), b.l.t("facet_rows_more", map[string]any{"Shown": max, "Count": len(is)})
}
