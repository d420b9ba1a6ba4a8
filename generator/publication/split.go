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

// SplitBy breaks down, for every group at once and in one pass over the
// shares, the part of Korea's total each group's commitments hold by dim,
// with the same counting rules as Summary (a company's commitments by year,
// a region's by sector). Rows are keyed by group (a company's id, a region's
// code); a commitment whose group is "" is left out, and so is the rest of
// a package that its parts do not itemise. A group's rows add up to its row
// of the Summary breakdown.
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
