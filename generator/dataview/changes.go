package dataview

import (
	"cmp"
	"encoding/json"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/visible"
)

// changesMax caps the /changes/ page: the feeds carry the newest changes
// and git keeps them all.
const changesMax = 200

// changesView is the /changes/ page: the latest changes, by commit.
type changesView struct {
	Commits []commitView `json:"commits"`
	// More says that only the latest changesMax are listed.
	More string `json:"more,omitempty"`
	Feed string `json:"feed"`
}

// commitView is one commit's changes to records and pages, in the page's
// words; the commit's subject, a contributor's English, comes second,
// linked to the commit.
type commitView struct {
	Date        page.Date    `json:"date"`
	Subject     string       `json:"subject"`
	SubjectLang string       `json:"subject_lang,omitempty"`
	Commit      string       `json:"commit"`
	Changes     []changeView `json:"changes"`
}

// changeView is one record or page added, changed or removed, and what
// changed in it, in words (ChangeWords).
type changeView struct {
	Op     string    `json:"op"`
	Kind   string    `json:"kind"`
	Record page.Link `json:"record"`
	Words  []string  `json:"words,omitempty"`
}

// changesPage lists the latest changes newest first, each record linked
// when one of pages (this language's) is its page.
func (b Builder) ChangesPage(pages []page.Page) page.Page {
	byPath := make(map[string]*page.Page, len(pages))
	for k := range pages {
		byPath[strings.ToLower(pages[k].Path)] = &pages[k]
	}
	log := b.log[:min(len(b.log), changesMax)]
	v := changesView{Feed: b.U.Page("changes/index.xml")}
	if len(b.log) > changesMax {
		v.More = b.L.T("changes_more", map[string]any{"Shown": changesMax, "Count": len(b.log)})
	}
	for k, c := range log {
		if k == 0 || c.Commit != log[k-1].Commit {
			v.Commits = append(v.Commits, commitView{Date: b.Date(c.Time), Commit: record.RepositoryURL + "/commit/" + c.Commit,
				Subject: visible.Line(c.Subject), SubjectLang: b.L.TextLang()})
		}
		cv := &v.Commits[len(v.Commits)-1]
		cv.Changes = append(cv.Changes, b.change(c, byPath))
	}
	return page.Page{Path: "changes", Kind: "section", Title: b.L.W("changes"), Source: "the changes page",
		Description: b.L.W("desc_changes"), Params: page.Params{Crumbs: []page.Link{b.Home()}, View: v}}
}

// change names a change and links the page of its record or Markdown file.
func (b Builder) change(c history.Change, byPath map[string]*page.Page) changeView {
	kind := cmp.Or(c.Kind, "file")
	if _, lang := record.PageLang(c.ID); c.Kind == record.PageKind && lang != record.DefaultLang {
		kind += "_" + lang // a translation shares its page's path and title
	}
	cv := changeView{Op: b.L.W("change_" + c.Op), Kind: b.L.W("change_kind_" + kind),
		Record: page.Link{Name: cmp.Or(b.L.Name(c.FormerName()), c.ID, c.Path)}, Words: ChangeWords(b.L, c)}
	if pg, ok := byPath[changedPage(c)]; ok {
		cv.Record = page.Link{Name: pg.Title, Lang: pg.Params.TitleLang, Untranslated: pg.Params.Untranslated, URL: b.U.Page(pg.Path + "/")}
	}
	return cv
}

// changedPage is the path of the page that shows a changed file, lower
// case as Hugo publishes it, or "" for a file no page shows.
func changedPage(c history.Change) string {
	if c.Kind == record.PageKind {
		return strings.TrimSuffix(record.PageURL(c.ID), "/")
	}
	if record.Section(c.Kind) == "" {
		return ""
	}
	return strings.TrimSuffix(record.RecordURL(c.Kind, c.ID), "/")
}

// ChangeWords says what c did to its record, in l's words, from the
// record's file before and after (datadiff.Fields): a commitment's amount
// and status each from … to …, in the site's words for them, then the
// other fields that changed, by name. Nothing for a record added or
// removed, or where history holds no files.
func ChangeWords(l locale.Locale, c history.Change) []string {
	if c.Op != "changed" || c.Before == nil || c.After == nil {
		return nil
	}
	fields := topFields(datadiff.Fields(c.Before, c.After))
	var out []string
	var was, now record.Investment
	if c.Kind == record.InvestmentKind && json.Unmarshal(c.Before, &was) == nil && json.Unmarshal(c.After, &now) == nil {
		out, fields = moves(l, was, now, fields)
	}
	if len(fields) > 0 {
		out = append(out, l.T("change_fields", map[string]any{"Fields": strings.Join(fields, l.W("list_separator"))}))
	}
	return out
}

// moves words how a commitment's amount, status and life moved, and
// returns the fields left to name: an amount whose figure reads the same
// (only the source's wording changed) is one of them, as is a raw status
// or list whose change moved nothing a reader sees.
func moves(l locale.Locale, was, now record.Investment, fields []string) ([]string, []string) {
	var out, rest []string
	life := lifeWords(l, datadiff.Life(was, now), fields)
	was, now = publication.Resolved(was), publication.Resolved(now)
	old, new := amountWords(l, was.Amount), amountWords(l, now.Amount)
	if old != new {
		out = append(out, l.T("change_amount", map[string]any{"Old": old, "New": new}))
	}
	if was.Status != now.Status {
		out = append(out, l.T("change_status", map[string]any{"Old": l.Label("status", string(was.Status)),
			"New": l.Label("status", string(now.Status))}))
	}
	for _, f := range fields {
		switch {
		case f == "amount" && old != new, f == "status" && was.Status != now.Status,
			(f == "milestones" || f == "amount_statements") && len(life) > 0:
		default:
			rest = append(rest, f)
		}
	}
	return append(out, life...), rest
}

// lifeWords says the milestones and stated amounts one side has and the
// other has not, where the record's lists changed (a changed shorthand
// amount is worded as the amount's move): "Groundbreaking, August 2025",
// "Amount stated: $4.5 billion, by The company, March 2026".
func lifeWords(l locale.Locale, d datadiff.LifeDiff, fields []string) []string {
	var out []string
	if !slices.Contains(fields, "milestones") {
		d.Added, d.Removed = nil, nil
	}
	if !slices.Contains(fields, "amount_statements") {
		d.AddedAmounts, d.RemovedAmounts = nil, nil
	}
	milestone := func(key string, m record.Milestone) {
		what := l.Label("milestone", string(m.Kind))
		if m.Label != "" {
			what += " (" + m.Label + ")"
		}
		out = append(out, l.T(key, map[string]any{"What": what, "Date": dateWords(l, m.Date)}))
	}
	statement := func(key string, s record.Statement) {
		by := l.W("change_unattributed")
		if s.StatedBy != "" {
			by = l.Label("stated_by", string(s.StatedBy))
		}
		out = append(out, l.T(key, map[string]any{"Amount": l.AmountFigure(&s.Amount), "By": by, "Date": dateWords(l, s.Date)}))
	}
	for _, m := range d.Added {
		milestone("change_milestone", m)
	}
	for _, m := range d.Removed {
		milestone("change_milestone_removed", m)
	}
	for _, s := range d.AddedAmounts {
		statement("change_statement", s)
	}
	for _, s := range d.RemovedAmounts {
		statement("change_statement_removed", s)
	}
	return out
}

// dateWords is a partial date as the site words it, or "undated".
func dateWords(l locale.Locale, d record.PartialDate) string {
	if d == "" {
		return l.W("change_undated")
	}
	return l.Date(d)
}

// amountWords is an amount as the site words it, "undisclosed" where
// there is none.
func amountWords(l locale.Locale, a *record.Amount) string {
	if a == nil {
		return l.W("change_undisclosed")
	}
	return l.AmountFigure(a)
}

// topFields names the record's fields that changed, once each, in the
// order of changes (a field's own parts, "amount.value", count as it).
func topFields(changes []datadiff.FieldChange) []string {
	var out []string
	for _, f := range changes {
		top, _, _ := strings.Cut(f.Path, ".")
		top, _, _ = strings.Cut(top, "[")
		if !slices.Contains(out, top) {
			out = append(out, top)
		}
	}
	return out
}
