package benchmark

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/internal/thorough"
)

// TestQuickRebuilds times the preview's rebuilds on a small synthetic
// repository: each first looks at the renamed company's two pages, then
// is quick and renders some pages, and the renamed record is as it was
// afterwards.
func TestQuickRebuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	thorough.Require(t)
	seed, errs := build.Validate(os.DirFS("../.."))
	if err := errs.Err(); err != nil {
		t.Fatal(err)
	}
	dir := filepath.Join(t.TempDir(), "synthetic")
	if err := prepare(Options{Root: "../..", Regions: seed.Regions}, dir, 5, 20); err != nil {
		t.Fatal(err)
	}
	before, err := os.ReadFile(filepath.Join(dir, renamed))
	if err != nil {
		t.Fatal(err)
	}
	first, times, err := quickRebuilds(context.Background(), dir, 2)
	if err != nil {
		t.Fatal(err)
	}
	if len(times) != 2 || len(first) != 2 {
		t.Fatalf("got %d timings and %d first looks, want 2 of each", len(times), len(first))
	}
	for i, tm := range times {
		if !tm.Quick || tm.Rendered == 0 || tm.Total <= 0 {
			t.Errorf("rebuild %d: quick %v, %d pages rendered, total %v", i, tm.Quick, tm.Rendered, tm.Total)
		}
		if f := first[i]; f.Rendered != 2 || f.Hugo <= 0 || f.Total < f.Hugo+f.Validate {
			t.Errorf("first look %d: %d pages rendered, Hugo %v, validate %v, total %v", i, f.Rendered, f.Hugo, f.Validate, f.Total)
		}
	}
	if after, _ := os.ReadFile(filepath.Join(dir, renamed)); !bytes.Equal(after, before) {
		t.Errorf("the renamed record was not restored:\n%s", after)
	}
	var out strings.Builder
	Markdown(&out, []Result{{Companies: 5, Investments: 20, Quick: times, First: first}})
	if !strings.Contains(out.String(), "| quick rebuild: pages Hugo rendered, per rebuild | ") || !strings.Contains(out.String(), "| first look: Hugo | ") {
		t.Errorf("the report has no quick rebuild rows:\n%s", out.String())
	}
}

func TestMedian(t *testing.T) {
	tests := []struct {
		name string
		in   []time.Duration
		want time.Duration
	}{
		{"none", nil, 0},
		{"odd", []time.Duration{5, 1, 3}, 3},
		{"even", []time.Duration{4, 1, 3, 2}, 2},
	}
	for _, tt := range tests {
		var ts []Timings
		for _, d := range tt.in {
			ts = append(ts, Timings{Total: d})
		}
		if got := median(ts, func(t Timings) time.Duration { return t.Total }); got != tt.want {
			t.Errorf("%s: median %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestReportRows: a report shows the rows of what was measured: the whole
// build's when it ran (public/ has files), the preview's when it was timed.
func TestReportRows(t *testing.T) {
	timed := []Timings{{Total: time.Second, Quick: true, Rendered: 3}}
	tests := []struct {
		name          string
		r             Result
		build, review bool
	}{
		{"build only", Result{PublicFiles: 10}, true, false},
		{"build and preview", Result{PublicFiles: 10, Quick: timed, First: timed}, true, true},
		{"preview only", Result{Quick: timed, First: timed}, false, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			Markdown(&out, []Result{tt.r})
			got := out.String()
			if build := strings.Contains(got, "whole build"); build != tt.build {
				t.Errorf("whole build rows: %v, want %v\n%s", build, tt.build, got)
			}
			if review := strings.Contains(got, "quick rebuild") && strings.Contains(got, "first look"); review != tt.review {
				t.Errorf("preview rows: %v, want %v\n%s", review, tt.review, got)
			}
		})
	}
}

// TestPeakRSS: the build's peak adds up only the processes that run at
// the same time (synthetic sizes, in bytes).
func TestPeakRSS(t *testing.T) {
	tests := []struct {
		name string
		t    Timings
		want int64
	}{
		{"Hugo's phase is the peak", Timings{GeneratorMaxRSS: 70, GeneratorRSSWithHugo: 40, HugoMaxRSS: 280, GeneratorRSSWithSearch: 45, SearchMaxRSS: 200}, 320},
		{"the generator alone is the peak", Timings{GeneratorMaxRSS: 500, GeneratorRSSWithHugo: 40, HugoMaxRSS: 280}, 500},
		{"Pagefind's phase is the peak", Timings{GeneratorMaxRSS: 70, GeneratorRSSWithHugo: 40, HugoMaxRSS: 280, GeneratorRSSWithSearch: 45, SearchMaxRSS: 300}, 345},
		{"no search index", Timings{GeneratorMaxRSS: 70, GeneratorRSSWithHugo: 40, HugoMaxRSS: 280}, 320},
		{"nothing measured", Timings{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.t.PeakRSS(); got != tt.want {
				t.Errorf("PeakRSS() = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestRecorder: a build's stages add up into Timings, a Hugo run that
// falls back to a full one counting twice.
func TestRecorder(t *testing.T) {
	r := NewRecorder()
	for _, s := range []struct {
		stage build.Stage
		d     time.Duration
	}{{build.StageValidate, 1}, {build.StagePublication, 2}, {build.StageExport, 3}, {build.StageHugo, 4}, {build.StageHugo, 5},
		{build.StageRender, 20}, {build.StageFeeds, 6}, {build.StageSearch, 7}, {build.StagePublish, 8}} {
		r.Stage(s.stage, s.d)
	}
	got := r.Timings()
	want := Timings{Validate: 1, Publication: 2, Export: 3, Hugo: 9, Render: 20, Feeds: 6, Search: 7, Publish: 8}
	if got.Validate != want.Validate || got.Publication != want.Publication || got.Export != want.Export || got.Hugo != want.Hugo ||
		got.Render != want.Render || got.Feeds != want.Feeds || got.Search != want.Search || got.Publish != want.Publish {
		t.Errorf("Timings() = %+v, want the stages of %+v", got, want)
	}
	if got.Total <= 0 {
		t.Errorf("Total = %v, want the time since NewRecorder", got.Total)
	}
}
