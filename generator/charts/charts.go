// Package charts draws the site's charts (HTML rows, each bar a small
// SVG) and its map of Korea (SVG) at build time, so that readers get
// pictures without a chart library in the browser, and words that keep
// the page's size at every width. It knows nothing of languages or money formats: callers pass
// every word and formatted amount, and charts only lays them out.
//
// The markup carries no style attributes (the site's Content-Security-Policy
// forbids inline styles): shapes have classes that the site's stylesheet
// colours, for light and dark mode and print. Amounts are drawn honestly:
// a floor ("at least") ends in a hatched, open tail, and commitments
// without a disclosed amount are counted beside the bar, never drawn as zero.
package charts

import (
	"fmt"
	"html"
	"strconv"
	"strings"
)

// Value is a sum by the counting rules, as a chart needs it.
type Value struct {
	// USD is the counted sum in US dollars (floors for "at least" amounts).
	USD int64
	// AtLeast is true when the true sum may be higher.
	AtLeast bool
	// Approximate is true when an amount in it is stated as "about".
	Approximate bool
	// Undisclosed counts commitments without an amount of their own.
	Undisclosed int
	// Shared is true, on a map, for a region with commitments it shares with other regions.
	Shared bool
}

// Bar is one bar of a chart: a category and its value, with the words the
// caller formatted for it.
type Bar struct {
	Label string
	// Lang is the label's language when it differs from the page's.
	Lang  string
	Value Value
	// Text is the formatted amount ("≥ $1.2 billion"), and Note what it
	// leaves out ("2 undisclosed"); both are written beside the bar.
	Text, Note string
}

// Chart is what Bars draws.
type Chart struct {
	// ID prefixes the ids inside the SVG; it must be unique on the page.
	ID string
	// Title names the chart; Summary is the sentence a screen reader reads.
	Title, Summary string
	Bars           []Bar
	// Legend words for the marks that appear: a floor, an undisclosed amount.
	AtLeastLegend, UndisclosedLegend string
}

// Layout of a bar's mark, in CSS pixels: the bar's length is a share of
// its row's width, and the marks after it a fixed size.
const (
	barHeight = 14
	tailWidth = 14
	// most is the largest bar's length, its whole row, in hundredths of a
	// percent; the stylesheet keeps room beyond the row for the marks.
	most = 10000
)

// Bars draws a bar chart as HTML: one row per bar, its label, the bar and
// its amount as text that wraps and keeps the page's font size at every
// width (the stylesheet puts the label above the bar on a narrow screen
// and beside it on a wide one). Only each bar is a small SVG, stretched to
// its row by percentages, so no text is ever scaled down or cut.
func Bars(c Chart) string {
	var b strings.Builder
	fmt.Fprintf(&b, `<div class="chart bars" role="img" aria-labelledby="%s-title %s-desc">`, c.ID, c.ID)
	fmt.Fprintf(&b, `<span id="%s-title" hidden="">%s</span><span id="%s-desc" hidden="">%s</span>`, c.ID, esc(c.Title), c.ID, esc(c.Summary))
	writeLegend(&b, c.ID, legendItems(c))
	scale := scaler(c.Bars, most)
	for i, bar := range c.Bars {
		fmt.Fprintf(&b, `<div class="bar-row"><span class="bar-label"%s>%s</span>`, langAttr(bar.Lang), esc(bar.Label))
		drawBar(&b, fmt.Sprintf("%s-%d", c.ID, i), bar.Value, scale)
		fmt.Fprintf(&b, `<span class="bar-value">%s</span></div>`, esc(valueText(bar)))
	}
	b.WriteString(`</div>`)
	return b.String()
}

// drawBar draws a value's bar as an SVG as wide as its row: the bar a
// share of it, then the marks after it at a fixed size (in an SVG placed
// where the bar ends): a hatched open tail for a floor, a dashed box for
// commitments whose amount is not disclosed.
func drawBar(b *strings.Builder, id string, v Value, scale func(int64) int) {
	floor := v.AtLeast && v.USD > 0
	fmt.Fprintf(b, `<svg class="bar-mark" xmlns="http://www.w3.org/2000/svg" width="100%%" height="%d" aria-hidden="true">`, barHeight)
	if floor {
		hatch(b, id)
	}
	n := scale(v.USD)
	if v.USD > 0 && n < 50 {
		n = 50 // half a percent: a sum too small to see is still more than nothing
	}
	if n > 0 {
		fmt.Fprintf(b, `<rect class="bar" width="%s" height="%d"/>`, percent(n), barHeight)
	}
	if !floor && v.Undisclosed == 0 {
		b.WriteString(`</svg>`)
		return
	}
	fmt.Fprintf(b, `<svg x="%s" overflow="visible">`, percent(n))
	x := 0
	if floor {
		fmt.Fprintf(b, `<g class="floor"><rect class="tail" width="%d" height="%d"/><rect class="hatch" fill="url(#%s-hatch)" width="%d" height="%d"/></g>`,
			tailWidth, barHeight, id, tailWidth, barHeight)
		x = tailWidth
	}
	if v.Undisclosed > 0 {
		fmt.Fprintf(b, `<rect class="unknown" x="%d" y="1" width="10" height="%d"/>`, x+3, barHeight-2)
	}
	b.WriteString(`</svg></svg>`)
}

// percent writes hundredths of a percent as an SVG length.
func percent(n int) string {
	return strconv.FormatFloat(float64(n)/100, 'f', -1, 64) + "%"
}

// hatch defines the pattern that marks a floor, under an id of its own.
func hatch(b *strings.Builder, id string) {
	fmt.Fprintf(b, `<defs><pattern id="%s-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"/><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>`, id)
}

// scaler maps amounts to lengths, the largest bar to max.
func scaler(bars []Bar, max int) func(int64) int {
	var top int64
	for _, b := range bars {
		top = maxInt(top, b.Value.USD)
	}
	return func(v int64) int {
		if top == 0 {
			return 0
		}
		return int(float64(v) / float64(top) * float64(max))
	}
}

func maxInt(a, b int64) int64 {
	if a > b {
		return a
	}
	return b
}

// valueText is the words beside a bar: its amount and what it leaves out.
func valueText(b Bar) string {
	switch {
	case b.Text != "" && b.Note != "":
		return b.Text + " · " + b.Note
	case b.Text != "":
		return b.Text
	}
	return b.Note
}

type legendItem struct{ class, text string }

// legendItems lists the marks the chart uses, so the legend explains only those.
func legendItems(c Chart) []legendItem {
	var floor, unknown bool
	for _, b := range c.Bars {
		floor = floor || (b.Value.AtLeast && b.Value.USD > 0)
		unknown = unknown || b.Value.Undisclosed > 0
	}
	var out []legendItem
	if floor && c.AtLeastLegend != "" {
		out = append(out, legendItem{"floor", c.AtLeastLegend})
	}
	if unknown && c.UndisclosedLegend != "" {
		out = append(out, legendItem{"unknown", c.UndisclosedLegend})
	}
	return out
}

// writeLegend explains the marks as a line of text, each after a small
// picture of its mark.
func writeLegend(b *strings.Builder, id string, items []legendItem) {
	if len(items) == 0 {
		return
	}
	b.WriteString(`<ul class="chart-legend">`)
	for _, it := range items {
		b.WriteString(`<li><svg class="swatch" xmlns="http://www.w3.org/2000/svg" width="28" height="14" aria-hidden="true">`)
		if it.class == "floor" {
			hatch(b, id+"-legend")
			fmt.Fprintf(b, `<rect class="bar" width="14" height="14"/><rect class="tail" x="14" width="14" height="14"/><rect class="hatch" fill="url(#%s-legend-hatch)" x="14" width="14" height="14"/>`, id)
		} else {
			b.WriteString(`<rect class="unknown" x="9" y="1" width="10" height="12"/>`)
		}
		fmt.Fprintf(b, `</svg>%s</li>`, esc(it.text))
	}
	b.WriteString(`</ul>`)
}

func langAttr(lang string) string {
	if lang == "" {
		return ""
	}
	return ` lang="` + esc(lang) + `"`
}

func esc(s string) string { return html.EscapeString(s) }
