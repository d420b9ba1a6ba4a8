package hugo

import (
	"encoding/json"
	"fmt"
	"path"
	"slices"
	"strconv"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// page is one page the content adapter adds: its Hugo path, its words,
// and the view its template reads from .Params.view.
type page struct {
	Path        string     `json:"path"`
	Kind        string     `json:"kind"`
	Title       string     `json:"title"`
	Description string     `json:"description"`
	Body        string     `json:"body"`
	Params      pageParams `json:"params"`
	// source is the file that makes the page, named in errors.
	source string
	// markdown is the file its Body comes from, blamed for Markdown errors.
	markdown string
}

type pageParams struct {
	TitleKo string `json:"title_ko,omitempty"`
	Crumbs  []link `json:"crumbs,omitempty"`
	// JSONLD is the page's structured data, already JSON with <, > and &
	// escaped, so a template can place it in a script element as is.
	JSONLD string `json:"jsonld,omitempty"`
	View   any    `json:"view,omitempty"`
}

// site is everything Hugo reads: the pages and the home page's view.
type site struct {
	pages []page
	home  homeView
}

// buildSite turns the publication into pages. It fails when Markdown in
// content/ points at a record that does not exist or when two pages would
// publish to the same path, which Hugo itself does not report.
func buildSite(p *publication.Publication, u urls, m manifest, dict []schemaDoc) (site, error) {
	profiles, errs := attach(p.Pages)
	b := builder{p: p, u: u, m: m, profiles: profiles}
	var pages []page
	pages = append(pages, b.companyPages()...)
	pages = append(pages, b.regionPages()...)
	pages = append(pages, b.investmentPages()...)
	pages = append(pages, b.dataPage(dict))
	pages = append(pages, b.contentPages()...)
	errs = append(errs, unknownProfiles(p, profiles)...)
	errs = append(errs, duplicatePaths(pages)...)
	if err := errs.Sort().Err(); err != nil {
		return site{}, err
	}
	return site{pages: pages, home: b.home()}, nil
}

type builder struct {
	p        *publication.Publication
	u        urls
	m        manifest
	profiles map[string]record.PageFile // by "companies/<id>" or "regions/<code>"
}

// attach sorts content/ pages into profiles (companies/, regions/) and
// reports two files that profile the same record.
func attach(files []record.PageFile) (map[string]record.PageFile, record.ErrorList) {
	out := map[string]record.PageFile{}
	var errs record.ErrorList
	for _, f := range files {
		key := profileKey(f)
		if key == "" {
			continue
		}
		if prev, ok := out[key]; ok {
			errs.Add(record.Position{File: "content/" + f.Path}, "",
				fmt.Sprintf("profiles the same record as content/%s", prev.Path))
			continue
		}
		out[key] = f
	}
	return out, errs
}

// profileKey is "companies/<id>" or "regions/<code>" for a profile page,
// from its front matter or else its file name; "" for other pages.
func profileKey(f record.PageFile) string {
	dir, file := path.Split(f.Path)
	name := strings.TrimSuffix(file, ".md")
	switch dir {
	case "companies/":
		return "companies/" + cmpOr(f.Front.Company, name)
	case "regions/":
		return "regions/" + strings.ToUpper(cmpOr(f.Front.Region, name))
	}
	return ""
}

func cmpOr(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

func unknownProfiles(p *publication.Publication, profiles map[string]record.PageFile) record.ErrorList {
	known := map[string]bool{}
	for _, c := range p.Companies {
		known["companies/"+c.ID] = true
	}
	for _, r := range p.Regions {
		known["regions/"+r.Code] = true
	}
	var errs record.ErrorList
	for key, f := range profiles {
		if !known[key] {
			errs.Add(record.Position{File: "content/" + f.Path}, "",
				fmt.Sprintf("profiles %s, which has no record in data/", key))
		}
	}
	return errs
}

// duplicatePaths reports pages that Hugo would write to the same file.
// Hugo lower-cases paths, so the comparison does too.
func duplicatePaths(pages []page) record.ErrorList {
	seen := map[string]string{"": "the home page"}
	var errs record.ErrorList
	for _, pg := range pages {
		key := strings.ToLower(strings.Trim(pg.Path, "/"))
		if prev, ok := seen[key]; ok {
			errs.Add(record.Position{File: pg.source}, "",
				fmt.Sprintf("publishes to /%s, as %s does", strings.TrimPrefix(key+"/", "/"), prev))
			continue
		}
		seen[key] = pg.source
	}
	return errs
}

// jsonLD marshals structured data; encoding/json escapes <, > and & so the
// result cannot close the script element it is placed in.
func jsonLD(v map[string]any) string {
	v["@context"] = "https://schema.org"
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // maps of strings and slices always marshal
	}
	return string(b)
}

// body is a record's profile from content/: its Markdown, description and file.
func (b builder) body(key string) (string, string, string) {
	f, ok := b.profiles[key]
	if !ok {
		return "", "", ""
	}
	return string(f.Body), f.Front.Description, "content/" + f.Path
}

// companyView is a company's page.
type companyView struct {
	Facts        []fact       `json:"facts"`
	Total        totalView    `json:"total"`
	Investments  []row        `json:"investments"`
	Partnerships []row        `json:"partnerships"`
	Packages     []row        `json:"packages"`
	Sources      []sourceView `json:"sources"`
	Downloads    []download   `json:"downloads"`
}

// companyRow is a company as a line of the companies index.
type companyRow struct {
	Link        link   `json:"link"`
	Country     string `json:"country"`
	Commitments string `json:"commitments"`
	Total       string `json:"total"`
}

func (b builder) companyPages() []page {
	index := page{Path: "companies", Kind: "section", Title: "Companies", source: "the companies index",
		Description: "Every company with a foreign investment commitment in South Korea, with its total by the counting rules."}
	var rows []companyRow
	var pages []page
	for _, c := range b.p.Companies {
		pkgs := b.packagesOf(c.ID)
		rows = append(rows, companyRow{Link: b.u.companyLink(c), Country: countryName(c.Country),
			Commitments: strconv.Itoa(len(c.Investments) + len(pkgs)), Total: totalText(c.Total)})
		pages = append(pages, b.companyPage(c, pkgs))
	}
	index.Params = pageParams{Crumbs: []link{b.u.home()}, View: map[string]any{"rows": rows}}
	return append([]page{index}, pages...)
}

// packagesOf lists the packages that name a company among their companies.
func (b builder) packagesOf(id string) []*publication.Investment {
	var out []*publication.Investment
	for _, i := range b.p.Investments {
		if slices.Contains(i.Companies, id) {
			out = append(out, i)
		}
	}
	return out
}

func (b builder) companyPage(c *publication.Company, pkgs []*publication.Investment) page {
	body, desc, md := b.body("companies/" + c.ID)
	if desc == "" {
		desc = c.Name + ": foreign investment commitments in South Korea, with sources."
	}
	facts := []fact{{Term: "Name", Text: c.Name}}
	if c.NameKo != "" {
		facts = append(facts, fact{Term: "Korean name", Text: c.NameKo, Lang: "ko"})
	}
	if c.Country != "" {
		facts = append(facts, fact{Term: "Headquarters", Text: countryName(c.Country)})
	}
	ld := map[string]any{"@type": "Organization", "name": c.Name, "url": b.u.absolute(b.u.company(c.ID))}
	if c.Parent != "" {
		facts = append(facts, fact{Term: "Parent", Links: []link{{Name: cmpOr(c.ParentName, c.Parent), URL: b.u.company(c.Parent)}}})
		ld["parentOrganization"] = map[string]any{"@type": "Organization", "name": cmpOr(c.ParentName, c.Parent),
			"url": b.u.absolute(b.u.company(c.Parent))}
	}
	if len(c.Sectors) > 0 {
		facts = append(facts, fact{Term: "Sectors", Text: strings.Join(labels(c.Sectors), ", ")})
	}
	if c.Website != "" {
		facts = append(facts, fact{Term: "Website", Links: []link{{Name: c.Website, URL: c.Website}}})
		ld["sameAs"] = c.Website
	}
	if c.NameKo != "" {
		ld["alternateName"] = c.NameKo
	}
	if c.Country != "" {
		ld["address"] = map[string]any{"@type": "PostalAddress", "addressCountry": c.Country}
	}
	return page{
		Path: "companies/" + c.ID, Kind: "page", Title: c.Name, Description: desc, Body: body,
		source: "data/companies/" + c.ID + ".json", markdown: md,
		Params: pageParams{TitleKo: c.NameKo, Crumbs: b.u.crumbs("companies"), JSONLD: jsonLD(ld),
			View: companyView{
				Facts: facts, Total: total(c.Total),
				Investments:  b.u.rows(newestFirst(c.Investments)),
				Partnerships: b.u.rows(newestFirst(c.Partnerships)),
				Packages:     b.u.rows(pkgs),
				Sources:      sources(c.Sources),
				Downloads:    b.m.downloads(b.u, "companies/"+c.ID),
			}},
	}
}

// regionView is a region’s page.
type regionView struct {
	Facts       []fact       `json:"facts"`
	Total       totalView    `json:"total"`
	Shared      string       `json:"shared,omitempty"`
	Investments []row        `json:"investments"`
	Companies   []link       `json:"companies"`
	Sectors     []string     `json:"sectors"`
	Sources     []sourceView `json:"sources"`
	Downloads   []download   `json:"downloads"`
}

// regionRow is a region as a line of the regions index.
type regionRow struct {
	Link        link   `json:"link"`
	Category    string `json:"category"`
	Commitments string `json:"commitments"`
	Total       string `json:"total"`
}

// breakdownRow is a line of Korea’s total split by region.
type breakdownRow struct {
	Link  link      `json:"link"`
	Total totalView `json:"total"`
}

func (b builder) regionPages() []page {
	var rows []regionRow
	var pages []page
	for _, r := range b.p.Regions {
		rows = append(rows, regionRow{Link: link{Name: r.Name, NameKo: r.NameKo, URL: b.u.region(r.Code)},
			Category: label(string(r.Category)), Commitments: strconv.Itoa(len(r.Investments)), Total: totalText(r.Total)})
		pages = append(pages, b.regionPage(r))
	}
	var unplaced []*publication.Investment
	for _, i := range b.p.Investments {
		if len(i.Regions) == 0 && !i.Nationwide && i.Scope == record.ScopeKorea && len(i.Companies) == 0 {
			unplaced = append(unplaced, i)
		}
	}
	var breakdown []breakdownRow
	for _, r := range b.p.Summary.ByRegion {
		l := link{Name: r.Name, NameKo: r.NameKo}
		if strings.HasPrefix(r.Key, "KR-") {
			l.URL = b.u.region(r.Key)
		}
		breakdown = append(breakdown, breakdownRow{Link: l, Total: total(r.Total)})
	}
	index := page{Path: "regions", Kind: "section", Title: "Regions", source: "the regions index",
		Description: "South Korea’s 17 provinces and cities, with the foreign investment commitments in each.",
		Params: pageParams{Crumbs: []link{b.u.home()}, View: map[string]any{
			"rows": rows, "unplaced": b.u.rows(unplaced), "breakdown": breakdown,
			"korea": total(b.p.Summary.Korea),
		}}}
	return append([]page{index}, pages...)
}

func (b builder) regionPage(r *publication.Region) page {
	body, desc, md := b.body("regions/" + r.Code)
	if desc == "" {
		desc = "Foreign investment commitments in " + r.Name + ", South Korea, with sources."
	}
	var companies []link
	var sectors []string
	seen := map[string]bool{}
	for _, i := range r.Investments {
		if i.Company != "" && !seen[i.Company] {
			seen[i.Company] = true
			companies = append(companies, link{Name: i.CompanyName, NameKo: i.CompanyNameKo, URL: b.u.company(i.Company)})
		}
		for _, s := range labels(i.Sectors) {
			if !slices.Contains(sectors, s) {
				sectors = append(sectors, s)
			}
		}
	}
	slices.SortFunc(companies, func(a, b link) int { return strings.Compare(a.Name, b.Name) })
	slices.Sort(sectors)
	var shared string
	if r.SharedCount > 0 {
		shared = plural(r.SharedCount, "commitment here also covers", "commitments here also cover") +
			" other regions; its amount is counted under “Several regions”, not in this region’s total."
	}
	view := regionView{
		Facts: []fact{{Term: "Korean name", Text: r.NameKo, Lang: "ko"}, {Term: "Kind", Text: label(string(r.Category))},
			{Term: "ISO 3166-2 code", Text: r.Code}},
		Total: total(r.Total), Shared: shared, Investments: b.u.rows(newestFirst(r.Investments)),
		Companies: companies, Sectors: sectors, Sources: sources(r.Sources),
		Downloads: b.m.downloads(b.u, "regions/"+r.Code),
	}
	ld := map[string]any{"@type": "Place", "name": r.Name, "alternateName": r.NameKo,
		"url": b.u.absolute(b.u.region(r.Code)), "identifier": r.Code,
		"containedInPlace": map[string]any{"@type": "Country", "name": "South Korea", "identifier": "KR"}}
	return page{Path: "regions/" + strings.ToLower(r.Code), Kind: "page", Title: r.Name, Description: desc, Body: body,
		source: "data/regions/" + r.Code + ".json", markdown: md,
		Params: pageParams{TitleKo: r.NameKo, Crumbs: b.u.crumbs("regions"), JSONLD: jsonLD(ld), View: view}}
}

// investmentView is a commitment's page.
type investmentView struct {
	Facts    []fact       `json:"facts"`
	Amount   amountView   `json:"amount"`
	Counting string       `json:"counting"`
	Parts    []row        `json:"parts"`
	Itemised string       `json:"itemised,omitempty"`
	Sources  []sourceView `json:"sources"`
	Cite     string       `json:"cite"`
}

func (b builder) investmentPages() []page {
	index := page{Path: "investments", Kind: "section", Title: "Commitments", source: "the commitments index",
		Description: "Every foreign investment commitment in South Korea in this publication, newest first.",
		Params: pageParams{Crumbs: []link{b.u.home()}, View: map[string]any{
			"rows": b.u.rows(newestFirst(b.p.Investments)), "korea": total(b.p.Summary.Korea)}}}
	pages := []page{index}
	for _, i := range b.p.Investments {
		pages = append(pages, b.investmentPage(i))
	}
	return pages
}

func (b builder) investmentPage(i *publication.Investment) page {
	r := b.u.row(i)
	facts := []fact{}
	if r.Company.URL != "" {
		facts = append(facts, fact{Term: "Company", Links: []link{r.Company}})
	}
	if len(i.Companies) > 0 {
		facts = append(facts, fact{Term: "Companies", Links: b.links(i.Companies, i.CompanyNames)})
	}
	if len(i.Partners) > 0 {
		facts = append(facts, fact{Term: "Partners", Links: b.links(i.Partners, i.PartnerNames)})
	}
	facts = append(facts, fact{Term: "Amount as stated", Text: r.Amount.Text})
	if i.Amount != nil && i.Amount.Currency != "USD" && i.ValueUSD != nil {
		facts = append(facts, fact{Term: "In US dollars", Text: precisionWords[i.Amount.Precision] + money(*i.ValueUSD, "USD")})
	}
	facts = append(facts, fact{Term: "Announced", Text: cmpOr(r.Announced, "not stated")}, fact{Term: "Period", Text: r.Period})
	if len(r.Regions) > 0 {
		facts = append(facts, fact{Term: "Regions", Links: r.Regions})
	} else {
		facts = append(facts, fact{Term: "Place", Text: r.Place})
	}
	if i.City != "" {
		facts = append(facts, fact{Term: "City", Text: i.City})
	}
	if len(i.Sectors) > 0 {
		facts = append(facts, fact{Term: "Sectors", Text: strings.Join(labels(i.Sectors), ", ")})
	}
	facts = append(facts, fact{Term: "Kind", Text: label(string(i.Kind))}, fact{Term: "Status", Text: r.Status})
	if i.Package != nil {
		facts = append(facts, fact{Term: "Part of", Links: []link{{Name: i.Package.Title, URL: b.u.investment(i.Package.ID)}}})
	}
	if i.ScopeNote != "" {
		facts = append(facts, fact{Term: "Scope", Text: i.ScopeNote})
	}
	if i.Note != "" {
		facts = append(facts, fact{Term: "Note", Text: i.Note})
	}
	permalink := b.u.absolute(b.u.investment(i.ID))
	return page{Path: "investments/" + i.ID, Kind: "page", Title: i.Title,
		Description: descriptionOf(i), source: "data/investments/" + i.ID + ".json",
		Params: pageParams{TitleKo: i.TitleKo, Crumbs: b.u.crumbs("investments"), View: investmentView{
			Facts: facts, Amount: r.Amount, Counting: countingText(i),
			Parts: b.u.rows(i.Parts), Itemised: itemised(i), Sources: sources(i.Sources),
			Cite: "Korea Investment Tracker, “" + i.Title + "”, " + permalink,
		}}}
}

func descriptionOf(i *publication.Investment) string {
	who := cmpOr(i.CompanyName, strings.Join(i.CompanyNames, ", "))
	return who + ": " + i.Title + " (" + amountText(i.Amount) + "), with sources."
}

// links names ids with the names publication resolved, in the same order.
func (b builder) links(ids, names []string) []link {
	out := make([]link, len(ids))
	for k, id := range ids {
		out[k] = link{Name: id, URL: b.u.company(id)}
		if k < len(names) {
			out[k].Name = names[k]
		}
	}
	return out
}

// itemised says how much of a package its parts account for, and what is
// not itemised, so a reader sees why the parts do not add up to the whole.
func itemised(pkg *publication.Investment) string {
	if len(pkg.Parts) == 0 || pkg.Amount == nil || pkg.ValueUSD == nil {
		return ""
	}
	var sum int64
	var floors, silent int
	for _, part := range pkg.Parts {
		switch {
		case part.ValueUSD == nil:
			silent++
		default:
			sum += *part.ValueUSD
			if p := part.Amount.Precision; p == record.AtLeast || p == record.Range {
				floors++
			}
		}
	}
	whole := amountFigure(pkg.Amount)
	if sum == 0 {
		return "None of its " + plural(len(pkg.Parts), "part states", "parts state") +
			" an amount: all of the " + whole + " is not itemised."
	}
	rest := *pkg.ValueUSD - sum
	itemisedText := money(sum, "USD")
	restText := money(rest, "USD")
	if floors > 0 {
		itemisedText, restText = "at least "+itemisedText, "up to "+restText
	}
	s := "Of the " + whole + ", its parts itemise " + itemisedText + "; " + restText + " is not itemised"
	if silent > 0 {
		s += " (" + plural(silent, "part states", "parts state") + " no amount of its own)"
	}
	return s + "."
}

// contentPages are the Markdown pages of content/ that profile no record,
// such as about.md and methodology.md.
func (b builder) contentPages() []page {
	var out []page
	for _, f := range b.p.Pages {
		if profileKey(f) != "" {
			continue
		}
		p := strings.TrimSuffix(f.Path, ".md")
		kind := "page"
		if base := path.Base(p); base == "_index" || base == "index" {
			p, kind = path.Dir(p), "section"
		}
		out = append(out, page{Path: strings.Trim(p, "./"), Kind: kind, Title: f.Front.Title,
			Description: f.Front.Description, Body: string(f.Body), source: "content/" + f.Path, markdown: "content/" + f.Path,
			Params: pageParams{Crumbs: []link{b.u.home()}}})
	}
	return out
}
