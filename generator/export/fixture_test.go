package export

import (
	"fmt"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// regionCodes are the 17 ISO 3166-2:KR codes the schema allows.
var regionCodes = []string{"KR-11", "KR-26", "KR-27", "KR-28", "KR-29", "KR-30", "KR-31", "KR-41",
	"KR-42", "KR-43", "KR-44", "KR-45", "KR-46", "KR-47", "KR-48", "KR-49", "KR-50"}

func syntheticSource(n int) record.Source {
	return record.Source{Title: fmt.Sprintf("Synthetic source %d", n), Publisher: "Synthetic Press",
		URL: fmt.Sprintf("https://example.org/synthetic/%d", n), Published: "2025-10-29", Quote: "synthetic quote"}
}

// syntheticRegions are the 17 codes with made-up names, marked as synthetic in the name.
func syntheticRegions() []record.Region {
	out := make([]record.Region, len(regionCodes))
	for i, code := range regionCodes {
		out[i] = record.Region{Code: code, Name: "Synthetic region " + code, NameKo: "합성 지역 " + code[3:],
			Category: "province", Sources: []record.Source{syntheticSource(0)}}
	}
	return out
}

// trickyDataset is a small synthetic dataset in which, between them, the
// records set every field, and text holds what breaks naive CSV writers:
// formulas, quotes, commas, newlines, leading spaces and Hangul.
func trickyDataset() *record.Dataset {
	return &record.Dataset{
		Companies: []record.Company{
			{ID: "synthetic-co-1", FormerIDs: []string{"synthetic-co-old", "synthetic-co-older"}, Name: `=HYPERLINK("http://x","y")`, NameKo: "합성 회사 1", Country: "US",
				Sectors: []record.Sector{"cloud", "ai-data-centres"}, Website: "https://example.org/1", Basis: map[string]record.Basis{"name_ko": record.BasisOwn},
				Sources: []record.Source{syntheticSource(1), {Title: "+Synthetic, \"quoted\" source", Quote: "@cell"}}, Synthetic: true},
			{ID: "synthetic-co-2", Name: "Synthetic Co 2", Parent: "synthetic-co-1", Sources: []record.Source{syntheticSource(2)}, Synthetic: true},
			{ID: "synthetic-co-3", Name: "-Synthetic Co 3", NameKo: "'=이미 인용된", Sources: []record.Source{syntheticSource(3)}, Synthetic: true},
		},
		Investments: []record.Investment{
			{ID: "synthetic-inv-1", FormerIDs: []string{"synthetic-inv-old"}, Company: "synthetic-co-1", Partners: []string{"synthetic-co-3", "synthetic-co-2"},
				Title: "Synthetic, \"quoted\"\nmulti-line title", TitleKo: "합성 투자 1",
				Amount:    &record.Amount{Value: 3_000_000_000_000, Max: 4_000_000_000_000, Currency: "KRW", Precision: record.Range, Stated: "3-4 trillion won"},
				Announced: "2025-10-29", Period: &record.Period{Start: 2025, End: 2028, Years: 4, Stated: "2025 to 2028"},
				Regions: []string{"KR-41", "KR-11"}, Nationwide: true, City: " Pangyo", Sectors: []record.Sector{"cloud", "semiconductors"},
				Kind: "partnership", Status: "under-way", PartOf: "synthetic-inv-3", Scope: record.ScopeKorea,
				ScopeNote: "\tstarts with a tab", Note: "=1+2", Basis: map[string]record.Basis{"announced": record.BasisDerived, "city": record.BasisOwn}, Sources: []record.Source{syntheticSource(4), syntheticSource(5)}, Synthetic: true},
			{ID: "synthetic-inv-2", Company: "synthetic-co-2", Title: "Synthetic undisclosed", Announced: "2024",
				Kind: "unspecified", Status: "announced", Scope: record.ScopeMultinational, ScopeNote: "14 synthetic economies",
				Sources: []record.Source{syntheticSource(6)}, Synthetic: true},
			{ID: "synthetic-inv-3", Companies: []string{"synthetic-co-1", "synthetic-co-2"}, Title: "Synthetic package",
				Amount: &record.Amount{Value: 9_000_000_000, Currency: "USD", Precision: record.AtLeast}, Announced: "2025-10",
				Sectors: []record.Sector{"cloud"}, Kind: record.KindPackage, Status: "announced", Scope: record.ScopeKorea,
				Sources: []record.Source{syntheticSource(7)}, Synthetic: true},
			{ID: "synthetic-inv-4", Company: "synthetic-co-3", Title: "Synthetic euro commitment",
				Milestones: []record.Milestone{{Kind: "other", Label: "=SUM(A1)", Date: "2023", Note: "\tfirst", Sources: []record.Source{syntheticSource(11)}},
					{Kind: "operating", Label: "line 2", Date: "2025-02", Note: "line one,\nline \"two\"", Sources: []record.Source{syntheticSource(12), syntheticSource(13)}}},
				AmountStatements: []record.Statement{{Amount: record.Amount{Value: 5, Max: 6, Currency: "EUR", Precision: record.Range, Stated: "-5"}, StatedBy: "estimate", Basis: record.BasisEstimated, Date: "2024-01-02", Note: "합성 추정", Sources: []record.Source{syntheticSource(15)}},
					{Amount: record.Amount{Value: 0, Currency: "EUR", Precision: record.Exact}, StatedBy: "company", Date: "2023", Note: "restated", Sources: []record.Source{syntheticSource(14)}}},
				Regions: []string{"KR-26"},
				Kind:    "greenfield", Scope: record.ScopeKorea, Note: "NA", Sources: []record.Source{syntheticSource(8)}, Synthetic: true},
		},
		Regions: syntheticRegions(),
		Rates: []record.Rate{
			{Currency: "EUR", USDPerUnit: "1.16", Date: "2025-10", Source: syntheticSource(10)},
			{Currency: "KRW", USDPerUnit: "0.00068", Date: "2025-10-29", Source: syntheticSource(9)},
		},
	}
}

// syntheticDataset makes a large dataset for benchmarks: nc companies and ni
// investments (every 50th a package of the next 10), all marked synthetic.
func syntheticDataset(nc, ni int) *record.Dataset {
	d := &record.Dataset{Regions: syntheticRegions(), Rates: trickyDataset().Rates}
	sectors := record.Sector("").Values()
	for i := range nc {
		c := record.Company{ID: fmt.Sprintf("synthetic-co-%05d", i), Name: fmt.Sprintf("Synthetic Co %d", i),
			NameKo: fmt.Sprintf("합성 회사 %d", i), Country: "KR", Sectors: []record.Sector{record.Sector(sectors[i%len(sectors)])},
			Sources: []record.Source{syntheticSource(i % 7)}, Synthetic: true}
		if i%10 != 0 {
			c.Parent = d.Companies[i-i%10].ID
		}
		d.Companies = append(d.Companies, c)
	}
	for i := range ni {
		d.Investments = append(d.Investments, syntheticInvestment(i, nc, sectors))
	}
	return d
}

func syntheticInvestment(i, nc int, sectors []string) record.Investment {
	v := record.Investment{ID: fmt.Sprintf("synthetic-inv-%06d", i), Company: fmt.Sprintf("synthetic-co-%05d", i%nc),
		Title: fmt.Sprintf("Synthetic commitment %d, \"phase\" %d", i, i%3), TitleKo: fmt.Sprintf("합성 투자 %d", i),
		Announced: record.PartialDate(fmt.Sprintf("20%02d-%02d", 15+i%10, 1+i%12)),
		Regions:   []string{regionCodes[i%17], regionCodes[(i+5)%17]}[:1+i%2],
		Sectors:   []record.Sector{record.Sector(sectors[i%len(sectors)])},
		Kind:      "expansion", Status: "announced", Scope: record.ScopeKorea,
		Note: "Synthetic note: made up,\nnot a real commitment.", Sources: []record.Source{syntheticSource(i % 5)}, Synthetic: true}
	switch {
	case i%50 == 0:
		v.Company, v.Companies, v.Kind = "", []string{fmt.Sprintf("synthetic-co-%05d", (i+1)%nc)}, record.KindPackage
	case i%50 <= 10:
		v.PartOf = fmt.Sprintf("synthetic-inv-%06d", i-i%50)
	}
	if i%4 != 0 {
		v.Amount = &record.Amount{Value: int64(i) * 1_000_000, Currency: []record.Currency{"USD", "KRW", "EUR"}[i%3],
			Precision: record.Precision(record.Precision("").Values()[i%4]), Stated: fmt.Sprintf("about %d million", i)}
	}
	return v
}
