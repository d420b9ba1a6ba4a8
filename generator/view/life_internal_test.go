package view

import (
	"fmt"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// TestAmountGroups: the counting figure is marked; two figures by one
// stater on one basis and day stand side by side in one row, marked as
// conflicting; the same figure from a second source is one figure.
func TestAmountGroups(t *testing.T) {
	st := func(by record.StatedBy, date string, v int64, src string) record.Statement {
		return record.Statement{Amount: record.Amount{Value: v, Currency: "USD", Precision: record.Exact},
			StatedBy: by, Date: record.PartialDate(date), Sources: []record.Source{{Title: src}}}
	}
	ss := []record.Statement{
		st("company", "2025-10", 1e9, "a"), st("news", "2025-11", 2e9, "b"),
		st("company", "2025-10", 3e9, "c"), st("company", "2025-10", 1e9, "d"),
	}
	show := func(gs []amountGroup) string {
		out := ""
		for _, g := range gs {
			out += fmt.Sprintf("[%s %s conflict=%v", g.Date, g.StatedBy, g.Conflict)
			for _, f := range g.Figures {
				out += fmt.Sprintf(" %s counting=%v sources=%d", f.Text, f.Counting, len(f.Sources))
			}
			out += "]"
		}
		return out
	}
	tests := []struct {
		lang, want string
	}{
		{"en", "[October 2025 The company conflict=true $1 billion counting=true sources=2 $3 billion counting=false sources=1][November 2025 A news report conflict=false $2 billion counting=false sources=1]"},
		{"ko", "[2025년 10월 기업 conflict=true 10억 달러 counting=true sources=2 30억 달러 counting=false sources=1][2025년 11월 언론 보도 conflict=false 20억 달러 counting=false sources=1]"},
	}
	for _, tt := range tests {
		b := builder{Kit: page.Kit{L: testLocale(t, tt.lang)}}
		if got := show(b.amountGroups(ss, publication.Counting(ss))); got != tt.want {
			t.Errorf("%s:\ngot  %s\nwant %s", tt.lang, got, tt.want)
		}
	}
}

// TestPeriodEnd: "no news since" waits for the whole period a date covers.
func TestPeriodEnd(t *testing.T) {
	tests := []struct {
		in   record.PartialDate
		want string
		ok   bool
	}{
		{"2025", "2025-12-31", true}, {"2024-02", "2024-02-29", true}, {"2025-10-29", "2025-10-29", true},
		{"", "0001-01-01", false}, {"2025-13", "0001-01-01", false},
	}
	for _, tt := range tests {
		got, ok := periodEnd(tt.in)
		if got.Format("2006-01-02") != tt.want || ok != tt.ok {
			t.Errorf("periodEnd(%q) = %s, %v; want %s, %v", tt.in, got.Format("2006-01-02"), ok, tt.want, tt.ok)
		}
	}
}

// TestStages: a table only where commitments stand at more than one
// stage, each stage with its part of the total (none where nothing is
// counted), and only the commitments the page's total covers.
func TestStages(t *testing.T) {
	b := builder{Kit: page.Kit{L: testLocale(t, "en")}}
	inv := func(st record.Status, region string) *publication.Investment {
		return &publication.Investment{Investment: record.Investment{Status: st, Regions: []string{region}}}
	}
	all := func(*publication.Investment) bool { return true }
	four := int64(4_000_000_000)
	rows := []publication.Row{{Key: "announced", Total: publication.Total{Min: four, Max: &four, Counted: 1}}}
	if got := b.stages([]*publication.Investment{inv("announced", "KR-26"), inv("announced", "KR-26")}, all, rows); got != nil {
		t.Errorf("one stage: got %v, want none", got)
	}
	is := []*publication.Investment{inv("cancelled", "KR-26"), inv("announced", "KR-26"), inv("cancelled", "KR-26"), inv("operating", "KR-31")}
	got := fmt.Sprint(b.stages(is, func(i *publication.Investment) bool { return i.Regions[0] == "KR-26" }, rows))
	if want := "[{Announced 1 $4 billion} {Cancelled 2 nothing added to the total}]"; got != want {
		t.Errorf("got %s, want %s", got, want)
	}
}

// TestStagesOverTime: the home page's overview counts each year's
// commitments by stage, undated ones apart, in the page's language.
func TestStagesOverTime(t *testing.T) {
	inv := func(st record.Status, announced record.PartialDate) *publication.Investment {
		return &publication.Investment{Investment: record.Investment{Status: st, Announced: announced}}
	}
	p := &publication.Publication{Investments: []*publication.Investment{
		inv("announced", "2025-10"), inv("under-way", "2025"), inv("cancelled", "2024-01-02"), inv("announced", ""),
	}}
	b := builder{Kit: page.Kit{L: testLocale(t, "en")}, p: p}
	v := b.stagesOverTime()
	var got []string
	for _, r := range v.Rows {
		got = append(got, r.Link.Name+": "+r.Amount+" ("+r.Note+")")
	}
	want := []string{"2024: 1 commitment (1 Cancelled)", "2025: 2 commitments (1 Announced; 1 Under way)", "not stated: 1 commitment (1 Announced)"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("rows %q, want %q", got, want)
	}
	if v.ValueHead != "Commitments" || !strings.Contains(v.Picture, "2024") {
		t.Errorf("value head %q; picture without the years", v.ValueHead)
	}
}
