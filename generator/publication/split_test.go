package publication

import (
	"reflect"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// TestSplitAddsUp: a company's commitments by year, and a region's by
// sector, add up to the company's and the region's totals.
func TestSplitAddsUp(t *testing.T) {
	p := Build(splitFixture())
	sum := func(rows []Row) (usd int64, undisclosed int) {
		for _, r := range rows {
			usd += r.USD
			undisclosed += r.Undisclosed
		}
		return
	}
	for _, c := range p.Companies {
		usd, und := sum(p.split(func(i *Investment) bool { return i.Company == c.ID }, ByYear))
		if usd != c.Total.USD || und != c.Total.Undisclosed {
			t.Errorf("%s by year: %d, %d undisclosed; total %d, %d", c.ID, usd, und, c.Total.USD, c.Total.Undisclosed)
		}
	}
	for _, r := range p.Regions {
		usd, und := sum(p.split(func(i *Investment) bool { return RegionKey(i) == r.Code }, BySector))
		if usd != r.Total.USD || und != r.Total.Undisclosed {
			t.Errorf("%s by sector: %d, %d undisclosed; total %d, %d", r.Code, usd, und, r.Total.USD, r.Total.Undisclosed)
		}
	}
	if usd, _ := sum(p.split(nil, BySector)); usd != p.Summary.Korea.USD {
		t.Errorf("all by sector: %d, Korea %d", usd, p.Summary.Korea.USD)
	}
}

// splitFixture is synthetic: companies "a" and "b" and every amount are
// invented; only the region codes and names are real.
func splitFixture() *record.Dataset {
	amt := func(v int64, pr record.Precision) *record.Amount {
		return &record.Amount{Value: v, Currency: "USD", Precision: pr}
	}
	return &record.Dataset{
		Companies: []record.Company{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}},
		Regions:   []record.Region{{Code: "KR-11", Name: "Seoul"}, {Code: "KR-26", Name: "Busan"}},
		Investments: []record.Investment{
			{ID: "a1", Company: "a", Amount: amt(100, record.Exact), Announced: "2024-01", Regions: []string{"KR-11"}, Sectors: []record.Sector{"semiconductors"}, Scope: record.ScopeKorea},
			{ID: "a2", Company: "a", Amount: amt(50, record.AtLeast), Announced: "2025", Regions: []string{"KR-11"}, Scope: record.ScopeKorea},
			{ID: "a3", Company: "a", Announced: "2025", Regions: []string{"KR-26"}, Scope: record.ScopeKorea},
			{ID: "pkg", Kind: record.KindPackage, Companies: []string{"a", "b"}, Amount: amt(1000, record.Exact), Announced: "2025", Scope: record.ScopeKorea},
			{ID: "b1", Company: "b", PartOf: "pkg", Amount: amt(300, record.Exact), Announced: "2025", Regions: []string{"KR-26"}, Scope: record.ScopeKorea},
			{ID: "b2", Company: "b", PartOf: "pkg", Announced: "2025", Regions: []string{"KR-26"}, Scope: record.ScopeKorea},
			{ID: "m", Company: "b", Amount: amt(9999, record.Exact), Scope: record.ScopeMultinational},
		},
	}
}

// TestSplitBy: grouping in one pass gives what Split gives group by group.
func TestSplitBy(t *testing.T) {
	p := Build(splitFixture())
	all := p.SplitBy(func(i *Investment) string { return i.Company }, ByYear)
	for _, c := range p.Companies {
		want := p.split(func(i *Investment) bool { return i.Company == c.ID }, ByYear)
		if !reflect.DeepEqual(all[c.ID], want) {
			t.Errorf("%s: SplitBy %+v, Split %+v", c.ID, all[c.ID], want)
		}
	}
}

// split is the one-group reference for SplitBy: it breaks down the part of Korea's total that keep selects by dim,
// with the same counting rules as Summary: a company's commitments by year,
// a region's by sector. keep sees the commitment a share of the total
// belongs to (an itemised part, not its package); the rest of a package
// that its parts do not itemise belongs to no commitment and is kept only
// when keep is nil. With keep selecting what one row of a Summary
// breakdown holds (say, one company's commitments), the rows add up to
// that row's Total.
func (p *Publication) split(keep func(*Investment) bool, dim Dimension) []Row {
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
