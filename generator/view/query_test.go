package view_test

import (
	"net/url"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/view"
)

// TestQueryPage: the query page reads the database at its URL with its
// hash, and its examples are links that carry their SQL, in each
// language's columns, for the region and the company with the most
// commitments.
func TestQueryPage(t *testing.T) {
	in := seedInput(t, nil)
	in.Manifest = &record.Manifest{Files: []record.DataFile{
		{Path: "korea-investment-tracker.sqlite", Bytes: 4096, SHA256: "0123456789abcdef0123", MediaType: "application/vnd.sqlite3"},
	}}
	s, err := view.Build(in)
	if err != nil {
		t.Fatal(err)
	}
	for _, tt := range []struct{ lang, want string }{
		{"en", `"database":"/kit/data/korea-investment-tracker.sqlite?v=0123456789abcdef"`},
		{"en", `"engine":"/kit/sqljs/"`},
		{"en", `"url":"/kit/data/query/?sql=` + strings.ReplaceAll(url.QueryEscape("SELECT key AS region, name, usd_min"), "+", "%20")},
		{"en", `WHERE r.region_code = 'KR-26'`},
		{"en", `WHERE company = 'aws'`},
		{"en", `"name":"The commitments of Amazon Web Services"`},
		{"ko", `"url":"/kit/ko/data/query/?sql=`},
		{"ko", `i.title_ko AS title, i.company_name_ko AS company_name`},
		{"ko", `SELECT key AS region, name_ko AS name,`},
	} {
		if got := pageJSON(t, s, tt.lang, "data/query"); !strings.Contains(got, tt.want) {
			t.Errorf("%s data/query lacks %s:\n%s", tt.lang, tt.want, got)
		}
	}
}
