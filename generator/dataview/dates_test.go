package dataview_test

import (
	"testing"
	"time"

	"github.com/korea-investment-tracker/kit/generator/dataview"
	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// TestRecordDates: a record page's date is the newest change to its own
// file, its profiles, and the commitments that name it, removed ones
// included; a page history does not know has the zero time.
func TestRecordDates(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 1, d, 0, 0, 0, 0, time.UTC) }
	d := &record.Dataset{
		Companies: []record.Company{{ID: "a", Name: "A"}, {ID: "b", Name: "B"}},
		Regions:   []record.Region{{Code: "KR-11", Name: "Seoul"}},
		Investments: []record.Investment{{ID: "a-1", Title: "One", Company: "a", Regions: []string{"KR-11"},
			Kind: "greenfield", Status: "announced", Scope: record.ScopeKorea}},
		Pages: []record.PageFile{{Path: "companies/b.ko.md"}},
	}
	log := history.Log{ // newest first
		{Time: day(9), Op: "removed", Kind: record.InvestmentKind, ID: "b-old", Was: []string{"company/b"}},
		{Time: day(7), Op: "changed", Kind: record.PageKind, ID: "companies/b.ko.md"},
		{Time: day(5), Op: "changed", Kind: record.InvestmentKind, ID: "a-1"},
		{Time: day(3), Op: "added", Kind: record.CompanyKind, ID: "a"},
		{Time: day(2), Op: "added", Kind: record.InvestmentKind, ID: "a-1"},
	}
	got := dataview.RecordDates(publication.Build(d), log)
	for _, tt := range []struct {
		page string
		want time.Time
	}{
		{"companies/a", day(5)},     // its commitment changed after it
		{"companies/b", day(9)},     // a commitment naming it was removed
		{"regions/kr-11", day(5)},   // lower case, as Hugo publishes it
		{"investments/a-1", day(5)}, // its own last change
	} {
		if !got[tt.page].Equal(tt.want) {
			t.Errorf("%s: %v, want %v", tt.page, got[tt.page], tt.want)
		}
	}
	if _, ok := got["companies/none"]; ok {
		t.Error("a page of no record has a date")
	}
}
