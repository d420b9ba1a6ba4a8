package view

import (
	"regexp"
	"strings"
)

// SearchRecord is a page that answers a search (a commitment, a company,
// a region, a page of content/) as the search index takes it: made from
// the page's view, so that the index is fed these rather than crawled
// from the rendered HTML (package search).
type SearchRecord struct {
	// URL is the page's path from the site root ("/ko/companies/aws/").
	URL, Lang, Title string
	// Subtitle is the name in the other script; Keys the names and
	// handles the page is found by as by its title (SearchKeys).
	Subtitle, Keys string
	// Kind ("Company", "기업") and Amount are what a result shows beside
	// its title; AmountUSD sorts by amount, when the page has one.
	Kind, Amount, AmountUSD string
	// Text is the page's words: its lede, facts, totals and Markdown.
	Text []string
	// Filters are the kind, regions, sectors and status, by name.
	Filters map[string][]string
}

// searched gives each page of pages that answers a search its record.
func (b builder) searched(pages []Page) {
	for k := range pages {
		pg := &pages[k]
		var r *SearchRecord
		switch v := pg.Params.View.(type) {
		case investmentView:
			r = b.searchRecord(pg, "investment", v.Amount.Text, v.Amount.Value, v.Facts)
			r.Text = append(r.Text, v.Confidence, v.Counting)
			r.Text = append(ledeText(v.Lede), r.Text...)
			for _, s := range v.Sources {
				r.Text = append(r.Text, s.Quote)
			}
		case companyView:
			r = b.searchRecord(pg, "company", v.Total.Text, "", v.Facts)
			r.Text = append(r.Text, v.Total.Note)
		case regionView:
			r = b.searchRecord(pg, "region", v.Total.Text, "", v.Facts)
			r.Filters["region"] = []string{pg.Title}
			r.Text = append(r.Text, v.Total.Note, v.Shared)
		default:
			if !strings.HasPrefix(pg.Source, "content/") {
				continue
			}
			r = b.searchRecord(pg, "page", "", "", nil)
		}
		r.Text = append(r.Text, markdownText(pg.Body))
		pg.Search = r
	}
}

// searchRecord is pg's record of kind with amount and its facts' words.
func (b builder) searchRecord(pg *Page, kind, amount, usd string, facts []fact) *SearchRecord {
	label := b.l.W("search_kind_" + kind)
	r := &SearchRecord{URL: "/" + Folder(b.l.Lang(), pg.Path), Lang: b.l.Lang(), Title: pg.Title,
		Subtitle: pg.Params.Subtitle, Keys: pg.Params.SearchKeys, Kind: label, Amount: amount, AmountUSD: usd,
		Filters: map[string][]string{"kind": {label}}}
	filters := map[string]string{b.l.W("fact_regions"): "region", b.l.W("fact_sectors"): "sector", b.l.W("fact_status"): "status"}
	for _, f := range facts {
		words := []string{f.Text}
		for _, l := range f.Links {
			words = append(words, l.Name, l.NameKo)
		}
		r.Text = append(r.Text, f.Term+": "+strings.Join(words, " "))
		if name, ok := filters[f.Term]; ok {
			r.Filters[name] = filterValues(f)
		}
	}
	return r
}

// filterValues are a fact's values as filter values: its links' names, or
// its text split at commas.
func filterValues(f fact) []string {
	var out []string
	for _, l := range f.Links {
		out = append(out, l.Name)
	}
	if len(out) > 0 {
		return out
	}
	for _, s := range strings.FieldsFunc(f.Text, func(r rune) bool { return r == ',' || r == '、' }) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}

// ledeText is a commitment's lede as words: who, where and when.
func ledeText(l lede) []string {
	var out []string
	for _, k := range append(append([]link{}, l.Who...), l.Where...) {
		out = append(out, k.Name, k.NameKo)
	}
	return append(out, l.Place, l.When)
}

// markdownMarks are what Markdown adds to the words: link targets,
// emphasis and heading marks, code fences.
var markdownMarks = regexp.MustCompile("\\]\\([^)]*\\)|[*_#>`\\[]+")

// markdownText is Markdown's words, without its marks.
func markdownText(md string) string {
	return markdownMarks.ReplaceAllString(md, " ")
}
