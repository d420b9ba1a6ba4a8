package publication_test

import (
	"fmt"
	"os"
	"slices"
	"strings"
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

// usd is a finite interval for the tables below; open is [min, ∞).
func usd(lo, hi int64) publication.Total { return publication.Total{Min: lo, Max: &hi} }
func open(lo int64) publication.Total    { return publication.Total{Min: lo} }

// same compares the intervals and counts of two totals.
func same(a, b publication.Total) bool {
	return a.Min == b.Min && (a.Max == nil) == (b.Max == nil) && (a.Max == nil || *a.Max == *b.Max) &&
		a.Approximate == b.Approximate && a.Undisclosed == b.Undisclosed && a.Unconverted == b.Unconverted
}

func show(t publication.Total) string {
	hi := "∞"
	if t.Max != nil {
		hi = fmt.Sprint(*t.Max)
	}
	return fmt.Sprintf("[%d, %s] about=%v undisclosed=%d unconverted=%d", t.Min, hi, t.Approximate, t.Undisclosed, t.Unconverted)
}

func with(t publication.Total, undisclosed int) publication.Total {
	t.Undisclosed = undisclosed
	return t
}

// TestSeed: the totals the issue names, on the real seed.
func TestSeed(t *testing.T) {
	p := seed(t)
	s := p.Summary
	if want := with(usd(13e9, 13e9), 6); !same(s.Korea, want) {
		t.Errorf("Korea = %s, want %s", show(s.Korea), show(want))
	}
	if len(s.Excluded) != 1 || s.Excluded[0] != "aws-apec-ai-cloud-2025-2028" {
		t.Errorf("excluded = %v, want the APEC-wide figure only", s.Excluded)
	}
	rows := map[string]publication.Total{}
	for _, b := range []struct {
		name string
		rows []publication.Row
	}{{"region", s.ByRegion}, {"company", s.ByCompany}, {"year", s.ByYear}} {
		for _, r := range b.rows {
			rows[b.name+"/"+r.Key] = r.Total
		}
	}
	tests := []struct {
		name string
		got  publication.Total
		want publication.Total
	}{
		{"region/not-itemised", rows["region/not-itemised"], usd(0, 4e9)},
		{"company/not-itemised", rows["company/not-itemised"], usd(0, 4e9)},
		{"region/multiple", rows["region/multiple"], usd(5e9, 9e9)},
		{"region/KR-31", rows["region/KR-31"], usd(4e9, 4e9)},
		{"region/KR-26", rows["region/KR-26"], with(usd(0, 4e9), 1)},
		{"region/not-stated", rows["region/not-stated"], with(usd(0, 4e9), 4)},
		{"year/2025", rows["year/2025"], with(usd(9e9, 9e9), 6)},
		{"year/not-stated", rows["year/not-stated"], usd(4e9, 4e9)},
		{"company/aws", rows["company/aws"], usd(9e9, 13e9)},
	}
	for _, tt := range tests {
		if !same(tt.got, tt.want) {
			t.Errorf("%s = %s, want %s", tt.name, show(tt.got), show(tt.want))
		}
	}
	if _, ok := rows["year/not-itemised"]; ok {
		t.Errorf("the year breakdown has a not-itemised row; the remainder takes its package's year")
	}
	for _, c := range p.Companies {
		if c.ID == "amazon" && !same(c.Subsidiaries, usd(9e9, 13e9)) {
			t.Errorf("Amazon's subsidiaries = %s, want AWS's [9e9, 13e9]", show(c.Subsidiaries))
		}
	}
	for _, r := range p.Regions {
		if (r.Code == "KR-28" || r.Code == "KR-41") && !same(r.Shared, usd(5e9, 9e9)) {
			t.Errorf("%s shares %s, want the AWS centres' [5e9, 9e9]", r.Code, show(r.Shared))
		}
	}
}

func TestCountingRules(t *testing.T) {
	amt := func(v int64, p record.Precision) *record.Amount {
		return &record.Amount{Value: v, Currency: "USD", Precision: p}
	}
	inv := func(id string, a *record.Amount, mod func(*record.Investment)) record.Investment {
		i := record.Investment{ID: id, Company: "synthetic-co", Kind: "expansion", Scope: record.ScopeKorea, Amount: a, Synthetic: true}
		if mod != nil {
			mod(&i)
		}
		return i
	}
	pkg := func(i *record.Investment) { i.Kind, i.Company = record.KindPackage, "" }
	part := func(i *record.Investment) { i.PartOf = "pkg" }
	tests := []struct {
		name string
		invs []record.Investment
		want publication.Total
	}{
		{"package counted once", []record.Investment{inv("pkg", amt(10, record.Exact), pkg), inv("part", amt(4, record.Exact), part)}, usd(10, 10)},
		{"package without an amount: parts are its floor", []record.Investment{
			inv("pkg", nil, pkg), inv("a", amt(4, record.Exact), part), inv("b", amt(5, record.About), part),
		}, with(publication.Total{Min: 9, Approximate: true}, 1)},
		{"multinational excluded", []record.Investment{
			inv("a", amt(4, record.Exact), nil),
			inv("b", amt(40, record.AtLeast), func(i *record.Investment) { i.Scope = record.ScopeMultinational }),
		}, usd(4, 4)},
		{"at least is a floor", []record.Investment{inv("a", amt(5, record.AtLeast), nil)}, open(5)},
		{"up to is a ceiling", []record.Investment{inv("a", amt(5, record.AtMost), nil)}, usd(0, 5)},
		{"undisclosed is not zero", []record.Investment{inv("a", nil, nil), inv("b", amt(1, record.Exact), nil)}, with(open(1), 1)},
		{"about stays about", []record.Investment{inv("a", amt(3, record.About), nil), inv("b", amt(1, record.Exact), nil)},
			publication.Total{Min: 4, Max: usd(4, 4).Max, Approximate: true}},
		{"no rate, not converted", []record.Investment{inv("a", &record.Amount{Value: 5, Currency: "KRW", Precision: record.Exact}, nil)},
			publication.Total{Unconverted: 1}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := publication.Build(&record.Dataset{Investments: tt.invs})
			if got := p.Summary.Korea; !same(got, tt.want) {
				t.Errorf("got %s, want %s", show(got), show(tt.want))
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

// TestConversionOverflow: a rate and amount whose US dollar value passes
// int64 are a problem naming both, and the amount is left unconverted,
// never wrapped into a negative total.
func TestConversionOverflow(t *testing.T) {
	d := &record.Dataset{
		Rates: []record.Rate{{Currency: "KRW", USDPerUnit: "100000", Date: "2025-10", Source: record.Source{Title: "Synthetic rate"}}},
		Investments: []record.Investment{{ID: "a", Company: "synthetic-co", Scope: record.ScopeKorea, Synthetic: true,
			Amount: &record.Amount{Value: 1_000_000_000_000_000, Currency: "KRW", Precision: record.Exact}}},
	}
	p := publication.Build(d)
	if len(p.Problems) != 1 || !strings.Contains(p.Problems[0].Error(), "1000000000000000 KRW at 100000") {
		t.Errorf("problems = %v, want one naming the amount and the rate", p.Problems)
	}
	if got := p.Summary.Korea; got.Min < 0 || got.Unconverted != 1 {
		t.Errorf("Korea = %s, want unconverted, not wrapped", show(got))
	}
}

// TestMultipleLabels: the row of the commitments in more than one region,
// or more than one sector, is named for its own breakdown.
func TestMultipleLabels(t *testing.T) {
	i := record.Investment{ID: "a", Company: "synthetic-co", Kind: "expansion", Scope: record.ScopeKorea, Synthetic: true,
		Regions: []string{"KR-11", "KR-26"}, Sectors: []record.Sector{"cloud", "energy"},
		Amount: &record.Amount{Value: 5, Currency: "USD", Precision: record.Exact}}
	s := publication.Build(&record.Dataset{Investments: []record.Investment{i}}).Summary
	tests := []struct {
		name   string
		rows   []publication.Row
		en, ko string
	}{
		{"by region", s.ByRegion, "Several regions", "여러 지역"},
		{"by sector", s.BySector, "Several sectors", "여러 업종"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			k := slices.IndexFunc(tt.rows, func(r publication.Row) bool { return r.Key == publication.KeyMultiple })
			if k < 0 {
				t.Fatalf("no %q row in %+v", publication.KeyMultiple, tt.rows)
			}
			if got := tt.rows[k]; got.Name != tt.en || got.NameKo != tt.ko {
				t.Errorf("named %q / %q, want %q / %q", got.Name, got.NameKo, tt.en, tt.ko)
			}
		})
	}
}

// TestWhyNotCounted: a commitment has a reason not to be counted exactly
// when it is not counted, on the seed and on the counting rules' cases.
func TestWhyNotCounted(t *testing.T) {
	for _, i := range seed(t).Investments {
		if why := publication.WhyNotCounted(i); (why == "") != i.CountsTowardKoreaTotal {
			t.Errorf("%s: counted %v, reason %q", i.ID, i.CountsTowardKoreaTotal, why)
		}
	}
	part := record.Investment{ID: "part", Company: "synthetic-co", Kind: "expansion", Scope: record.ScopeKorea, PartOf: "pkg", Synthetic: true,
		Amount: &record.Amount{Value: 4, Currency: "USD", Precision: record.Exact}}
	pkg := record.Investment{ID: "pkg", Kind: record.KindPackage, Scope: record.ScopeKorea, Synthetic: true,
		Amount: &record.Amount{Value: 10, Currency: "USD", Precision: record.Exact}}
	multi := record.Investment{ID: "multi", Company: "synthetic-co", Kind: "expansion", Scope: record.ScopeMultinational, Synthetic: true}
	undisclosed := record.Investment{ID: "undisclosed", Company: "synthetic-co", Kind: "expansion", Scope: record.ScopeKorea, Synthetic: true}
	norate := record.Investment{ID: "norate", Company: "synthetic-co", Kind: "expansion", Scope: record.ScopeKorea, Synthetic: true,
		Amount: &record.Amount{Value: 5, Currency: "KRW", Precision: record.Exact}}
	p := publication.Build(&record.Dataset{Investments: []record.Investment{part, pkg, multi, undisclosed, norate}})
	want := map[string]string{"part": publication.NotCountedInPackage, "pkg": "", "multi": publication.NotCountedMultinational,
		"undisclosed": publication.NotCountedUndisclosed, "norate": publication.NotCountedNoRate}
	for _, i := range p.Investments {
		if got := publication.WhyNotCounted(i); got != want[i.ID] {
			t.Errorf("%s: %q, want %q", i.ID, got, want[i.ID])
		}
		if (want[i.ID] == "") != i.CountsTowardKoreaTotal {
			t.Errorf("%s: counted %v", i.ID, i.CountsTowardKoreaTotal)
		}
	}
}

// TestCounted: a company's and a region's headline totals add up the
// commitments Counted names, so that their pages can cite those sources:
// a multinational figure and a package itself are left out, a package's
// part is in its company's total, and a region's total holds only what is
// located in it alone.
func TestCounted(t *testing.T) {
	inv := func(id, company string, regions ...string) record.Investment {
		return record.Investment{ID: id, Company: company, Regions: regions, Title: id, Kind: "greenfield",
			Status: "announced", Scope: record.ScopeKorea, Sources: []record.Source{{Title: id}}}
	}
	alone, shared, world, pkg, part := inv("alone", "a", "KR-11"), inv("shared", "a", "KR-11", "KR-26"),
		inv("world", "a", "KR-11"), inv("pkg", "", "KR-11"), inv("part", "a", "KR-11")
	world.Scope = record.ScopeMultinational
	pkg.Kind, pkg.Companies = record.KindPackage, []string{"a", "b"}
	part.PartOf = "pkg"
	p := publication.Build(&record.Dataset{
		Companies:   []record.Company{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}},
		Regions:     []record.Region{{Code: "KR-11", Name: "Seoul"}, {Code: "KR-26", Name: "Busan"}},
		Investments: []record.Investment{alone, shared, world, pkg, part},
	})
	ids := func(is []*publication.Investment) string {
		var out []string
		for _, i := range is {
			out = append(out, i.ID)
		}
		slices.Sort(out)
		return strings.Join(out, " ")
	}
	tests := []struct {
		name string
		got  []*publication.Investment
		want string
	}{
		{"company", p.Companies[0].Counted(), "alone part shared"},
		{"company of the package only", p.Companies[1].Counted(), ""},
		{"region", p.Regions[0].Counted(), "alone part"},
		{"region sharing only", p.Regions[1].Counted(), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := ids(tt.got); got != tt.want {
				t.Errorf("Counted = %q, want %q", got, tt.want)
			}
		})
	}
}
