package dataview

import (
	"net/url"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// queryView is the query page: where the engine and the database are, and
// example queries as links that run them.
type queryView struct {
	Engine string `json:"engine"`
	// Database is the SQLite file's URL with its hash as a query, so that a
	// browser never reads pages of two versions of the file as one.
	Database     string    `json:"database"`
	DatabaseName string    `json:"database_name"`
	DatabaseSize string    `json:"database_size"`
	Default      string    `json:"default"`
	Examples     []query   `json:"examples"`
	DataPage     page.Link `json:"data_page"`
}

// query is an example query: its name, its SQL and the link that runs it.
type query struct {
	Name string `json:"name"`
	SQL  string `json:"sql"`
	URL  string `json:"url"`
}

// queryPage is /data/query/: read-only SQL over the published database,
// run in the reader's browser, which fetches only the pages it reads.
func (b Builder) QueryPage() page.Page {
	v := queryView{Engine: b.U.Path(record.EngineFolder + "/"), DataPage: b.Section("data")}
	for _, f := range b.m {
		if f.MediaType == "application/vnd.sqlite3" && !strings.Contains(f.Path, "/") {
			v.Database = b.U.Path("data/"+f.Path) + "?v=" + f.SHA256[:min(16, len(f.SHA256))]
			v.DatabaseName, v.DatabaseSize = f.Path, b.L.ByteSize(f.Bytes)
		}
	}
	v.Examples = b.queryExamples()
	if len(v.Examples) > 0 {
		v.Default = v.Examples[0].SQL
	}
	return page.Page{Path: "data/query", Kind: "page", Title: b.L.W("query"), Source: "the query page",
		Description: b.L.W("desc_query"), Params: page.Params{Crumbs: []page.Link{b.Home(), b.Section("data")}, View: v}}
}

// queryExamples are the example queries in b's language: the regions'
// totals as intervals, then the commitments of the region and of the
// company with the most commitments.
func (b Builder) queryExamples() []query {
	// as names a column in b's language: title, or title_ko AS title.
	as := func(col string) string { return col }
	if b.L.Lang() == "ko" {
		as = func(col string) string { return col + "_ko AS " + col[strings.LastIndex(col, ".")+1:] }
	}
	qs := []query{{Name: b.L.W("query_example_regions"), SQL: "SELECT key AS region, " + as("name") + ", usd_min, usd_max, counted, undisclosed\n" +
		"FROM summary\nWHERE breakdown = 'region'\nORDER BY usd_max DESC, key"}}
	if r := b.busiestRegion(); r != "" {
		qs = append(qs, query{Name: b.L.T("query_example_region", map[string]any{"Region": b.regionName(r)}),
			SQL: "SELECT i.id, " + as("i.title") + ", " + as("i.company_name") + ", i.announced, i.amount_value, i.amount_currency, i.usd_min, i.usd_max\n" +
				"FROM investment_regions AS r JOIN investments AS i ON i.id = r.investment_id\n" +
				"WHERE r.region_code = '" + r + "'\nORDER BY i.announced DESC, i.id"})
	}
	if c := b.busiestCompany(); c != "" {
		qs = append(qs, query{Name: b.L.T("query_example_company", map[string]any{"Company": b.companyName(c)}),
			SQL: "SELECT id, " + as("title") + ", announced, amount_value, amount_currency, usd_min, usd_max, counts_toward_korea_total\n" +
				"FROM investments\nWHERE company = '" + c + "'\nORDER BY announced DESC, id"})
	}
	page := b.U.Page("data/query/")
	for i := range qs {
		// %20, not +, for spaces: Hugo writes a + in an attribute as &#43;.
		qs[i].URL = page + "?sql=" + strings.ReplaceAll(url.QueryEscape(qs[i].SQL), "+", "%20")
	}
	return qs
}

// busiestRegion is the code of the region with the most commitments (the
// first code on a tie), or "" when no commitment names a region.
func (b Builder) busiestRegion() string {
	best, n := "", 0
	for _, r := range b.p.Regions {
		if len(r.Investments) > n {
			best, n = r.Code, len(r.Investments)
		}
	}
	return best
}

// busiestCompany is the id of the company with the most commitments of
// its own (the first id on a tie), or "".
func (b Builder) busiestCompany() string {
	best, n := "", 0
	for _, c := range b.p.Companies {
		if len(c.Investments) > n || len(c.Investments) == n && n > 0 && c.ID < best {
			best, n = c.ID, len(c.Investments)
		}
	}
	return best
}

func (b Builder) regionName(code string) string {
	for _, r := range b.p.Regions {
		if r.Code == code {
			return b.L.Name(r.Name, r.NameKo)
		}
	}
	return code
}

func (b Builder) companyName(id string) string {
	for _, c := range b.p.Companies {
		if c.ID == id {
			return b.L.Name(c.Name, c.NameKo)
		}
	}
	return id
}
