package publication_test

import (
	"fmt"
	"math/rand/v2"
	"strconv"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// The oracle: small random publications, and for every published total
// the smallest and largest value it can take over all values the records
// allow, found by enumerating them. A published interval must equal it:
// containing every feasible value (sound) and reached at each finite end
// (tight), unbounded exactly when the sum is. It knows nothing of the
// algebra's formulas: only what each precision allows and that a package
// is its parts plus a remainder of at least zero.

// Limits of the random publications: small, so enumeration stays quick.
const (
	oracleMaxValue = 4  // largest stated value
	oracleCap      = 30 // an unbounded value is tried up to here (and one more, to see that it is unbounded)
)

// oracleRates are the currencies of the random publications with their rates.
var oracleRates = map[record.Currency]string{"USD": "1", "EUR": "2", "JPY": "0.5"}

// randomDataset is one random publication; every company, region code and
// amount is invented for the test (codes are real ISO codes, nothing more).
func randomDataset(r *rand.Rand) *record.Dataset {
	d := &record.Dataset{
		Companies: []record.Company{{ID: "c1", Name: "C1"}, {ID: "c2", Name: "C2", Parent: "c1"}, {ID: "c3", Name: "C3", Parent: "c2"}},
		Regions:   []record.Region{{Code: "KR-11", Name: "A"}, {Code: "KR-26", Name: "B"}, {Code: "KR-27", Name: "C"}},
	}
	for cur, rate := range oracleRates {
		if cur != "USD" {
			d.Rates = append(d.Rates, record.Rate{Currency: cur, USDPerUnit: rate, Date: "2025", Source: record.Source{Title: "synthetic"}})
		}
	}
	n := 0
	newInv := func() record.Investment {
		n++
		i := record.Investment{ID: "i" + strconv.Itoa(n), Company: "c" + strconv.Itoa(1+r.IntN(3)), Kind: "expansion",
			Scope: record.ScopeKorea, Amount: randomAmount(r), Synthetic: true}
		if r.IntN(5) == 0 {
			i.Scope = record.ScopeMultinational
		}
		codes := []string{"KR-11", "KR-26", "KR-27"}
		r.Shuffle(len(codes), func(a, b int) { codes[a], codes[b] = codes[b], codes[a] })
		i.Regions = codes[:r.IntN(3)]
		if y := r.IntN(3); y > 0 {
			i.Announced = record.PartialDate(strconv.Itoa(2023 + y))
		}
		return i
	}
	for range r.IntN(3) {
		pkg := newInv()
		pkg.Kind, pkg.Company, pkg.Companies, pkg.Regions = record.KindPackage, "", []string{"c1", "c2", "c3"}, nil
		d.Investments = append(d.Investments, pkg)
		for range r.IntN(4) {
			part := newInv()
			part.PartOf = pkg.ID
			d.Investments = append(d.Investments, part)
		}
	}
	for range r.IntN(4) {
		d.Investments = append(d.Investments, newInv())
	}
	return d
}

func randomAmount(r *rand.Rand) *record.Amount {
	precisions := []record.Precision{record.Exact, record.About, record.AtLeast, record.AtMost, record.Range}
	if r.IntN(4) == 0 {
		return nil
	}
	curs := []record.Currency{"USD", "USD", "EUR", "JPY"}
	a := &record.Amount{Value: int64(r.IntN(oracleMaxValue + 1)), Currency: curs[r.IntN(len(curs))], Precision: precisions[r.IntN(len(precisions))]}
	if a.Precision == record.Range {
		a.Max = a.Value + int64(r.IntN(oracleMaxValue))
	}
	return a
}

// bounds is one value's range in US dollars as the oracle reads a record:
// hi < 0 means no upper end.
type bounds struct {
	lo, hi int64
	about  bool
	has    bool // a stated, converted amount
}

// oracleBounds converts by the rate table itself (rounding down) and
// reads the precision; a missing amount is [0, ∞).
func oracleBounds(a *record.Amount) bounds {
	if a == nil {
		return bounds{hi: -1}
	}
	conv := func(v int64) int64 {
		switch oracleRates[a.Currency] {
		case "2":
			return 2 * v
		case "0.5":
			return v / 2
		}
		return v
	}
	b := bounds{lo: conv(a.Value), hi: conv(a.Value), has: true}
	switch a.Precision {
	case record.AtLeast:
		b.hi = -1
	case record.AtMost:
		b.lo = 0
	case record.Range:
		b.hi = conv(a.Max)
	case record.About:
		b.about = true
	}
	return b
}

// model is a publication as variables: commitments alone, and packages
// with their parts and a remainder.
type model struct {
	alone    map[string]bounds            // commitment id → its value
	packages map[string]bounds            // package id → its amount
	parts    map[string][]string          // package id → its parts' ids
	partOf   map[string]string            // part id → package id
	values   map[string]bounds            // every commitment's own bounds
	invs     map[string]record.Investment // every commitment in Korea's total
	excluded map[string]bool
}

func newModel(d *record.Dataset, override map[string]bounds) model {
	m := model{alone: map[string]bounds{}, packages: map[string]bounds{}, parts: map[string][]string{},
		partOf: map[string]string{}, values: map[string]bounds{}, invs: map[string]record.Investment{}, excluded: map[string]bool{}}
	byID := map[string]record.Investment{}
	for _, i := range d.Investments {
		byID[i.ID] = i
	}
	for _, i := range d.Investments {
		b, ok := override[i.ID]
		if !ok {
			b = oracleBounds(i.Amount)
		}
		m.values[i.ID] = b
		if i.Scope != record.ScopeKorea {
			m.excluded[i.ID] = true
			continue
		}
		m.invs[i.ID] = i
		pkg, inPkg := byID[i.PartOf]
		switch {
		case i.Kind == record.KindPackage:
			m.packages[i.ID] = b
		case inPkg && pkg.Scope == record.ScopeKorea:
			m.parts[pkg.ID] = append(m.parts[pkg.ID], i.ID)
			m.partOf[i.ID] = pkg.ID
		default:
			m.alone[i.ID] = b
		}
	}
	return m
}

// sel is what a total takes: commitments by id, and the remainders of packages by package id.
type sel struct{ ids, rests map[string]bool }

func newSel() sel { return sel{ids: map[string]bool{}, rests: map[string]bool{}} }

// feasible is the smallest and largest sum of s over every assignment the
// records allow, with unbounded values capped at limit; ok is false when
// the records allow none.
func (m model) feasible(s sel, limit int64) (lo, hi int64, ok bool) {
	for id, b := range m.alone {
		if s.ids[id] {
			lo += b.lo
			hi += capAt(b.hi, limit)
		}
	}
	for pkg, whole := range m.packages {
		glo, ghi, gok := m.packageRange(pkg, whole, s, limit)
		if !gok {
			return 0, 0, false
		}
		lo, hi = lo+glo, hi+ghi
	}
	return lo, hi, true
}

func capAt(hi, limit int64) int64 {
	if hi < 0 {
		return limit
	}
	return hi
}

// packageRange enumerates every value of the package's parts; the sum is
// linear in the package's own value, so its two ends suffice for it.
func (m model) packageRange(pkg string, whole bounds, s sel, limit int64) (lo, hi int64, ok bool) {
	parts := m.parts[pkg]
	x := make([]int64, len(parts))
	lo, hi = 1<<62, -1
	var walk func(k int)
	walk = func(k int) {
		if k < len(parts) {
			b := m.values[parts[k]]
			for v := b.lo; v <= capAt(b.hi, limit); v++ {
				x[k] = v
				walk(k + 1)
			}
			return
		}
		var sum, taken int64
		for j, id := range parts {
			sum += x[j]
			if s.ids[id] {
				taken += x[j]
			}
		}
		pLo, pHi := max(whole.lo, sum), capAt(whole.hi, limit)
		if pLo > pHi {
			return
		}
		for _, p := range []int64{pLo, pHi} {
			v := taken
			if s.rests[pkg] {
				v += p - sum
			}
			lo, hi, ok = min(lo, v), max(hi, v), true
		}
	}
	walk(0)
	if !ok {
		return 0, 0, false
	}
	return lo, hi, true
}

// interval is the oracle's answer for s: hi < 0 when unbounded.
func (m model) interval(s sel) (lo, hi int64, ok bool) {
	lo, hi, ok = m.feasible(s, oracleCap)
	if !ok {
		return 0, 0, false
	}
	_, hi2, _ := m.feasible(s, oracleCap+1)
	if hi2 > hi {
		hi = -1
	}
	return lo, hi, true
}

// dependsOnAbout: some "about" figure, moved by one, moves the oracle's interval.
func dependsOnAbout(d *record.Dataset, m model, s sel) bool {
	lo, hi, _ := m.interval(s)
	for id, b := range m.values {
		if !b.about || m.excluded[id] {
			continue
		}
		for _, delta := range []int64{-1, 1} {
			if b.lo+delta < 0 {
				continue
			}
			moved := b
			moved.lo, moved.hi = b.lo+delta, b.hi+delta
			mm := newModel(d, map[string]bounds{id: moved})
			if l2, h2, ok := mm.interval(s); ok && (l2 != lo || h2 != hi) {
				return true
			}
		}
	}
	return false
}

// totals are the published totals with what each takes, by the oracle's
// own reading of the breakdowns' keys.
func oracleTotals(p *publication.Publication, m model) map[string]struct {
	got publication.Total
	s   sel
} {
	out := map[string]struct {
		got publication.Total
		s   sel
	}{}
	take := func(name string, got publication.Total, keep func(id string) bool, rest func(pkg string) bool) {
		s := newSel()
		for id := range m.invs {
			if _, isPkg := m.packages[id]; !isPkg && keep(id) {
				s.ids[id] = true
			}
		}
		for pkg := range m.packages {
			s.rests[pkg] = rest(pkg)
		}
		out[name] = struct {
			got publication.Total
			s   sel
		}{got, s}
	}
	all := func(string) bool { return true }
	none := func(string) bool { return false }
	take("korea", p.Summary.Korea, all, all)
	year := func(id string) string {
		i := m.invs[id]
		if i.Announced == "" {
			if pkg, ok := m.partOf[id]; ok {
				i = m.invs[pkg]
			}
		}
		if i.Announced == "" {
			return publication.KeyNotStated
		}
		return string(i.Announced)
	}
	region := func(id string) string {
		i := m.invs[id]
		switch len(i.Regions) {
		case 0:
			return publication.KeyNotStated
		case 1:
			return i.Regions[0]
		}
		return publication.KeyMultiple
	}
	company := func(id string) string { return m.invs[id].Company }
	for _, b := range []struct {
		name string
		rows []publication.Row
		key  func(string) string
		rest func(string) string
	}{
		{"region", p.Summary.ByRegion, region, func(string) string { return publication.KeyNotItemised }},
		{"company", p.Summary.ByCompany, company, func(string) string { return publication.KeyNotItemised }},
		{"year", p.Summary.ByYear, year, year},
	} {
		for _, r := range b.rows {
			take(b.name+"/"+r.Key, r.Total, func(id string) bool { return b.key(id) == r.Key },
				func(pkg string) bool { return b.rest(pkg) == r.Key })
		}
	}
	parent := map[string]string{"c2": "c1", "c3": "c2"}
	below := func(c, up string) bool {
		for p := parent[c]; p != ""; p = parent[p] {
			if p == up {
				return true
			}
		}
		return false
	}
	for _, c := range p.Companies {
		take("own/"+c.ID, c.Total, func(id string) bool { return company(id) == c.ID }, none)
		take("subsidiaries/"+c.ID, c.Subsidiaries, func(id string) bool { return below(company(id), c.ID) }, none)
	}
	for _, r := range p.Regions {
		take("alone/"+r.Code, r.Total, func(id string) bool { return region(id) == r.Code }, none)
		take("shared/"+r.Code, r.Shared, func(id string) bool {
			rs := m.invs[id].Regions
			return len(rs) > 1 && (rs[0] == r.Code || rs[1] == r.Code)
		}, none)
	}
	return out
}

// checkOracle holds every published total of d to the oracle.
func checkOracle(t *testing.T, d *record.Dataset, aboutToo bool) {
	t.Helper()
	p := publication.Build(d)
	m := newModel(d, nil)
	if _, _, ok := m.interval(newSel()); !ok {
		return // the records contradict each other (check refuses such parts)
	}
	for name, tt := range oracleTotals(p, m) {
		lo, hi, _ := m.interval(tt.s)
		gotHi := int64(-1)
		if tt.got.Max != nil {
			gotHi = *tt.got.Max
		}
		if tt.got.Min != lo || gotHi != hi {
			t.Errorf("%s: published [%d, %d], feasible [%d, %d] (-1: unbounded)\n%s", name, tt.got.Min, gotHi, lo, hi, describe(d))
			continue
		}
		if aboutToo && !tt.got.Approximate && dependsOnAbout(d, m, tt.s) {
			t.Errorf("%s: published exact, but an \"about\" figure moves it\n%s", name, describe(d))
		}
	}
}

func describe(d *record.Dataset) string {
	var s string
	for _, i := range d.Investments {
		s += fmt.Sprintf("  %s kind=%s company=%s part_of=%s scope=%s regions=%v announced=%s amount=%+v\n",
			i.ID, i.Kind, i.Company, i.PartOf, i.Scope, i.Regions, i.Announced, i.Amount)
	}
	return s
}

// TestOracle: many random publications, each total held to the oracle.
func TestOracle(t *testing.T) {
	n := 400
	if testing.Short() {
		n = 150
	}
	for k := range n {
		checkOracle(t, randomDataset(rand.New(rand.NewPCG(uint64(k), 18))), k%4 == 0)
		if t.Failed() {
			return
		}
	}
}

// FuzzOracle runs the oracle on publications drawn from the fuzzer's seeds:
// go test ./generator/publication -run X -fuzz FuzzOracle.
func FuzzOracle(f *testing.F) {
	f.Add(uint64(1), uint64(2))
	f.Fuzz(func(t *testing.T, a, b uint64) {
		checkOracle(t, randomDataset(rand.New(rand.NewPCG(a, b))), true)
	})
}
