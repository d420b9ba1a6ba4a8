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
	// ko: 모기업의 이름(식별자와 함께).
	ParentName string `json:"parent_name,omitempty"`
	// Investments are the commitments this company makes, by id.
	Investments []*Investment `json:"-"`
	// Partnerships are the commitments it is named in as a partner, by id.
	Partnerships []*Investment `json:"-"`
	// Total is the company's own total in Korea by the amount algebra.
	// ko: 금액 계산 규칙에 따른 이 기업 자체의 한국 투자 총액.
	Total Total `json:"total"`
	// Subsidiaries is the total of what its subsidiaries (and theirs) commit in Korea, apart from its own.
	// ko: 자체 약속을 뺀, 자회사(와 그 자회사)가 한국에 약속한 총액.
	Subsidiaries Total `json:"subsidiaries"`
}

// Investment is a commitment with its references resolved.
type Investment struct {
	record.Investment
	// CompanyName is the investing company's name, beside its id.
	// ko: 투자하는 기업의 이름(식별자와 함께).
	CompanyName string `json:"company_name,omitempty"`
	// CompanyNameKo is its Korean name, where known.
	// ko: 그 기업의 한국어 이름. 알려진 경우에만 있습니다.
	CompanyNameKo string `json:"company_name_ko,omitempty"`
	// PartnerNames are the partners' names, in the order of Partners.
	// ko: 협력 기업들의 이름(Partners 순서대로).
	PartnerNames []string `json:"partner_names,omitempty"`
	// CompanyNames are the names of a package's companies, in the order of Companies.
	// ko: 패키지에 속한 기업들의 이름(Companies 순서대로).
	CompanyNames []string `json:"company_names,omitempty"`
	// RegionNames are the regions' English names, in the order of Regions.
	// ko: 지역들의 영문 이름(Regions 순서대로).
	RegionNames []string `json:"region_names,omitempty"`
	// RegionNamesKo are the regions' Korean names, in the order of Regions.
	// ko: 지역들의 한국어 이름(Regions 순서대로).
	RegionNamesKo []string `json:"region_names_ko,omitempty"`
	// PartOfTitle is the title of the package this commitment belongs to.
	// ko: 이 약속이 속한 패키지의 제목.
	PartOfTitle string `json:"part_of_title,omitempty"`
	// PartIDs are, for a package, the ids of the commitments that point to it, in id order.
	// ko: 패키지일 때, 그 패키지를 가리키는 약속들의 식별자(식별자 순).
	PartIDs []string `json:"part_ids,omitempty"`
	// ValueUSD is the amount (its floor, for a range or "at least"; its ceiling for "up to") in US dollars, rounded down; absent (empty) when undisclosed or unconvertible.
	// ko: 미국 달러로 환산해 내림한 금액(범위나 "이상"이면 하한, "이하"이면 상한). 공개되지 않았거나 환산할 수 없으면 없습니다(빈 값).
	ValueUSD *int64 `json:"value_usd,omitempty"`
	// MaxUSD is the upper end of a range in US dollars.
	// ko: 미국 달러로 나타낸 범위의 상한.
	MaxUSD *int64 `json:"max_usd,omitempty"`
	// CountsTowardKoreaTotal is true when the amount is added to Korea's total.
	// ko: 금액이 한국 총액에 더해지면 true입니다.
	CountsTowardKoreaTotal bool `json:"counts_toward_korea_total"`
	// USDMin is the smallest value the sources allow for the commitment, in US dollars: its amount as stated, bounded by its package and the package's other parts (0 when undisclosed).
	// ko: 출처들이 허용하는 약속의 최솟값(미국 달러): 밝혀진 금액을 패키지와 패키지의 다른 부분으로 제한한 값(공개되지 않았으면 0).
	USDMin int64 `json:"usd_min"`
	// USDMax is the largest value the sources allow for it, in US dollars; absent when they set no upper bound.
	// ko: 출처들이 허용하는 최댓값(미국 달러). 상한이 없으면 없습니다.
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
	// ko: 이 지역에만 있는 약속들의 합계. 여러 지역에 걸친 약속은 나누지 않습니다.
	Total Total `json:"total"`
	// Shared is the total of the commitments located in this region and others, whole: how much of it is here is not known.
	// ko: 이 지역과 다른 지역에 함께 걸친 약속들의 전체 합계. 그중 얼마가 이 지역 몫인지는 알 수 없습니다.
	Shared Total `json:"shared"`
	// SharedCount is the number of commitments located in this region and others.
	// ko: 이 지역과 다른 지역에 함께 걸친 약속의 수.
	SharedCount int `json:"shared_count"`
}

// Row is one line of a breakdown.
type Row struct {
	// Key is a region code, company id, sector, year, or one of "multiple", "not-stated", "not-itemised".
	// ko: 지역 코드, 기업 식별자, 업종, 연도, 또는 "multiple", "not-stated", "not-itemised" 중 하나.
	Key string `json:"key"`
	// Name is the English label of the key.
	// ko: 키의 영문 이름.
	Name string `json:"name"`
	// NameKo is the Korean label of the key, where there is one.
	// ko: 키의 한국어 이름. 있는 경우에만 있습니다.
	NameKo string `json:"name_ko,omitempty"`
	Total
}

// Summary holds Korea's total and its breakdowns, each row an interval by the amount algebra (interval.go).
type Summary struct {
	// Korea is Korea's total: every commitment counted once.
	// ko: 한국 총액: 모든 약속을 한 번씩 센 합계.
	Korea Total `json:"korea"`
	// ByRegion is the total by region; commitments in several regions fall in the "multiple" row.
	// ko: 지역별 총액. 여러 지역에 걸친 약속은 "multiple" 행에 들어갑니다.
	ByRegion []Row `json:"by_region"`
	// ByCompany is the total by investing company.
	// ko: 투자 기업별 총액.
	ByCompany []Row `json:"by_company"`
	// BySector is the total by sector; commitments in several sectors fall in the "multiple" row.
	// ko: 업종별 총액. 여러 업종에 걸친 약속은 "multiple" 행에 들어갑니다.
	BySector []Row `json:"by_sector"`
	// ByYear is the total by the year a commitment was announced.
	// ko: 약속이 발표된 해별 총액.
	ByYear []Row `json:"by_year"`
	// ByStatus is the total by where the commitments stand.
	// ko: 약속의 진행 상태별 총액.
	ByStatus []Row `json:"by_status"`
	// Excluded lists, in id order, the ids of multinational figures left out of every total.
	// ko: 모든 총액에서 뺀 다국적 금액들의 식별자(식별자 순).
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
