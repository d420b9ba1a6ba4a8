package export

import (
	"maps"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// inv shortens the investment row type in column lists.
type inv = *publication.Investment

// investmentColumns is the column order of investments.csv and of the
// per-company and per-region CSV files. Append new columns at the end.
func investmentColumns() []column[inv] {
	return []column[inv]{
		req(col("id", tabular.String, doc("Investment", "id"), func(i inv) string { return i.ID })),
		col("former_ids", tabular.String, joinedDoc("Investment", "former_ids", "investment_former_ids"), func(i inv) string { return joined(i.FormerIDs) }),
		col("company", tabular.String, doc("Investment", "company"), func(i inv) string { return i.Company }),
		col("company_name", tabular.String, doc("Investment", "company_name"), func(i inv) string { return i.CompanyName }),
		col("company_name_ko", tabular.String, doc("Investment", "company_name_ko"), func(i inv) string { return i.CompanyNameKo }),
		col("companies", tabular.String, joinedDoc("Investment", "companies", "package_companies"), func(i inv) string { return joined(i.Companies) }),
		col("partners", tabular.String, joinedDoc("Investment", "partners", "investment_partners"), func(i inv) string { return joined(i.Partners) }),
		req(col("title", tabular.String, doc("Investment", "title"), func(i inv) string { return i.Title })),
		col("title_ko", tabular.String, doc("Investment", "title_ko"), func(i inv) string { return i.TitleKo }),
		col("amount_value", tabular.Integer, doc("Amount", "value"), amountCell(func(a *record.Amount) string { return integer(a.Value) })),
		col("amount_max", tabular.Integer, doc("Amount", "max"), amountCell(func(a *record.Amount) string { return nonZero(a.Max) })),
		col("amount_currency", tabular.String, doc("Amount", "currency"), amountCell(func(a *record.Amount) string { return string(a.Currency) })),
		col("amount_precision", tabular.String, doc("Amount", "precision"), amountCell(func(a *record.Amount) string { return string(a.Precision) })),
		col("amount_stated", tabular.String, doc("Amount", "stated"), amountCell(func(a *record.Amount) string { return a.Stated })),
		col("value_usd", tabular.Integer, doc("Investment", "value_usd"), func(i inv) string { return optional(i.ValueUSD) }),
		col("max_usd", tabular.Integer, doc("Investment", "max_usd"), func(i inv) string { return optional(i.MaxUSD) }),
		col("announced", tabular.Date, doc("Investment", "announced"), func(i inv) string { return string(i.Announced) }),
		col("announced_precision", tabular.String, precisionDoc("announced"), func(i inv) string { return i.Announced.Precision() }),
		col("period_start", tabular.Integer, doc("Period", "start"), periodCell(func(p *record.Period) string { return nonZero(p.Start) })),
		col("period_end", tabular.Integer, doc("Period", "end"), periodCell(func(p *record.Period) string { return nonZero(p.End) })),
		col("period_years", tabular.Integer, doc("Period", "years"), periodCell(func(p *record.Period) string { return nonZero(p.Years) })),
		col("period_stated", tabular.String, doc("Period", "stated"), periodCell(func(p *record.Period) string { return p.Stated })),
		col("regions", tabular.String, joinedDoc("Investment", "regions", "investment_regions"), func(i inv) string { return joined(i.Regions) }),
		req(col("nationwide", tabular.Boolean, doc("Investment", "nationwide"), func(i inv) string { return boolean(i.Nationwide) })),
		col("city", tabular.String, doc("Investment", "city"), func(i inv) string { return i.City }),
		col("sectors", tabular.String, joinedDoc("Investment", "sectors", "investment_sectors"), func(i inv) string { return joined(i.Sectors) }),
		req(col("kind", tabular.String, doc("Investment", "kind"), func(i inv) string { return string(i.Kind) })),
		req(col("status", tabular.String, doc("Investment", "status"), func(i inv) string { return string(i.Status) })),
		col("part_of", tabular.String, doc("Investment", "part_of"), func(i inv) string { return i.PartOf }),
		col("part_of_title", tabular.String, doc("Investment", "part_of_title"), func(i inv) string { return i.PartOfTitle }),
		req(col("scope", tabular.String, doc("Investment", "scope"), func(i inv) string { return string(i.Scope) })),
		col("scope_note", tabular.String, doc("Investment", "scope_note"), func(i inv) string { return i.ScopeNote }),
		col("note", tabular.String, doc("Investment", "note"), func(i inv) string { return i.Note }),
		req(col("counts_toward_korea_total", tabular.Boolean, doc("Investment", "counts_toward_korea_total"), func(i inv) string { return boolean(i.CountsTowardKoreaTotal) })),
		req(col("synthetic", tabular.Boolean, doc("Investment", "synthetic"), func(i inv) string { return boolean(i.Synthetic) })),
		req(col("usd_min", tabular.Integer, doc("Investment", "usd_min"), func(i inv) string { return integer(i.USDMin) })),
		col("usd_max", tabular.Integer, doc("Investment", "usd_max"), func(i inv) string { return optional(i.USDMax) }),
		col("basis", tabular.String, basisDoc("Investment"), func(i inv) string { return basisCell(i.Basis) }),
	}
}

// amountCell reads a cell of the amount, empty when none was disclosed.
func amountCell(get func(*record.Amount) string) func(inv) string {
	return func(i inv) string {
		if i.Amount == nil {
			return ""
		}
		return get(i.Amount)
	}
}

// periodCell reads a cell of the period, empty when none was stated.
func periodCell(get func(*record.Period) string) func(inv) string {
	return func(i inv) string {
		if i.Period == nil {
			return ""
		}
		return get(i.Period)
	}
}

// joinedDoc describes a list column by its JSON field and points at its link table.
func joinedDoc(def, prop, linkTable string) ref {
	return ref{def: def, prop: prop, joined: true,
		text: "Separated by semicolons; " + linkTable + ".csv has one row per item."}
}

// basisDoc describes the basis column: the record's basis map, written out.
func basisDoc(def string) ref {
	return ref{def: def, prop: "basis", text: "Written field=basis, separated by semicolons, in field order (announced=derived); empty when every field is reported."}
}

// basisCell writes a basis map as field=basis pairs in field order.
func basisCell(m map[string]record.Basis) string {
	parts := make([]string, 0, len(m))
	for _, k := range slices.Sorted(maps.Keys(m)) {
		parts = append(parts, k+"="+string(m[k]))
	}
	return strings.Join(parts, ";")
}

// precisionDoc describes the precision column that accompanies a date.
func precisionDoc(date string) ref {
	return text("How precise " + date + " is: year, month or day (empty when there is no date). " +
		"A date stated as a month (2025-10) is published as stated, never padded to a day.")
}

// investmentsTable is investments.csv, or the same columns for some rows.
func investmentsTable(name, description string, rows []inv) *table {
	return newTable(meta{name: name, title: "Investment commitments", description: description,
		primaryKey: []string{"id"}, excel: true,
		foreignKeys: []tabular.ForeignKey{
			{Fields: []string{"company"}, Resource: "companies", RefFields: []string{"id"}},
			{Fields: []string{"part_of"}, Resource: "", RefFields: []string{"id"}},
			toCode("amount_precision", "precisions"), toCode("kind", "kinds"),
			toCode("status", "statuses"), toCode("scope", "scopes"),
		}}, rows, investmentColumns())
}
