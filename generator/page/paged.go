package page

import "strconv"

// Pager is the navigation between the pages of a paged index.
type Pager struct {
	// Label names the navigation; Status is "Page 2 of 20".
	Label  string `json:"label"`
	Status string `json:"status"`
	Prev   *Link  `json:"prev,omitempty"`
	Next   *Link  `json:"next,omitempty"`
	// Pages links every page by number; the current one has no URL.
	Pages []Link `json:"pages"`
}

// indexPath is the path of page n (from 1) of a section's index.
func indexPath(section string, n int) string {
	if n == 1 {
		return section
	}
	return section + "/page/" + strconv.Itoa(n)
}

// Paged makes a section's index in pages of size rows, count in all: the
// first is the section page, the others are sections below it, so that
// Hugo renders them with the same template. view makes a page's view from
// its rows' bounds; Paged adds the pager.
func (k Kit) Paged(section, source string, count, size int, view func(lo, hi int) map[string]any) []Page {
	n := max(1, (count+size-1)/size)
	var pages []Page
	for at := 1; at <= n; at++ {
		v := view(min((at-1)*size, count), min(at*size, count))
		pg := Page{Path: indexPath(section, at), Kind: "section", Title: k.L.W(section), Source: source,
			Description: k.L.W("desc_" + section), Params: Params{Crumbs: []Link{k.Home()}, View: v}}
		if n > 1 {
			v["pager"] = k.pager(section, at, n)
		}
		if at > 1 {
			pg.Title = k.L.T("listing_page_title", map[string]any{"Title": pg.Title, "Page": at, "Pages": n})
			pg.Params.Crumbs = k.Crumbs(section)
		}
		pages = append(pages, pg)
	}
	return pages
}

// pager links page at of a section's n pages to the others.
func (k Kit) pager(section string, at, n int) Pager {
	v := Pager{Label: k.L.W("pager_label"), Status: k.L.T("pager_status", map[string]any{"Page": at, "Pages": n})}
	url := func(i int) string { return k.U.Page(indexPath(section, i) + "/") }
	if at > 1 {
		v.Prev = &Link{Name: k.L.W("pager_prev"), URL: url(at - 1)}
	}
	if at < n {
		v.Next = &Link{Name: k.L.W("pager_next"), URL: url(at + 1)}
	}
	for i := 1; i <= n; i++ {
		l := Link{Name: strconv.Itoa(i)}
		if i != at {
			l.URL = url(i)
		}
		v.Pages = append(v.Pages, l)
	}
	return v
}
