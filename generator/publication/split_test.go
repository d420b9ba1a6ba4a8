package publication

import (
	"reflect"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/record"
)

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

// split is the one-group reference for SplitBy: the pieces of the
// commitments keep selects (a remainder belongs to none), broken down by dim.
func (p *Publication) split(keep func(*Investment) bool, dim Dimension) []Row {
	key, label := dimension(p, dim)
	var kept []piece
	for _, pc := range pieces(p) {
		if pc.inv != nil && keep(pc.inv) {
			kept = append(kept, pc)
		}
	}
	return breakdown(p, &summer{groups: groups(p)}, kept, key, label)
}
