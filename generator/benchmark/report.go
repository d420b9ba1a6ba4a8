package benchmark

import (
	"fmt"
	"io"
	"runtime"
	"slices"
	"strings"
	"time"
)

// row is one line of the report: a label and how to compute it per result.
type row struct {
	label string
	value func(Result) string
}

var rows = []row{
	{"source files (records + pages)", func(r Result) string { return fmt.Sprintf("%d", r.Records) }},
	{"source size", func(r Result) string { return mb(r.SourceBytes) }},
	{"load + validate", func(r Result) string { return secs(r.Timings.Validate) }},
	{"validate throughput, all cores", func(r Result) string { return rate(r.SourceBytes, r.Timings.Validate) }},
	{"validate throughput, per core", func(r Result) string {
		return rate(r.SourceBytes/int64(runtime.GOMAXPROCS(0)), r.Timings.Validate)
	}},
	{"validate, records/s", func(r Result) string {
		return fmt.Sprintf("%.0f", float64(r.Records)/r.Timings.Validate.Seconds())
	}},
	{"resolve + totals", func(r Result) string { return secs(r.Timings.Publication) }},
	{"export (datasets)", func(r Result) string { return secs(r.Timings.Export) }},
	{"render (Hugo input + Hugo)", func(r Result) string { return secs(r.Timings.Render) }},
	{"**baseline: Hugo alone**", func(r Result) string { return secs(r.Timings.Hugo) }},
	{"Atom feeds", func(r Result) string { return secs(r.Timings.Feeds) }},
	{"search index (Pagefind)", func(r Result) string { return secs(r.Timings.Search) }},
	{"publish into public/", func(r Result) string { return secs(r.Timings.Publish) }},
	{"**whole build**", func(r Result) string { return secs(r.Timings.Total) }},
	{"whole build / Hugo alone (target ≤ 1.3)", func(r Result) string { return ratio(r.Timings.Total.Seconds(), r.Timings.Hugo.Seconds()) }},
	{"whole build without the search index / Hugo alone", func(r Result) string {
		return ratio((r.Timings.Total - r.Timings.Search).Seconds(), r.Timings.Hugo.Seconds())
	}},
	{"peak memory, generator process", func(r Result) string { return mb(r.Timings.GeneratorMaxRSS) }},
	{"**baseline: peak memory, Hugo alone**", func(r Result) string { return mb(r.Timings.HugoMaxRSS) }},
	{"memory of the generator while Hugo runs", func(r Result) string { return mb(r.Timings.GeneratorRSSWithHugo) }},
	{"peak memory, Pagefind", func(r Result) string {
		if r.Timings.SearchMaxRSS == 0 {
			return "below Hugo's"
		}
		return mb(r.Timings.SearchMaxRSS)
	}},
	{"**peak memory of the whole build** (processes at once; an upper bound when Pagefind's is below Hugo's)", func(r Result) string { return mb(r.Timings.PeakRSS()) }},
	{"peak memory of the whole build / Hugo alone (target ≤ 1.2)", func(r Result) string {
		return ratio(float64(r.Timings.PeakRSS()), float64(r.Timings.HugoMaxRSS))
	}},
	{"(generator peak + Hugo peak) / Hugo alone, if they were at once", func(r Result) string {
		return ratio(float64(r.Timings.GeneratorMaxRSS+r.Timings.HugoMaxRSS), float64(r.Timings.HugoMaxRSS))
	}},
	{"public/ size", func(r Result) string { return mb(r.PublicBytes) }},
	{"public/ files", func(r Result) string { return fmt.Sprintf("%d", r.PublicFiles) }},
}

// quickRows are the preview's quick rebuilds, each the median over them;
// shown when they were timed (Options.Quick).
var quickRows = []row{
	{"**live preview: first look after a rename** (median; the renamed company's two pages, shown before the quick rebuild)", first(func(t Timings) time.Duration { return t.Total })},
	{"first look: load + validate", first(func(t Timings) time.Duration { return t.Validate })},
	{"first look: resolve + totals", first(func(t Timings) time.Duration { return t.Publication })},
	{"first look: views of its pages, Hugo's input", first(func(t Timings) time.Duration { return t.Render - t.Hugo })},
	{"first look: Hugo", first(func(t Timings) time.Duration { return t.Hugo })},
	{"**live preview: quick rebuild after a rename** (median)", quick(func(t Timings) time.Duration { return t.Total })},
	{"quick rebuild: load + validate", quick(func(t Timings) time.Duration { return t.Validate })},
	{"quick rebuild: resolve + totals", quick(func(t Timings) time.Duration { return t.Publication })},
	{"quick rebuild: export", quick(func(t Timings) time.Duration { return t.Export })},
	{"quick rebuild: views and digests of every page, Hugo's input", quick(func(t Timings) time.Duration { return t.Render - t.Hugo })},
	{"quick rebuild: Hugo, changed pages only", quick(func(t Timings) time.Duration { return t.Hugo })},
	{"quick rebuild: feeds + publish", quick(func(t Timings) time.Duration { return t.Feeds + t.Publish })},
	{"quick rebuild: the rest (git history, staging folder)", quick(func(t Timings) time.Duration {
		return t.Total - t.Validate - t.Publication - t.Export - t.Render - t.Feeds - t.Publish
	})},
	{"quick rebuild: pages Hugo rendered, per rebuild", func(r Result) string {
		if len(r.Quick) == 0 {
			return ""
		}
		n := make([]int, len(r.Quick))
		for i, t := range r.Quick {
			n[i] = t.Rendered
		}
		if lo, hi := slices.Min(n), slices.Max(n); lo != hi {
			return fmt.Sprintf("%d–%d", lo, hi)
		}
		return fmt.Sprintf("%d", n[0])
	}},
}

// quick shows the median of one stage of the quick rebuilds.
func quick(stage func(Timings) time.Duration) func(Result) string {
	return medianOf(func(r Result) []Timings { return r.Quick }, stage)
}

// first shows the median of one stage of the first looks.
func first(stage func(Timings) time.Duration) func(Result) string {
	return medianOf(func(r Result) []Timings { return r.First }, stage)
}

// medianOf shows the median of one stage of the rebuilds that timings
// picks from a result; nothing when there are none.
func medianOf(timings func(Result) []Timings, stage func(Timings) time.Duration) func(Result) string {
	return func(r Result) string {
		if len(timings(r)) == 0 {
			return ""
		}
		return secs(median(timings(r), stage))
	}
}

// Markdown writes the results as a table, one column per size.
func Markdown(w io.Writer, results []Result) {
	head := []string{"figure"}
	for _, r := range results {
		head = append(head, fmt.Sprintf("%d companies / %d commitments", r.Companies, r.Investments))
	}
	fmt.Fprintf(w, "| %s |\n|%s\n", strings.Join(head, " | "), strings.Repeat("---|", len(head)))
	var all []row
	if slices.ContainsFunc(results, func(r Result) bool { return r.PublicFiles > 0 }) {
		all = rows
	}
	if slices.ContainsFunc(results, func(r Result) bool { return len(r.Quick) > 0 }) {
		all = slices.Concat(all, quickRows)
	}
	for _, rw := range all {
		cells := []string{rw.label}
		for _, r := range results {
			cells = append(cells, rw.value(r))
		}
		fmt.Fprintf(w, "| %s |\n", strings.Join(cells, " | "))
	}
}

func mb(b int64) string { return fmt.Sprintf("%.1f MB", float64(b)/1e6) }

func secs(d time.Duration) string { return fmt.Sprintf("%.2f s", d.Seconds()) }

func rate(b int64, d time.Duration) string {
	return fmt.Sprintf("%.1f MB/s", float64(b)/1e6/d.Seconds())
}

func ratio(a, b float64) string {
	if b == 0 {
		return "n/a"
	}
	return fmt.Sprintf("%.2f×", a/b)
}
