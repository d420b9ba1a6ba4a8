package view

import (
	"strings"

	"github.com/korea-investment-tracker/kit/generator/page"
)

// dated gives record pages the date their data last changed and gives
// company and region pages their own feed; other pages show the dataset's
// latest change (Lang.Updated).
func (b builder) dated(pages []page.Page) {
	for k := range pages {
		pg := &pages[k]
		t, ok := b.dates[pg.Path]
		if !ok {
			continue
		}
		v := b.Updated("updated_page_before", t)
		pg.Params.Updated = &v
		if strings.HasPrefix(pg.Path, "companies/") || strings.HasPrefix(pg.Path, "regions/") {
			pg.Params.Feeds = []page.Link{{Name: b.L.T("feed_record", map[string]any{"Name": pg.Title}), URL: b.U.Page(pg.Path + "/index.xml")}}
		}
	}
}
