package export

import (
	"maps"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// inv shortens the investment row type in column lists.
type inv = *publication.Investment

// investmentColumns is the column order of investments.csv and of the
// per-company and per-region CSV files. Append new columns at the end.
func investmentColumns() []column[inv] {
	return []column[inv]{
		req(col("id", kindString, doc("Investment", "id"), func(i inv) string { return i.ID })),
		col("former_ids", kindString, joinedDoc("Investment", "former_ids", "investment_former_ids"), func(i inv) string { return joined(i.FormerIDs) }),
		col("company", kindString, doc("Investment", "company"), func(i inv) string { return i.Company }),
		col("company_name", kindString, doc("Investment", "company_name"), func(i inv) string { return i.CompanyName }),
		col("company_name_ko", kindString, doc("Investment", "company_name_ko"), func(i inv) string { return i.CompanyNameKo }),
		col("companies", kindString, joinedDoc("Investment", "companies", "package_companies"), func(i inv) string { return joined(i.Companies) }),
		col("partners", kindString, joinedDoc("Investment", "partners", "investment_partners"), func(i inv) string { return joined(i.Partners) }),
		req(col("title", kindString, doc("Investment", "title"), func(i inv) string { return i.Title })),
		col("title_ko", kindString, doc("Investment", "title_ko"), func(i inv) string { return i.TitleKo }),
		col("amount_value", kindInteger, doc("Amount", "value"), amountCell(func(a *record.Amount) string { return integer(a.Value) })),
		col("amount_max", kindInteger, doc("Amount", "max"), amountCell(func(a *record.Amount) string { return nonZero(a.Max) })),
		col("amount_currency", kindString, doc("Amount", "currency"), amountCell(func(a *record.Amount) string { return string(a.Currency) })),
		col("amount_precision", kindString, doc("Amount", "precision"), amountCell(func(a *record.Amount) string { return string(a.Precision) })),
		col("amount_stated", kindString, doc("Amount", "stated"), amountCell(func(a *record.Amount) string { return a.Stated })),
		col("value_usd", kindInteger, doc("Investment", "value_usd"), func(i inv) string { return optional(i.ValueUSD) }),
		col("max_usd", kindInteger, doc("Investment", "max_usd"), func(i inv) string { return optional(i.MaxUSD) }),
		col("announced", kindDate, doc("Investment", "announced"), func(i inv) string { return string(i.Announced) }),
		col("announced_precision", kindString, precisionDoc("announced"), func(i inv) string { return i.Announced.Precision() }),
		col("period_start", kindInteger, doc("Period", "start"), periodCell(func(p *record.Period) string { return nonZero(p.Start) })),
		col("period_end", kindInteger, doc("Period", "end"), periodCell(func(p *record.Period) string { return nonZero(p.End) })),
		col("period_years", kindInteger, doc("Period", "years"), periodCell(func(p *record.Period) string { return nonZero(p.Years) })),
		col("period_stated", kindString, doc("Period", "stated"), periodCell(func(p *record.Period) string { return p.Stated })),
		col("regions", kindString, joinedDoc("Investment", "regions", "investment_regions"), func(i inv) string { return joined(i.Regions) }),
		req(col("nationwide", kindBoolean, doc("Investment", "nationwide"), func(i inv) string { return boolean(i.Nationwide) })),
		col("city", kindString, doc("Investment", "city"), func(i inv) string { return i.City }),
		col("sectors", kindString, joinedDoc("Investment", "sectors", "investment_sectors"), func(i inv) string { return joined(i.Sectors) }),
		req(col("kind", kindString, doc("Investment", "kind"), func(i inv) string { return string(i.Kind) })),
		req(col("status", kindString, doc("Investment", "status"), func(i inv) string { return string(i.Status) })),
		col("part_of", kindString, doc("Investment", "part_of"), func(i inv) string { return i.PartOf }),
		col("part_of_title", kindString, doc("Investment", "part_of_title"), func(i inv) string { return i.PartOfTitle }),
		req(col("scope", kindString, doc("Investment", "scope"), func(i inv) string { return string(i.Scope) })),
		col("scope_note", kindString, doc("Investment", "scope_note"), func(i inv) string { return i.ScopeNote }),
		col("note", kindString, doc("Investment", "note"), func(i inv) string { return i.Note }),
		req(col("counts_toward_korea_total", kindBoolean, doc("Investment", "counts_toward_korea_total"), func(i inv) string { return boolean(i.CountsTowardKoreaTotal) })),
		req(col("synthetic", kindBoolean, doc("Investment", "synthetic"), func(i inv) string { return boolean(i.Synthetic) })),
		req(col("usd_min", kindInteger, doc("Investment", "usd_min"), func(i inv) string { return integer(i.USDMin) })),
		col("usd_max", kindInteger, doc("Investment", "usd_max"), func(i inv) string { return optional(i.USDMax) }),
		col("basis", kindString, basisDoc("Investment"), func(i inv) string { return basisCell(i.Basis) }),
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
		foreignKeys: []foreignKey{
			{fields: []string{"company"}, resource: "companies", refFields: []string{"id"}},
			{fields: []string{"part_of"}, resource: "", refFields: []string{"id"}},
			toCode("amount_precision", "precisions"), toCode("kind", "kinds"),
			toCode("status", "statuses"), toCode("scope", "scopes"),
		}}, rows, investmentColumns())
}
