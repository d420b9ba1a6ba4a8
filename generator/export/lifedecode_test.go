package export

import (
	"testing"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// asWritten undoes what the publication resolves from a record's lists:
// beside milestones, the announced date and the stage; beside amount
// statements, the counting amount and its basis. A record with only the
// shorthand fields is as it was.
func asWritten(i record.Investment) record.Investment {
	if len(i.Milestones) > 0 {
		i.Announced = ""
		if publication.Stage(i.Milestones) != "" {
			i.Status = ""
		}
	}
	if len(i.AmountStatements) > 0 {
		i.Amount = nil
		if i.Basis != nil {
			delete(i.Basis, "amount")
			if len(i.Basis) == 0 {
				i.Basis = nil
			}
		}
	}
	return i
}

// lifeFromCSV sets each investment's listed milestones and statements from
// milestones.csv and amount_statements.csv (shorthand rows are the
// record's own fields) and their sources from sources.csv.
func lifeFromCSV(t *testing.T, tabs map[string][]rowMap, src map[string][]record.Source, is []record.Investment) {
	t.Helper()
	at := map[string]*record.Investment{}
	for k := range is {
		at[is[k].ID] = &is[k]
	}
	for _, r := range tabs["milestones.csv"] {
		if i := at[r["investment_id"]]; i != nil && !parseBool(t, r["shorthand"]) {
			checkPrecision(t, r, "date")
			i.Milestones = append(i.Milestones, record.Milestone{Kind: record.MilestoneKind(r["kind"]), Label: r["label"],
				Date: record.PartialDate(r["date"]), Note: r["note"], Sources: src["milestone/"+r["investment_id"]+"/"+r["position"]]})
		}
	}
	for _, r := range tabs["amount_statements.csv"] {
		if i := at[r["investment_id"]]; i != nil && !parseBool(t, r["shorthand"]) {
			i.AmountStatements = append(i.AmountStatements, record.Statement{
				Amount: record.Amount{Value: atoi(t, r["amount_value"]), Max: atoi(t, r["amount_max"]), Currency: record.Currency(r["amount_currency"]),
					Precision: record.Precision(r["amount_precision"]), Stated: r["amount_stated"]},
				StatedBy: record.StatedBy(r["stated_by"]), Date: record.PartialDate(r["date"]), Basis: record.Basis(r["basis"]),
				Note: r["note"], Sources: src["amount_statement/"+r["investment_id"]+"/"+r["position"]]})
		}
	}
	for k := range is {
		is[k] = asWritten(is[k])
	}
}
