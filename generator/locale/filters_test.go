package locale_test

import (
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
	"github.com/korea-investment-tracker/kit/generator/locale"
)

// TestFiltersInterval: the commitments list's filters
// (site/static/js/filters.js) word the total of the rows shown as Interval
// does, in English and Korean.
func TestFiltersInterval(t *testing.T) {
	cats, err := locale.ReadRepository("../..")
	if err != nil {
		t.Fatal(err)
	}
	type jsCase struct {
		Lang        string `json:"lang"`
		Lo          int64  `json:"lo"`
		Hi          *int64 `json:"hi"`
		About       bool   `json:"about"`
		Undisclosed string `json:"undisclosed"`
		Want        string `json:"want"`
	}
	ptr := func(v int64) *int64 { return &v }
	intervals := []struct {
		lo int64
		hi *int64
	}{{0, nil}, {5e9, nil}, {4e9, ptr(4e9)}, {0, ptr(4e9)}, {5e9, ptr(9e9)}, {9_500_000_000, ptr(13_250_000_000)},
		{3_293_362, ptr(3_293_362)}, {1_200_000_000_000, nil}, {12_345, ptr(120_000_000)}, {1_000_000, ptr(2_500_000_000_000)}}
	var cases []jsCase
	for _, lang := range []string{"en", "ko"} {
		l := locale.New(lang, cats[lang])
		for _, iv := range intervals {
			for _, about := range []bool{false, true} {
				cases = append(cases, jsCase{Lang: lang, Lo: iv.lo, Hi: iv.hi, About: about, Undisclosed: l.W("total_undisclosed"),
					Want: l.Interval(iv.lo, iv.hi, about)})
			}
		}
	}
	testrepo.RunFiltersJS(t, "testdata/filters-interval.js", cases)
}
