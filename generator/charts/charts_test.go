package charts

import (
	"encoding/xml"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

// golden compares got with testdata/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", name)
	if *update {
		if err := os.MkdirAll("testdata", 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update)", err)
	}
	if string(want) != got {
		t.Errorf("%s differs from the golden file; run go test ./generator/charts -update and review the diff", name)
	}
}

// wellFormed parses an SVG as XML and fails on a style attribute, which the
// site's Content-Security-Policy would block.
func wellFormed(t *testing.T, svg string) {
	t.Helper()
	d := xml.NewDecoder(strings.NewReader(svg))
	for {
		tok, err := d.Token()
		if err == io.EOF {
			return
		}
		if err != nil {
			t.Fatalf("not well-formed: %v", err)
		}
		if el, ok := tok.(xml.StartElement); ok {
			for _, a := range el.Attr {
				if a.Name.Local == "style" {
					t.Errorf("<%s> has a style attribute", el.Name.Local)
				}
			}
		}
	}
}

func usd(v int64) string { return fmt.Sprintf("$%d", v) }

func sampleBars() []Bar {
	return []Bar{
		{Label: "Gyeonggi", Value: Value{USD: 5_000_000_000}, Text: "$5 bn"},
		{Label: "North Gyeongsang", Value: Value{USD: 2_000_000_000, AtLeast: true, Undisclosed: 1}, Text: "≥ $2 bn", Note: "1 undisclosed"},
		{Label: "서울특별시", Lang: "ko", Value: Value{USD: 10_000_000}, Text: "$10 m"},
		{Label: "Not stated", Value: Value{Undisclosed: 3}, Note: "3 undisclosed"},
	}
}

func TestBarsGolden(t *testing.T) {
	bars := append(sampleBars(), Bar{Label: "Not itemised (rest of a package)", Value: Value{USD: 1_000_000_000}, Text: "$1 bn"})
	html := Bars(Chart{ID: "by-region", Title: "Synthetic test data: committed by region", Summary: "Synthetic figures: Gyeonggi leads with $5 bn.",
		Bars: bars, AtLeastLegend: "at least: may be higher", UndisclosedLegend: "amount not disclosed"})
	wellFormed(t, html)
	golden(t, "bars.html", html)
	// Every word is HTML text, whole: none is drawn in an SVG that scales
	// it down with the picture, and no label is cut short.
	for _, want := range []string{`<span id="by-region-title" hidden="">`, `class="hatch"`, `class="unknown"`, `<span class="bar-label" lang="ko">`,
		"≥ $2 bn · 1 undisclosed", ">Not itemised (rest of a package)<", `<rect class="bar" width="100%"`, `<rect class="bar" width="20%"`} {
		if !strings.Contains(html, want) {
			t.Errorf("no %q in the chart", want)
		}
	}
	for _, bad := range []string{"<text", "…", "viewBox"} {
		if strings.Contains(html, bad) {
			t.Errorf("the chart has %q", bad)
		}
	}
}

func TestMapGolden(t *testing.T) {
	areas := []Area{
		{Code: "KR-41", Label: "Gyeonggi", URL: "/regions/kr-41/", Value: Value{USD: 9e9}, Text: "$9 bn"},
		{Code: "KR-47", Label: "North Gyeongsang", URL: "/regions/kr-47/", Value: Value{USD: 3e9, AtLeast: true}, Text: "≥ $3 bn"},
		{Code: "KR-31", Label: "Ulsan", URL: "/regions/kr-31/", Value: Value{USD: 1e9}, Text: "$1 bn"},
		{Code: "KR-11", Label: "Seoul", URL: "/regions/kr-11/", Value: Value{Undisclosed: 1}, Text: "not disclosed"},
		{Code: "KR-28", Label: "Incheon", URL: "/regions/kr-28/", Value: Value{Shared: true}, Text: "shares $5 bn"},
	}
	svg, err := Map(MapSpec{ID: "map", Title: "Synthetic test data: map", Summary: "Synthetic figures, shaded by amount.", Areas: areas,
		Range: func(lo, hi int64) string { return usd(lo) + " to " + usd(hi) }, NoneLegend: "none counted", SharedLegend: "dashed: shared",
		UndisclosedLegend: "dotted: not disclosed"})
	if err != nil {
		t.Fatal(err)
	}
	wellFormed(t, svg)
	golden(t, "map.html", svg)
	// Unknown is not nothing: Seoul's undisclosed amount is outlined, and
	// the legend says what the outline means.
	for _, want := range []string{`aria-label="Seoul: not disclosed"><path class="area q0 undisclosed"`, `class="area q0 undisclosed" x="1"`,
		`aria-label="Incheon: shares $5 bn"><path class="area q0 shared"`} {
		if !strings.Contains(svg, want) {
			t.Errorf("the map lacks %s", want)
		}
	}
	if n := strings.Count(svg, "<path "); n != 17 {
		t.Errorf("%d regions drawn, want 17", n)
	}
	if !strings.Contains(svg, `<a href="/regions/kr-41/" aria-label="Gyeonggi: $9 bn">`) {
		t.Error("Gyeonggi is not a link named with its amount")
	}
}

func TestLocator(t *testing.T) {
	svg, err := Locator("loc", "Ulsan in South Korea", "KR-31")
	if err != nil {
		t.Fatal(err)
	}
	wellFormed(t, svg)
	golden(t, "locator.svg", svg)
	if strings.Count(svg, `class="area here"`) != 1 {
		t.Error("the region is not marked once")
	}
}

// TestMapCodes: the embedded map has exactly the 17 ISO 3166-2:KR codes
// of data/regions/, each with an outline.
func TestMapCodes(t *testing.T) {
	o, err := Korea()
	if err != nil {
		t.Fatal(err)
	}
	files, err := filepath.Glob("../../data/regions/KR-*.json")
	if err != nil || len(files) != 17 {
		t.Fatalf("data/regions has %d files (%v), want 17", len(files), err)
	}
	want := map[string]bool{}
	for _, f := range files {
		want[strings.TrimSuffix(filepath.Base(f), ".json")] = true
	}
	got := map[string]bool{}
	for _, s := range o.Regions {
		if !want[s.Code] {
			t.Errorf("map region %s (%s) is not in data/regions", s.Code, s.Name)
		}
		if got[s.Code] {
			t.Errorf("map region %s twice", s.Code)
		}
		if !strings.HasPrefix(s.D, "M") || s.X <= 0 || s.Y <= 0 {
			t.Errorf("%s has no usable outline", s.Code)
		}
		got[s.Code] = true
	}
	for code := range want {
		if !got[code] {
			t.Errorf("no outline for %s", code)
		}
	}
}
