package export

import (
	"strconv"

	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// A commitment's life as two long tables keyed to the commitment: its
// milestones and its stated amounts, shorthand ones included (marked), so
// that every commitment with an announced date has its announced
// milestone and every disclosed amount its statement.

// milestoneRow is one milestone of one commitment.
type milestoneRow struct {
	id        string
	position  int
	shorthand bool
	record.Milestone
}

// statementRow is one stated amount of one commitment.
type statementRow struct {
	id                  string
	position            int
	shorthand, counting bool
	record.Statement
}

const shorthandDoc = "True when the row stands for the record's shorthand field (announced or amount), which cites the record's own sources, rather than an entry of its list."

func milestonesTable(rows []inv) *table {
	var out []milestoneRow
	for _, i := range rows {
		for k, m := range i.Timeline() {
			out = append(out, milestoneRow{i.ID, k, len(i.Milestones) == 0, m})
		}
	}
	type m = milestoneRow
	cols := []column[m]{
		req(col("investment_id", tabular.String, text("The commitment's id."), func(r m) string { return r.id })),
		req(col("position", tabular.Integer, text(positionDoc), func(r m) string { return integer(int64(r.position)) })),
		req(col("kind", tabular.String, doc("Milestone", "kind"), func(r m) string { return string(r.Kind) })),
		col("label", tabular.String, doc("Milestone", "label"), func(r m) string { return r.Label }),
		req(col("date", tabular.Date, doc("Milestone", "date"), func(r m) string { return string(r.Date) })),
		req(col("date_precision", tabular.String, precisionDoc("date"), func(r m) string { return r.Date.Precision() })),
		col("stage", tabular.String, text("The status this milestone puts the commitment in (empty for one that changes no stage), by the methodology's rule."), func(r m) string { return string(r.Kind.Stage()) }),
		col("note", tabular.String, doc("Milestone", "note"), func(r m) string { return r.Note }),
		req(col("shorthand", tabular.Boolean, text(shorthandDoc), func(r m) string { return boolean(r.shorthand) })),
	}
	return newTable(meta{name: "milestones", title: "Milestones of each commitment",
		description: "One row per dated event of a commitment's life, in the order they happened; its sources are in sources.csv (record_type milestone, record_id investment_id/position).",
		primaryKey:  []string{"investment_id", "position"}, excel: true,
		foreignKeys: []tabular.ForeignKey{toInvestments()}}, out, cols)
}

func statementsTable(rows []inv) *table {
	var out []statementRow
	for _, i := range rows {
		for k, s := range i.Statements() {
			out = append(out, statementRow{i.ID, k, len(i.AmountStatements) == 0, k == i.Counting, s})
		}
	}
	type s = statementRow
	cols := []column[s]{
		req(col("investment_id", tabular.String, text("The commitment's id."), func(r s) string { return r.id })),
		req(col("position", tabular.Integer, text(positionDoc), func(r s) string { return integer(int64(r.position)) })),
		req(col("amount_value", tabular.Integer, doc("Amount", "value"), func(r s) string { return integer(r.Amount.Value) })),
		col("amount_max", tabular.Integer, doc("Amount", "max"), func(r s) string { return nonZero(r.Amount.Max) }),
		req(col("amount_currency", tabular.String, doc("Amount", "currency"), func(r s) string { return string(r.Amount.Currency) })),
		req(col("amount_precision", tabular.String, doc("Amount", "precision"), func(r s) string { return string(r.Amount.Precision) })),
		col("amount_stated", tabular.String, doc("Amount", "stated"), func(r s) string { return r.Amount.Stated }),
		col("stated_by", tabular.String, ref{def: "Statement", prop: "stated_by", text: "Empty for a shorthand amount, whose stater the record does not say."}, func(r s) string { return string(r.StatedBy) }),
		col("date", tabular.Date, doc("Statement", "date"), func(r s) string { return string(r.Date) }),
		col("date_precision", tabular.String, precisionDoc("date"), func(r s) string { return r.Date.Precision() }),
		col("basis", tabular.String, doc("Statement", "basis"), func(r s) string { return string(r.Basis) }),
		col("note", tabular.String, doc("Statement", "note"), func(r s) string { return r.Note }),
		req(col("counting", tabular.Boolean, text("True for the statement whose amount is the commitment's, the one its totals use, by the methodology's rule (whether the commitment itself counts toward Korea's total is investments.counts_toward_korea_total); the others are shown beside it."), func(r s) string { return boolean(r.counting) })),
		req(col("shorthand", tabular.Boolean, text(shorthandDoc), func(r s) string { return boolean(r.shorthand) })),
	}
	return newTable(meta{name: "amount_statements", title: "Amounts stated for each commitment",
		description: "One row per amount stated for a commitment, by whom, when and on what basis, with the one that counts marked; its sources are in sources.csv (record_type amount_statement, record_id investment_id/position).",
		primaryKey:  []string{"investment_id", "position"}, excel: true,
		foreignKeys: []tabular.ForeignKey{toInvestments(), toCode("amount_precision", "precisions")}}, out, cols)
}

// lifeSources are the citations of one commitment's listed milestones or
// statements (lists, each one's sources), as rows of sources.csv of type
// typ with record_id investment_id/position. A shorthand one cites the
// record's own sources, already listed, so has none here.
func lifeSources(id, typ string, lists [][]record.Source) []sourceRow {
	var out []sourceRow
	for k, srcs := range lists {
		for j, src := range srcs {
			out = append(out, sourceRow{typ, id + "/" + strconv.Itoa(k), j, src})
		}
	}
	return out
}

func milestoneSources(i inv) [][]record.Source {
	out := make([][]record.Source, len(i.Milestones))
	for k, m := range i.Milestones {
		out[k] = m.Sources
	}
	return out
}

func statementSources(i inv) [][]record.Source {
	out := make([][]record.Source, len(i.AmountStatements))
	for k, s := range i.AmountStatements {
		out[k] = s.Sources
	}
	return out
}
