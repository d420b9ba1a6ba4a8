package view

import (
	"strconv"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
)

// Large lists are cut so that no page grows with the dataset: the
// commitments list and the companies index are paged; the other lists show
// the newest rows and link the complete list, the facets and the downloads.

// listingPageSize is how many rows one page of the commitments list holds;
// companiesPageSize, of the companies index, whose rows are shorter.
const (
	listingPageSize   = 500
	companiesPageSize = 1000
)

// listMaxRows caps a list of commitments on a record's page or an index
// (a region's commitments, the unplaced ones), as facetMaxRows does a facet page.
const listMaxRows = facetMaxRows

// unplacedMaxRows caps the commitments with no stated place that the
// regions index explains: a sample with the count, not a second full list.
const unplacedMaxRows = 50

// ledgerMax caps each part of the home page's ledger (counted, inside,
// excluded): the newest are listed and the rest are counted.
const ledgerMax = 20

// pagerView is the navigation between the pages of a paged index.
type pagerView struct {
	// Label names the navigation; Status is "Page 2 of 20".
	Label  string     `json:"label"`
	Status string     `json:"status"`
	Prev   *page.Link `json:"prev,omitempty"`
	Next   *page.Link `json:"next,omitempty"`
	// Pages links every page by number; the current one has no URL.
	Pages []page.Link `json:"pages"`
}

// listingPagePath is the path of page n (from 1) of a section's index.
func listingPagePath(section string, n int) string {
	if n == 1 {
		return section
	}
	return section + "/page/" + strconv.Itoa(n)
}

// paged makes a section's index in pages of size rows, count in all: the
// first is the section page, the others are sections below it, so that
// Hugo renders them with the same template. view makes a page's view from
// its rows' bounds; paged adds the pager.
func (b builder) paged(section, source string, count, size int, view func(lo, hi int) map[string]any) []page.Page {
	n := max(1, (count+size-1)/size)
	var pages []page.Page
	for k := 1; k <= n; k++ {
		v := view(min((k-1)*size, count), min(k*size, count))
		pg := page.Page{Path: listingPagePath(section, k), Kind: "section", Title: b.L.W(section), Source: source,
			Description: b.L.W("desc_" + section), Params: page.Params{Crumbs: []page.Link{b.Home()}, View: v}}
		if n > 1 {
			v["pager"] = b.pager(section, k, n)
		}
		if k > 1 {
			pg.Title = b.L.T("listing_page_title", map[string]any{"Title": pg.Title, "Page": k, "Pages": n})
			pg.Params.Crumbs, pg.Params.Paged = b.Crumbs(section), k
		}
		pages = append(pages, pg)
	}
	return pages
}

// companyIndex is the companies index, paged as the commitments list is.
func (b builder) companyIndex(rows []companyRow) []page.Page {
	return b.paged("companies", "the companies index", len(rows), companiesPageSize, func(lo, hi int) map[string]any {
		return map[string]any{"rows": rows[lo:hi]}
	})
}

// investmentListing is the commitments list, newest first, in pages of
// listingPageSize rows. Every page carries the filter form; filters.js
// loads the other pages' rows when a filter is chosen, so a filter
// narrows the whole list, not one page.
func (b builder) investmentListing() []page.Page {
	all := b.newest
	filter := b.investmentsFilter()
	filter.Pages = strconv.Itoa(max(1, (len(all)+listingPageSize-1)/listingPageSize))
	filter.PageBase = b.U.Page("investments/page/")
	filter.Total = strconv.Itoa(len(all))
	filter.Loading = b.L.W("filter_loading")
	korea := b.total(b.p.Summary.Korea)
	return b.paged("investments", "the commitments index", len(all), listingPageSize, func(lo, hi int) map[string]any {
		f := filter
		f.Current = strconv.Itoa(lo/listingPageSize + 1)
		return map[string]any{"rows": b.filterRows(all[lo:hi]), "korea": korea, "filter": f}
	})
}

func (b builder) pager(section string, k, n int) pagerView {
	v := pagerView{Label: b.L.W("pager_label"), Status: b.L.T("pager_status", map[string]any{"Page": k, "Pages": n})}
	url := func(k int) string { return b.U.Page(listingPagePath(section, k) + "/") }
	if k > 1 {
		v.Prev = &page.Link{Name: b.L.W("pager_prev"), URL: url(k - 1)}
	}
	if k < n {
		v.Next = &page.Link{Name: b.L.W("pager_next"), URL: url(k + 1)}
	}
	for i := 1; i <= n; i++ {
		l := page.Link{Name: strconv.Itoa(i)}
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
	return b.rows(is[:max]), b.L.T("facet_rows_more", map[string]any{"Shown": max, "Count": len(is)})
}
