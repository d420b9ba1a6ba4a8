package publication

// Dimension is what a breakdown groups by.
type Dimension int

// The dimensions of Summary's breakdowns.
const (
	ByRegion Dimension = iota
	ByCompany
	BySector
	ByYear
	ByStatus
)

// dimension is how a breakdown by dim keys and labels its rows.
func dimension(p *Publication, dim Dimension) (key func(piece) string, label func(string) (string, string)) {
	l := newLabels(p)
	switch dim {
	case ByRegion:
		return itemKey(regionKey), l.region
	case ByCompany:
		return itemKey(func(i *Investment) string { return i.Company }), l.company
	case ByYear:
		return yearKey, l.plain
	case ByStatus:
		return statusKey, l.plain
	}
	return itemKey(sectorKey), l.sector
}

// RegionKey is the key of a commitment's row in a breakdown by region: its
// region's code when it names one, else KeyMultiple, KeyNationwide or KeyNotStated.
func RegionKey(i *Investment) string { return regionKey(i) }

// SplitBy breaks down, for every group at once and in one pass over the
// shares, the part of Korea's total each group's commitments hold by dim,
// with the same counting rules as Summary (a company's commitments by year,
// a region's by sector), each row by the amount algebra. Rows are keyed by
// group (a company's id, a region's code); a commitment whose group is ""
// is left out, and so is the rest of a package that its parts do not
// itemise.
func (p *Publication) SplitBy(group func(*Investment) string, dim Dimension) map[string][]Row {
	key, label := dimension(p, dim)
	s := &summer{groups: groups(p)}
	byGroup := map[string][]piece{}
	for _, pc := range pieces(p) {
		if pc.inv == nil {
			continue
		}
		if g := group(pc.inv); g != "" {
			byGroup[g] = append(byGroup[g], pc)
		}
	}
	out := make(map[string][]Row, len(byGroup))
	for g, pcs := range byGroup {
		out[g] = breakdown(p, s, pcs, key, label)
	}
	return out
}
