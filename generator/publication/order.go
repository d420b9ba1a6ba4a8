package publication

import "slices"

// Exceeds reports whether t is proven larger than u: t's smallest value is
// above u's largest, so every value the sources allow for t is more than
// every value they allow for u. It is the only ground on which a page may
// rank one total above another.
func (t Total) Exceeds(u Total) bool { return u.Max != nil && t.Min > *u.Max }

// Largest is the index of the total that Exceeds every other, the only case
// in which one is known to be the most; -1 when there is none.
func Largest(ts []Total) int {
	best := -1
	for i, t := range ts {
		if best < 0 || t.Min > ts[best].Min {
			best = i
		}
	}
	for i, t := range ts {
		if i != best && !ts[best].Exceeds(t) {
			return -1
		}
	}
	return best
}

// Order sorts xs in the order neutral gives them (a name, a code), except
// that an item whose total Exceeds another's comes before it: of all orders
// that put no item above one proven larger, the first by neutral. So an
// order of bars or rows claims a ranking only where the intervals prove it.
func Order[T any](xs []T, total func(T) Total, neutral func(a, b T) int) {
	slices.SortStableFunc(xs, neutral)
	ts := make([]Total, len(xs))
	for i, x := range xs {
		ts[i] = total(x)
	}
	above := make([]int, len(xs)) // how many unplaced items exceed each
	for i := range ts {
		for j := range ts {
			if ts[j].Exceeds(ts[i]) {
				above[i]++
			}
		}
	}
	out := make([]T, 0, len(xs))
	placed := make([]bool, len(xs))
	for len(out) < len(xs) {
		k := firstFree(above, placed)
		placed[k] = true
		out = append(out, xs[k])
		for i := range ts {
			if ts[k].Exceeds(ts[i]) {
				above[i]--
			}
		}
	}
	copy(xs, out)
}

// firstFree is the first unplaced item that no unplaced item exceeds (one
// always exists among totals whose max is not below their min, since
// Exceeds then admits no cycle); else the first unplaced item.
func firstFree(above []int, placed []bool) int {
	first := -1
	for i, n := range above {
		if placed[i] {
			continue
		}
		if n == 0 {
			return i
		}
		if first < 0 {
			first = i
		}
	}
	return first
}

// Ranked reports whether ts, in their order, is proven largest first: each
// Exceeds the next, so the order is a ranking.
func Ranked(ts []Total) bool {
	for i := 1; i < len(ts); i++ {
		if !ts[i-1].Exceeds(ts[i]) {
			return false
		}
	}
	return true
}
