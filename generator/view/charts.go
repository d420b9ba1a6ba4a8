package view

import (
	"bytes"
	"cmp"
	"strconv"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/charts"
	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
)

// chartView is a chart for the figure partial: the picture that
// generator/charts drew (HTML bars, or the SVG map with its legend), its
// title and spoken summary, and the same numbers as table rows beside it.
type chartView struct {
	ID      string `json:"id"`
	Title   string `json:"title"`
	Summary string `json:"summary"`
	Picture string `json:"picture"`
	Head    string `json:"head"`
	// ValueHead names the figures' column when it is not the amount counted.
	ValueHead string     `json:"value_head,omitempty"`
	Rows      []chartRow `json:"rows"`
}

// chartRow is a line of the table beside a chart.
type chartRow struct {
	Link   page.Link `json:"link"`
	Amount string    `json:"amount"`
	Note   string    `json:"note,omitempty"`
}

// homeCharts are the home page's pictures of Korea's total.
type homeCharts struct {
	Map      *chartView `json:"map,omitempty"`
	ByRegion *chartView `json:"by_region,omitempty"`
	BySector *chartView `json:"by_sector,omitempty"`
	ByYear   *chartView `json:"by_year,omitempty"`
	Stages   *chartView `json:"stages,omitempty"`
}

func (b builder) homeCharts() homeCharts {
	s := b.p.Summary
	return homeCharts{
		Map:      b.regionMap("home-map"),
		ByRegion: b.barChart("home-by-region", b.L.W("chart_by_region"), b.L.W("chart_col_region"), b.chartRows(s.ByRegion, b.regionLabel), false, s.Korea),
		BySector: b.barChart("home-by-sector", b.L.W("chart_by_sector"), b.L.W("chart_col_sector"), b.chartRows(s.BySector, b.sectorLabel), false, s.Korea),
		ByYear:   b.barChart("home-by-year", b.L.W("chart_by_year"), b.L.W("chart_col_year"), b.chartRows(fillYears(s.ByYear), b.yearLabel), true, s.Korea),
		Stages:   b.stagesOverTime(),
	}
}

// splits are the breakdowns that company and region charts draw, made in
// one pass each.
type splits struct {
	companyByYear, regionBySector   map[string][]publication.Row
	companyByStatus, regionByStatus map[string][]publication.Row
}

func splitsOf(p *publication.Publication) splits {
	return splits{
		companyByYear:   p.SplitBy(func(i *publication.Investment) string { return i.Company }, publication.ByYear),
		regionBySector:  p.SplitBy(func(i *publication.Investment) string { return publication.RegionKey(i) }, publication.BySector),
		companyByStatus: p.SplitBy(func(i *publication.Investment) string { return i.Company }, publication.ByStatus),
		regionByStatus:  p.SplitBy(func(i *publication.Investment) string { return publication.RegionKey(i) }, publication.ByStatus),
	}
}

// companyChart is a company's commitments over time, nil without any.
func (b builder) companyChart(c *publication.Company) *chartView {
	rows := b.splits().companyByYear[c.ID]
	if len(rows) == 0 {
		return nil
	}
	name := b.name(c.Name, c.NameKo).Name
	return b.barChart("company-by-year", b.L.T("chart_company_by_year", map[string]any{"Name": name}),
		b.L.W("chart_col_year"), b.chartRows(fillYears(rows), b.yearLabel), true, c.Total)
}

// regionChart is a region's own commitments by sector, nil without any.
func (b builder) regionChart(r *publication.Region) *chartView {
	rows := b.splits().regionBySector[r.Code]
	if len(rows) == 0 {
		return nil
	}
	name := b.name(r.Name, r.NameKo).Name
	return b.barChart("region-by-sector", b.L.T("chart_region_by_sector", map[string]any{"Name": name}),
		b.L.W("chart_col_sector"), b.chartRows(rows, b.sectorLabel), false, r.Total)
}

// locator is the small map that marks a region on its page.
func (b builder) locator(r *publication.Region) string {
	svg, err := charts.Locator("locator", b.L.T("chart_locator", map[string]any{"Name": b.name(r.Name, r.NameKo).Name}), r.Code)
	if err != nil {
		return ""
	}
	return svg
}

// bar is a breakdown row ready for a chart and its table.
type bar struct {
	charts.Bar
	key   string
	link  page.Link
	total publication.Total
}

// value is a total for a chart: a bar is drawn to the total's smallest
// value, with a hatched end when it may be larger.
func value(t publication.Total) charts.Value {
	return charts.Value{USD: t.Min, AtLeast: !t.Exact(), Approximate: t.Approximate, Undisclosed: t.Undisclosed}
}

func (b builder) chartRows(rows []publication.Row, label func(publication.Row) page.Link) []bar {
	out := make([]bar, len(rows))
	for i, r := range rows {
		l := label(r)
		out[i] = bar{Bar: charts.Bar{Label: l.Name, Lang: l.Lang, Value: value(r.Total)}, key: r.Key, link: l, total: r.Total}
	}
	return out
}

func (b builder) regionLabel(r publication.Row) page.Link {
	l := b.name(r.Name, r.NameKo)
	l.NameKo = ""
	if strings.HasPrefix(r.Key, "KR-") {
		l.URL = b.U.Region(r.Key)
	}
	return l
}

func (b builder) sectorLabel(r publication.Row) page.Link {
	if r.Name != r.Key || r.NameKo != "" { // a special key, with its own labels
		l := b.name(r.Name, r.NameKo)
		l.NameKo = ""
		return l
	}
	return page.Link{Name: b.L.Label("sector", r.Key), URL: b.U.Page("sectors/" + r.Key + "/")}
}

func (b builder) yearLabel(r publication.Row) page.Link {
	if _, err := strconv.Atoi(r.Key); err != nil { // not stated, not itemised
		l := b.name(r.Name, r.NameKo)
		l.NameKo = ""
		return l
	}
	if r.Counted == 0 && r.Undisclosed == 0 && r.Unconverted == 0 {
		return page.Link{Name: r.Key} // a year filled in to keep the time line even
	}
	return page.Link{Name: r.Key, URL: b.U.Page("years/" + r.Key + "/")}
}

// fillYears adds empty years between the first and last, so a time line
// shows a gap as a gap rather than joining distant years.
func fillYears(rows []publication.Row) []publication.Row {
	var out []publication.Row
	prev := 0
	for _, r := range rows {
		y, err := strconv.Atoi(r.Key)
		if err == nil && prev != 0 {
			for g := prev + 1; g < y; g++ {
				out = append(out, publication.Row{Key: strconv.Itoa(g), Name: strconv.Itoa(g), Total: nothing()})
			}
		}
		if err == nil {
			prev = y
		}
		out = append(out, r)
	}
	return out
}

// barChart draws bars (by category, in the order publication.Order
// proves, saying so; or over time, in order) and their table.
// The summary names whole, the total the bars break down (Korea's, a
// company's, a region's), not the sum of the bars: adding a part stated as
// a floor to the rest of its package stated as a ceiling would call an
// exact total a floor.
func (b builder) barChart(id, title, head string, bars []bar, overTime bool, whole publication.Total) *chartView {
	if !overTime {
		publication.Order(bars, func(x bar) publication.Total { return x.total }, b.neutral)
	}
	v := &chartView{ID: id, Title: title, Head: head}
	bs := make([]charts.Bar, len(bars))
	ranked := make([]publication.Total, len(bars))
	top := -1
	for i, x := range bars {
		bs[i], ranked[i] = x.Bar, x.total
		bs[i].Text, bs[i].Note = b.barText(x.total)
		if x.Value.USD > 0 && (top < 0 || x.Value.USD > bs[top].Value.USD) {
			top = i
		}
		v.Rows = append(v.Rows, chartRow{Link: x.link, Amount: bs[i].Text, Note: bs[i].Note})
	}
	v.Summary = b.chartSummary(bs, top, publication.Largest(ranked) >= 0, whole)
	if !overTime && len(bars) > 1 {
		v.Summary = strings.TrimSpace(v.Summary + " " + b.orderText(ranked))
	}
	v.Picture = charts.Bars(charts.Chart{ID: id, Title: title, Summary: v.Summary, Bars: bs,
		AtLeastLegend: b.L.W("chart_legend_at_least"), UndisclosedLegend: b.L.W("chart_legend_undisclosed")})
	return v
}

// neutral orders bars that no interval ranks: by label in the page's
// language, the rows that are not one category ("several regions", "not
// stated", "not itemised") last.
func (b builder) neutral(x, y bar) int {
	return cmp.Or(compareBool(publication.Special(x.key), publication.Special(y.key)),
		bytes.Compare(b.L.SortKey(x.Label), b.L.SortKey(y.Label)), strings.Compare(x.key, y.key))
}

// compareBool orders false before true.
func compareBool(x, y bool) int {
	switch {
	case x == y:
		return 0
	case x:
		return 1
	}
	return -1
}

// orderText says what the order of the bars means: a ranking when each
// bar's interval proves it larger than the next, else the neutral order
// with the proven moves.
func (b builder) orderText(ranked []publication.Total) string {
	if publication.Ranked(ranked) {
		return b.L.W("chart_order_ranked")
	}
	return b.L.W("chart_order")
}

// barText is a bar's total in words, and its undisclosed commitments.
func (b builder) barText(t publication.Total) (text, note string) {
	text = b.TotalText(t)
	if t.Undisclosed > 0 {
		note = b.L.N("chart_undisclosed", t.Undisclosed)
	}
	return text, note
}

// nothing is the total of no commitment, for a year a time line fills in.
func nothing() publication.Total {
	var zero int64
	return publication.Total{Max: &zero}
}

// chartSummary is what a screen reader says for a chart: the whole, the
// largest bar only when the intervals prove it is the largest (else the
// largest known amount), and how many amounts were not disclosed.
func (b builder) chartSummary(bs []charts.Bar, top int, proven bool, total publication.Total) string {
	var parts []string
	if top >= 0 {
		key := "chart_summary_unranked"
		if proven {
			key = "chart_summary"
		}
		parts = append(parts, b.L.T(key, map[string]any{"Top": bs[top].Label, "Amount": bs[top].Text,
			"Total": b.TotalText(total)}))
	}
	if total.Undisclosed > 0 {
		parts = append(parts, b.L.N("chart_summary_undisclosed", total.Undisclosed))
	}
	return strings.Join(parts, " ")
}

// regionMap is the map of the 17 divisions shaded by what is known to be
// committed in each alone, a region sharing commitments with others marked,
// with the same numbers as a table. It names the region with the most only
// when the intervals prove it (publication.Largest over each region's
// reach, shared amounts included).
func (b builder) regionMap(id string) *chartView {
	var areas []charts.Area
	v := &chartView{ID: id, Title: b.L.W("chart_map"), Head: b.L.W("chart_col_region")}
	none, largest := 0, -1
	reach := make([]publication.Total, len(b.p.Regions))
	for k, r := range b.p.Regions {
		l := b.regionLink(r)
		text := b.regionTotalText(r)
		note := ""
		if r.Total.Undisclosed > 0 {
			note = b.L.N("chart_undisclosed", r.Total.Undisclosed)
		}
		val := value(r.Total)
		val.Shared = r.SharedCount > 0
		areas = append(areas, charts.Area{Code: r.Code, Label: l.Name, Lang: l.Lang, URL: l.URL, Value: val,
			Text: strings.TrimSuffix(text+" · "+note, " · ")})
		l.NameKo = ""
		v.Rows = append(v.Rows, chartRow{Link: l, Amount: text, Note: note})
		reach[k] = r.Reach()
		if r.Total.Min == 0 {
			none++
		} else if largest < 0 || r.Total.Min > b.p.Regions[largest].Total.Min {
			largest = k
		}
	}
	data := map[string]any{"None": none, "Of": len(areas), "Top": "", "Largest": "", "Amount": "", "Open": 0}
	if top := publication.Largest(reach); top >= 0 && reach[top].Min > 0 {
		data["Top"], data["Amount"] = areas[top].Label, b.TotalText(b.p.Regions[top].Total)
	} else if largest >= 0 {
		open := 0
		for k, t := range reach {
			if k != largest && !b.p.Regions[largest].Total.Exceeds(t) {
				open++
			}
		}
		data["Largest"], data["Amount"], data["Open"] = areas[largest].Label, b.TotalText(b.p.Regions[largest].Total), open
	}
	v.Summary = b.L.T("chart_map_summary", data)
	svg, err := charts.Map(charts.MapSpec{ID: id, Title: v.Title, Summary: v.Summary, Areas: areas,
		NoneLegend: b.L.W("chart_map_none"), SharedLegend: b.L.W("chart_map_shared"), UndisclosedLegend: b.L.W("chart_map_undisclosed"),
		Range: func(lo, hi int64) string {
			if lo == hi {
				return b.L.Money(lo, "USD")
			}
			return b.L.T("chart_map_range", map[string]any{"Low": b.L.Money(lo, "USD"), "High": b.L.Money(hi, "USD")})
		}})
	if err != nil {
		return nil
	}
	v.Picture = svg
	return v
}
