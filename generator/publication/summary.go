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

// share is a piece of Korea's total that a breakdown can attribute: a counted
// commitment, an itemised part of a counted package, or the part of a
// package's amount that its parts do not itemise.
type share struct {
	inv       *Investment // nil for a package's remainder
	pkg       *Investment // the package of a remainder
	usd       int64
	precision record.Precision
}

// add counts one commitment's amount (or its absence) into t.
func (t *Total) add(usd int64, p record.Precision) {
	t.USD += usd
	t.Counted++
	switch p {
	case record.AtLeast, record.Range:
		t.AtLeast = true
	case record.About:
		t.Approximate = true
	}
}

// tally adds a commitment to t whether or not it has an amount: undisclosed
// and unconvertible amounts are counted as such, never as zero.
func (t *Total) tally(i *Investment) {
	switch {
	case i.Amount == nil:
		t.Undisclosed++
	case i.ValueUSD == nil:
		t.Unconverted++
	default:
		t.add(*i.ValueUSD, i.Amount.Precision)
	}
}

// shares splits Korea's total so that breakdowns add up: packages with an
// amount become their itemised parts plus a not-itemised remainder.
func shares(p *Publication) []share {
	var out []share
	for _, i := range p.Investments {
		if !i.CountsTowardKoreaTotal {
			continue
		}
		if len(i.Parts) == 0 {
			out = append(out, share{inv: i, usd: *i.ValueUSD, precision: i.Amount.Precision})
			continue
		}
		out = append(out, packageShares(i)...)
	}
	return out
}

func packageShares(pkg *Investment) []share {
	var out []share
	rest := *pkg.ValueUSD
	for _, part := range pkg.Parts {
		if part.Scope != record.ScopeKorea || part.ValueUSD == nil {
			continue
		}
		out = append(out, share{inv: part, usd: *part.ValueUSD, precision: part.Amount.Precision})
		rest -= *part.ValueUSD
	}
	if rest > 0 {
		out = append(out, share{pkg: pkg, usd: rest, precision: remainderPrecision(pkg)})
	}
	return out
}

// remainderPrecision: when a part is a floor, the remainder is a ceiling.
func remainderPrecision(pkg *Investment) record.Precision {
	for _, part := range pkg.Parts {
		if part.Amount != nil && (part.Amount.Precision == record.AtLeast || part.Amount.Precision == record.Range) {
			return record.AtMost
		}
	}
	return pkg.Amount.Precision
}

// breakdown groups shares and undisclosed commitments by a key function.
func breakdown(p *Publication, key func(*Investment) string, label func(string) (string, string)) []Row {
	rows := map[string]*Row{}
	row := func(k string) *Row {
		if rows[k] == nil {
			en, ko := label(k)
			rows[k] = &Row{Key: k, Name: en, NameKo: ko}
		}
		return rows[k]
	}
	for _, s := range shares(p) {
		k := KeyNotItemised
		if s.inv != nil {
			k = key(s.inv)
		}
		row(k).add(s.usd, s.precision)
	}
	for _, i := range p.Investments {
		if i.Scope == record.ScopeKorea && i.Kind != record.KindPackage && i.ValueUSD == nil {
			row(key(i)).tally(i)
		}
	}
	out := make([]Row, 0, len(rows))
	for _, r := range rows {
		out = append(out, *r)
	}
	sortRows(out)
	return out
}

// summarise computes Korea's total and its breakdowns. Excluded is sorted
// and never nil, because the published schema requires an array, not null.
func summarise(p *Publication) Summary {
	s := Summary{Excluded: []string{}}
	for _, i := range p.Investments {
		switch {
		case i.Scope != record.ScopeKorea:
			s.Excluded = append(s.Excluded, i.ID)
		case i.CountsTowardKoreaTotal:
			s.Korea.add(*i.ValueUSD, i.Amount.Precision)
		case i.Kind != record.KindPackage && i.ValueUSD == nil:
			s.Korea.tally(i)
		}
	}
	slices.Sort(s.Excluded)
	by := func(dim Dimension) []Row {
		key, label := dimension(p, dim)
		return breakdown(p, key, label)
	}
	s.ByRegion, s.ByCompany, s.BySector, s.ByYear = by(ByRegion), by(ByCompany), by(BySector), by(ByYear)
	return s
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

func yearKey(i *Investment) string {
	if y := i.Announced.Year(); y != 0 {
		return strconv.Itoa(y)
	}
	return KeyNotStated
}

// fillTotals copies the breakdown rows onto companies and regions, and counts
// each region's commitments shared with other regions.
func fillTotals(p *Publication) {
	byCompany := rowMap(p.Summary.ByCompany)
	for _, c := range p.Companies {
		c.Total = byCompany[c.ID]
	}
	byRegion := rowMap(p.Summary.ByRegion)
	for _, r := range p.Regions {
		r.Total = byRegion[r.Code]
		for _, i := range r.Investments {
			if len(i.Regions) > 1 {
				r.SharedCount++
			}
		}
	}
}

func rowMap(rows []Row) map[string]Total {
	m := make(map[string]Total, len(rows))
	for _, r := range rows {
		m[r.Key] = r.Total
	}
	return m
}
