package export

import (
	"strconv"

	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// lifeRow is a row of milestones.csv or amount_statements.csv, shorthand ones marked.
type lifeRow[T any] struct {
	id                  string
	position            int
	shorthand, counting bool
	item                T
}

const shorthandDoc = "True when the row stands for the record's shorthand field (announced or amount), which cites the record's own sources, rather than an entry of its list."

func milestonesTable(rows []inv) *table {
	var out []lifeRow[record.Milestone]
	for _, i := range rows {
		for k, m := range i.Timeline() {
			out = append(out, lifeRow[record.Milestone]{i.ID, k, len(i.Milestones) == 0, false, m})
		}
	}
	type m = lifeRow[record.Milestone]
	cols := []column[m]{
		req(col("investment_id", tabular.String, text("The commitment's id."), func(r m) string { return r.id })),
		req(col("position", tabular.Integer, text(positionDoc), func(r m) string { return integer(int64(r.position)) })),
		req(col("kind", tabular.String, doc("Milestone", "kind"), func(r m) string { return string(r.item.Kind) })),
		col("label", tabular.String, doc("Milestone", "label"), func(r m) string { return r.item.Label }),
		req(col("date", tabular.Date, doc("Milestone", "date"), func(r m) string { return string(r.item.Date) })),
		req(col("date_precision", tabular.String, precisionDoc("date"), func(r m) string { return r.item.Date.Precision() })),
		col("stage", tabular.String, text("The status this milestone puts the commitment in (empty for one that changes no stage), by the methodology's rule."), func(r m) string { return string(r.item.Kind.Stage()) }),
		col("note", tabular.String, doc("Milestone", "note"), func(r m) string { return r.item.Note }),
		req(col("shorthand", tabular.Boolean, text(shorthandDoc), func(r m) string { return boolean(r.shorthand) })),
	}
	return newTable(meta{name: "milestones", title: "Milestones of each commitment",
		description: "One row per dated event of a commitment's life, in the order they happened; its sources are in sources.csv (record_type milestone, record_id investment_id/position).",
		primaryKey:  []string{"investment_id", "position"}, excel: true,
		foreignKeys: []tabular.ForeignKey{toInvestments()}}, out, cols)
}

func statementsTable(rows []inv) *table {
	var out []lifeRow[record.Statement]
	for _, i := range rows {
		for k, s := range i.Statements() {
			out = append(out, lifeRow[record.Statement]{i.ID, k, len(i.AmountStatements) == 0, k == i.Counting, s})
		}
	}
	type s = lifeRow[record.Statement]
	cols := []column[s]{
		req(col("investment_id", tabular.String, text("The commitment's id."), func(r s) string { return r.id })),
		req(col("position", tabular.Integer, text(positionDoc), func(r s) string { return integer(int64(r.position)) })),
		req(col("amount_value", tabular.Integer, doc("Amount", "value"), func(r s) string { return integer(r.item.Amount.Value) })),
		col("amount_max", tabular.Integer, doc("Amount", "max"), func(r s) string { return nonZero(r.item.Amount.Max) }),
		req(col("amount_currency", tabular.String, doc("Amount", "currency"), func(r s) string { return string(r.item.Amount.Currency) })),
		req(col("amount_precision", tabular.String, doc("Amount", "precision"), func(r s) string { return string(r.item.Amount.Precision) })),
		col("amount_stated", tabular.String, doc("Amount", "stated"), func(r s) string { return r.item.Amount.Stated }),
		col("stated_by", tabular.String, ref{def: "Statement", prop: "stated_by", text: "Empty for a shorthand amount, whose stater the record does not say."}, func(r s) string { return string(r.item.StatedBy) }),
		col("date", tabular.Date, doc("Statement", "date"), func(r s) string { return string(r.item.Date) }),
		col("date_precision", tabular.String, precisionDoc("date"), func(r s) string { return r.item.Date.Precision() }),
		col("basis", tabular.String, doc("Statement", "basis"), func(r s) string { return string(r.item.Basis) }),
		col("note", tabular.String, doc("Statement", "note"), func(r s) string { return r.item.Note }),
		req(col("counting", tabular.Boolean, text("True for the statement whose amount is the commitment's, the one its totals use, by the methodology's rule (whether the commitment itself counts toward Korea's total is investments.counts_toward_korea_total); the others are shown beside it."), func(r s) string { return boolean(r.counting) })),
		req(col("shorthand", tabular.Boolean, text(shorthandDoc), func(r s) string { return boolean(r.shorthand) })),
	}
	return newTable(meta{name: "amount_statements", title: "Amounts stated for each commitment",
		description: "One row per amount stated for a commitment, by whom, when and on what basis, with the one that counts marked; its sources are in sources.csv (record_type amount_statement, record_id investment_id/position).",
		primaryKey:  []string{"investment_id", "position"}, excel: true,
		foreignKeys: []tabular.ForeignKey{toInvestments(), toCode("amount_precision", "precisions")}}, out, cols)
}

// lifeSources are the citations of a commitment's listed milestones or
// statements as sources.csv rows, record_id investment_id/position (a
// shorthand one cites the record's own sources, listed already).
func lifeSources[T any](id, typ string, items []T, sources func(T) []record.Source) []sourceRow {
	var out []sourceRow
	for k, it := range items {
		for j, src := range sources(it) {
			out = append(out, sourceRow{typ, id + "/" + strconv.Itoa(k), j, src})
		}
	}
	return out
}
