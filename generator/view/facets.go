package view

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
)

// Facets narrow the commitments list: with JavaScript, a form filters its
// rows in place (site/static/js/filters.js) by each row's data-facets;
// without it, each value has a plain page (/sectors/<sector>/, /years/,
// /statuses/, /amounts/; regions and companies have their own pages).

// facetOption is one value of a facet, with how many commitments have it.
type facetOption struct {
	Value string `json:"value"`
	Label string `json:"label"`
	Lang  string `json:"lang,omitempty"`
	Count string `json:"count"`
	// URL is the value's plain page, for readers without JavaScript.
	URL string `json:"url,omitempty"`
	n   int
}

// facetGroup is one facet: its query parameter, name and values.
type facetGroup struct {
	Key     string        `json:"key"`
	Label   string        `json:"label"`
	Options []facetOption `json:"options"`
	// More is set when the options were cut to the most common ones; the
	// query parameter still accepts any value.
	More string `json:"more,omitempty"`
}

// facetKeys are the facets in the order the form shows them.
var facetKeys = [...]string{"region", "sector", "company", "status", "year", "amount"}

// facetMaxOptions caps a facet's options (companies, on a large dataset)
// so the commitments page stays light; the rest stay reachable by URL.
const facetMaxOptions = 150

// facetValues lists a commitment's value for each facet; a commitment in
// several regions or sectors has several.
func facetValues(i *publication.Investment) map[string][]string {
	v := map[string][]string{
		"region": i.Regions, "sector": strs(i.Sectors), "status": {string(i.Status)},
		"year": {publication.KeyNotStated}, "amount": {"disclosed"},
	}
	switch {
	case len(i.Regions) > 0:
	case i.Nationwide:
		v["region"] = []string{publication.KeyNationwide}
	default:
		v["region"] = []string{publication.KeyNotStated}
	}
	if len(i.Sectors) == 0 {
		v["sector"] = []string{publication.KeyNotStated}
	}
	if y := i.Announced.Year(); y != 0 {
		v["year"] = []string{strconv.Itoa(y)}
	}
	if i.Amount == nil {
		v["amount"] = []string{"undisclosed"}
	}
	v["company"] = i.Companies
	if i.Company != "" {
		v["company"] = []string{i.Company}
	}
	return v
}

// facetAttr is a row's data-facets attribute: "region:KR-11 sector:cloud …".
// Values are codes, slugs and years, so they hold no spaces.
func facetAttr(i *publication.Investment) string {
	v := facetValues(i)
	var parts []string
	for _, k := range facetKeys {
		for _, x := range v[k] {
			parts = append(parts, k+":"+x)
		}
	}
	return strings.Join(parts, " ")
}

// facetGroups is every facet with its values' counts, from b.facets.
func (b builder) facetGroups() []facetGroup {
	var out []facetGroup
	for _, k := range facetKeys {
		g := facetGroup{Key: k, Label: b.L.W("facet_" + k)}
		for v, is := range b.facets()[k] {
			o := b.facetOption(k, v)
			o.n, o.Count = len(is), strconv.Itoa(len(is))
			g.Options = append(g.Options, o)
		}
		if k == "region" { // every region, so that a shared address for one with none is named, with 0
			for _, r := range b.p.Regions {
				if _, ok := b.facets()[k][r.Code]; !ok {
					o := b.facetOption(k, r.Code)
					o.Count = "0"
					g.Options = append(g.Options, o)
				}
			}
		}
		b.sortOptions(k, g.Options)
		if len(g.Options) > facetMaxOptions {
			g.More = b.L.T("facet_more", map[string]any{"Shown": facetMaxOptions, "Count": len(g.Options)})
			g.Options = g.Options[:facetMaxOptions]
		}
		out = append(out, g)
	}
	return out
}

// sortOptions orders regions by code, years newest first, companies by
// how many commitments they have, and the rest by label; "not stated" last.
func (b builder) sortOptions(key string, os []facetOption) {
	slices.SortFunc(os, func(x, y facetOption) int {
		xs, ys := x.Value == publication.KeyNotStated, y.Value == publication.KeyNotStated
		switch {
		case xs != ys:
			if xs {
				return 1
			}
			return -1
		case key == "region":
			return cmp.Compare(x.Value, y.Value)
		case key == "year":
			return cmp.Compare(y.Value, x.Value)
		case key == "company":
			return cmp.Or(cmp.Compare(y.n, x.n), cmp.Compare(x.Label, y.Label))
		}
		return cmp.Compare(x.Label, y.Label)
	})
}

// facetOption names a facet value in this language and links its page.
func (b builder) facetOption(key, v string) facetOption {
	o := facetOption{Value: v}
	switch {
	case v == publication.KeyNotStated:
		o.Label = b.L.W("not_stated")
	case key == "region" && v == publication.KeyNationwide:
		o.Label = message.Nationwide.Text().In(b.L.Lang())
	case key == "region":
		o.Label, o.URL = v, b.U.Region(v)
		for _, r := range b.p.Regions {
			if r.Code == v {
				l := b.regionLink(r)
				o.Label, o.Lang = l.Name, l.Lang
			}
		}
		return o
	case key == "company":
		l := b.companyByID(v)
		o.Label, o.Lang, o.URL = l.Name, l.Lang, l.URL
		return o
	case key == "sector" || key == "status":
		o.Label = b.L.Label(key, v)
	case key == "amount":
		o.Label = b.L.W("facet_amount_" + v)
	default:
		o.Label = v
	}
	o.URL = b.U.Page(facetSections[key] + "/" + v + "/")
	return o
}

// facetSections are the sections of the plain facet pages.
var facetSections = map[string]string{"sector": "sectors", "year": "years", "status": "statuses", "amount": "amounts"}

// plainFacets are the facets with plain pages (facetSections), in the
// order the pages list them.
var plainFacets = [...]string{"sector", "year", "status", "amount"}

// facetIndexLinks link the plain facet pages' indexes, for readers
// without JavaScript.
func (b builder) facetIndexLinks() []page.Link {
	var out []page.Link
	for _, key := range plainFacets {
		out = append(out, page.Link{Name: b.L.W("facet_" + key), URL: b.U.Page(facetSections[key] + "/")})
	}
	return out
}

// facetView is a plain facet page: the commitments with one value.
type facetView struct {
	Rows  []row  `json:"rows"`
	Count string `json:"count"`
	// Filter is the commitments page filtered the same way, with JavaScript.
	Filter string `json:"filter"`
	// More says that only the newest facetMaxRows are listed.
	More string `json:"more,omitempty"`
}

// facetMaxRows caps a facet page's table, so that a value most commitments
// share (an amount disclosed) does not make a page of the whole dataset.
const facetMaxRows = 200

// facetIndexView lists a facet's values with their counts.
type facetIndexView struct {
	Options []facetOption `json:"options"`
}

// facetPages are the plain pages for the facets that have no record pages.
func (b builder) facetPages() []page.Page {
	groups := b.facetGroupsAll()
	var pages []page.Page
	for _, key := range plainFacets {
		g := groups[key]
		section := facetSections[key]
		pages = append(pages, page.Page{Path: section, Kind: "section", Title: g.Label, Source: "the " + section + " index",
			Description: b.L.W("desc_facet_" + key),
			Params:      page.Params{Crumbs: []page.Link{b.Home(), b.Section("investments")}, View: facetIndexView{Options: g.Options}}})
		for _, o := range g.Options {
			is := b.facets()[key][o.Value]
			rows, more := b.newestRows(is, facetMaxRows)
			pg := page.Page{Path: section + "/" + o.Value, Kind: "page", Title: o.Label, Source: "the " + section + " index",
				Description: b.L.T("desc_facet_value", map[string]any{"Facet": g.Label, "Value": o.Label, "Count": len(is)}),
				Params: page.Params{TitleLang: o.Lang, Crumbs: []page.Link{b.Home(), b.Section("investments"), {Name: g.Label, URL: b.U.Page(section + "/")}},
					View: facetView{Rows: rows, More: more, Count: b.L.N("facet_count", len(is)),
						Filter: b.U.Page("investments/") + "?" + key + "=" + o.Value}}}
			pages = append(pages, pg)
		}
	}
	return pages
}

// facetBuckets groups the commitments by facet and value (out["sector"]["cloud"])
// in one pass, made once for every language: the facet counts, the facet
// pages and the filter form all read it.
func facetBuckets(is []*publication.Investment) map[string]map[string][]*publication.Investment {
	out := map[string]map[string][]*publication.Investment{}
	for _, k := range facetKeys {
		out[k] = map[string][]*publication.Investment{}
	}
	for _, i := range is {
		for k, vs := range facetValues(i) {
			for _, v := range vs {
				out[k][v] = append(out[k][v], i)
			}
		}
	}
	return out
}

// facetGroupsAll is facetGroups by key.
func (b builder) facetGroupsAll() map[string]facetGroup {
	out := map[string]facetGroup{}
	for _, g := range b.facetGroups() {
		out[g.Key] = g
	}
	return out
}

// investmentsFilter is what the commitments page adds for filtering: the
// facets with their counts, and each row's facet values by row order.
type investmentsFilter struct {
	Groups []facetGroup `json:"groups"`
	// Browse lists the plain facet pages, for readers without JavaScript.
	Browse []page.Link `json:"browse"`
	// Page is the commitments page's URL, the base of a filtered view's link.
	Page string `json:"page"`
	// The list is paged (listing.go): Pages is how many pages there are,
	// Current this one's number, PageBase the path that a page number
	// follows, and Total how many commitments all pages hold. Loading is
	// the status while filters.js fetches the other pages' rows.
	Pages    string `json:"pages,omitempty"`
	Current  string `json:"current,omitempty"`
	PageBase string `json:"page_base,omitempty"`
	Total    string `json:"total,omitempty"`
	Loading  string `json:"loading,omitempty"`
	// CSV is the spreadsheet copy of investments.csv (export's excel/),
	// whose records of the rows shown "download what I see" offers.
	CSV string `json:"csv"`
}

func (b builder) investmentsFilter() investmentsFilter {
	return investmentsFilter{Groups: b.facetGroups(), Browse: b.facetIndexLinks(), Page: b.U.Page("investments/"),
		CSV: b.U.Path("data/excel/investments.csv")}
}

// searchView is the search page: where Pagefind's bundle is, and a plain
// listing to browse when JavaScript or the index is not there.
type searchView struct {
	Bundle  string      `json:"bundle"`
	Regions []page.Link `json:"regions"`
	Browse  []page.Link `json:"browse"`
}

func (b builder) searchPage() page.Page {
	v := searchView{Bundle: b.U.Path("pagefind/")}
	for _, r := range b.p.Regions {
		v.Regions = append(v.Regions, b.regionLink(r))
	}
	v.Browse = append([]page.Link{b.Section("companies"), b.Section("regions"), b.Section("investments")}, b.facetIndexLinks()...)
	return page.Page{Path: "search", Kind: "section", Title: b.L.W("search"), Source: "the search page",
		Description: b.L.W("desc_search"), Params: page.Params{Crumbs: []page.Link{b.Home()}, View: v}}
}

// filterRows are the commitments page's rows, each with its facet values
// and its piece of a sum.
func (b builder) filterRows(is []*publication.Investment) []row {
	out := b.rows(is)
	for k, i := range is {
		out[k].Facets, out[k].Sum = facetAttr(i), sumAttr(publication.PieceOf(i))
	}
	return out
}

// sumAttr is a row's data-sum attribute, its piece for filters.js to add
// up by the amount algebra: "role package lo hi about count", "-" for no
// package and for no upper end ("part apec-2025 0 - 0 undisclosed").
func sumAttr(p publication.Piece) string {
	hi := "-"
	if p.Hi != nil {
		hi = strconv.FormatInt(*p.Hi, 10)
	}
	about := "0"
	if p.About {
		about = "1"
	}
	return strings.Join([]string{p.Role, cmp.Or(p.Package, "-"), strconv.FormatInt(p.Lo, 10), hi, about, p.Count}, " ")
}
