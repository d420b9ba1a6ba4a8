// Package charts draws the site's charts and its map of Korea as SVG at
// build time, so that readers get pictures without a chart library in the
// browser. It knows nothing of languages or money formats: callers pass
// every word and formatted amount, and charts only lays them out.
//
// The SVG carries no style attributes (the site's Content-Security-Policy
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

// Chart is what Bars and Columns draw.
type Chart struct {
	// ID prefixes the ids inside the SVG; it must be unique on the page.
	ID string
	// Title names the chart; Summary is the sentence a screen reader reads.
	Title, Summary string
	Bars           []Bar
	// Legend words for the marks that appear: a floor, an undisclosed amount.
	AtLeastLegend, UndisclosedLegend string
	// Tick formats an axis value (Columns only); nil prints the number.
	Tick func(usd int64) string
}

// Layout of horizontal bars, in viewBox units (about pixels at full width).
const (
	barsWidth  = 640
	labelWidth = 180
	valueWidth = 170
	rowHeight  = 26
	barHeight  = 16
	tailWidth  = 14
	legendRow  = 24
	fontSize   = 13
)

// Bars draws a horizontal bar chart: one row per bar, its label on the
// left, the bar, then the amount and what it leaves out.
func Bars(c Chart) string {
	legend := legendItems(c)
	top := len(legend) * legendRow
	h := top + len(c.Bars)*rowHeight + 8
	var b strings.Builder
	open(&b, c, barsWidth, h)
	writeLegend(&b, c.ID, legend, 0)
	scale := scaler(c.Bars, barsWidth-labelWidth-valueWidth-tailWidth)
	for i, bar := range c.Bars {
		y := top + i*rowHeight + 4
		fmt.Fprintf(&b, `<g class="row"><text class="label" x="%d" y="%d" text-anchor="end"%s>%s</text>`,
			labelWidth-8, y+barHeight-3, langAttr(bar.Lang), esc(fit(bar.Label, labelWidth-12)))
		end := labelWidth + drawBar(&b, c.ID, bar.Value, labelWidth, y, barHeight, scale, false)
		fmt.Fprintf(&b, `<text class="value" x="%d" y="%d">%s</text></g>`, end+6, y+barHeight-3, esc(valueText(bar)))
	}
	b.WriteString(`</svg>`)
	return b.String()
}

// drawBar draws a value's bar, thick units across, from x to the right
// (horizontal) or up from the baseline y (vertical), and returns its length
// with the marks after it: a hatched open tail for a floor, a dashed box
// for commitments whose amount is not disclosed.
func drawBar(b *strings.Builder, id string, v Value, x, y, thick int, scale func(int64) int, vertical bool) int {
	rect := func(class string, at, length int, fill string) {
		if fill != "" {
			fill = ` fill="url(#` + id + `-hatch)"`
		}
		if vertical {
			fmt.Fprintf(b, `<rect class="%s"%s x="%d" y="%d" width="%d" height="%d"/>`, class, fill, x, y-at-length, thick, length)
			return
		}
		fmt.Fprintf(b, `<rect class="%s"%s x="%d" y="%d" width="%d" height="%d"/>`, class, fill, x+at, y, length, thick)
	}
	n := scale(v.USD)
	if v.USD > 0 && n < 2 {
		n = 2 // a sum too small to see is still more than nothing
	}
	if n > 0 {
		rect("bar", 0, n, "")
	}
	length := n
	if v.AtLeast && v.USD > 0 {
		b.WriteString(`<g class="floor">`)
		rect("tail", length, tailWidth, "")
		rect("hatch", length, tailWidth, "hatch")
		b.WriteString(`</g>`)
		length += tailWidth
	}
	if v.Undisclosed > 0 {
		rect("unknown", length+2, 10, "")
		length += 12
	}
	return length
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

// open starts the SVG with its title and description, and the hatch
// pattern that marks floors.
func open(b *strings.Builder, c Chart, w, h int) {
	fmt.Fprintf(b, `<svg class="chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-labelledby="%s-title %s-desc" font-size="%d">`,
		w, h, c.ID, c.ID, fontSize)
	fmt.Fprintf(b, `<title id="%s-title">%s</title><desc id="%s-desc">%s</desc>`, c.ID, esc(c.Title), c.ID, esc(c.Summary))
	fmt.Fprintf(b, `<defs><pattern id="%s-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect class="hatch-bg" width="6" height="6"/><line class="hatch-line" x1="0" y1="0" x2="0" y2="6"/></pattern></defs>`, c.ID)
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

func writeLegend(b *strings.Builder, id string, items []legendItem, y int) {
	for i, it := range items {
		ty := y + i*legendRow + 4
		if it.class == "floor" {
			fmt.Fprintf(b, `<g class="legend"><rect class="bar" x="0" y="%d" width="14" height="14"/><rect class="tail" x="14" y="%d" width="14" height="14"/><rect class="hatch" fill="url(#%s-hatch)" x="14" y="%d" width="14" height="14"/>`, ty, ty, id, ty)
		} else {
			fmt.Fprintf(b, `<g class="legend"><rect class="unknown" x="16" y="%d" width="10" height="14"/>`, ty)
		}
		fmt.Fprintf(b, `<text x="36" y="%d">%s</text></g>`, ty+12, esc(it.text))
	}
}

func langAttr(lang string) string {
	if lang == "" {
		return ""
	}
	return ` lang="` + esc(lang) + `"`
}

func esc(s string) string { return html.EscapeString(s) }

// textWidth estimates a label's width: wide for Hangul and other CJK, about
// half a font size for Latin letters. Exactness is not needed, only that
// labels do not run into the bars.
func textWidth(s string) int {
	w := 0.0
	for _, r := range s {
		switch {
		case r >= 0x1100 && r <= 0xD7FF, r >= 0x3000 && r <= 0x9FFF:
			w += 1.0
		case r == ' ' || r == '.' || r == ',' || r == 'i' || r == 'l':
			w += 0.3
		case r >= 'A' && r <= 'Z', r == 'm' || r == 'w':
			w += 0.7
		default:
			w += 0.55
		}
	}
	return int(w * fontSize)
}

// fit shortens a label to a width with an ellipsis; the table beside the
// chart has the whole name.
func fit(s string, width int) string {
	if textWidth(s) <= width {
		return s
	}
	r := []rune(s)
	for len(r) > 1 && textWidth(string(r)+"…") > width {
		r = r[:len(r)-1]
	}
	return strings.TrimSpace(string(r)) + "…"
}

func itoa(n int64) string { return strconv.FormatInt(n, 10) }
