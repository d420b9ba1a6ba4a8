package publication

import "strings"

// Dimension is what a breakdown groups by.
type Dimension int

// The dimensions of Summary's breakdowns.
const (
	ByRegion Dimension = iota
	ByCompany
	BySector
	ByYear
)

// Split breaks down the part of Korea's total that keep selects by dim,
// with the same counting rules as Summary: a company's commitments by year,
// a region's by sector. keep sees the commitment a share of the total
// belongs to (an itemised part, not its package); the rest of a package
// that its parts do not itemise belongs to no commitment and is kept only
// when keep is nil. With keep selecting what one row of a Summary
// breakdown holds (say, one company's commitments), the rows add up to
// that row's Total.
func (p *Publication) Split(keep func(*Investment) bool, dim Dimension) []Row {
	key, label := dimension(p, dim)
	if keep == nil {
		return breakdown(p, key, label)
	}
	kept := func(i *Investment) string {
		if i == nil || !keep(i) {
			return ""
		}
		return key(i)
	}
	rows := breakdown(p, func(i *Investment) string { return kept(i) }, label)
	out := rows[:0]
	for _, r := range rows {
		if r.Key != "" && r.Key != KeyNotItemised {
			out = append(out, r)
		}
	}
	return out
}

// dimension is how a breakdown by dim keys and labels its rows.
func dimension(p *Publication, dim Dimension) (key func(*Investment) string, label func(string) (string, string)) {
	l := newLabels(p)
	switch dim {
	case ByRegion:
		return regionKey, l.region
	case ByCompany:
		return func(i *Investment) string { return i.Company }, l.company
	case ByYear:
		return yearKey, l.plain
	}
	return sectorKey, l.plain
}

// RegionKey is the key of a commitment's row in a breakdown by region: its
// region's code when it names one, else KeyMultiple, KeyNationwide or KeyNotStated.
func RegionKey(i *Investment) string { return regionKey(i) }

// SplitBy is Split for every group at once: the rows of each group's
// commitments by dim, in one pass over the shares, keyed by group (a
// company's id, a region's code). A commitment whose group is "" is left out.
func (p *Publication) SplitBy(group func(*Investment) string, dim Dimension) map[string][]Row {
	key, label := dimension(p, dim)
	const sep = "\x00"
	rows := breakdown(p, func(i *Investment) string {
		if g := group(i); g != "" {
			return g + sep + key(i)
		}
		return ""
	}, func(k string) (string, string) {
		_, k, _ = strings.Cut(k, sep)
		return label(k)
	})
	out := map[string][]Row{}
	for _, r := range rows {
		g, k, ok := strings.Cut(r.Key, sep)
		if !ok {
			continue
		}
		r.Key = k
		out[g] = append(out[g], r)
	}
	return out
}
