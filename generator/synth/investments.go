package synth

import (
	"encoding/json"
	"fmt"

	"github.com/korea-investment-tracker/kit/generator/record"
)

func investmentID(n int) string { return fmt.Sprintf("synthetic-commitment-%07d", n) }

// investments writes the commitments: every 50th opens a package of the next
// few, so that packages with parts are exercised at scale.
func (g *gen) investments() error {
	pkg, pkgParts := "", 0
	for n := 1; n <= g.cfg.Investments; n++ {
		i := g.investment(n)
		switch {
		case n%50 == 1 && n+4 <= g.cfg.Investments && g.cfg.Companies >= 5:
			pkg, pkgParts = i.ID, 4
			g.makePackage(&i, n)
		case pkgParts > 0:
			i.PartOf, i.Company = pkg, companyID(1+(n+3)%max(g.cfg.Companies, 1))
			pkgParts--
		}
		if !g.cfg.ShorthandOnly {
			live(g.life, &i)
		}
		if err := g.writeInvestment(i); err != nil {
			return err
		}
	}
	return nil
}

func (g *gen) writeInvestment(i record.Investment) error {
	b, err := json.MarshalIndent(i, "", "  ")
	if err != nil {
		return err
	}
	b = append(b, '\n')
	if g.rnd.Float64() < g.cfg.InvalidFraction {
		b = g.breakOne(b)
	}
	return g.writeBytes("data/investments/"+i.ID+".json", b)
}

func (g *gen) investment(n int) record.Investment {
	kinds := []record.Kind{"greenfield", "expansion", "conversion", "partnership", "joint-venture", "acquisition"}
	statuses := record.Status("").Values()
	i := record.Investment{
		Schema: "../../schema/investment.schema.json", ID: investmentID(n),
		Company: companyID(1 + g.rnd.IntN(max(g.cfg.Companies, 1))),
		Title:   fmt.Sprintf("Synthetic commitment %d", n), TitleKo: fmt.Sprintf("합성 투자 %d", n),
		Amount: g.amount(), Announced: g.date(), Regions: g.regionCodes(),
		Sectors: []record.Sector{record.Sector(record.Sector("").Values()[g.rnd.IntN(15)])},
		Kind:    kinds[g.rnd.IntN(len(kinds))], Status: record.Status(statuses[g.rnd.IntN(len(statuses))]),
		Scope: record.ScopeKorea, Synthetic: true, Sources: []record.Source{syntheticSource},
		Period: &record.Period{End: 2026 + g.rnd.IntN(10), Stated: "by a synthetic year"},
	}
	if g.rnd.IntN(40) == 0 {
		i.Scope, i.ScopeNote = record.ScopeMultinational, "Synthetic: several countries"
	}
	if g.rnd.IntN(20) == 0 {
		i.Partners = []string{companyID(1 + g.rnd.IntN(max(g.cfg.Companies, 1)))}
	}
	return i
}

// makePackage turns commitment n into a package of the next four.
func (g *gen) makePackage(i *record.Investment, n int) {
	i.Kind, i.Company, i.Regions, i.Partners = record.KindPackage, "", nil, nil
	i.Scope, i.ScopeNote = record.ScopeKorea, ""
	i.Amount = &record.Amount{Value: 50_000_000_000, Currency: "USD", Precision: record.Exact, Stated: "$50 billion (synthetic)"}
	for k := n + 1; k <= n+4; k++ { // the parts' companies, distinct when there are five or more
		i.Companies = append(i.Companies, companyID(1+(k+3)%g.cfg.Companies))
	}
}

func (g *gen) amount() *record.Amount {
	if g.rnd.IntN(5) == 0 {
		return nil // undisclosed
	}
	precisions := []record.Precision{record.Exact, record.About, record.AtLeast, record.AtMost, record.Range}
	currencies := []record.Currency{"USD", "USD", "USD", "EUR", "KRW"}
	a := &record.Amount{Value: int64(1+g.rnd.IntN(1000)) * 1_000_000, Currency: currencies[g.rnd.IntN(5)],
		Precision: precisions[g.rnd.IntN(5)], Stated: "synthetic"}
	if a.Currency == "KRW" {
		a.Value *= 1000
	}
	if a.Precision == record.Range {
		a.Max = a.Value * 2
	}
	return a
}

func (g *gen) date() record.PartialDate {
	y, m, d := 2015+g.rnd.IntN(11), 1+g.rnd.IntN(12), 1+g.rnd.IntN(28)
	switch g.rnd.IntN(3) {
	case 0:
		return record.PartialDate(fmt.Sprintf("%d", y))
	case 1:
		return record.PartialDate(fmt.Sprintf("%d-%02d", y, m))
	}
	return record.PartialDate(fmt.Sprintf("%d-%02d-%02d", y, m, d))
}

func (g *gen) regionCodes() []string {
	if len(g.cfg.Regions) == 0 || g.rnd.IntN(6) == 0 {
		return nil
	}
	first := g.rnd.IntN(len(g.cfg.Regions))
	codes := []string{g.cfg.Regions[first].Code}
	if g.rnd.IntN(8) == 0 {
		codes = append(codes, g.cfg.Regions[(first+1)%len(g.cfg.Regions)].Code)
	}
	return codes
}
