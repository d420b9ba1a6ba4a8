package publication_test

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/publication"
)

// TestExceeds: one total is proven larger than another only when its
// smallest value is above the other's largest.
func TestExceeds(t *testing.T) {
	tests := []struct {
		name string
		a, b publication.Total
		want bool
	}{
		{"apart", usd(5, 9), usd(0, 4), true},
		{"touching", usd(4, 4), usd(0, 4), false},
		{"overlapping", usd(3, 9), usd(0, 4), false},
		{"below", usd(0, 4), usd(5, 9), false},
		{"other unbounded", usd(5, 9), open(0), false},
		{"own unbounded", open(5), usd(0, 4), true},
		{"equal exact", usd(4, 4), usd(4, 4), false},
		{"nothing", usd(1, 1), usd(0, 0), true},
	}
	for _, tt := range tests {
		if got := tt.a.Exceeds(tt.b); got != tt.want {
			t.Errorf("%s: %s Exceeds %s = %v, want %v", tt.name, show(tt.a), show(tt.b), got, tt.want)
		}
	}
}

// TestLargest: one total is named the largest only when it exceeds every other.
func TestLargest(t *testing.T) {
	tests := []struct {
		name string
		in   []publication.Total
		want int
	}{
		{"one", []publication.Total{usd(1, 1)}, 0},
		{"proven", []publication.Total{usd(0, 4), usd(5, 9), usd(4, 4)}, 1},
		{"touching", []publication.Total{usd(4, 4), usd(0, 4)}, -1},
		{"undisclosed beside", []publication.Total{usd(5, 9), open(0)}, -1},
		{"none", nil, -1},
	}
	for _, tt := range tests {
		if got := publication.Largest(tt.in); got != tt.want {
			t.Errorf("%s: Largest = %d, want %d", tt.name, got, tt.want)
		}
	}
}

// named is an item to order: a name and its total.
type named struct {
	name  string
	total publication.Total
}

func order(xs []named) string {
	publication.Order(xs, func(x named) publication.Total { return x.total },
		func(a, b named) int { return strings.Compare(a.name, b.name) })
	var out []string
	for _, x := range xs {
		out = append(out, x.name)
	}
	return strings.Join(out, " ")
}

// TestOrder: items keep the neutral order except that one proven larger
// than another comes before it; overlapping intervals are not ranked.
func TestOrder(t *testing.T) {
	tests := []struct {
		name string
		in   []named
		want string
	}{
		{"overlapping stay by name", []named{{"c", open(3)}, {"a", usd(0, 4)}, {"b", usd(4, 4)}}, "a b c"},
		// The seed's home page: "several regions" holds [5, 9] billion,
		// more than Ulsan's exact 4 and every "up to 4".
		{"seed regions", []named{{"busan", usd(0, 4)}, {"north-gyeongsang", usd(0, 4)}, {"ulsan", usd(4, 4)},
			{"several", usd(5, 9)}, {"not-itemised", usd(0, 4)}}, "several busan north-gyeongsang not-itemised ulsan"},
		{"a proven chain", []named{{"a", usd(1, 1)}, {"b", usd(2, 2)}, {"c", usd(3, 3)}}, "c b a"},
		{"moved only as far as proven", []named{{"a", usd(0, 10)}, {"b", usd(0, 1)}, {"c", usd(5, 5)}}, "a c b"},
		{"equal exact amounts by name", []named{{"b", usd(4, 4)}, {"a", usd(4, 4)}}, "a b"},
		{"empty", nil, ""},
	}
	for _, tt := range tests {
		if got := order(slices.Clone(tt.in)); got != tt.want {
			t.Errorf("%s: Order = %q, want %q", tt.name, got, tt.want)
		}
	}
}

// TestOrderNeverAboveProvenLarger: over many random intervals, Order never
// puts an item before one whose interval proves it larger, keeps every
// item, and is a ranking (Ranked) only when each item exceeds the next.
func TestOrderNeverAboveProvenLarger(t *testing.T) {
	r := rand.New(rand.NewPCG(18, 1))
	for n := range 2000 {
		xs := make([]named, r.IntN(8))
		for i := range xs {
			lo := r.Int64N(10)
			xs[i] = named{name: string(rune('a' + r.IntN(26))), total: usd(lo, lo+r.Int64N(6))}
			if r.IntN(4) == 0 {
				xs[i].total = open(lo)
			}
		}
		in := slices.Clone(xs)
		order(xs)
		if len(xs) != len(in) {
			t.Fatalf("case %d: Order kept %d of %d items", n, len(xs), len(in))
		}
		ts := make([]publication.Total, len(xs))
		for i, a := range xs {
			ts[i] = a.total
			for _, b := range xs[i+1:] {
				if b.total.Exceeds(a.total) {
					t.Fatalf("case %d: %s %s is placed before %s %s, which is proven larger", n, a.name, show(a.total), b.name, show(b.total))
				}
			}
		}
		chain := true
		for i := 1; i < len(ts); i++ {
			for _, u := range ts[i:] {
				chain = chain && ts[i-1].Exceeds(u)
			}
		}
		if got := publication.Ranked(ts); got != chain {
			t.Fatalf("case %d: Ranked(%v) = %v, want %v", n, xs, got, chain)
		}
	}
}
