package charts

import (
	"fmt"
	"strings"
)

// Layout of columns, in viewBox units.
const (
	colsWidth  = 640
	axisWidth  = 84
	colsHeight = 200
	maxSlot    = 80 // wide enough for a label such as "Not stated" under a lone column
)

// Columns draws a column chart over time: one column per bar in order
// (years, then "not stated"), with a few labelled grid lines. Labels under
// the columns are thinned when there are many; the table beside the chart
// has every value.
func Columns(c Chart) string {
	legend := legendItems(c)
	top := len(legend)*legendRow + 12
	base := top + colsHeight
	h := base + 24
	var b strings.Builder
	open(&b, c, colsWidth, h)
	writeLegend(&b, c.ID, legend, 0)
	room := colsHeight - tailWidth - 14
	scale := scaler(c.Bars, room)
	writeGrid(&b, c, base, scale)
	n := max(len(c.Bars), 1)
	slot := min(maxSlot, (colsWidth-axisWidth)/n)
	thick := max(slot*7/10, 3)
	every := (n*28 + (colsWidth - axisWidth) - 1) / (colsWidth - axisWidth) // label spacing so labels do not touch
	for i, bar := range c.Bars {
		x := axisWidth + i*slot + (slot-thick)/2
		b.WriteString(`<g class="col">`)
		drawBar(&b, c.ID, bar.Value, x, base, thick, scale, true)
		if i%max(every, 1) == 0 || i == n-1 {
			fmt.Fprintf(&b, `<text class="label" x="%d" y="%d" text-anchor="middle"%s>%s</text>`,
				x+thick/2, base+16, langAttr(bar.Lang), esc(fit(bar.Label, max(slot*max(every, 1)-4, 24))))
		}
		b.WriteString(`</g>`)
	}
	fmt.Fprintf(&b, `<line class="axis" x1="%d" y1="%d" x2="%d" y2="%d"/></svg>`, axisWidth-4, base, colsWidth, base)
	return b.String()
}

// writeGrid draws horizontal grid lines at zero, half and the largest
// value, labelled with Tick.
func writeGrid(b *strings.Builder, c Chart, base int, scale func(int64) int) {
	var most int64
	for _, bar := range c.Bars {
		most = maxInt(most, bar.Value.USD)
	}
	if most == 0 {
		return
	}
	tick := c.Tick
	if tick == nil {
		tick = func(v int64) string { return itoa(v) }
	}
	for _, v := range []int64{most / 2, most} {
		y := base - scale(v)
		fmt.Fprintf(b, `<line class="grid" x1="%d" y1="%d" x2="%d" y2="%d"/><text class="tick" x="%d" y="%d" text-anchor="end">%s</text>`,
			axisWidth-4, y, colsWidth, y, axisWidth-8, y+4, esc(tick(v)))
	}
}
