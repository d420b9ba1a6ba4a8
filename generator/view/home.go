package view

import (
	"strconv"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// homeView is the home page: Korea's total and how it adds up.
type homeView struct {
	Total totalView `json:"total"`
	// Counted are the commitments whose amounts make the total.
	Counted []row `json:"counted"`
	// Inside are parts with an amount of their own that a counted package already includes.
	Inside []row `json:"inside"`
	// Excluded are figures that cover more than Korea.
	Excluded []row `json:"excluded"`
	// CountedMore, InsideMore and ExcludedMore say how many of each the
	// ledger leaves out: it lists the newest ledgerMax of each (listing.go).
	CountedMore  string `json:"counted_more,omitempty"`
	InsideMore   string `json:"inside_more,omitempty"`
	ExcludedMore string `json:"excluded_more,omitempty"`
	Stats        []fact `json:"stats"`
	Latest       []row  `json:"latest"`
	// Charts are the map and charts of Korea's total (generator/charts).
	Charts homeCharts `json:"charts"`
}

// latestCount is how many commitments the home page lists as latest.
const latestCount = 5

func (b builder) homeView() homeView {
	v := homeView{Total: b.total(b.p.Summary.Korea), Charts: b.homeCharts()}
	latest := b.newest
	var counted, inside, excluded int
	for _, i := range latest {
		switch {
		case i.CountsTowardKoreaTotal:
			if counted++; counted <= ledgerMax {
				v.Counted = append(v.Counted, b.row(i))
			}
		case i.Scope == record.ScopeMultinational:
			if excluded++; excluded <= ledgerMax {
				v.Excluded = append(v.Excluded, b.row(i))
			}
		case inCountedPackage(i) && i.Amount != nil:
			if inside++; inside <= ledgerMax {
				v.Inside = append(v.Inside, b.row(i))
			}
		}
	}
	v.CountedMore, v.InsideMore, v.ExcludedMore = b.ledgerMore(counted), b.ledgerMore(inside), b.ledgerMore(excluded)
	v.Latest = b.rows(latest[:min(latestCount, len(latest))])
	v.Stats = []fact{
		{Term: b.L.W("stat_commitments"), Text: strconv.Itoa(len(b.p.Investments))},
		{Term: b.L.W("stat_companies"), Text: strconv.Itoa(committing(b.p))},
		{Term: b.L.W("stat_regions"), Text: b.L.T("stat_regions_of", map[string]any{"N": reached(b.p), "Of": len(b.p.Regions)})},
	}
	return v
}

// ledgerMore says how many of n lines the ledger leaves out, "" for none.
func (b builder) ledgerMore(n int) string {
	if n <= ledgerMax {
		return ""
	}
	return b.L.N("home_ledger_more", n-ledgerMax)
}

// committing counts companies that invest, alone or in a package; parents
// and partners alone do not count.
func committing(p *publication.Publication) int {
	ids := map[string]bool{}
	for _, i := range p.Investments {
		if i.Company != "" {
			ids[i.Company] = true
		}
		for _, c := range i.Companies {
			ids[c] = true
		}
	}
	return len(ids)
}

func reached(p *publication.Publication) int {
	n := 0
	for _, r := range p.Regions {
		if len(r.Investments) > 0 {
			n++
		}
	}
	return n
}
