package publication

import (
	"slices"
	"strconv"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// Keys of breakdown rows that are not a region, company, sector or year.
const (
	KeyMultiple    = "multiple"
	KeyNotStated   = "not-stated"
	KeyNotItemised = "not-itemised"
	KeyNationwide  = "nationwide"
)

// piece is what a breakdown attributes: a commitment alone, a part of a
// package, or a package's remainder (inv nil), the share of the package
// that no part itemises.
type piece struct {
	inv *Investment
	pkg *Investment
}

// group is a package in Korea with the sums of its parts' intervals,
// so that the parts a total leaves out are known without a second pass.
type group struct {
	whole iv
	parts acc
}

// acc adds intervals keeping how many are unbounded or approximate, so
// that a sum of some of them can be taken from a sum of all.
type acc struct {
	lo, hi      int64
	open, about int
	overflow    bool
}

func (a *acc) add(x iv) {
	var o1, o2 bool
	a.lo, o1 = addChecked(a.lo, x.lo)
	if x.open {
		a.open++
	} else {
		a.hi, o2 = addChecked(a.hi, x.hi)
	}
	if x.about {
		a.about++
	}
	a.overflow = a.overflow || o1 || o2 || x.overflow
}

// minus is the sum of the intervals in a that are not in b (b ⊆ a).
func (a acc) minus(b acc) acc {
	return acc{lo: a.lo - b.lo, hi: a.hi - b.hi, open: a.open - b.open, about: a.about - b.about, overflow: a.overflow}
}

func (a acc) iv() iv {
	return iv{lo: a.lo, hi: a.hi, open: a.open > 0, about: a.about > 0, overflow: a.overflow}
}

// inKoreanPackage reports whether i is a part of a package in Korea, which
// bounds it; a part of a package that covers other countries stands alone.
func inKoreanPackage(i *Investment) bool {
	return i.Package != nil && i.Package.Scope == record.ScopeKorea && i.Package.Kind == record.KindPackage
}

// pieces splits Korea's total into what breakdowns attribute; figures
// that cover other countries are not in it.
func pieces(p *Publication) []piece {
	var out []piece
	for _, i := range p.Investments {
		switch {
		case i.Scope != record.ScopeKorea:
		case i.Kind == record.KindPackage:
			out = append(out, piece{pkg: i})
		case inKoreanPackage(i):
			out = append(out, piece{inv: i, pkg: i.Package})
		default:
			out = append(out, piece{inv: i})
		}
	}
	return out
}

// groups sums every Korean package's parts once.
func groups(p *Publication) map[*Investment]*group {
	out := map[*Investment]*group{}
	for _, i := range p.Investments {
		if i.Scope == record.ScopeKorea && i.Kind == record.KindPackage {
			out[i] = &group{whole: span(i)}
		}
	}
	for _, i := range p.Investments {
		if i.Scope == record.ScopeKorea && inKoreanPackage(i) {
			out[i.Package].parts.add(span(i))
		}
	}
	return out
}

// summer takes totals of sets of pieces by the algebra.
type summer struct {
	groups   map[*Investment]*group
	overflow bool
}

// sum is the interval of the sum of pcs, with its counts.
func (s *summer) sum(pcs []piece) Total {
	var alone acc
	chosen := map[*Investment]*choice{}
	var order []*Investment
	var t Total
	for _, pc := range pcs {
		count(&t, pc)
		if pc.pkg == nil {
			alone.add(span(pc.inv))
			continue
		}
		c := chosen[pc.pkg]
		if c == nil {
			c = &choice{}
			chosen[pc.pkg] = c
			order = append(order, pc.pkg)
		}
		if pc.inv == nil {
			c.rest = true
		} else {
			c.parts.add(span(pc.inv))
		}
	}
	sum := alone.iv()
	for _, pkg := range order {
		sum = sum.plus(s.groups[pkg].take(*chosen[pkg]))
	}
	s.overflow = s.overflow || sum.overflow
	out := sum.total()
	out.Counted, out.Undisclosed, out.Unconverted = t.Counted, t.Undisclosed, t.Unconverted
	return out
}

// choice is the pieces of one package that a total takes.
type choice struct {
	parts acc
	rest  bool
}

// take is the interval of the pieces c takes of the package: the two
// formulas at the top of interval.go.
func (g *group) take(c choice) iv {
	t, u, whole := c.parts.iv(), g.parts.minus(c.parts).iv(), g.whole
	if c.rest {
		lo := t.lo
		if !u.open {
			lo = max(lo, whole.lo-u.hi)
		}
		return iv{lo: lo, hi: whole.hi - u.lo, open: whole.open,
			about: t.about || whole.about || u.about, overflow: t.overflow || u.overflow}
	}
	out := t
	if !whole.open && (t.open || whole.hi-u.lo <= t.hi) {
		out.hi, out.open = whole.hi-u.lo, false
		out.about = out.about || whole.about || u.about
	}
	return out
}

// count adds a piece to a total's counts: a stated amount, an undisclosed
// one, or one without a rate; a remainder counts its package's.
func count(t *Total, pc piece) {
	i := pc.inv
	if i == nil {
		i = pc.pkg
	}
	switch {
	case i.Amount == nil:
		t.Undisclosed++
	case i.ValueUSD == nil:
		t.Unconverted++
	default:
		t.Counted++
	}
}

// breakdown groups the pieces by key and totals each group.
func breakdown(p *Publication, s *summer, pcs []piece, key func(piece) string, label func(string) (string, string)) []Row {
	byKey := map[string][]piece{}
	for _, pc := range pcs {
		if k := key(pc); k != "" {
			byKey[k] = append(byKey[k], pc)
		}
	}
	out := make([]Row, 0, len(byKey))
	for k, pcs := range byKey {
		en, ko := label(k)
		out = append(out, Row{Key: k, Name: en, NameKo: ko, Total: s.sum(pcs)})
	}
	sortRows(out)
	return out
}

// summarise computes Korea's total and its breakdowns. Excluded is sorted
// and never nil, because the published schema requires an array, not null.
func summarise(p *Publication, s *summer) Summary {
	out := Summary{Excluded: []string{}}
	for _, i := range p.Investments {
		if i.Scope != record.ScopeKorea {
			out.Excluded = append(out.Excluded, i.ID)
		}
	}
	slices.Sort(out.Excluded)
	pcs := pieces(p)
	out.Korea = s.sum(pcs)
	by := func(dim Dimension) []Row {
		key, label := dimension(p, dim)
		return breakdown(p, s, pcs, key, label)
	}
	out.ByRegion, out.ByCompany, out.BySector, out.ByYear, out.ByStatus = by(ByRegion), by(ByCompany), by(BySector), by(ByYear), by(ByStatus)
	return out
}

// itemKey keys a piece by its commitment; a remainder is "not itemised".
func itemKey(f func(*Investment) string) func(piece) string {
	return func(pc piece) string {
		if pc.inv == nil {
			return KeyNotItemised
		}
		return f(pc.inv)
	}
}

func regionKey(i *Investment) string {
	switch {
	case len(i.Regions) == 1:
		return i.Regions[0]
	case len(i.Regions) > 1:
		return KeyMultiple
	case i.Nationwide:
		return KeyNationwide
	}
	return KeyNotStated
}

func sectorKey(i *Investment) string {
	switch len(i.Sectors) {
	case 0:
		return KeyNotStated
	case 1:
		return string(i.Sectors[0])
	}
	return KeyMultiple
}

// yearKey is the year a piece was announced: a part without a date takes
// its package's, and a remainder its package's.
func yearKey(pc piece) string {
	d := pc.pkg
	if pc.inv != nil {
		d = pc.inv
		if d.Announced == "" && pc.pkg != nil {
			d = pc.pkg
		}
	}
	if y := d.Announced.Year(); y != 0 {
		return strconv.Itoa(y)
	}
	return KeyNotStated
}

// statusKey is a piece's status; a remainder takes its package's.
func statusKey(pc piece) string {
	if pc.inv != nil {
		return string(pc.inv.Status)
	}
	return string(pc.pkg.Status)
}

// fillTotals gives every company its own total and its subsidiaries', and
// every region the total of what is located in it alone and of what it
// shares with other regions.
func fillTotals(p *Publication, s *summer) {
	pcs := pieces(p)
	own, subs, alone, shared := map[string][]piece{}, map[string][]piece{}, map[string][]piece{}, map[string][]piece{}
	parents := parentChains(p)
	for _, pc := range pcs {
		if pc.inv == nil {
			continue
		}
		own[pc.inv.Company] = append(own[pc.inv.Company], pc)
		for _, up := range parents[pc.inv.Company] {
			subs[up] = append(subs[up], pc)
		}
		if len(pc.inv.Regions) == 1 {
			alone[pc.inv.Regions[0]] = append(alone[pc.inv.Regions[0]], pc)
		}
		for _, code := range pc.inv.Regions {
			if len(pc.inv.Regions) > 1 {
				shared[code] = append(shared[code], pc)
			}
		}
	}
	for _, c := range p.Companies {
		c.Total, c.Subsidiaries = s.sum(own[c.ID]), s.sum(subs[c.ID])
	}
	fillIntervals(p, s, pcs)
	for _, r := range p.Regions {
		r.Total, r.Shared = s.sum(alone[r.Code]), s.sum(shared[r.Code])
		r.SharedCount = len(shared[r.Code])
	}
}

// fillIntervals gives every commitment its own interval, bounded by its
// package, and every package in Korea what its parts itemise and the rest.
func fillIntervals(p *Publication, s *summer, pcs []piece) {
	parts, rest := map[*Investment][]piece{}, map[*Investment]piece{}
	for _, pc := range pcs {
		switch {
		case pc.inv == nil:
			rest[pc.pkg] = pc
		case pc.pkg != nil:
			parts[pc.pkg] = append(parts[pc.pkg], pc)
		}
		if pc.inv != nil {
			t := s.sum([]piece{pc})
			pc.inv.USDMin, pc.inv.USDMax = t.Min, t.Max
		}
	}
	for _, i := range p.Investments {
		if r, ok := rest[i]; ok {
			i.Itemised, i.Rest = s.sum(parts[i]), s.sum([]piece{r})
			t := s.sum(append(parts[i], r))
			i.USDMin, i.USDMax = t.Min, t.Max
		} else if i.Scope != record.ScopeKorea {
			t := span(i).total()
			i.USDMin, i.USDMax = t.Min, t.Max
		}
	}
}

// parentChains lists, for each company, its parent, the parent's parent
// and so on (a cycle, which check refuses, stops the walk).
func parentChains(p *Publication) map[string][]string {
	parent := map[string]string{}
	for _, c := range p.Companies {
		parent[c.ID] = c.Parent
	}
	out := map[string][]string{}
	for _, c := range p.Companies {
		seen := map[string]bool{c.ID: true}
		for up := parent[c.ID]; up != "" && !seen[up]; up = parent[up] {
			seen[up] = true
			out[c.ID] = append(out[c.ID], up)
		}
	}
	return out
}

// Piece is how one commitment enters a sum of commitments by the amount
// algebra, for a client that adds up the ones it shows (the commitments
// list's filters, which take the sum as summer.sum does).
type Piece struct {
	// Role is "alone", "part" (of a package in Korea, Package), "package"
	// (standing for the remainder its parts do not itemise) or "outside"
	// (Korea's total leaves it out).
	Role, Package string
	// Lo, Hi (nil: no upper end) and About are the commitment's own interval.
	Lo    int64
	Hi    *int64
	About bool
	// Count is what it adds to a total's counts: "counted", "undisclosed" or "unconverted".
	Count string
}

// PieceOf is i's piece, by the rules of pieces and count.
func PieceOf(i *Investment) Piece {
	s := span(i)
	out := Piece{Role: "alone", Lo: s.lo, About: s.about, Count: "counted"}
	if !s.open {
		hi := max(s.hi, s.lo)
		out.Hi = &hi
	}
	switch {
	case i.Scope != record.ScopeKorea:
		out.Role = "outside"
	case i.Kind == record.KindPackage:
		out.Role, out.Package = "package", i.ID
	case inKoreanPackage(i):
		out.Role, out.Package = "part", i.Package.ID
	}
	var t Total
	count(&t, piece{inv: i})
	switch {
	case t.Undisclosed > 0:
		out.Count = "undisclosed"
	case t.Unconverted > 0:
		out.Count = "unconverted"
	}
	return out
}
