package datadiff

import (
	"bytes"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// TestLifeInWords: a milestone and a later amount added to a commitment
// are named in words; writing its shorthand out as lists names nothing.
func TestLifeInWords(t *testing.T) {
	src := []record.Source{{Title: "Synthetic report", Publisher: "Synthetic Press", URL: "https://example.org/s"}}
	old := record.Investment{ID: "synthetic-line", Company: "synthetic-co", Title: "Synthetic EV line", Kind: "conversion",
		Status: "announced", Scope: record.ScopeKorea, Announced: "2025-10-29", Sources: src, Synthetic: true,
		Amount: &record.Amount{Value: 1e9, Currency: "USD", Precision: record.Exact}}
	spelled := old
	spelled.Announced, spelled.Status, spelled.Amount = "", "", nil
	spelled.Milestones = []record.Milestone{{Kind: "announced", Date: "2025-10-29", Sources: src}}
	spelled.AmountStatements = []record.Statement{{Amount: *old.Amount, Date: "2025-10-29", Sources: src}}
	later := spelled
	later.Milestones = append(copied(spelled.Milestones), record.Milestone{Kind: "groundbreaking", Date: "2026-03", Sources: src})
	later.AmountStatements = append(copied(spelled.AmountStatements), record.Statement{Amount: record.Amount{Value: 2e9, Currency: "USD", Precision: record.AtLeast},
		StatedBy: "company", Date: "2026-03-05", Sources: src})
	build := func(i record.Investment) *publication.Publication {
		return publication.Build(&record.Dataset{Companies: []record.Company{{ID: "synthetic-co", Name: "Synthetic Co", Sources: src}}, Investments: []record.Investment{i}})
	}
	tests := []struct {
		name     string
		from, to record.Investment
		want     []string
		not      string
	}{
		{"shorthand spelled out", old, spelled, nil, "Synthetic Co, Synthetic EV line:"},
		{"groundbreaking and a new amount", spelled, later, []string{
			"  - `Synthetic Co, Synthetic EV line: groundbreaking, March 2026, source Synthetic Press (https://example.org/s)`",
			"  - `Synthetic Co, Synthetic EV line: amount at least $2 billion, stated 5 March 2026 by the company, source Synthetic Press (https://example.org/s)`",
		}, "no longer"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			Compare(build(tt.from), build(tt.to)).Markdown(&b, en(t))
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w+"\n") {
					t.Errorf("no line %q in:\n%s", w, b.String())
				}
			}
			if strings.Contains(b.String(), tt.not) {
				t.Errorf("%q in:\n%s", tt.not, b.String())
			}
		})
	}
}

// copied copies a list so that appending to it leaves the original alone.
func copied[T any](s []T) []T { return append([]T(nil), s...) }
