package publication_test

import (
	"os"
	"slices"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// seed loads the repository's real seed data.
func seed(t *testing.T) *publication.Publication {
	t.Helper()
	fsys := os.DirFS("../..")
	files, _ := load.Files(fsys)
	docs, errs := load.Load(fsys, files)
	c, err := check.New()
	if err != nil {
		t.Fatal(err)
	}
	d, checkErrs := c.Check(docs)
	if err := append(errs, checkErrs...).Err(); err != nil {
		t.Fatalf("seed data is invalid:\n%v", err)
	}
	return publication.Build(d)
}

func TestSeedKoreaTotal(t *testing.T) {
	s := seed(t).Summary
	// $9B package (which includes AWS's $5B+) plus AWS's earlier $4B Ulsan hub;
	// the $40B+ APEC-wide figure is excluded.
	want := publication.Total{USD: 13_000_000_000, Counted: 2, Undisclosed: 6}
	if s.Korea != want {
		t.Errorf("Korea total = %+v, want %+v", s.Korea, want)
	}
	if len(s.Excluded) != 1 || s.Excluded[0] != "aws-apec-ai-cloud-2025-2028" {
		t.Errorf("excluded = %v, want the APEC-wide figure only", s.Excluded)
	}
}

func TestBreakdownsAddUp(t *testing.T) {
	s := seed(t).Summary
	for name, rows := range map[string][]publication.Row{"region": s.ByRegion, "company": s.ByCompany, "sector": s.BySector, "year": s.ByYear} {
		var sum int64
		for _, r := range rows {
			sum += r.USD
		}
		if sum != s.Korea.USD {
			t.Errorf("by %s: rows add up to %d, want %d", name, sum, s.Korea.USD)
		}
	}
}

func TestSeedPerRecord(t *testing.T) {
	p := seed(t)
	company := map[string]*publication.Company{}
	for _, c := range p.Companies {
		company[c.ID] = c
	}
	aws := company["aws"]
	if got := len(aws.Investments); got != 3 {
		t.Errorf("AWS commitments = %d, want 3 (two in Korea, one APEC-wide)", got)
	}
	if want := (publication.Total{USD: 9_000_000_000, Counted: 2, AtLeast: true}); aws.Total != want {
		t.Errorf("AWS total = %+v, want %+v", aws.Total, want)
	}
	if want := (publication.Total{Undisclosed: 1}); company["renault-korea"].Total != want {
		t.Errorf("Renault Korea total = %+v, want %+v", company["renault-korea"].Total, want)
	}
	for _, r := range p.Regions {
		if r.Code == "KR-26" && (len(r.Investments) != 1 || r.Investments[0].Company != "renault-korea") {
			t.Errorf("Busan's commitments = %v, want Renault Korea's", r.Investments)
		}
	}
}

func TestCountingRules(t *testing.T) {
	usd := func(v int64, p record.Precision) *record.Amount {
		return &record.Amount{Value: v, Currency: "USD", Precision: p}
	}
	inv := func(id string, a *record.Amount, mod func(*record.Investment)) record.Investment {
		i := record.Investment{ID: id, Company: "synthetic-co", Kind: "expansion", Scope: record.ScopeKorea, Amount: a, Synthetic: true}
		if mod != nil {
			mod(&i)
		}
		return i
	}
	tests := []struct {
		name string
		invs []record.Investment
		want publication.Total
	}{
		{"package counted once", []record.Investment{
			inv("pkg", usd(10, record.Exact), func(i *record.Investment) { i.Kind, i.Company = record.KindPackage, "" }),
			inv("part", usd(4, record.Exact), func(i *record.Investment) { i.PartOf = "pkg" }),
		}, publication.Total{USD: 10, Counted: 1}},
		{"parts count when the package has no amount", []record.Investment{
			inv("pkg", nil, func(i *record.Investment) { i.Kind, i.Company = record.KindPackage, "" }),
			inv("a", usd(4, record.Exact), func(i *record.Investment) { i.PartOf = "pkg" }),
			inv("b", usd(5, record.About), func(i *record.Investment) { i.PartOf = "pkg" }),
		}, publication.Total{USD: 9, Counted: 2, Approximate: true}},
		{"multinational excluded", []record.Investment{
			inv("a", usd(4, record.Exact), nil),
			inv("b", usd(40, record.AtLeast), func(i *record.Investment) { i.Scope = record.ScopeMultinational }),
		}, publication.Total{USD: 4, Counted: 1}},
		{"at least counts at its floor", []record.Investment{inv("a", usd(5, record.AtLeast), nil)},
			publication.Total{USD: 5, Counted: 1, AtLeast: true}},
		{"undisclosed is not zero", []record.Investment{inv("a", nil, nil), inv("b", usd(1, record.Exact), nil)},
			publication.Total{USD: 1, Counted: 1, Undisclosed: 1}},
		{"no rate, not converted", []record.Investment{inv("a", &record.Amount{Value: 5, Currency: "KRW", Precision: record.Exact}, nil)},
			publication.Total{Unconverted: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := publication.Build(&record.Dataset{Investments: tt.invs})
			if got := p.Summary.Korea; got != tt.want {
				t.Errorf("got %+v, want %+v", got, tt.want)
			}
		})
	}
}

func TestRateConversion(t *testing.T) {
	d := &record.Dataset{
		Rates: []record.Rate{{Currency: "KRW", USDPerUnit: "0.0007", Date: "2025-10", Source: record.Source{Title: "Synthetic rate"}}},
		Investments: []record.Investment{{ID: "a", Company: "synthetic-co", Scope: record.ScopeKorea, Synthetic: true,
			Amount: &record.Amount{Value: 1_000_000_000_000, Currency: "KRW", Precision: record.Exact}}},
	}
	p := publication.Build(d)
	if v := p.Investments[0].ValueUSD; v == nil || *v != 700_000_000 {
		t.Errorf("value_usd = %v, want 700000000", v)
	}
}

// TestOrderIndependentLists: PartIDs and Summary.Excluded come out in id
// order whatever order the records were read in, and Excluded is an empty
// array rather than null when nothing is excluded (the published schema
// requires an array).
func TestOrderIndependentLists(t *testing.T) {
	inv := func(id string, mod func(*record.Investment)) record.Investment {
		i := record.Investment{ID: id, Company: "synthetic-co", Kind: "expansion", Scope: record.ScopeKorea, Synthetic: true}
		mod(&i)
		return i
	}
	part := func(i *record.Investment) { i.PartOf = "pkg" }
	multinational := func(i *record.Investment) { i.Scope = record.ScopeMultinational }
	d := &record.Dataset{Investments: []record.Investment{
		inv("c", part), inv("pkg", func(i *record.Investment) { i.Kind, i.Company = record.KindPackage, "" }),
		inv("a", part), inv("z", multinational), inv("m", multinational), inv("b", part),
	}}
	p := publication.Build(d)
	for _, i := range p.Investments {
		if i.ID == "pkg" && !slices.Equal(i.PartIDs, []string{"a", "b", "c"}) {
			t.Errorf("PartIDs = %v, want [a b c]", i.PartIDs)
		}
	}
	if got := p.Summary.Excluded; !slices.Equal(got, []string{"m", "z"}) {
		t.Errorf("Excluded = %v, want [m z]", got)
	}
	empty := publication.Build(&record.Dataset{Investments: []record.Investment{inv("a", part)}})
	if empty.Summary.Excluded == nil || len(empty.Summary.Excluded) != 0 {
		t.Errorf("Excluded = %#v, want an empty non-nil slice", empty.Summary.Excluded)
	}
}
