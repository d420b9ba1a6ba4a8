package publication

import (
	"math"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// The amount algebra (content/methodology.md states it for readers). Every
// amount and every total is a closed interval of whole US dollars, its
// upper end possibly unbounded, with the number of commitments whose amount
// is undisclosed (or has no rate) inside it. One amount's interval, by how
// the source states it:
//
//	exact v: [v, v]     about v: [v, v], approximate   at least v: [v, ∞)
//	up to v: [0, v]     v to w: [v, w]                 undisclosed: [0, ∞)
//
// "About" is never turned into exact: the interval is the stated figure's,
// and every total whose ends depend on an "about" figure is approximate.
// A package P holds its parts p₁…pₖ and a remainder r ≥ 0 that no part
// itemises: P = p₁ + … + pₖ + r. So the parts bound each other and the
// package bounds every part; a total that takes the set T of a package's
// pieces (parts, remainder), U being the others, is
//
//	r in T:     [max(ΣT min, P.min − ΣU max), P.max − ΣU min]
//	r not in T: [ΣT min, min(ΣT max, P.max − ΣU min)]
//
// and pieces of different packages, or commitments alone, add end to end.
// Each formula is the smallest and largest value the sum can take over all
// values the records allow (the oracle test holds them to it).

// Total is a sum by the amount algebra: a closed interval of US dollars.
type Total struct {
	// Min is the smallest value the sources allow, in US dollars.
	// ko: 출처들이 허용하는 최솟값(미국 달러).
	Min int64 `json:"usd_min"`
	// Max is the largest value the sources allow, in US dollars; absent when they set no upper bound.
	// ko: 출처들이 허용하는 최댓값(미국 달러). 상한이 없으면 없습니다.
	Max *int64 `json:"usd_max,omitempty"`
	// Approximate is true when an end of the interval rests on an amount stated as "about".
	// ko: 구간의 한쪽 끝이 "약"으로 밝혀진 금액에 기대면 true입니다.
	Approximate bool `json:"approximate"`
	// Counted is how many stated amounts the interval rests on (a package's remainder counts the package's).
	// ko: 구간이 기대는 밝혀진 금액의 수(패키지의 나머지는 패키지의 금액을 셉니다).
	Counted int `json:"counted"`
	// Undisclosed is how many commitments in the total have no amount of their own.
	// ko: 합계에 든 약속 가운데 자체 금액이 없는 약속의 수.
	Undisclosed int `json:"undisclosed"`
	// Unconverted is how many amounts in the total have no US dollar rate: each is counted as undisclosed in US dollars.
	// ko: 합계에 든 금액 가운데 미국 달러 환율이 없는 금액의 수. 각각 미국 달러로는 비공개로 셉니다.
	Unconverted int `json:"unconverted"`
}

// Exact reports whether the interval is one value.
func (t Total) Exact() bool { return t.Max != nil && *t.Max == t.Min }

// Empty reports whether the total covers no commitment at all.
func (t Total) Empty() bool {
	return t.Counted == 0 && t.Undisclosed == 0 && t.Unconverted == 0 && t.Min == 0 && t.Max != nil && *t.Max == 0
}

// iv is an interval under construction: open means no upper end.
type iv struct {
	lo, hi   int64
	open     bool
	about    bool
	overflow bool
}

// span is one commitment's own interval in US dollars, by the table above;
// an undisclosed or unconvertible amount is [0, ∞).
func span(i *Investment) iv {
	if i.Amount == nil || i.ValueUSD == nil {
		return iv{open: true}
	}
	v := *i.ValueUSD
	switch i.Amount.Precision {
	case record.AtLeast:
		return iv{lo: v, open: true}
	case record.AtMost:
		return iv{hi: v}
	case record.Range:
		return iv{lo: v, hi: *i.MaxUSD}
	case record.About:
		return iv{lo: v, hi: v, about: true}
	}
	return iv{lo: v, hi: v}
}

// plus adds two intervals end to end; a sum past int64 sets overflow
// rather than wrap.
func (a iv) plus(b iv) iv {
	lo, o1 := addChecked(a.lo, b.lo)
	hi, o2 := addChecked(a.hi, b.hi)
	return iv{lo: lo, hi: hi, open: a.open || b.open, about: a.about || b.about, overflow: a.overflow || b.overflow || o1 || o2}
}

func addChecked(a, b int64) (int64, bool) {
	if b > 0 && a > math.MaxInt64-b {
		return math.MaxInt64, true
	}
	return a + b, false
}

// total turns the interval into a Total.
func (a iv) total() Total {
	t := Total{Min: a.lo, Approximate: a.about}
	if !a.open {
		hi := max(a.hi, a.lo)
		t.Max = &hi
	}
	return t
}

// Reach is what may be committed in the region: at least what is in it
// alone, at most that and all it shares with other regions.
func (r *Region) Reach() Total {
	t := r.Total
	if t.Max != nil && r.Shared.Max != nil {
		hi, over := addChecked(*t.Max, *r.Shared.Max)
		if !over {
			t.Max = &hi
			return t
		}
	}
	t.Max = nil
	return t
}
