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
	{"Hugo processes (build -pages-per-hugo; the default bounds each one's pages)", func(r Result) string { return fmt.Sprintf("%d", r.Timings.HugoRuns) }},
	{"Hugo, all its processes", func(r Result) string { return secs(r.Timings.Hugo) }},
	{"**baseline: Hugo alone** (one process over every page, in a second build with -pages-per-hugo -1)", func(r Result) string { return secs(r.baseline().Hugo) }},
	{"Atom feeds", func(r Result) string { return secs(r.Timings.Feeds) }},
	{"search index (Pagefind)", func(r Result) string { return secs(r.Timings.Search) }},
	{"publish into public/", func(r Result) string { return secs(r.Timings.Publish) }},
	{"**whole build**", func(r Result) string { return secs(r.Timings.Total) }},
	{"whole build / Hugo alone (target ≤ 1.3)", func(r Result) string { return ratio(r.Timings.Total.Seconds(), r.baseline().Hugo.Seconds()) }},
	{"whole build without the search index / Hugo alone (target ≤ 1.15)", func(r Result) string {
		return ratio((r.Timings.Total - r.Timings.Search).Seconds(), r.baseline().Hugo.Seconds())
	}},
	{"search index / Hugo alone (target ≤ 0.25)", func(r Result) string { return ratio(r.Timings.Search.Seconds(), r.baseline().Hugo.Seconds()) }},
	{"CPU time: the generator's process (of it in the search index's stage)", func(r Result) string {
		return fmt.Sprintf("%s (%s)", secs(r.Timings.GeneratorCPU), secs(r.Timings.GeneratorSearchCPU))
	}},
	{"CPU time: Hugo, all its processes", func(r Result) string { return secs(r.Timings.HugoCPU) }},
	{"CPU time: Pagefind", func(r Result) string { return secs(r.Timings.SearchCPU) }},
	{"CPU time: other programs (the Hugo lookup and version checks, git)", func(r Result) string { return secs(r.Timings.OtherCPU) }},
	{"baseline: Hugo alone's CPU time (cores it kept busy)", func(r Result) string {
		b := r.baseline()
		if b.HugoCPU <= 0 || b.Hugo <= 0 {
			return "n/a"
		}
		return fmt.Sprintf("%s (%.2f of %d)", secs(b.HugoCPU), b.HugoCPU.Seconds()/b.Hugo.Seconds(), b.Cores)
	}},
	{"least whole build / Hugo alone these cores allow (the build's CPU time ÷ cores ÷ Hugo alone)", least(Timings.cpu)},
	{"least without the search index / Hugo alone", least(func(t Timings) time.Duration { return t.cpu() - t.searchCPU() })},
	{"least search index / Hugo alone", least(Timings.searchCPU)},
	{"whole build with one Hugo process (the second build)", func(r Result) string { return secs(r.OneHugo.Total) }},
	{"peak memory, generator process", func(r Result) string { return mb(r.Timings.GeneratorMaxRSS) }},
	{"memory of the generator while Hugo runs", func(r Result) string { return mb(r.Timings.GeneratorRSSWithHugo) }},
	{"peak memory, the largest Hugo process", func(r Result) string { return mb(r.Timings.HugoMaxRSS) }},
	{"**baseline: peak memory, Hugo alone** (one process over every page)", func(r Result) string { return mb(r.baseline().HugoMaxRSS) }},
	{"peak memory, Pagefind (one piece of the index at a time)", func(r Result) string { return mb(r.Timings.SearchMaxRSS) }},
	{"memory of the generator while Pagefind runs", func(r Result) string { return mb(r.Timings.GeneratorRSSWithSearch) }},
	{"**peak memory of the whole build** (processes at once; target ≤ 1 GB at 10k, ≤ 4 GB at 100k)", func(r Result) string { return mb(r.Timings.PeakRSS()) }},
	{"peak memory of the whole build with one Hugo process (the second build)", func(r Result) string { return mb(r.OneHugo.PeakRSS()) }},
	{"public/ size", func(r Result) string { return mb(r.PublicBytes) }},
	{"public/ files", func(r Result) string { return fmt.Sprintf("%d", r.PublicFiles) }},
	{"public/ files per commitment", func(r Result) string { return fmt.Sprintf("%.2f", float64(r.PublicFiles)/float64(r.Investments)) }},
}

// baseline is the build whose single Hugo process is Hugo alone: the
// second build, or the first when there was none (Options.NoBaseline).
func (r Result) baseline() Timings {
	if r.OneHugo.Total > 0 {
		return r.OneHugo
	}
	return r.Timings
}

// least is the lowest ratio to Hugo alone that the CPU time cpu picks
// from the build allows on the build's cores, all kept busy: a stage
// cannot take less wall clock than its CPU time shared by every core.
func least(cpu func(Timings) time.Duration) func(Result) string {
	return func(r Result) string {
		c := cpu(r.Timings)
		if c <= 0 || r.Timings.Cores == 0 {
			return "n/a"
		}
		return ratio(c.Seconds()/float64(r.Timings.Cores), r.baseline().Hugo.Seconds())
	}
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
