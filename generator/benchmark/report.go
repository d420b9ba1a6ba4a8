package benchmark

import (
	"fmt"
	"io"
	"runtime"
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
	{"peak memory, Pagefind", func(r Result) string { return mb(r.Timings.SearchMaxRSS) }},
	{"**peak memory of the whole build** (processes at once)", func(r Result) string { return mb(r.Timings.PeakRSS()) }},
	{"peak memory of the whole build / Hugo alone (target ≤ 1.2)", func(r Result) string {
		return ratio(float64(r.Timings.PeakRSS()), float64(r.Timings.HugoMaxRSS))
	}},
	{"(generator peak + Hugo peak) / Hugo alone, if they were at once", func(r Result) string {
		return ratio(float64(r.Timings.GeneratorMaxRSS+r.Timings.HugoMaxRSS), float64(r.Timings.HugoMaxRSS))
	}},
	{"public/ size", func(r Result) string { return mb(r.PublicBytes) }},
	{"public/ files", func(r Result) string { return fmt.Sprintf("%d", r.PublicFiles) }},
}

// Markdown writes the results as a table, one column per size.
func Markdown(w io.Writer, results []Result) {
	head := []string{"figure"}
	for _, r := range results {
		head = append(head, fmt.Sprintf("%d companies / %d commitments", r.Companies, r.Investments))
	}
	fmt.Fprintf(w, "| %s |\n|%s\n", strings.Join(head, " | "), strings.Repeat("---|", len(head)))
	for _, rw := range rows {
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
