package view

import (
	"regexp"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/page"
)

// searched gives each page of pages that answers a search its record.
func (b builder) searched(pages []page.Page) {
	for k := range pages {
		pg := &pages[k]
		var r *page.SearchRecord
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
func (b builder) searchRecord(pg *page.Page, kind, amount, usd string, facts []fact) *page.SearchRecord {
	label := b.L.W("search_kind_" + kind)
	r := &page.SearchRecord{URL: "/" + page.Folder(b.L.Lang(), pg.Path), Lang: b.L.Lang(), Title: pg.Title,
		Subtitle: pg.Params.Subtitle, Keys: pg.Params.SearchKeys, Kind: label, Amount: amount, AmountUSD: usd,
		Filters: map[string][]string{"kind": {label}}}
	filters := map[string]string{b.L.W("fact_regions"): "region", b.L.W("fact_sectors"): "sector", b.L.W("fact_status"): "status"}
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
	for _, k := range append(append([]page.Link{}, l.Who...), l.Where...) {
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
