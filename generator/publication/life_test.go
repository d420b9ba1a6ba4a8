package publication_test

import (
	"testing"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

func stmt(by record.StatedBy, date string, usd int64, basis record.Basis) record.Statement {
	return record.Statement{Amount: record.Amount{Value: usd, Currency: "USD", Precision: record.Exact},
		StatedBy: by, Date: record.PartialDate(date), Basis: basis, Sources: []record.Source{{Title: "t"}}}
}

// TestCounting: which statement counts, by the methodology's rule.
func TestCounting(t *testing.T) {
	company, gov, news, est := record.StatedByCompany, record.StatedByGovernment, record.StatedByNews, record.StatedByEstimate
	tests := []struct {
		name  string
		stmts []record.Statement
		want  int
	}{
		{"none", nil, -1},
		{"one news report", []record.Statement{stmt(news, "2025-10", 1, "")}, 0},
		{"the investor's later figure", []record.Statement{stmt(company, "2025-10", 1, ""), stmt(company, "2026-03", 2, "")}, 1},
		{"the investor over a later news report", []record.Statement{stmt(company, "2025-10", 1, ""), stmt(news, "2026-03", 2, "")}, 0},
		{"the government's later figure", []record.Statement{stmt(company, "2025-10", 1, ""), stmt(gov, "2026-01-05", 2, "")}, 1},
		{"a conflict on one day: the first listed", []record.Statement{stmt(company, "2025-10", 1, ""), stmt(company, "2025-10", 2, "")}, 0},
		{"an estimate alone counts", []record.Statement{stmt(est, "2026", 1, record.BasisEstimated)}, 0},
		{"an estimate beside a report never counts", []record.Statement{stmt(est, "2026", 1, record.BasisEstimated), stmt(news, "2025", 2, "")}, 1},
		{"two estimates: none counts", []record.Statement{stmt(est, "2026", 1, record.BasisEstimated), stmt(est, "2027", 2, record.BasisEstimated)}, -1},
		{"a shorthand amount", []record.Statement{stmt("", "2025-10", 1, "")}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := publication.Counting(tt.stmts); got != tt.want {
				t.Errorf("Counting = %d, want %d", got, tt.want)
			}
		})
	}
}

// TestStage: the status is the last milestone's stage; a pause marks none.
func TestStage(t *testing.T) {
	ms := func(kinds ...record.MilestoneKind) []record.Milestone {
		var out []record.Milestone
		for _, k := range kinds {
			out = append(out, record.Milestone{Kind: k})
		}
		return out
	}
	tests := []struct {
		name string
		ms   []record.Milestone
		want record.Status
	}{
		{"none", nil, ""},
		{"announced", ms("announced"), "announced"},
		{"ground broken", ms("announced", "land-secured", "groundbreaking"), "under-way"},
		{"paused after construction", ms("announced", "construction", "paused"), "under-way"},
		{"operating", ms("announced", "construction", "operating", "expanded"), "completed"},
		{"cancelled", ms("announced", "cancelled"), "cancelled"},
		{"only a free label", ms("other"), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := publication.Stage(tt.ms); got != tt.want {
				t.Errorf("Stage = %q, want %q", got, tt.want)
			}
		})
	}
}

// TestLaterStatementMovesTotal: a later, different figure from the
// investor moves Korea's total, and the first figure stays among the
// statements, not counted.
func TestLaterStatementMovesTotal(t *testing.T) {
	inv := record.Investment{ID: "x", Company: "c", Title: "X", Kind: "greenfield", Scope: record.ScopeKorea,
		Milestones:       []record.Milestone{{Kind: "announced", Date: "2025-10", Sources: []record.Source{{Title: "t"}}}},
		AmountStatements: []record.Statement{stmt(record.StatedByCompany, "2025-10", 1e9, "")},
		Sources:          []record.Source{{Title: "t"}}}
	before := publication.Build(&record.Dataset{Investments: []record.Investment{inv}})
	inv.AmountStatements = append(inv.AmountStatements, stmt(record.StatedByCompany, "2026-03", 15e8, ""))
	after := publication.Build(&record.Dataset{Investments: []record.Investment{inv}})
	if got, want := show(before.Summary.Korea), show(usd(1e9, 1e9)); got != want {
		t.Errorf("before: Korea = %s, want %s", got, want)
	}
	if got, want := show(after.Summary.Korea), show(usd(15e8, 15e8)); got != want {
		t.Errorf("after: Korea = %s, want %s", got, want)
	}
	i := after.Investments[0]
	if got := i.Statements(); len(got) != 2 || got[0].Amount.Value != 1e9 || i.Counting != 1 {
		t.Errorf("statements = %+v, counting %d; want both, the second counting", got, i.Counting)
	}
	if i.Status != "announced" || i.Announced != "2025-10" {
		t.Errorf("status %q, announced %q; want announced, 2025-10 (from the milestone)", i.Status, i.Announced)
	}
}
