package sitetest

import (
	"math"
	"os"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

// The stylesheets whose colours are checked, and how their rules are read.
var (
	stylesheets = []string{"../../site/assets/css/main.css", "../../site/assets/css/charts.css"}
	customProp  = regexp.MustCompile(`--([a-z0-9-]+):\s*(#[0-9a-fA-F]{6})\b`)
	darkBlock   = regexp.MustCompile(`@media \(prefers-color-scheme: dark\) \{\s*:root \{([^}]*)\}`)
	printBlock  = regexp.MustCompile(`@media print \{\s*:root \{[^}]*\}`)
	mapFocus    = regexp.MustCompile(`((?:\.map a:focus-visible \.q\d,?\s*)+)\{\s*fill:\s*var\(--([a-z-]+)\)`)
	quantile    = regexp.MustCompile(`\.q(\d)`)
)

// palettes reads the colour custom properties of both colour schemes: the
// light one from :root, the dark one overriding it in the dark media query.
func palettes(t *testing.T) (css string, schemes map[string]map[string]string) {
	t.Helper()
	var all strings.Builder
	for _, name := range stylesheets {
		b, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		if !darkBlock.Match(b) { // else its dark colours would be read as light ones
			t.Fatalf("%s: no @media (prefers-color-scheme: dark) { :root { … } } block", name)
		}
		all.Write(b)
	}
	css = all.String()
	light, dark := map[string]string{}, map[string]string{}
	rest := printBlock.ReplaceAllString(css, "")
	for _, m := range darkBlock.FindAllStringSubmatch(rest, -1) {
		for _, v := range customProp.FindAllStringSubmatch(m[1], -1) {
			dark[v[1]] = v[2]
		}
	}
	for _, v := range customProp.FindAllStringSubmatch(darkBlock.ReplaceAllString(rest, ""), -1) {
		light[v[1]] = v[2]
	}
	for k, v := range light {
		if _, ok := dark[k]; !ok {
			dark[k] = v
		}
	}
	return css, map[string]map[string]string{"light": light, "dark": dark}
}

// contrast is the WCAG 2 contrast ratio of two #rrggbb colours.
func contrast(a, b string) float64 {
	la, lb := luminance(a), luminance(b)
	return (math.Max(la, lb) + 0.05) / (math.Min(la, lb) + 0.05)
}

func luminance(hex string) float64 {
	var c [3]float64
	for i := range c {
		v, _ := strconv.ParseUint(hex[1+2*i:3+2*i], 16, 8)
		s := float64(v) / 255
		if s <= 0.04045 {
			c[i] = s / 12.92
		} else {
			c[i] = math.Pow((s+0.055)/1.055, 2.4)
		}
	}
	return 0.2126*c[0] + 0.7152*c[1] + 0.0722*c[2]
}

// TestContrast holds the site's colour pairs to WCAG 2.2 in both schemes:
// text 4.5:1 (1.4.3); focus indicators and the marks a chart or the map
// needs 3:1 (1.4.11).
func TestContrast(t *testing.T) {
	css, schemes := palettes(t)
	// Custom properties by name, or a colour written in the rule itself
	// (the header's white text and its focus outline, on --mark).
	pairs := []struct {
		fg, bg string
		min    float64
	}{
		{"fg", "bg", 4.5}, {"fg", "soft", 4.5}, {"muted", "bg", 4.5}, {"muted", "soft", 4.5},
		{"accent", "bg", 4.5}, {"accent", "soft", 4.5}, {"accent-fg", "accent", 4.5}, {"#ffffff", "mark", 4.5},
		{"focus", "bg", 3}, {"#ffd08a", "mark", 3}, {"edge", "bg", 3}, {"edge", "q0", 3},
	}
	focus := mapFocusFills(t, css)
	for scheme, pal := range schemes {
		colour := func(name string) string {
			if strings.HasPrefix(name, "#") {
				return name
			}
			c, ok := pal[name]
			if !ok {
				t.Fatalf("%s: no colour --%s in the stylesheets", scheme, name)
			}
			return c
		}
		for _, p := range pairs {
			if got := contrast(colour(p.fg), colour(p.bg)); got < p.min {
				t.Errorf("%s: %s on %s is %.2f:1, want %.1f:1", scheme, p.fg, p.bg, got, p.min)
			}
		}
		for q := range 5 {
			own, focused := colour("q"+strconv.Itoa(q)), colour(focus[q])
			if got := contrast(own, focused); got < 3 {
				t.Errorf("%s: a focused q%d region turns from %s to --%s (%s): %.2f:1, want 3:1", scheme, q, own, focus[q], focused, got)
			}
		}
	}
}

// mapFocusFills reads which colour each map class takes when focused.
func mapFocusFills(t *testing.T, css string) [5]string {
	t.Helper()
	var out [5]string
	for _, m := range mapFocus.FindAllStringSubmatch(css, -1) {
		for _, q := range quantile.FindAllStringSubmatch(m[1], -1) {
			n, _ := strconv.Atoi(q[1])
			out[n] = m[2]
		}
	}
	for q, v := range out {
		if v == "" {
			t.Fatalf("no focus fill for the map's class q%d", q)
		}
	}
	return out
}
