package publication

import (
	"maps"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// The rules of a commitment's life (content/methodology.md, "A
// commitment's life"): which stated amount counts and what stage the
// milestones put it in.

// statementTiers rank who stated an amount for counting: the investor or
// a government body first, then a news report (or a shorthand amount,
// whose stater the record does not say). An estimate is in no tier: it
// counts only as a commitment's only figure.
var statementTiers = [][]record.StatedBy{
	{record.StatedByCompany, record.StatedByGovernment},
	{record.StatedByNews, ""},
}

// Counting is the index in stmts of the amount that counts toward
// totals, or -1 for none: the latest (by date as written; among equal
// dates the first listed) of the first tier that has one; an estimate
// only when it is the only statement.
func Counting(stmts []record.Statement) int {
	for _, tier := range statementTiers {
		best := -1
		for k, s := range stmts {
			if !inTier(s, tier) {
				continue
			}
			if best < 0 || s.Date > stmts[best].Date {
				best = k
			}
		}
		if best >= 0 {
			return best
		}
	}
	if len(stmts) == 1 {
		return 0
	}
	return -1
}

func inTier(s record.Statement, tier []record.StatedBy) bool {
	if s.Basis == record.BasisEstimated {
		return false
	}
	for _, by := range tier {
		if s.StatedBy == by {
			return true
		}
	}
	return false
}

// Stage is the status the milestones put a commitment in: the stage of
// the last milestone (they are listed in the order they happened) that
// marks one, or "" when none does.
func Stage(ms []record.Milestone) record.Status {
	for k := len(ms) - 1; k >= 0; k-- {
		if st := ms[k].Kind.Stage(); st != "" {
			return st
		}
	}
	return ""
}

// LastNews is the latest date of a milestone or a stated amount of the
// commitment, "" when it has none: the day after which nothing is known
// of it. A page may say "no news since" it; that is derived, never a
// reported stall.
func LastNews(i record.Investment) record.PartialDate {
	var last record.PartialDate
	for _, m := range i.Timeline() {
		last = max(last, m.Date)
	}
	for _, s := range i.Statements() {
		last = max(last, s.Date)
	}
	return last
}

// Resolved is i as every output reads it (life): its counting amount and
// the stage of its milestones in the shorthand fields.
func Resolved(i record.Investment) record.Investment {
	r, _ := life(i)
	return r
}

// life resolves a record's shorthand and its life into the fields every
// output reads: the counting statement's amount (and its basis), the
// stage of its milestones and the date of its announced milestone. A
// record with only the shorthand fields is returned as it is.
func life(i record.Investment) (record.Investment, int) {
	stmts := i.Statements()
	counting := Counting(stmts)
	if len(i.AmountStatements) > 0 {
		i.Amount = nil
		if counting >= 0 {
			s := stmts[counting]
			i.Amount = &s.Amount
			if s.Basis != "" && s.Basis != record.BasisReported {
				i.Basis = maps.Clone(i.Basis)
				if i.Basis == nil {
					i.Basis = map[string]record.Basis{}
				}
				i.Basis["amount"] = s.Basis
			}
		}
	}
	if st := Stage(i.Milestones); st != "" {
		i.Status = st
	}
	if i.Announced == "" {
		for _, m := range i.Milestones {
			if m.Kind == record.MilestoneAnnounced {
				i.Announced = m.Date
				break
			}
		}
	}
	return i, counting
}
