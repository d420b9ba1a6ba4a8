package synth

import (
	"math/rand/v2"
	"time"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// A commitment's life in synthetic shapes: most are announced only, some
// progress (approval, groundbreaking, construction, operation), a few are
// restated, paused, cancelled or withdrawn. The shapes draw from their
// own random source, so that the shorthand-only output stays the same
// bytes as before milestones existed.

// lifeShapes are the milestone kinds after the announcement, by share
// out of 100 (the first, empty, is announced only).
var lifeShapes = []struct {
	share int
	kinds []record.MilestoneKind
}{
	{60, nil},
	{10, []record.MilestoneKind{"memorandum-signed", "approved"}},
	{9, []record.MilestoneKind{"land-secured", "groundbreaking"}},
	{7, []record.MilestoneKind{"approved", "groundbreaking", "construction", "operating"}},
	{5, []record.MilestoneKind{"groundbreaking", "construction", "operating", "expanded"}},
	{3, []record.MilestoneKind{"groundbreaking", "paused"}},
	{4, []record.MilestoneKind{"cancelled"}},
	{2, []record.MilestoneKind{"approved", "withdrawn"}},
}

// live spells a commitment's shorthand out as lists: its announced date as
// the first milestone, then its shape's; its amount as the company's
// statement, and for one in eight a later one by a government body or
// the company restating it. The status is then derived.
func live(r *rand.Rand, i *record.Investment) {
	if i.Announced == "" {
		return
	}
	day := time.Date(i.Announced.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC)
	i.Milestones = []record.Milestone{{Kind: record.MilestoneAnnounced, Date: i.Announced, Sources: []record.Source{syntheticSource}}}
	for _, kind := range shape(r) {
		day = day.AddDate(0, 0, 20+r.IntN(300))
		m := record.Milestone{Kind: kind, Date: record.PartialDate(day.Format("2006-01-02")), Sources: []record.Source{syntheticSource}}
		if kind == "paused" {
			m.Note = "Synthetic: a source reports the works paused."
		}
		i.Milestones = append(i.Milestones, m)
	}
	if i.Amount != nil {
		i.AmountStatements = []record.Statement{{Amount: *i.Amount, StatedBy: record.StatedByCompany, Date: i.Announced, Sources: []record.Source{syntheticSource}}}
		if r.IntN(8) == 0 {
			later := time.Date(i.Announced.Year()+1, time.Month(1+r.IntN(12)), 1+r.IntN(28), 0, 0, 0, 0, time.UTC)
			i.AmountStatements = append(i.AmountStatements, restated(r, *i.Amount, record.PartialDate(later.Format("2006-01-02"))))
		}
	}
	i.Announced, i.Status, i.Amount = "", "", nil
}

func shape(r *rand.Rand) []record.MilestoneKind {
	n := r.IntN(100)
	for _, s := range lifeShapes {
		if n < s.share {
			return s.kinds
		}
		n -= s.share
	}
	return nil
}

// restated is a later statement of the amount, a quarter larger or
// smaller, by the company or a government body.
func restated(r *rand.Rand, a record.Amount, date record.PartialDate) record.Statement {
	by := []record.StatedBy{record.StatedByCompany, record.StatedByGovernment, record.StatedByNews}[r.IntN(3)]
	if r.IntN(2) == 0 {
		a.Value, a.Max = a.Value/4*5, a.Max/4*5
	} else {
		a.Value, a.Max = a.Value/4*3, a.Max/4*3
	}
	a.Stated = "synthetic restatement"
	return record.Statement{Amount: a, StatedBy: by, Date: date, Sources: []record.Source{syntheticSource}}
}
