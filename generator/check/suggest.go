package check

import (
	"iter"
	"maps"
	"slices"
)

// suggest returns the candidate one edit away from s (an insertion, deletion,
// substitution or swap of neighbours), or "" when there is none or several.
func suggest(s string, candidates []string) string {
	found := ""
	for _, c := range candidates {
		if c != s && distance(s, c) == 1 {
			if found != "" {
				return ""
			}
			found = c
		}
	}
	return found
}

// distance is the optimal string alignment distance between a and b, in runes.
func distance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev2, prev, cur := make([]int, len(rb)+1), make([]int, len(rb)+1), make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(rb)]
}

func mapKeys[V any](m map[string]V) iter.Seq[string] { return maps.Keys(m) }

func sortedKeys[V any](m map[string]V) []string { return slices.Sorted(maps.Keys(m)) }
