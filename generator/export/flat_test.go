package export

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestFlatTable: commitments_flat.csv agrees with the tables it joins: a
// column it shares with investments.csv holds the same cells, each code's
// names are its lookup table's, each list of names has one line per id,
// and the sources are those of sources.csv.
func TestFlatTable(t *testing.T) {
	for _, f := range fixtures(t)[:2] {
		t.Run(f.name, func(t *testing.T) {
			dir, _ := writeTo(t, f.data)
			tabs := readTables(t, dir)
			flat, invs := tabs["commitments_flat.csv"], tabs["investments.csv"]
			if len(flat) != len(invs) {
				t.Fatalf("%d flat rows, %d commitments", len(flat), len(invs))
			}
			kinds := byKey(tabs["kinds.csv"], "code")
			for k, r := range flat {
				for col, want := range invs[k] {
					if got, ok := r[col]; ok && got != want {
						t.Errorf("%s %s: %q, investments.csv %q", r["id"], col, got, want)
					}
				}
				if got, want := r["kind_name_ko"], kinds[r["kind"]]["name_ko"]; got != want {
					t.Errorf("%s kind_name_ko: %q, want %q", r["id"], got, want)
				}
				for ids, names := range map[string]string{"partners": "partner_names_ko", "package_companies": "package_company_names", "regions": "region_names_ko", "sectors": "sector_names"} {
					if n, m := count(r[ids], ";"), count(r[names], "\n"); n != m {
						t.Errorf("%s: %d %s, %d %s", r["id"], n, ids, m, names)
					}
				}
				checkFlatSources(t, r, tabs["sources.csv"])
			}
		})
	}
}

// count is how many items s lists, separated by sep ("" is none).
func count(s, sep string) int {
	if s == "" {
		return 0
	}
	return strings.Count(s, sep) + 1
}

func byKey(rows []rowMap, key string) map[string]rowMap {
	out := map[string]rowMap{}
	for _, r := range rows {
		out[r[key]] = r
	}
	return out
}

// checkFlatSources compares a flat row's titles and quotes with sources.csv.
func checkFlatSources(t *testing.T, r rowMap, sources []rowMap) {
	t.Helper()
	var titles, quotes []string
	for _, s := range sources {
		if s["record_type"] == "investment" && s["record_id"] == r["id"] {
			titles, quotes = append(titles, s["title"]), append(quotes, s["quote"])
		}
	}
	var got []string
	if err := json.Unmarshal([]byte(r["source_quotes"]), &got); err != nil {
		t.Fatalf("%s source_quotes: %v", r["id"], err)
	}
	if r["source_titles"] != strings.Join(titles, "\n") || strings.Join(got, "\x00") != strings.Join(quotes, "\x00") || r["source_count"] != itoa(len(titles)) {
		t.Errorf("%s: sources %q %q %s, sources.csv %q %q", r["id"], r["source_titles"], got, r["source_count"], titles, quotes)
	}
}
