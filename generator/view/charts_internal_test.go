package view

import (
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
)

// TestBarChartOrder: bars are by name, the rows that are not one category
// last, except where an interval proves one larger than another; the
// summary says what the order means, in both languages, and over time
// (columns) the order is the rows' own.
func TestBarChartOrder(t *testing.T) {
	n := func(lo, hi int64) publication.Total { return publication.Total{Min: lo, Max: &hi, Counted: 1} }
	open := publication.Total{Undisclosed: 1}
	seed := []publication.Row{ // the seed's breakdown by region, by key
		{Key: "KR-26", Name: "Busan", NameKo: "부산광역시", Total: n(0, 4e9)},
		{Key: "KR-31", Name: "Ulsan", NameKo: "울산광역시", Total: n(4e9, 4e9)},
		{Key: "KR-47", Name: "North Gyeongsang", NameKo: "경상북도", Total: n(0, 4e9)},
		{Key: publication.KeyMultiple, Name: "Several regions", NameKo: "여러 지역", Total: n(5e9, 9e9)},
		{Key: publication.KeyNotStated, Name: "Not stated", NameKo: "밝혀지지 않음", Total: n(0, 4e9)},
	}
	chain := []publication.Row{
		{Key: "KR-11", Name: "Seoul", NameKo: "서울특별시", Total: n(1, 1)},
		{Key: "KR-26", Name: "Busan", NameKo: "부산광역시", Total: n(3, 3)},
	}
	overlap := []publication.Row{
		{Key: "KR-31", Name: "Ulsan", NameKo: "울산광역시", Total: n(9e9, 9e9)},
		{Key: "KR-26", Name: "Busan", NameKo: "부산광역시", Total: open},
	}
	tests := []struct {
		name     string
		lang     string
		rows     []publication.Row
		overTime bool
		want     string // the rows' names, in order
		order    string // the key of the order's sentence, "" for none
	}{
		{"seed, English", "en", seed, false, "Several regions|Busan|North Gyeongsang|Ulsan|Not stated", "chart_order"},
		{"seed, Korean", "ko", seed, false, "여러 지역|경상북도|부산광역시|울산광역시|밝혀지지 않음", "chart_order"},
		{"a proven chain", "en", chain, false, "Busan|Seoul", "chart_order_ranked"},
		{"undisclosed beside exact", "en", overlap, false, "Busan|Ulsan", "chart_order"},
		{"one bar", "en", chain[:1], false, "Seoul", ""},
		{"over time", "en", chain, true, "Seoul|Busan", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := builder{Kit: page.Kit{L: testLocale(t, tt.lang)}}
			v := b.barChart("c", "title", "head", b.chartRows(tt.rows, b.regionLabel), tt.overTime, n(0, 13e9))
			var got []string
			for _, r := range v.Rows {
				got = append(got, r.Link.Name)
			}
			if strings.Join(got, "|") != tt.want {
				t.Errorf("rows = %q, want %q", strings.Join(got, "|"), tt.want)
			}
			for _, key := range []string{"chart_order", "chart_order_ranked"} {
				if has := strings.HasSuffix(v.Summary, b.L.W(key)); has != (key == tt.order) {
					t.Errorf("summary %q ends with %s = %v, want %v", v.Summary, key, has, !has)
				}
			}
		})
	}
}
