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

// companyIndex is the companies index, paged as the commitments list is.
func (b builder) companyIndex(rows []companyRow) []page.Page {
	return b.Paged("companies", "the companies index", len(rows), companiesPageSize, func(lo, hi int) map[string]any {
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
	return b.Paged("investments", "the commitments index", len(all), listingPageSize, func(lo, hi int) map[string]any {
		f := filter
		f.Current = strconv.Itoa(lo/listingPageSize + 1)
		return map[string]any{"rows": b.filterRows(all[lo:hi]), "korea": korea, "filter": f}
	})
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
