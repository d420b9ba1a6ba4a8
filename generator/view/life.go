package view

import (
	"cmp"
	"maps"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/charts"
	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// lifeView is a commitment's life on its page: the timeline of its
// milestones, the history of its stated amounts (where the record lists
// more than one: a single amount is the headline, with its sources) and, where
// nothing is recorded for a year before the data's latest change, the
// derived "no news since" line.
type lifeView struct {
	Timeline []milestoneView `json:"timeline,omitempty"`
	Amounts  []amountGroup   `json:"amounts,omitempty"`
	NoNews   string          `json:"no_news,omitempty"`
}

// milestoneView is one milestone: its date, what happened and who says so.
type milestoneView struct {
	Date    string       `json:"date"`
	DateISO string       `json:"date_iso"`
	Kind    string       `json:"kind"`
	Label   string       `json:"label,omitempty"`
	Note    string       `json:"note,omitempty"`
	Lang    string       `json:"lang,omitempty"` // of the label and note, the records' language
	Sources []sourceView `json:"sources"`
}

// amountGroup is the statements by one stater, on one basis and date:
// several figures in one group conflict, and are shown side by side.
type amountGroup struct {
	Date     string         `json:"date"`
	DateISO  string         `json:"date_iso"`
	StatedBy string         `json:"stated_by"`
	Basis    string         `json:"basis,omitempty"`
	Figures  []amountFigure `json:"figures"`
	Conflict bool           `json:"conflict,omitempty"`
}

// amountFigure is one stated amount; Counting marks the one in the totals.
type amountFigure struct {
	Text     string       `json:"text"`
	Counting bool         `json:"counting,omitempty"`
	Note     string       `json:"note,omitempty"`
	Sources  []sourceView `json:"sources"`
	figure   string       // the figure as counted, to tell a conflict from a restatement
}

// add puts a statement in the group: beside the others when its figure
// differs (a conflict), else with the same figure's sources.
func (g *amountGroup) add(f amountFigure) {
	for k := range g.Figures {
		if g.Figures[k].figure == f.figure {
			g.Figures[k].Sources = append(g.Figures[k].Sources, f.Sources...)
			g.Figures[k].Counting = g.Figures[k].Counting || f.Counting
			return
		}
	}
	g.Figures = append(g.Figures, f)
	g.Conflict = true
}

// noNewsAfter is how long without a recorded milestone or statement,
// before the data's latest change, a page says "no news since".
const noNewsAfter = 365 * 24 * time.Hour

func (b builder) life(i *publication.Investment) lifeView {
	v := lifeView{Timeline: b.timeline(i.Timeline())}
	if len(i.AmountStatements) > 1 {
		v.Amounts = b.amountGroups(i.AmountStatements, i.Counting)
	}
	last, latest := publication.LastNews(i.Investment), b.log.Latest()
	if end, ok := periodEnd(last); ok && !latest.IsZero() && latest.Sub(end) > noNewsAfter {
		v.NoNews = b.L.T("life_no_news", map[string]any{"Date": b.L.Date(last)})
	}
	return v
}

// periodEnd is the last day a partial date covers (31 December for a
// year), so that "no news since 2025" is said only once all of 2025 is
// a year past; ok is false for an empty or malformed date.
func periodEnd(d record.PartialDate) (time.Time, bool) {
	if d.Validate() != nil {
		return time.Time{}, false
	}
	t, _ := time.Parse("2006-01-02", string(d + "-01-01")[:10])
	switch d.Precision() {
	case "year":
		t = t.AddDate(1, 0, -1)
	case "month":
		t = t.AddDate(0, 1, -1)
	}
	return t, true
}

func (b builder) timeline(ms []record.Milestone) []milestoneView {
	out := make([]milestoneView, len(ms))
	for k, m := range ms {
		out[k] = milestoneView{Date: b.L.Date(m.Date), DateISO: string(m.Date), Kind: b.L.Label("milestone", string(m.Kind)),
			Label: m.Label, Note: m.Note, Lang: b.L.TextLang(), Sources: b.sources(m.Sources)}
	}
	return out
}

// amountGroups groups the statements in the order listed, each group
// where its first statement stands.
func (b builder) amountGroups(ss []record.Statement, counting int) []amountGroup {
	var out []amountGroup
	at := map[[3]string]int{}
	for k, s := range ss {
		key := [3]string{string(s.StatedBy), string(s.Basis), string(s.Date)}
		fig := amountFigure{Text: b.L.AmountText(&s.Amount), Counting: k == counting, Note: s.Note, Sources: b.sources(s.Sources), figure: b.L.AmountFigure(&s.Amount)}
		if g, ok := at[key]; ok {
			out[g].add(fig)
			continue
		}
		at[key] = len(out)
		out = append(out, amountGroup{Date: b.L.Date(s.Date), DateISO: string(s.Date), StatedBy: b.L.Label("stated_by", string(s.StatedBy)),
			Basis: b.basis(map[string]record.Basis{"": s.Basis}, ""), Figures: []amountFigure{fig}})
	}
	return out
}

// stageRow is one line of a company's or region's table by stage: how
// many commitments stand there and what they add to the page's total.
type stageRow struct {
	Stage  string `json:"stage"`
	Count  int    `json:"count"`
	Amount string `json:"amount"`
}

// stages counts the commitments of is that in keeps by status (derived
// from their milestones where they have some), in the order of the
// statuses, beside each stage's part of the page's total (rows, a split by
// status with the total's rules); nil when all are at one stage, which the
// list of commitments already says.
func (b builder) stages(is []*publication.Investment, in func(*publication.Investment) bool, rows []publication.Row) []stageRow {
	n := map[record.Status]int{}
	for _, i := range is {
		if in(i) {
			n[i.Status]++
		}
	}
	if len(n) < 2 {
		return nil
	}
	amount := map[string]string{}
	for _, r := range rows {
		amount[r.Key] = b.TotalText(r.Total)
	}
	var out []stageRow
	for _, st := range record.Status("").Values() {
		if c := n[record.Status(st)]; c > 0 {
			out = append(out, stageRow{Stage: b.L.Label("status", st), Count: c, Amount: cmp.Or(amount[st], b.L.W("stages_none"))})
		}
	}
	return out
}

// stagesOverTime is the home page's overview of the commitments' lives:
// for each year of announcement, how many there are (the bar) and where
// they stand now (the words beside it), counts only: a stage's amount is
// on the company and region pages, by the counting rules.
func (b builder) stagesOverTime() *chartView {
	byYear := map[string]map[record.Status]int{}
	for _, i := range b.p.Investments {
		y := publication.KeyNotStated
		if n := i.Announced.Year(); n > 0 {
			y = strconv.Itoa(n)
		}
		if byYear[y] == nil {
			byYear[y] = map[record.Status]int{}
		}
		byYear[y][i.Status]++
	}
	if len(byYear) == 0 {
		return nil
	}
	v := &chartView{ID: "home-stages", Title: b.L.W("chart_stages"), Head: b.L.W("chart_col_year"), ValueHead: b.L.W("stages_col_count")}
	var bars []charts.Bar
	for _, y := range slices.Sorted(maps.Keys(byYear)) {
		n, words := 0, []string{}
		for _, st := range record.Status("").Values() {
			if c := byYear[y][record.Status(st)]; c > 0 {
				n += c
				words = append(words, b.L.T("chart_stage_count", map[string]any{"Count": c, "Stage": b.L.Label("status", st)}))
			}
		}
		label := y
		if y == publication.KeyNotStated {
			label = b.L.W("not_stated")
		}
		text, note := b.L.N("count_investments", n), strings.Join(words, b.L.W("list_separator"))
		bars = append(bars, charts.Bar{Label: label, Value: charts.Value{USD: int64(n)}, Text: text, Note: note})
		v.Rows = append(v.Rows, chartRow{Link: page.Link{Name: label}, Amount: text, Note: note})
	}
	v.Summary = b.L.W("chart_stages_summary")
	v.Picture = charts.Bars(charts.Chart{ID: v.ID, Title: v.Title, Summary: v.Summary, Bars: bars})
	return v
}
