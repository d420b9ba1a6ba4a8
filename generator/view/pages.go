package view

import (
	"bytes"
	"cmp"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/dataview"
	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// profilesOf sorts content/ pages into profiles (record.ProfileOf), by
// profileKey and language: "ko:companies/aws". check has refused two
// profiles of one record in one language and a profile of no record.
func profilesOf(files []record.PageFile) map[string]record.PageFile {
	out := map[string]record.PageFile{}
	for _, f := range files {
		if key := profileKey(f.Path); key != "" {
			_, lang := record.PageLang(f.Path)
			out[lang+":"+key] = f
		}
	}
	return out
}

// profileKey is "companies/<id>" or "regions/<code>" for the profile page
// at p (below content/), in any language; "" for other pages.
func profileKey(p string) string {
	kind, id, ok := record.ProfileOf(p)
	if !ok {
		return ""
	}
	return record.Section(kind) + "/" + id
}

// profile is a record's Markdown from content/ in this language, or else
// in the default one; lang is set when it is not in this language.
type profile struct {
	body, description, file, lang string
}

func (b builder) profile(key string) profile {
	if f, ok := b.profiles[b.L.Lang()+":"+key]; ok {
		return profile{string(f.Body), f.Front.Description, "content/" + f.Path, ""}
	}
	if f, ok := b.profiles[dataLang+":"+key]; ok {
		return profile{string(f.Body), "", "content/" + f.Path, dataLang}
	}
	return profile{}
}

// titled sets a page's title from its English and Korean names: the
// Korean one on Korean pages where known, else the English one, marked.
func (b builder) titled(pg *page.Page, en, ko string) {
	n := b.name(en, ko)
	pg.Title, pg.Params.TitleLang, pg.Params.Untranslated = n.Name, n.Lang, n.Untranslated
	switch {
	case b.L.Native() && ko != "":
		pg.Params.Subtitle, pg.Params.SubtitleLang = ko, "ko"
	case !b.L.Native() && !n.Untranslated:
		pg.Params.Subtitle, pg.Params.SubtitleLang = en, dataLang
	}
}

// companyView is a company's page.
type companyView struct {
	Facts []fact    `json:"facts"`
	Total totalView `json:"total"`
	// TotalSources cite the commitments the total adds up.
	TotalSources *totalSourcesView   `json:"total_sources,omitempty"`
	Investments  []row               `json:"investments"`
	Partnerships []row               `json:"partnerships"`
	Packages     []row               `json:"packages"`
	Sources      []sourceView        `json:"sources"`
	Downloads    []dataview.Download `json:"downloads"`
	// Chart is the company's commitments over time (generator/charts).
	Chart *chartView `json:"chart,omitempty"`
	// InvestmentsMore, PartnershipsMore and PackagesMore say that a table
	// lists only the newest listMaxRows of its kind, and how many there are.
	InvestmentsMore  string `json:"investments_more,omitempty"`
	PartnershipsMore string `json:"partnerships_more,omitempty"`
	PackagesMore     string `json:"packages_more,omitempty"`
	// Stages counts its own commitments by stage (life.go).
	Stages []stageRow `json:"stages,omitempty"`
}

// companyRow is a company as a line of the companies index.
type companyRow struct {
	Link        page.Link `json:"link"`
	Country     string    `json:"country"`
	Commitments string    `json:"commitments"`
	Total       string    `json:"total"`
}

func (b builder) companyPages() []page.Page {
	packages := packagesByCompany(b.p.Investments)
	var pages []page.Page
	for _, c := range b.p.Companies {
		pages = append(pages, b.companyPage(c, packages[c.ID]))
	}
	return append(b.companyIndex(b.companyRows(packages)), pages...)
}

// companyRows are the lines of the companies index; packages are
// packagesByCompany's.
func (b builder) companyRows(packages map[string][]*publication.Investment) []companyRow {
	rows := make([]companyRow, 0, len(b.p.Companies))
	for _, c := range b.p.Companies {
		rows = append(rows, companyRow{Link: b.companyLink(c), Country: b.L.Country(c.Country),
			Commitments: strconv.Itoa(len(c.Investments) + len(packages[c.ID])), Total: b.TotalText(c.Total)})
	}
	sortByName(b.L, rows, func(r companyRow) page.Link { return r.Link })
	return rows
}

// sortByName sorts xs by the name of their links as the page shows it,
// in the reader's collation; the URL breaks ties between namesakes.
func sortByName[T any](l locale.Locale, xs []T, linkOf func(T) page.Link) {
	type keyed struct {
		key []byte
		x   T
	}
	ks := make([]keyed, len(xs))
	for i, x := range xs {
		ks[i] = keyed{l.SortKey(linkOf(x).Name), x}
	}
	slices.SortFunc(ks, func(a, b keyed) int {
		return cmp.Or(bytes.Compare(a.key, b.key), strings.Compare(linkOf(a.x).URL, linkOf(b.x).URL))
	})
	for i := range ks {
		xs[i] = ks[i].x
	}
}

// packagesByCompany lists, for each company, the packages that name it
// among their companies, in the order of is, in one pass.
func packagesByCompany(is []*publication.Investment) map[string][]*publication.Investment {
	out := map[string][]*publication.Investment{}
	for _, i := range is {
		for _, id := range i.Companies {
			if l := out[id]; len(l) == 0 || l[len(l)-1] != i {
				out[id] = append(l, i)
			}
		}
	}
	return out
}

// nameFacts are a record's names: on English pages the Korean one, marked
// lang="ko"; on Korean pages the English one, marked lang="en".
func (b builder) nameFacts(en, ko string) []fact {
	if b.L.Native() {
		out := []fact{{Term: b.L.W("fact_name"), Text: en}}
		if ko != "" {
			out = append(out, fact{Term: b.L.W("fact_korean_name"), Text: ko, Lang: "ko"})
		}
		return out
	}
	n := b.name(en, ko)
	return []fact{{Term: b.L.W("fact_name"), Text: n.Name, Lang: n.Lang, Untranslated: n.Untranslated},
		{Term: b.L.W("fact_english_name"), Text: en, Lang: dataLang}}
}

func (b builder) companyPage(c *publication.Company, pkgs []*publication.Investment) page.Page {
	prof := b.profile("companies/" + c.ID)
	name := b.name(c.Name, c.NameKo).Name
	desc := cmp.Or(prof.description, b.L.T("desc_company", map[string]any{"Name": name}))
	facts := b.nameFacts(c.Name, c.NameKo)
	for k := range facts {
		if facts[k].Text == c.NameKo && c.NameKo != "" {
			facts[k].Basis = b.basis(c.Basis, "name_ko")
		}
	}
	if c.Country != "" {
		facts = append(facts, fact{Term: b.L.W("fact_headquarters"), Text: b.L.Country(c.Country)})
	}
	ld := map[string]any{"@type": "Organization", "name": c.Name, "url": b.U.Absolute(b.U.Company(c.ID))}
	if !c.Subsidiaries.Empty() {
		facts = append(facts, fact{Term: b.L.W("fact_subsidiaries_total"), Text: b.TotalText(c.Subsidiaries)})
	}
	if c.Parent != "" {
		parent := b.companyByID(c.Parent)
		facts = append(facts, fact{Term: b.L.W("fact_parent"), Links: []page.Link{parent}})
		ld["parentOrganization"] = map[string]any{"@type": "Organization", "name": cmp.Or(c.ParentName, c.Parent),
			"url": b.U.Absolute(b.U.Company(c.Parent))}
	}
	if len(c.Sectors) > 0 {
		facts = append(facts, fact{Term: b.L.W("fact_sectors"), Text: strings.Join(b.L.Labels("sector", strs(c.Sectors)), b.L.W("list_comma"))})
	}
	if c.Website != "" {
		facts = append(facts, fact{Term: b.L.W("fact_website"), Links: []page.Link{{Name: c.Website, URL: c.Website}}})
		ld["sameAs"] = c.Website
	}
	if c.NameKo != "" {
		ld["alternateName"] = c.NameKo
	}
	if c.Country != "" {
		ld["address"] = map[string]any{"@type": "PostalAddress", "addressCountry": c.Country}
	}
	// A company with thousands of commitments lists the newest of each
	// kind; its downloads and the filtered commitments list have them all.
	own, ownMore := b.newestRows(c.Investments, listMaxRows)
	partner, partnerMore := b.newestRows(c.Partnerships, listMaxRows)
	packaged, packagedMore := b.newestRows(pkgs, listMaxRows)
	pg := page.Page{
		Path: "companies/" + c.ID, Kind: "page", Description: desc, Body: prof.body,
		Source: "data/companies/" + c.ID + ".json", Markdown: prof.file,
		Params: page.Params{BodyLang: prof.lang, Crumbs: b.Crumbs("companies"), JSONLD: page.JSONLD(ld),
			View: companyView{
				Facts: facts, Total: b.total(c.Total), TotalSources: b.totalSources(c.Counted()),
				Investments:     own,
				Partnerships:    partner,
				Packages:        packaged,
				InvestmentsMore: ownMore, PartnershipsMore: partnerMore, PackagesMore: packagedMore,
				Sources:   b.sources(c.Sources),
				Downloads: b.m.Downloads(b.U, b.L, "companies/"+c.ID),
				Chart:     b.companyChart(c),
				Stages:    b.stages(c.Investments, func(*publication.Investment) bool { return true }, b.splits().companyByStatus[c.ID]),
			}},
	}
	pg.Params.SearchKeys = b.searchKeys(c.ID)
	b.titled(&pg, c.Name, c.NameKo)
	return pg
}

// strs turns enumeration values into strings.
func strs[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = string(v)
	}
	return out
}

// regionView is a region’s page.
type regionView struct {
	Facts []fact    `json:"facts"`
	Total totalView `json:"total"`
	// TotalSources cite the commitments the total adds up.
	TotalSources *totalSourcesView   `json:"total_sources,omitempty"`
	Shared       string              `json:"shared,omitempty"`
	Investments  []row               `json:"investments"`
	Companies    []page.Link         `json:"companies"`
	Sectors      []string            `json:"sectors"`
	Sources      []sourceView        `json:"sources"`
	Downloads    []dataview.Download `json:"downloads"`
	// Chart is the region's own commitments by sector; Locator marks it on a map (generator/charts).
	Chart   *chartView `json:"chart,omitempty"`
	Locator string     `json:"locator,omitempty"`
	// More says that Investments are only the newest listMaxRows.
	More string `json:"more,omitempty"`
	// Stages counts its commitments by stage (life.go).
	Stages []stageRow `json:"stages,omitempty"`
}

// regionRow is a region as a line of the regions index.
type regionRow struct {
	Link        page.Link `json:"link"`
	Category    string    `json:"category"`
	Commitments string    `json:"commitments"`
	Total       string    `json:"total"`
}

// breakdownRow is a line of Korea’s total split by region.
type breakdownRow struct {
	Link  page.Link `json:"link"`
	Total totalView `json:"total"`
}

func (b builder) regionLink(r *publication.Region) page.Link {
	l := b.name(r.Name, r.NameKo)
	l.URL = b.U.Region(r.Code)
	return l
}

func (b builder) regionPages() []page.Page {
	pages := []page.Page{b.regionIndex()}
	for _, r := range b.p.Regions {
		pages = append(pages, b.regionPage(r))
	}
	return pages
}

// regionIndex is the regions index: every region, the commitments placed
// in none, and Korea's total split by region.
func (b builder) regionIndex() page.Page {
	var rows []regionRow
	for _, r := range b.p.Regions {
		rows = append(rows, regionRow{Link: b.regionLink(r),
			Category: b.L.Label("category", string(r.Category)), Commitments: strconv.Itoa(len(r.Investments)), Total: b.regionTotalText(r)})
	}
	var unplaced []*publication.Investment
	for _, i := range b.p.Investments {
		if len(i.Regions) == 0 && !i.Nationwide && i.Scope == record.ScopeKorea && len(i.Companies) == 0 {
			unplaced = append(unplaced, i)
		}
	}
	unplacedRows, unplacedMore := b.newestRows(unplaced, unplacedMaxRows)
	var breakdown []breakdownRow
	for _, r := range b.p.Summary.ByRegion {
		l := b.name(r.Name, r.NameKo)
		if strings.HasPrefix(r.Key, "KR-") {
			l.URL = b.U.Region(r.Key)
		}
		breakdown = append(breakdown, breakdownRow{Link: l, Total: b.total(r.Total)})
	}
	return page.Page{Path: "regions", Kind: "section", Title: b.L.W("regions"), Source: "the regions index",
		Description: b.L.W("desc_regions"),
		Params: page.Params{Crumbs: []page.Link{b.Home()}, View: map[string]any{
			"rows": rows, "unplaced": unplacedRows, "unplaced_more": unplacedMore, "breakdown": breakdown,
			"korea": b.total(b.p.Summary.Korea), "map": b.regionMap("regions-map"),
		}}}
}

func (b builder) regionPage(r *publication.Region) page.Page {
	prof := b.profile("regions/" + r.Code)
	desc := cmp.Or(prof.description, b.L.T("desc_region", map[string]any{"Name": b.name(r.Name, r.NameKo).Name}))
	var companies []page.Link
	var sectors []string
	seen := map[string]bool{}
	for _, i := range r.Investments {
		if i.Company != "" && !seen[i.Company] {
			seen[i.Company] = true
			companies = append(companies, b.companyByID(i.Company))
		}
		for _, s := range b.L.Labels("sector", strs(i.Sectors)) {
			if !slices.Contains(sectors, s) {
				sectors = append(sectors, s)
			}
		}
	}
	slices.SortFunc(companies, func(a, b page.Link) int { return strings.Compare(a.Name, b.Name) })
	slices.Sort(sectors)
	var shared string
	if r.SharedCount > 0 {
		shared = b.L.T("region_shared", map[string]any{"Count": r.SharedCount, "Amount": b.TotalText(r.Shared)})
	}
	rows, more := b.newestRows(r.Investments, listMaxRows)
	facts := append(b.nameFacts(r.Name, r.NameKo)[1:], fact{Term: b.L.W("fact_kind"), Text: b.L.Label("category", string(r.Category))},
		fact{Term: b.L.W("fact_iso_code"), Text: r.Code})
	total := b.total(r.Total)
	total.Text = b.regionTotalText(r)
	view := regionView{
		Facts: facts,
		Total: total, TotalSources: b.totalSources(r.Counted()), Shared: shared, Investments: rows, More: more,
		Companies: companies, Sectors: sectors, Sources: b.sources(r.Sources),
		Downloads: b.m.Downloads(b.U, b.L, "regions/"+r.Code),
		Chart:     b.regionChart(r), Locator: b.locator(r), Stages: b.stages(r.Investments, func(i *publication.Investment) bool { return publication.RegionKey(i) == r.Code }, b.splits().regionByStatus[r.Code]),
	}
	ld := map[string]any{"@type": "Place", "name": r.Name, "alternateName": r.NameKo,
		"url": b.U.Absolute(b.U.Region(r.Code)), "identifier": r.Code,
		"containedInPlace": map[string]any{"@type": "Country", "name": "South Korea", "identifier": "KR"}}
	pg := page.Page{Path: "regions/" + strings.ToLower(r.Code), Kind: "page", Description: desc, Body: prof.body,
		Source: "data/regions/" + r.Code + ".json", Markdown: prof.file,
		Params: page.Params{BodyLang: prof.lang, Crumbs: b.Crumbs("regions"), JSONLD: page.JSONLD(ld), View: view}}
	b.titled(&pg, r.Name, r.NameKo)
	return pg
}

// investmentView is a commitment's page.
type investmentView struct {
	// Lede answers who, where and when above the facts; Confidence says
	// how firm the headline amount is: how many sources the record cites
	// (not all of them state the amount: one may date it), how far the
	// commitment has gone, and how precise the figure is.
	Lede       lede         `json:"lede"`
	Confidence string       `json:"confidence"`
	Facts      []fact       `json:"facts"`
	Amount     amountView   `json:"amount"`
	Counting   string       `json:"counting"`
	Parts      []row        `json:"parts"`
	Itemised   string       `json:"itemised,omitempty"`
	Sources    []sourceView `json:"sources"`
	Cite       string       `json:"cite"`
	Life       lifeView     `json:"life"`
}

func (b builder) investmentPages() []page.Page {
	pages := b.investmentListing()
	for _, i := range b.p.Investments {
		pages = append(pages, b.investmentPage(i))
	}
	return pages
}

func (b builder) investmentPage(i *publication.Investment) page.Page {
	r := b.row(i)
	l := b.L
	facts := []fact{}
	if r.Company.URL != "" {
		facts = append(facts, fact{Term: l.W("fact_company"), Links: []page.Link{r.Company}})
	}
	if len(i.Companies) > 0 {
		facts = append(facts, fact{Term: l.W("fact_companies"), Links: b.links(i.Companies)})
	}
	if len(i.Partners) > 0 {
		facts = append(facts, fact{Term: l.W("fact_partners"), Links: b.links(i.Partners)})
	}
	facts = append(facts, fact{Term: l.W("fact_amount_as_stated"), Text: r.Amount.Text})
	if i.Amount != nil && i.Amount.Currency != "USD" && i.ValueUSD != nil {
		facts = append(facts, fact{Term: l.W("fact_in_usd"), Text: l.USD(i.Amount.Precision, *i.ValueUSD)})
	}
	facts = append(facts, fact{Term: l.W("fact_announced"), Text: cmp.Or(r.Announced, l.W("not_stated")), Basis: b.basis(i.Basis, "announced")},
		fact{Term: l.W("fact_period"), Text: r.Period, Lang: r.PeriodLang})
	if len(r.Regions) > 0 {
		facts = append(facts, fact{Term: l.W("fact_regions"), Links: r.Regions})
	} else {
		facts = append(facts, fact{Term: l.W("fact_place"), Text: r.Place})
	}
	if i.City != "" {
		facts = append(facts, fact{Term: l.W("fact_city"), Text: i.City, Lang: l.TextLang()})
	}
	if len(i.Sectors) > 0 {
		facts = append(facts, fact{Term: l.W("fact_sectors"), Text: strings.Join(l.Labels("sector", strs(i.Sectors)), l.W("list_comma"))})
	}
	facts = append(facts, fact{Term: l.W("fact_kind"), Text: l.Label("kind", string(i.Kind))}, fact{Term: l.W("fact_status"), Text: r.Status})
	if i.Package != nil {
		facts = append(facts, fact{Term: l.W("fact_part_of"), Links: []page.Link{b.investmentLink(i.Package)}})
	}
	if i.ScopeNote != "" {
		facts = append(facts, fact{Term: l.W("fact_scope"), Text: i.ScopeNote, Lang: l.TextLang(), Untranslated: !l.Native()})
	}
	if i.Note != "" {
		facts = append(facts, fact{Term: l.W("fact_note"), Text: i.Note, Lang: l.TextLang(), Untranslated: !l.Native()})
	}
	permalink := b.U.Absolute(b.U.Investment(i.ID))
	pg := page.Page{Path: "investments/" + i.ID, Kind: "page",
		Description: b.descriptionOf(i), Source: "data/investments/" + i.ID + ".json",
		Params: page.Params{Crumbs: b.Crumbs("investments"), View: investmentView{
			Lede: b.lede(i, r), Confidence: b.confidence(i),
			Facts: facts, Amount: r.Amount, Counting: b.countingText(i),
			Parts: b.rows(i.Parts), Itemised: b.itemised(i), Sources: b.sources(i.Sources), Life: b.life(i),
			Cite: l.T("cite_investment", map[string]any{"Site": l.W("site_title"), "Title": r.Link.Name, "URL": permalink}),
		}}}
	pg.Params.SearchKeys = b.searchKeys(slices.Concat([]string{i.Company}, i.Companies, i.Partners)...)
	b.titled(&pg, i.Title, i.TitleKo)
	return pg
}

// lede is a commitment's who, where and when, as its page leads with.
type lede struct {
	Who   []page.Link `json:"who"`
	Where []page.Link `json:"where,omitempty"`
	Place string      `json:"place,omitempty"`
	When  string      `json:"when"`
}

func (b builder) lede(i *publication.Investment, r row) lede {
	who := b.links(i.Companies)
	if i.Company != "" {
		who = []page.Link{r.Company}
	}
	l := lede{Who: who, Where: r.Regions, When: b.L.W("lede_announced_unknown")}
	if r.Announced != "" {
		l.When = b.L.T("lede_announced", map[string]any{"Date": r.Announced})
	}
	if len(r.Regions) == 0 {
		l.Place = r.Place
		if !i.Nationwide && i.Scope != record.ScopeMultinational {
			l.Place = b.L.W("lede_place_unknown") // alone, "not stated" would not say what
		}
	}
	return l
}

// confidence is the line under a commitment's headline amount.
func (b builder) confidence(i *publication.Investment) string {
	parts := []string{b.L.N("confidence_sources", len(i.Sources))}
	if i.Status == record.Status("announced") {
		parts = append(parts, b.L.W("confidence_announced_only"))
	}
	precision := "undisclosed"
	if i.Amount != nil {
		precision = string(i.Amount.Precision)
	}
	parts = append(parts, b.L.Label("confidence_amount", precision))
	return strings.Join(parts, b.L.W("confidence_separator"))
}

func (b builder) descriptionOf(i *publication.Investment) string {
	who := b.companyByID(i.Company).Name
	if i.Company == "" {
		names := make([]string, len(i.Companies))
		for k, id := range i.Companies {
			names[k] = b.companyByID(id).Name
		}
		who = strings.Join(names, b.L.W("list_comma"))
	}
	return b.L.T("desc_investment", map[string]any{"Who": who, "Title": b.name(i.Title, i.TitleKo).Name,
		"Amount": b.L.AmountText(i.Amount)})
}

// links links companies by id, with their names in this language.
func (b builder) links(ids []string) []page.Link {
	out := make([]page.Link, len(ids))
	for k, id := range ids {
		out[k] = b.companyByID(id)
	}
	return out
}

// itemised says how much of a package its parts account for, and what is
// not itemised, so a reader sees why the parts do not add up to the whole;
// both are publication's intervals (a part stated as a floor leaves the
// rest a ceiling).
func (b builder) itemised(pkg *publication.Investment) string {
	if len(pkg.Parts) == 0 || pkg.ValueUSD == nil || pkg.Scope != record.ScopeKorea {
		return ""
	}
	silent := 0
	for _, part := range pkg.Parts {
		if part.ValueUSD == nil {
			silent++
		}
	}
	l := b.L
	whole := l.AmountFigure(pkg.Amount)
	if silent == len(pkg.Parts) {
		return l.T("itemised_none", map[string]any{"Count": len(pkg.Parts), "Whole": whole})
	}
	data := map[string]any{"Whole": whole, "Itemised": b.TotalText(pkg.Itemised), "Rest": b.TotalText(pkg.Rest)}
	if silent > 0 {
		data["Silent"] = l.N("itemised_silent", silent)
		return l.T("itemised_some_silent", data)
	}
	return l.T("itemised_some", data)
}

// contentPages are the Markdown pages of content/ that profile no record,
// such as about.md and methodology.md, in this language where a version
// in it exists and else in the default language, marked.
func (b builder) contentPages() []page.Page {
	byBase := map[string]map[string]record.PageFile{}
	var bases []string
	for _, f := range b.p.Pages {
		if profileKey(f.Path) != "" {
			continue
		}
		base, lang := record.PageLang(f.Path)
		if byBase[base] == nil {
			byBase[base] = map[string]record.PageFile{}
			bases = append(bases, base)
		}
		byBase[base][lang] = f
	}
	slices.Sort(bases)
	var out []page.Page
	for _, base := range bases {
		f, ok := byBase[base][b.L.Lang()]
		var bodyLang string
		if !ok {
			if f, ok = byBase[base][dataLang]; !ok {
				continue // a translation without the English page: nothing to translate
			}
			bodyLang = dataLang
		}
		p := strings.TrimSuffix(base, ".md")
		kind := "page"
		if name := path.Base(p); name == "_index" || name == "index" {
			p, kind = path.Dir(p), "section"
		}
		pg := page.Page{Path: strings.Trim(p, "./"), Kind: kind, Title: f.Front.Title,
			Description: f.Front.Description, Body: string(f.Body), Source: "content/" + f.Path, Markdown: "content/" + f.Path,
			Params: page.Params{BodyLang: bodyLang, TitleLang: bodyLang, Untranslated: bodyLang != "", Crumbs: []page.Link{b.Home()}}}
		out = append(out, pg)
	}
	return out
}

// regionTotalText is a region's total for the regions index, with what it
// shares with other regions (counted under "Several regions") beside it.
func (b builder) regionTotalText(r *publication.Region) string {
	shared := ""
	if r.SharedCount > 0 {
		shared = b.L.T("total_shared", map[string]any{"Amount": b.TotalText(r.Shared)})
	}
	if r.Total.Empty() && shared != "" {
		return shared
	}
	return strings.TrimSuffix(b.TotalText(r.Total)+b.L.W("list_separator")+shared, b.L.W("list_separator"))
}

// totalSourcesView cites a headline total: the sources of the commitments
// it adds up, each once, the first totalSourcesMax listed.
type totalSourcesView struct {
	Summary string       `json:"summary"`
	Sources []sourceView `json:"sources"`
	More    string       `json:"more,omitempty"`
	// Open shows a short list unfolded.
	Open bool `json:"open,omitempty"`
}

// totalSourcesMax caps the sources listed under a total; each
// commitment's page cites its own.
const totalSourcesMax = 100

// totalSources are the sources of counted, the commitments a total adds
// up, and of the packages that bound their parts, each source once (by
// its URL, else its title and publisher); nil when there are none.
func (b builder) totalSources(counted []*publication.Investment) *totalSourcesView {
	var all []record.Source
	seen := map[string]bool{}
	add := func(ss []record.Source) {
		for _, s := range ss {
			key := cmp.Or(s.URL, s.Title+"\x00"+s.Publisher)
			if !seen[key] {
				seen[key] = true
				all = append(all, s)
			}
		}
	}
	for _, i := range counted {
		add(i.Sources)
		if i.Package != nil {
			add(i.Package.Sources)
		}
	}
	if len(all) == 0 {
		return nil
	}
	v := &totalSourcesView{Summary: b.L.N("total_sources", len(all)), Sources: b.sources(all[:min(len(all), totalSourcesMax)]),
		Open: len(all) <= 3}
	if len(all) > totalSourcesMax {
		v.More = b.L.T("total_sources_more", map[string]any{"Shown": totalSourcesMax, "Count": len(all)})
	}
	return v
}
