package check

import (
	"strconv"

	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// lifeRules checks a commitment's milestones and amount statements, and
// that the shorthand fields are left out beside them (a record says each
// fact once). The schema requires their sources.
func lifeRules(doc *load.Document, i record.Investment) record.ErrorList {
	errs := shorthandRules(doc, i)
	errs = append(errs, milestoneRules(doc, i.Milestones)...)
	return append(errs, statementRules(doc, i.AmountStatements)...)
}

func shorthandRules(doc *load.Document, i record.Investment) record.ErrorList {
	var errs record.ErrorList
	if len(i.AmountStatements) > 0 && i.Amount != nil {
		errs = append(errs, errAt(doc, "/amount", message.Shorthand.With("amount", "amount_statements")))
	}
	if len(i.Milestones) > 0 && i.Announced != "" {
		errs = append(errs, errAt(doc, "/announced", message.Shorthand.With("announced", "milestones")))
	}
	switch stage := publication.Stage(i.Milestones); {
	case stage != "" && i.Status != "":
		errs = append(errs, errAt(doc, "/status", message.StatusDerived.With(string(stage))))
	case stage == "" && i.Status == "":
		errs = append(errs, errAt(doc, "/", message.MissingField.With("status")))
	}
	return errs
}

// milestoneRules: real dates, in order unless a note says why, a label
// for "other", and nothing operating after the commitment ended.
func milestoneRules(doc *load.Document, ms []record.Milestone) record.ErrorList {
	var errs record.ErrorList
	var ended record.MilestoneKind
	for k, m := range ms {
		ptr := "/milestones/" + strconv.Itoa(k)
		errs = append(errs, checkDate(doc, ptr+"/date", m.Date)...)
		errs = append(errs, sourceDates(doc, m.Sources, ptr)...)
		if k > 0 && m.Note == "" && before(m.Date, ms[k-1].Date) {
			errs = append(errs, errAt(doc, ptr+"/date", message.MilestoneOrder.With(string(m.Date), string(ms[k-1].Date))))
		}
		if m.Kind == record.MilestoneOther && m.Label == "" {
			errs = append(errs, errAt(doc, ptr, message.MilestoneLabel.Text()))
		}
		if ended != "" && m.Kind.Stage() == "completed" {
			errs = append(errs, errAt(doc, ptr+"/kind", message.MilestoneAfterEnd.With(string(m.Kind), string(ended))))
		}
		if m.Kind.Ends() {
			ended = m.Kind
		}
	}
	return errs
}

// before reports whether a is surely earlier than b: compared at the
// coarser of their precisions, so 2025 is not before 2025-10.
func before(a, b record.PartialDate) bool {
	n := min(len(a), len(b))
	return a[:n] < b[:n]
}

// statementRules: real dates, the estimated basis only for an estimate,
// an amount's range rules, and a warning for each conflicting pair.
func statementRules(doc *load.Document, ss []record.Statement) record.ErrorList {
	var errs record.ErrorList
	for k, s := range ss {
		ptr := "/amount_statements/" + strconv.Itoa(k)
		errs = append(errs, checkDate(doc, ptr+"/date", s.Date)...)
		errs = append(errs, sourceDates(doc, s.Sources, ptr)...)
		errs = append(errs, rangeRules(doc, ptr+"/amount", &s.Amount)...)
		if s.Basis == record.BasisOwn || (s.Basis == record.BasisEstimated) != (s.StatedBy == record.StatedByEstimate) {
			errs = append(errs, errAt(doc, ptr+"/basis", message.StatementBasis.Text()))
		}
		if j := conflicting(ss, k); j >= 0 {
			e := errAt(doc, ptr+"/amount", message.StatementConflict.With(message.Field("/amount_statements/"+strconv.Itoa(j)), string(s.Date)))
			e.Warning = true
			errs = append(errs, e)
		}
	}
	return errs
}

// conflicting is the index of the first statement before ss[k] by the
// same stater, on the same basis and date, with another amount; -1 if none.
func conflicting(ss []record.Statement, k int) int {
	s := ss[k]
	for j := range k {
		o := ss[j]
		if o.StatedBy == s.StatedBy && o.Basis == s.Basis && o.Date == s.Date && !sameFigure(o.Amount, s.Amount) {
			return j
		}
	}
	return -1
}

// sameFigure compares two amounts' figures, not their wording.
func sameFigure(a, b record.Amount) bool {
	return a.Value == b.Value && a.Max == b.Max && a.Currency == b.Currency && a.Precision == b.Precision
}
