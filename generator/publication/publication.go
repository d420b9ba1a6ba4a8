// Package publication resolves a validated dataset into what is published:
// references joined, packages linked to their parts, US dollar values derived,
// and totals computed by the counting rules of the methodology page. Every
// output (datasets, pages) reads this, so the rules live in one place.
package publication

import (
	"cmp"
	"fmt"
	"math/big"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// Publication is the resolved whole.
type Publication struct {
	Companies   []*Company
	Investments []*Investment
	Regions     []*Region
	Rates       []record.Rate
	Pages       []record.PageFile
	Summary     Summary
	// Problems are amounts whose US dollar value, or totals whose sum, does
	// not fit a 64-bit integer: left out (as unconverted) rather than wrapped.
	// Check refuses such an amount first, at its position (dollar-overflow).
	Problems record.ErrorList
}

// Company is a company with what the publication knows about it.
type Company struct {
	record.Company
	// ParentName is the parent company's name, beside its id.
	ParentName string `json:"parent_name,omitempty"`
	// Investments are the commitments this company makes, by id.
	Investments []*Investment `json:"-"`
	// Partnerships are the commitments it is named in as a partner, by id.
	Partnerships []*Investment `json:"-"`
	// Total is the company's own total in Korea by the amount algebra.
	Total Total `json:"total"`
	// Subsidiaries is the total of what its subsidiaries (and theirs) commit in Korea, apart from its own.
	Subsidiaries Total `json:"subsidiaries"`
}

// Investment is a commitment with its references resolved.
type Investment struct {
	record.Investment
	// CompanyName is the investing company's name, beside its id.
	CompanyName string `json:"company_name,omitempty"`
	// CompanyNameKo is its Korean name, where known.
	CompanyNameKo string `json:"company_name_ko,omitempty"`
	// PartnerNames are the partners' names, in the order of Partners.
	PartnerNames []string `json:"partner_names,omitempty"`
	// CompanyNames are the names of a package's companies, in the order of Companies.
	CompanyNames []string `json:"company_names,omitempty"`
	// RegionNames are the regions' English names, in the order of Regions.
	RegionNames []string `json:"region_names,omitempty"`
	// RegionNamesKo are the regions' Korean names, in the order of Regions.
	RegionNamesKo []string `json:"region_names_ko,omitempty"`
	// PartOfTitle is the title of the package this commitment belongs to.
	PartOfTitle string `json:"part_of_title,omitempty"`
	// PartIDs are, for a package, the ids of the commitments that point to it, in id order.
	PartIDs []string `json:"part_ids,omitempty"`
	// ValueUSD is the amount (its floor, for a range or "at least"; its ceiling for "up to") in US dollars, rounded down; absent (empty) when undisclosed or unconvertible.
	ValueUSD *int64 `json:"value_usd,omitempty"`
	// MaxUSD is the upper end of a range in US dollars.
	MaxUSD *int64 `json:"max_usd,omitempty"`
	// CountsTowardKoreaTotal is true when the amount is added to Korea's total.
	CountsTowardKoreaTotal bool `json:"counts_toward_korea_total"`
	// USDMin is the smallest value the sources allow for the commitment, in US dollars: its amount as stated, bounded by its package and the package's other parts (0 when undisclosed).
	USDMin int64 `json:"usd_min"`
	// USDMax is the largest value the sources allow for it, in US dollars; absent when they set no upper bound.
	USDMax *int64 `json:"usd_max,omitempty"`
	// Itemised is, for a package in Korea, what its parts hold together; Rest what no part itemises.
	Itemised Total `json:"-"`
	Rest     Total `json:"-"`

	// Counting is the index in Statements() of the amount that counts toward totals (Counting), -1 for none.
	Counting int `json:"-"`

	Parts   []*Investment `json:"-"`
	Package *Investment   `json:"-"`
}

// Region is a first-level division with its commitments.
type Region struct {
	record.Region
	// Investments are the commitments located (wholly or partly) in the region, by id.
	Investments []*Investment `json:"-"`
	// Total counts the commitments located in this region alone; a commitment in several regions is not split.
	Total Total `json:"total"`
	// Shared is the total of the commitments located in this region and others, whole: how much of it is here is not known.
	Shared Total `json:"shared"`
	// SharedCount is the number of commitments located in this region and others.
	SharedCount int `json:"shared_count"`
}

// Row is one line of a breakdown.
type Row struct {
	// Key is a region code, company id, sector, year, or one of "multiple", "not-stated", "not-itemised".
	Key string `json:"key"`
	// Name is the English label of the key.
	Name string `json:"name"`
	// NameKo is the Korean label of the key, where there is one.
	NameKo string `json:"name_ko,omitempty"`
	Total
}

// Summary holds Korea's total and its breakdowns, each row an interval by the amount algebra (interval.go).
type Summary struct {
	Korea     Total `json:"korea"`
	ByRegion  []Row `json:"by_region"`
	ByCompany []Row `json:"by_company"`
	BySector  []Row `json:"by_sector"`
	ByYear    []Row `json:"by_year"`
	ByStatus  []Row `json:"by_status"`
	// Excluded lists, in id order, the ids of multinational figures left out of every total.
	Excluded []string `json:"excluded"`
}

// Build resolves a validated dataset. It trusts that references resolve (the
// checker's job) and skips any that do not rather than failing.
func Build(d *record.Dataset) *Publication {
	p := &Publication{Rates: d.Rates, Pages: d.Pages}
	companies := map[string]*Company{}
	for _, c := range d.Companies {
		pc := &Company{Company: c}
		companies[c.ID] = pc
		p.Companies = append(p.Companies, pc)
	}
	regions := map[string]*Region{}
	for _, r := range d.Regions {
		pr := &Region{Region: r}
		regions[r.Code] = pr
		p.Regions = append(p.Regions, pr)
	}
	investments := map[string]*Investment{}
	for _, i := range d.Investments {
		rec, counting := life(i)
		pi := &Investment{Investment: rec, Counting: counting}
		investments[i.ID] = pi
		p.Investments = append(p.Investments, pi)
	}
	rates := rateTable(d.Rates)
	for _, c := range p.Companies {
		if parent := companies[c.Parent]; parent != nil {
			c.ParentName = parent.Name
		}
	}
	for _, i := range p.Investments {
		resolve(i, companies, regions, investments)
		var err error
		if i.ValueUSD, i.MaxUSD, err = toUSD(i.Amount, rates); err != nil {
			p.Problems.Add(record.Position{File: "data/investments/" + i.ID + ".json"}, "/amount", err.Error())
		}
	}
	for _, i := range p.Investments {
		// resolve appends parts in input order; sorting makes every output
		// independent of the order the records were read in.
		slices.Sort(i.PartIDs)
	}
	for _, i := range p.Investments {
		i.CountsTowardKoreaTotal = countsTowardKorea(i)
	}
	s := &summer{groups: groups(p)}
	p.Summary = summarise(p, s)
	fillTotals(p, s)
	if s.overflow {
		p.Problems.Add(record.Position{File: "data/investments"}, "", "a total exceeds 9223372036854775807 US dollars, the largest the datasets hold: some amount or rate is far too large")
	}
	return p
}

func resolve(i *Investment, companies map[string]*Company, regions map[string]*Region, investments map[string]*Investment) {
	if c := companies[i.Company]; c != nil {
		i.CompanyName, i.CompanyNameKo = c.Name, c.NameKo
		c.Investments = append(c.Investments, i)
	}
	for _, id := range i.Partners {
		if c := companies[id]; c != nil {
			i.PartnerNames = append(i.PartnerNames, c.Name)
			c.Partnerships = append(c.Partnerships, i)
		}
	}
	for _, id := range i.Companies {
		if c := companies[id]; c != nil {
			i.CompanyNames = append(i.CompanyNames, c.Name)
		}
	}
	for _, code := range i.Regions {
		if r := regions[code]; r != nil {
			i.RegionNames = append(i.RegionNames, r.Name)
			i.RegionNamesKo = append(i.RegionNamesKo, r.NameKo)
			r.Investments = append(r.Investments, i)
		}
	}
	if pkg := investments[i.PartOf]; pkg != nil {
		i.Package, i.PartOfTitle = pkg, pkg.Title
		pkg.Parts = append(pkg.Parts, i)
		pkg.PartIDs = append(pkg.PartIDs, i.ID)
	}
}

// rateTable maps a currency to its US dollar rate; USD is always 1.
func rateTable(rates []record.Rate) map[record.Currency]*big.Rat {
	t := map[record.Currency]*big.Rat{"USD": big.NewRat(1, 1)}
	for _, r := range rates {
		if v, ok := r.PerUnit(); ok {
			t[r.Currency] = v
		}
	}
	return t
}

// toUSD converts an amount's value and max by record.Dollars. A result
// past int64 (which check refuses at the amount, in both languages) is an
// error naming the amount and the rate, and the amount is left
// unconverted: never a wrapped number.
func toUSD(a *record.Amount, rates map[record.Currency]*big.Rat) (value, max *int64, err error) {
	if a == nil || rates[a.Currency] == nil {
		return nil, nil, nil
	}
	conv := func(v int64) (*int64, error) {
		n := record.Dollars(v, rates[a.Currency])
		if !n.IsInt64() {
			return nil, fmt.Errorf("%d %s at %s US dollars per unit is %s US dollars, more than the 9223372036854775807 an amount may hold", v, a.Currency, strings.TrimSuffix(strings.TrimRight(rates[a.Currency].FloatString(10), "0"), "."), n)
		}
		out := n.Int64()
		return &out, nil
	}
	if value, err = conv(a.Value); err != nil {
		return nil, nil, err
	}
	if a.Precision == record.Range {
		if max, err = conv(a.Max); err != nil {
			return nil, nil, err
		}
	}
	return value, max, nil
}

// countsTowardKorea: in scope, with an amount in US dollars, and not
// inside a package that carries one (whose amount is the one added).
func countsTowardKorea(i *Investment) bool {
	if i.Scope != record.ScopeKorea || i.ValueUSD == nil {
		return false
	}
	return !coveredByPackage(i)
}

// Why a commitment is not added to Korea's total (WhyNotCounted).
const (
	NotCountedMultinational = "multinational"      // its figure covers more than Korea
	NotCountedInPackage     = "in_counted_package" // its package's amount is counted instead
	NotCountedUndisclosed   = "undisclosed"        // no amount is disclosed
	NotCountedNoRate        = "no_rate"            // no US dollar rate for its currency
)

// WhyNotCounted is why i is not added to Korea's total, one of the
// NotCounted values, or "" when it is: the rules of countsTowardKorea, in
// their order.
func WhyNotCounted(i *Investment) string {
	switch {
	case i.Scope != record.ScopeKorea:
		return NotCountedMultinational
	case coveredByPackage(i):
		return NotCountedInPackage
	case i.Amount == nil:
		return NotCountedUndisclosed
	case i.ValueUSD == nil:
		return NotCountedNoRate
	}
	return ""
}

func coveredByPackage(i *Investment) bool {
	pkg := i.Package
	return pkg != nil && pkg.Scope == record.ScopeKorea && pkg.ValueUSD != nil
}

func sortRows(rows []Row) {
	slices.SortFunc(rows, func(a, b Row) int { return cmp.Compare(a.Key, b.Key) })
}
