package sitetest

import (
	"context"
	_ "embed"

	"github.com/chromedp/chromedp"
)

// layoutProbe lists what a reader could not read at the viewport's width:
// text in charts, the map or tables under 12 CSS px (an SVG's scale
// included); anything past the viewport's edges except inside a box that
// scrolls sideways with a cue (its edge shadows), and at desktop widths
// any box that scrolls sideways at all; a chart or map label outside its
// picture, cut short or overlapping its bar or amount; on a phone, a
// table's amount outside the first screen width, and a header taller than
// about 100 px.
//
//go:embed testdata/layout.js
var layoutProbe string

// layoutSizes are the widths every template is laid out at and checked,
// from the narrowest phone to a wide desktop; the phones are emulated as
// mobile (the page's meta viewport applies).
var layoutSizes = []struct {
	width, height int64
	mobile        bool
}{{320, 640, true}, {390, 844, true}, {1366, 800, false}, {1920, 1080, false}}

// layoutProblems runs layoutProbe on the page as laid out now.
func layoutProblems(ctx context.Context) ([]string, error) {
	return chromedp.Run(ctx, chromedp.Evaluate[[]string](layoutProbe))
}
