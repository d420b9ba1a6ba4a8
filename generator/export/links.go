package export

import (
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// link is one item of a record's list field: a row of a long-format table.
type link struct {
	owner    string
	position int
	value    string
}

const positionDoc = "The item's 0-based position in the record's list (as in a JSON pointer), so the list can be rebuilt in its stated order."

// links flattens the list field of every row.
func links[T any, S ~string](rows []T, owner func(T) string, list func(T) []S) []link {
	var out []link
	for _, r := range rows {
		for i, v := range list(r) {
			out = append(out, link{owner(r), i, string(v)})
		}
	}
	return out
}

// linkTable is a long-format table keyed by (owner, value), both required.
func linkTable(m meta, owner, value column[link], rows []link) *table {
	pos := col("position", tabular.Integer, text(positionDoc), func(l link) string { return integer(int64(l.position)) })
	m.primaryKey = []string{owner.Name, value.Name}
	return newTable(m, rows, []column[link]{owner, value, req(pos)})
}

func linkOwner(name, target string) column[link] {
	return col(name, tabular.String, text("The "+target+"'s id."), func(l link) string { return l.owner })
}

func linkValue(name string, r ref) column[link] {
	return col(name, tabular.String, r, func(l link) string { return l.value })
}

func invID(i inv) string { return i.ID }

// toInvestments is the foreign key from investment_id to investments.
func toInvestments() tabular.ForeignKey {
	return tabular.ForeignKey{Fields: []string{"investment_id"}, Resource: "investments", RefFields: []string{"id"}}
}

func investmentRegions(rows []inv) *table {
	return linkTable(meta{name: "investment_regions", title: "Regions of each commitment",
		description: "One row per commitment and region it names (investments.regions in long format).",
		foreignKeys: []tabular.ForeignKey{toInvestments(),
			{Fields: []string{"region_code"}, Resource: "regions", RefFields: []string{"code"}}}},
		linkOwner("investment_id", "commitment"), linkValue("region_code", doc("Investment", "regions")),
		links(rows, invID, func(i inv) []string { return i.Regions }))
}

func investmentSectors(rows []inv) *table {
	return linkTable(meta{name: "investment_sectors", title: "Sectors of each commitment",
		description: "One row per commitment and sector (investments.sectors in long format).",
		foreignKeys: []tabular.ForeignKey{toInvestments(), toCode("sector", "sectors")}},
		linkOwner("investment_id", "commitment"), linkValue("sector", doc("Investment", "sectors")),
		links(rows, invID, func(i inv) []record.Sector { return i.Sectors }))
}

func investmentPartners(rows []inv) *table {
	return linkTable(meta{name: "investment_partners", title: "Partners of each commitment",
		description: "One row per commitment and partner company (investments.partners in long format).",
		foreignKeys: []tabular.ForeignKey{toInvestments(),
			{Fields: []string{"company_id"}, Resource: "companies", RefFields: []string{"id"}}}},
		linkOwner("investment_id", "commitment"), linkValue("company_id", doc("Investment", "partners")),
		links(rows, invID, func(i inv) []string { return i.Partners }))
}

func packageCompanies(rows []inv) *table {
	return linkTable(meta{name: "package_companies", title: "Companies of each package",
		description: "One row per package and company whose commitments it combines (investments.companies in long format).",
		foreignKeys: []tabular.ForeignKey{toInvestments(),
			{Fields: []string{"company_id"}, Resource: "companies", RefFields: []string{"id"}}}},
		linkOwner("investment_id", "package"), linkValue("company_id", doc("Investment", "companies")),
		links(rows, invID, func(i inv) []string { return i.Companies }))
}

func companySectors(rows []company) *table {
	return linkTable(meta{name: "company_sectors", title: "Sectors of each company",
		description: "One row per company and line of business (companies.sectors in long format).",
		foreignKeys: []tabular.ForeignKey{{Fields: []string{"company_id"}, Resource: "companies", RefFields: []string{"id"}}, toCode("sector", "sectors")}},
		linkOwner("company_id", "company"), linkValue("sector", doc("Company", "sectors")),
		links(rows, func(c company) string { return c.ID }, func(c company) []record.Sector { return c.Sectors }))
}

func investmentFormerIDs(rows []inv) *table {
	return linkTable(meta{name: "investment_former_ids", title: "Former ids of each commitment",
		description: "One row per commitment and id it had before (investments.former_ids in long format); the site redirects the old URLs.",
		foreignKeys: []tabular.ForeignKey{toInvestments()}},
		linkOwner("investment_id", "commitment"), linkValue("former_id", doc("Investment", "former_ids")),
		links(rows, invID, func(i inv) []string { return i.FormerIDs }))
}

func companyFormerIDs(rows []company) *table {
	return linkTable(meta{name: "company_former_ids", title: "Former ids of each company",
		description: "One row per company and id it had before (companies.former_ids in long format); the site redirects the old URLs.",
		foreignKeys: []tabular.ForeignKey{{Fields: []string{"company_id"}, Resource: "companies", RefFields: []string{"id"}}}},
		linkOwner("company_id", "company"), linkValue("former_id", doc("Company", "former_ids")),
		links(rows, func(c company) string { return c.ID }, func(c company) []string { return c.FormerIDs }))
}

// sourceRow is one citation of one record.
type sourceRow struct {
	recordType, recordID string
	index                int
	record.Source
}

// sourceRows lists every citation, ordered by record type, record id and
// position, the table's primary key.
func sourceRows(v *view) []sourceRow {
	var out []sourceRow
	add := func(typ, id string, sources []record.Source) {
		for i, s := range sources {
			out = append(out, sourceRow{typ, id, i, s})
		}
	}
	for _, i := range v.investments {
		out = append(out, lifeSources(i.ID, "amount_statement", i.AmountStatements, func(s record.Statement) []record.Source { return s.Sources })...)
	}
	for _, c := range v.companies {
		add("company", c.ID, c.Sources)
	}
	for _, i := range v.investments {
		add("investment", i.ID, i.Sources)
	}
	for _, i := range v.investments {
		out = append(out, lifeSources(i.ID, "milestone", i.Milestones, func(m record.Milestone) []record.Source { return m.Sources })...)
	}
	for _, r := range v.rates {
		add("rate", string(r.Currency), []record.Source{r.Source})
	}
	for _, r := range v.regions {
		add("region", r.Code, r.Sources)
	}
	return out
}

type src = sourceRow

func sourcesTable(v *view) *table {
	cols := []column[src]{
		req(col("record_type", tabular.String, text("The kind of record cited for: amount_statement, company, investment, milestone, rate or region."), func(s src) string { return s.recordType })),
		req(col("record_id", tabular.String, text("The record's id (companies.id, investments.id, rates.currency or regions.code, by record_type; for a milestone or an amount statement, investment_id/position of its row in milestones.csv or amount_statements.csv)."), func(s src) string { return s.recordID })),
		req(col("source_index", tabular.Integer, text("The source's 0-based position in the record's sources list."), func(s src) string { return integer(int64(s.index)) })),
		req(col("title", tabular.String, doc("Source", "title"), func(s src) string { return s.Title })),
		col("publisher", tabular.String, doc("Source", "publisher"), func(s src) string { return s.Publisher }),
		col("url", tabular.String, doc("Source", "url"), func(s src) string { return s.URL }),
		col("published", tabular.Date, doc("Source", "published"), func(s src) string { return string(s.Published) }),
		col("published_precision", tabular.String, precisionDoc("published"), func(s src) string { return s.Published.Precision() }),
		col("quote", tabular.String, doc("Source", "quote"), func(s src) string { return s.Quote }),
	}
	return newTable(meta{name: "sources", title: "Sources",
		description: "One row per record and source it cites. record_id refers to a different table for each record_type, so it has no declared foreign key.",
		primaryKey:  []string{"record_type", "record_id", "source_index"}, excel: true}, sourceRows(v), cols)
}
