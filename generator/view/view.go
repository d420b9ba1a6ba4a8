package view

import (
	"cmp"
	"slices"
	"strconv"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// The types below are what templates read, already in words: every number
// is a string, every URL is final, so the templates only place values and
// Hugo never formats a number itself. Field names are lower-case JSON keys
// because Hugo lower-cases page parameter keys.

// dataLang is the language of the records' free text (titles, notes,
// periods and quotes as the sources state them).
const dataLang = record.DefaultLang

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
	Link      page.Link  `json:"link"`
	Company   page.Link  `json:"company"`
	Amount    amountView `json:"amount"`
	Announced string     `json:"announced,omitempty"`
	// AnnouncedISO is the partial date for <time datetime>.
	AnnouncedISO string `json:"announced_iso,omitempty"`
	Period       string `json:"period"`
	// PeriodLang is "en" when the period is in the source's English words on a Korean page.
	PeriodLang string      `json:"period_lang,omitempty"`
	Regions    []page.Link `json:"regions,omitempty"`
	// Place is said instead of regions when none is stated.
	Place   string `json:"place,omitempty"`
	Status  string `json:"status"`
	Package bool   `json:"package,omitempty"`
	// Counting says in a few words how the amount enters Korea’s total;
	// Outside is set for a stated amount that does not (a figure that
	// covers other countries, for one), which the tables then show muted.
	Counting string `json:"counting"`
	Outside  bool   `json:"outside,omitempty"`
	// Facets are the row's filter values on the commitments page (facets.go).
	Facets string `json:"facets,omitempty"`
	// Sum is the row's piece of a filtered total there (sumAttr).
	Sum string `json:"sum,omitempty"`
}

// fact is one line of a definition list on a detail page.
type fact struct {
	Term  string      `json:"term"`
	Text  string      `json:"text,omitempty"`
	Links []page.Link `json:"links,omitempty"`
	// Lang is set for a text in a language other than the page's.
	Lang string `json:"lang,omitempty"`
	// Untranslated marks an English text shown for a missing Korean one.
	Untranslated bool `json:"untranslated,omitempty"`
	// Basis says, in words, that the fact is derived or the publication's own, not reported.
	Basis string `json:"basis,omitempty"`
}

// basis words a record's basis for a field, "" for a reported one.
func (b builder) basis(m map[string]record.Basis, field string) string {
	switch m[field] {
	case record.BasisDerived:
		return b.L.W("basis_derived")
	case record.BasisOwn:
		return b.L.W("basis_own")
	case record.BasisEstimated:
		return b.L.W("basis_estimated")
	}
	return ""
}

// name is a text with an English and a Korean version in this language:
// the English one with the Korean beside it, or the Korean one, or else
// the English one, marked.
func (b builder) name(en, ko string) page.Link {
	switch {
	case b.L.Native():
		return page.Link{Name: en, NameKo: ko}
	case ko != "":
		return page.Link{Name: ko}
	}
	return page.Link{Name: en, Lang: dataLang, Untranslated: true}
}

// totalNote says what a total leaves out, so that a reader never takes an
// undisclosed or unconverted amount for zero.
func (b builder) totalNote(t publication.Total) string {
	var parts []string
	if t.Counted > 0 {
		parts = append(parts, b.L.N("note_adds", t.Counted))
	}
	if t.Undisclosed > 0 {
		parts = append(parts, b.L.N("note_undisclosed", t.Undisclosed))
	}
	if t.Unconverted > 0 {
		parts = append(parts, b.L.N("note_unconverted", t.Unconverted))
	}
	return strings.Join(parts, b.L.W("list_separator"))
}

func (b builder) companyLink(c *publication.Company) page.Link {
	l := b.name(c.Name, c.NameKo)
	l.URL = b.U.Company(c.ID)
	return l
}

// companyByID links a company by id, with its names in this language.
func (b builder) companyByID(id string) page.Link {
	if c, ok := b.companies[id]; ok {
		return b.companyLink(c)
	}
	return page.Link{Name: id, URL: b.U.Company(id)}
}

// searchKeys are the handles (ids) and both names of the companies a
// page concerns. A commitment's title rarely names its company, and a
// company is often searched for by its handle ("aws"), which its URL
// and downloads use but no heading shows.
func (b builder) searchKeys(ids ...string) string {
	var words []string
	for _, id := range ids {
		if id == "" {
			continue
		}
		words = append(words, strings.ReplaceAll(id, "-", " "))
		if c, ok := b.companies[id]; ok {
			words = append(words, c.Name, c.NameKo)
		}
	}
	return strings.Join(slices.Compact(words), " ")
}

func (b builder) sources(ss []record.Source) []sourceView {
	out := make([]sourceView, len(ss))
	for i, s := range ss {
		out[i] = sourceView{Title: s.Title, Publisher: s.Publisher, URL: s.URL,
			Published: b.L.Date(s.Published), PublishedISO: string(s.Published), Quote: s.Quote}
	}
	return out
}

func (b builder) amount(i *publication.Investment) amountView {
	v := amountView{Text: b.L.AmountText(i.Amount), Figure: b.L.AmountFigure(i.Amount)}
	if i.Amount != nil {
		v.Value = strconv.FormatInt(i.Amount.Value, 10)
	}
	return v
}

func (b builder) total(t publication.Total) totalView {
	v := totalView{Text: b.TotalText(t), Note: b.totalNote(t)}
	if !t.Empty() && (t.Min > 0 || t.Max != nil) {
		v.Value = intervalValue(t)
	}
	return v
}

// intervalValue is a total as a machine-readable value: "13000000000"
// when exact, else "min..max" with max empty when unbounded.
func intervalValue(t publication.Total) string {
	lo := strconv.FormatInt(t.Min, 10)
	switch {
	case t.Exact():
		return lo
	case t.Max == nil:
		return lo + ".."
	}
	return lo + ".." + strconv.FormatInt(*t.Max, 10)
}

// place says where a commitment goes when it names no region.
func (b builder) place(i *publication.Investment) string {
	switch {
	case len(i.Regions) > 0:
		return ""
	case i.Nationwide:
		return message.Nationwide.Text().In(b.L.Lang())
	case i.Scope == record.ScopeMultinational:
		return b.L.W("place_several_countries")
	}
	return message.NotStated.Text().In(b.L.Lang())
}

// counting says in a few words how a commitment enters Korea’s total.
func (b builder) counting(i *publication.Investment) string {
	switch {
	case i.Scope == record.ScopeMultinational:
		return b.L.W("counting_excluded")
	case i.CountsTowardKoreaTotal:
		return b.L.W("counting_counted")
	case inCountedPackage(i):
		return b.L.W("counting_inside")
	case i.Amount == nil:
		return b.L.W("counting_undisclosed")
	case i.ValueUSD == nil:
		return b.L.W("counting_unconverted")
	}
	return b.L.W("counting_not_counted")
}

// countingText explains the same at length on the commitment's own page.
// The scope note is the source's English, so it joins the sentence only on
// English pages; Korean pages show it among the facts, marked.
func (b builder) countingText(i *publication.Investment) string {
	l := b.L
	switch {
	case i.Scope == record.ScopeMultinational && i.ScopeNote != "" && l.Native():
		// The sentence closes the parentheses with its own full stop.
		return l.T("counting_text_multinational_note", map[string]any{"Note": strings.TrimSuffix(i.ScopeNote, ".")})
	case i.Scope == record.ScopeMultinational:
		return l.W("counting_text_multinational")
	case i.CountsTowardKoreaTotal && len(i.Parts) > 0:
		return l.T("counting_text_package", map[string]any{"Amount": l.AmountFigure(i.Amount)})
	case i.CountsTowardKoreaTotal:
		return l.T("counting_text_counted", map[string]any{"Amount": l.AmountFigure(i.Amount)})
	case inCountedPackage(i):
		key := "counting_text_inside"
		if i.Amount == nil {
			key = "counting_text_inside_undisclosed"
		}
		return l.T(key, map[string]any{"Package": b.name(i.Package.Title, i.Package.TitleKo).Name,
			"Amount": l.AmountFigure(i.Package.Amount)})
	case i.Amount == nil:
		return l.W("counting_text_undisclosed")
	case i.ValueUSD == nil:
		return l.T("counting_text_unconverted", map[string]any{"Currency": string(i.Amount.Currency)})
	}
	return l.W("counting_text_not_counted")
}

// inCountedPackage mirrors counting rule 1: a part of a package that carries
// a Korean amount is inside that amount.
func inCountedPackage(i *publication.Investment) bool {
	p := i.Package
	return p != nil && p.Scope == record.ScopeKorea && p.Amount != nil
}

func (b builder) row(i *publication.Investment) row {
	if r, ok := b.rowCache[i]; ok {
		return r
	}
	r := b.newRow(i)
	b.rowCache[i] = r
	return r
}

// newRow makes a commitment's row; row keeps it, since a commitment is a
// row of the listing, of each of its facets' pages and of its company's.
func (b builder) newRow(i *publication.Investment) row {
	r := row{
		Link:         b.investmentLink(i),
		Amount:       b.amount(i),
		Announced:    b.L.Date(i.Announced),
		AnnouncedISO: string(i.Announced),
		Place:        b.place(i),
		Status:       b.L.Label("status", string(i.Status)),
		Package:      len(i.Companies) > 0 || i.Kind == record.KindPackage,
		Counting:     b.counting(i),
		Outside:      i.Amount != nil && !i.CountsTowardKoreaTotal && !inCountedPackage(i),
	}
	r.Period, r.PeriodLang = b.L.Period(i.Period)
	if i.Company != "" {
		r.Company = b.companyByID(i.Company)
	} else if len(i.CompanyNames) > 0 {
		r.Company = page.Link{Name: b.L.N("count_companies", len(i.CompanyNames))}
	}
	for k, code := range i.Regions {
		l := page.Link{Name: code}
		if k < len(i.RegionNames) && k < len(i.RegionNamesKo) {
			l = b.name(i.RegionNames[k], i.RegionNamesKo[k])
		}
		l.URL = b.U.Region(code)
		r.Regions = append(r.Regions, l)
	}
	return r
}

func (b builder) investmentLink(i *publication.Investment) page.Link {
	l := b.name(i.Title, i.TitleKo)
	l.URL = b.U.Investment(i.ID)
	return l
}

func (b builder) rows(is []*publication.Investment) []row {
	out := make([]row, len(is))
	for k, i := range is {
		out[k] = b.row(i)
	}
	return out
}

// newestFirst orders commitments by announcement, newest first, undated
// ones last, ties by title. A list in that order already (a facet bucket)
// is returned as it is: the callers only read.
func newestFirst(is []*publication.Investment) []*publication.Investment {
	if slices.IsSortedFunc(is, newer) {
		return is
	}
	out := slices.Clone(is)
	slices.SortStableFunc(out, newer)
	return out
}

// newer orders two commitments for newestFirst.
func newer(a, b *publication.Investment) int {
	return cmp.Or(cmp.Compare(b.Announced, a.Announced), cmp.Compare(a.Title, b.Title))
}
