package hugo

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// The types below are what templates read, already in words: every number
// is a string, every URL is final, so the templates only place values and
// Hugo never formats a number itself. Field names are lower-case JSON keys
// because Hugo lower-cases page parameter keys.

// link is a named URL; NameKo is the Korean name, shown with lang="ko".
type link struct {
	Name   string `json:"name"`
	NameKo string `json:"name_ko,omitempty"`
	URL    string `json:"url,omitempty"`
}

// amountView is an amount as the source states it (Text), as counted
// (Figure), and its exact integer value for <data value>.
type amountView struct {
	Text   string `json:"text"`
	Figure string `json:"figure"`
	Value  string `json:"value,omitempty"`
}

// totalView is a total by the counting rules with what it leaves out.
type totalView struct {
	Text  string `json:"text"`
	Note  string `json:"note,omitempty"`
	Value string `json:"value,omitempty"`
}

// sourceView is one citation.
type sourceView struct {
	Title        string `json:"title"`
	Publisher    string `json:"publisher,omitempty"`
	URL          string `json:"url,omitempty"`
	Published    string `json:"published,omitempty"`
	PublishedISO string `json:"published_iso,omitempty"`
	Quote        string `json:"quote,omitempty"`
}

// row is a commitment as one line of a table.
type row struct {
	Link      link       `json:"link"`
	Company   link       `json:"company"`
	Amount    amountView `json:"amount"`
	Announced string     `json:"announced,omitempty"`
	// AnnouncedISO is the partial date for <time datetime>.
	AnnouncedISO string `json:"announced_iso,omitempty"`
	Period       string `json:"period"`
	Regions      []link `json:"regions,omitempty"`
	// Place is said instead of regions when none is stated.
	Place   string `json:"place,omitempty"`
	Status  string `json:"status"`
	Package bool   `json:"package,omitempty"`
	// Counting says in a few words how the amount enters Korea’s total.
	Counting string `json:"counting"`
}

// fact is one line of a definition list on a detail page.
type fact struct {
	Term  string `json:"term"`
	Text  string `json:"text,omitempty"`
	Links []link `json:"links,omitempty"`
	// Lang is "ko" for a fact written in Korean.
	Lang string `json:"lang,omitempty"`
}

// urls builds the site's URLs below its base path, so that a site served
// from a sub-folder keeps working links.
type urls struct {
	base string // path of the base URL, with leading and trailing slash
	abs  string // the base URL with trailing slash
}

func (u urls) company(id string) string    { return u.base + "companies/" + id + "/" }
func (u urls) investment(id string) string { return u.base + "investments/" + id + "/" }
func (u urls) region(code string) string   { return u.base + "regions/" + strings.ToLower(code) + "/" }
func (u urls) path(p string) string        { return u.base + p }
func (u urls) absolute(rel string) string  { return u.abs + strings.TrimPrefix(rel, u.base) }
func (u urls) section(name string) link {
	return link{Name: sectionNames[name], URL: u.base + name + "/"}
}
func (u urls) home() link                   { return link{Name: "Home", URL: u.base} }
func (u urls) crumbs(section string) []link { return []link{u.home(), u.section(section)} }
func (u urls) companyLink(c *publication.Company) link {
	return link{Name: c.Name, NameKo: c.NameKo, URL: u.company(c.ID)}
}

// sectionNames are the titles of the site's sections.
var sectionNames = map[string]string{
	"companies":   "Companies",
	"regions":     "Regions",
	"investments": "Commitments",
	"data":        "Data",
}

func sources(ss []record.Source) []sourceView {
	out := make([]sourceView, len(ss))
	for i, s := range ss {
		out[i] = sourceView{Title: s.Title, Publisher: s.Publisher, URL: s.URL,
			Published: dateText(s.Published), PublishedISO: string(s.Published), Quote: s.Quote}
	}
	return out
}

func amount(i *publication.Investment) amountView {
	v := amountView{Text: amountText(i.Amount), Figure: amountFigure(i.Amount)}
	if i.Amount != nil {
		v.Value = strconv.FormatInt(i.Amount.Value, 10)
	}
	return v
}

func total(t publication.Total) totalView {
	v := totalView{Text: totalText(t), Note: totalNote(t)}
	if t.Counted > 0 {
		v.Value = strconv.FormatInt(t.USD, 10)
	}
	return v
}

// place says where a commitment goes when it names no region.
func place(i *publication.Investment) string {
	switch {
	case len(i.Regions) > 0:
		return ""
	case i.Nationwide:
		return "Nationwide"
	case i.Scope == record.ScopeMultinational:
		return "Several countries"
	}
	return "Not stated"
}

// counting says in a few words how a commitment enters Korea’s total.
func counting(i *publication.Investment) string {
	switch {
	case i.Scope == record.ScopeMultinational:
		return "Excluded: not only Korea"
	case i.CountsTowardKoreaTotal:
		return "Counted"
	case inCountedPackage(i):
		return "Inside the package’s amount"
	case i.Amount == nil:
		return "Amount not disclosed"
	case i.ValueUSD == nil:
		return "Not converted to US dollars"
	}
	return "Not counted"
}

// countingText explains the same at length on the commitment's own page.
func countingText(i *publication.Investment) string {
	switch {
	case i.Scope == record.ScopeMultinational:
		s := "Not added to Korea’s totals: this figure covers more than Korea"
		if i.ScopeNote != "" {
			s += " (" + i.ScopeNote + ")"
		}
		return s + "."
	case i.CountsTowardKoreaTotal && len(i.Parts) > 0:
		return "Counted once in Korea’s total as " + amountFigure(i.Amount) +
			"; the amounts of its parts are inside it and are not added again."
	case i.CountsTowardKoreaTotal:
		return "Counted in Korea’s total as " + amountFigure(i.Amount) + "."
	case inCountedPackage(i) && i.Amount != nil:
		return "Not added again: it is part of “" + i.Package.Title + "”, whose " +
			amountFigure(i.Package.Amount) + " is counted."
	case inCountedPackage(i):
		return "No amount of its own is disclosed; it is part of “" + i.Package.Title +
			"”, whose " + amountFigure(i.Package.Amount) + " is counted."
	case i.Amount == nil:
		return "No amount is disclosed; the commitment is counted as undisclosed, never as zero."
	case i.ValueUSD == nil:
		return "No US dollar rate is on record for " + string(i.Amount.Currency) +
			", so the amount is shown as stated and left out of dollar totals."
	}
	return "Not counted in Korea’s total."
}

// inCountedPackage mirrors counting rule 1: a part of a package that carries
// a Korean amount is inside that amount.
func inCountedPackage(i *publication.Investment) bool {
	p := i.Package
	return p != nil && p.Scope == record.ScopeKorea && p.Amount != nil
}

func (u urls) row(i *publication.Investment) row {
	r := row{
		Link:         link{Name: i.Title, NameKo: i.TitleKo, URL: u.investment(i.ID)},
		Amount:       amount(i),
		Announced:    dateText(i.Announced),
		AnnouncedISO: string(i.Announced),
		Period:       periodText(i.Period),
		Place:        place(i),
		Status:       label(string(i.Status)),
		Package:      len(i.Companies) > 0 || i.Kind == record.KindPackage,
		Counting:     counting(i),
	}
	if i.Company != "" {
		r.Company = link{Name: i.CompanyName, NameKo: i.CompanyNameKo, URL: u.company(i.Company)}
	} else if len(i.CompanyNames) > 0 {
		r.Company = link{Name: plural(len(i.CompanyNames), "company", "companies")}
	}
	for k, code := range i.Regions {
		l := link{Name: code, URL: u.region(code)}
		if k < len(i.RegionNames) {
			l.Name = i.RegionNames[k]
		}
		r.Regions = append(r.Regions, l)
	}
	return r
}

func (u urls) rows(is []*publication.Investment) []row {
	out := make([]row, len(is))
	for k, i := range is {
		out[k] = u.row(i)
	}
	return out
}

// newestFirst orders commitments by announcement, newest first; undated
// ones last; ties by title so the order is stable.
func newestFirst(is []*publication.Investment) []*publication.Investment {
	out := slices.Clone(is)
	slices.SortStableFunc(out, func(a, b *publication.Investment) int {
		return cmp.Or(cmp.Compare(b.Announced, a.Announced), cmp.Compare(a.Title, b.Title))
	})
	return out
}

func labels[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = label(string(v))
	}
	return out
}
