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
)

// TestQuickRebuilds times the preview's rebuilds on a small synthetic
// repository: each first looks at the renamed company's two pages, then
// is quick and renders some pages, and the renamed record is as it was
// afterwards.
func TestQuickRebuilds(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
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
		var ts []build.Timings
		for _, d := range tt.in {
			ts = append(ts, build.Timings{Total: d})
		}
		if got := median(ts, func(t build.Timings) time.Duration { return t.Total }); got != tt.want {
			t.Errorf("%s: median %v, want %v", tt.name, got, tt.want)
		}
	}
}

func TestReportLeavesOutUntimedQuickRebuilds(t *testing.T) {
	var out strings.Builder
	Markdown(&out, []Result{{Companies: 5, Investments: 20}})
	if strings.Contains(out.String(), "quick rebuild") || strings.Contains(out.String(), "first look") {
		t.Errorf("quick rebuild rows without quick rebuilds:\n%s", out.String())
	}
}
