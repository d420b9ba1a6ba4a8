package export

import (
	"fmt"

	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// tables lists every CSV file and SQLite table, in the order the data
// package lists them, with descriptions filled from the schemas.
func tables(v *view, names Names) ([]*table, error) {
	d, err := loadDocs()
	if err != nil {
		return nil, err
	}
	codes, err := nameCodes(names)
	if err != nil {
		return nil, err
	}
	all := []*table{
		investmentsTable("investments", "One row per investment commitment or package, in id order. The per-page files companies/<id>.csv and regions/<code>.csv hold the rows of one company's or region's commitments with these columns and types.", v.investments),
		companiesTable(v.companies),
		regionsTable(v.regions),
		ratesTable(v.rates),
		investmentRegions(v.investments),
		investmentSectors(v.investments),
		investmentPartners(v.investments),
		packageCompanies(v.investments),
		companySectors(v.companies),
		investmentFormerIDs(v.investments),
		companyFormerIDs(v.companies),
		sourcesTable(v),
		summaryTable(v),
	}
	all = append(all, flatTable(v, codes))
	all = append(all, lookupTables(codes)...)
	all = append(all, milestonesTable(v.investments), statementsTable(v.investments))
	for _, t := range all {
		if err := t.describe(d); err != nil {
			return nil, fmt.Errorf("describe %s.csv: %w", t.Name, err)
		}
	}
	return all, nil
}

type company = *publication.Company

func companiesTable(rows []company) *table {
	cols := []column[company]{
		req(col("id", tabular.String, doc("Company", "id"), func(c company) string { return c.ID })),
		col("former_ids", tabular.String, joinedDoc("Company", "former_ids", "company_former_ids"), func(c company) string { return joined(c.FormerIDs) }),
		req(col("name", tabular.String, doc("Company", "name"), func(c company) string { return c.Name })),
		col("name_ko", tabular.String, doc("Company", "name_ko"), func(c company) string { return c.NameKo }),
		col("country", tabular.String, doc("Company", "country"), func(c company) string { return c.Country }),
		col("parent", tabular.String, doc("Company", "parent"), func(c company) string { return c.Parent }),
		col("parent_name", tabular.String, doc("Company", "parent_name"), func(c company) string { return c.ParentName }),
		col("sectors", tabular.String, joinedDoc("Company", "sectors", "company_sectors"), func(c company) string { return joined(c.Sectors) }),
		col("website", tabular.String, doc("Company", "website"), func(c company) string { return c.Website }),
		col("basis", tabular.String, basisDoc("Company"), func(c company) string { return basisCell(c.Basis) }),
	}
	cols = append(cols, totalColumns("total_", func(c company) publication.Total { return c.Total })...)
	cols = append(cols, totalColumns("subsidiaries_", func(c company) publication.Total { return c.Subsidiaries })...)
	cols = append(cols, req(col("synthetic", tabular.Boolean, doc("Company", "synthetic"), func(c company) string { return boolean(c.Synthetic) })))
	return newTable(meta{name: "companies", title: "Companies",
		description: "One row per company or group, in id order, with its own total in Korea and its subsidiaries' total, each an interval by the amount algebra.",
		primaryKey:  []string{"id"}, excel: true,
		foreignKeys: []tabular.ForeignKey{{Fields: []string{"parent"}, Resource: "", RefFields: []string{"id"}}},
	}, rows, cols)
}

type region = *publication.Region

func regionsTable(rows []region) *table {
	cols := []column[region]{
		req(col("code", tabular.String, doc("Region", "code"), func(r region) string { return r.Code })),
		req(col("name", tabular.String, doc("Region", "name"), func(r region) string { return r.Name })),
		req(col("name_ko", tabular.String, doc("Region", "name_ko"), func(r region) string { return r.NameKo })),
		req(col("category", tabular.String, doc("Region", "category"), func(r region) string { return string(r.Category) })),
	}
	cols = append(cols, totalColumns("total_", func(r region) publication.Total { return r.Total })...)
	cols = append(cols, totalColumns("shared_", func(r region) publication.Total { return r.Shared })...)
	cols = append(cols, req(col("shared_count", tabular.Integer, doc("Region", "shared_count"), func(r region) string { return integer(int64(r.SharedCount)) })))
	return newTable(meta{name: "regions", title: "Regions",
		description: "South Korea's 17 first-level divisions, in code order, with the total of the commitments located in each one alone and of those it shares with other regions, each an interval.",
		primaryKey:  []string{"code"}, excel: true,
		foreignKeys: []tabular.ForeignKey{toCode("category", "region_categories")}}, rows, cols)
}

// totalColumns are the prefix_* columns of a total: its interval
// (usd_max empty when unbounded), never a 0 standing for unknown.
func totalColumns[T any](prefix string, total func(T) publication.Total) []column[T] {
	num := func(name string, get func(publication.Total) int) column[T] {
		return req(col(prefix+name, tabular.Integer, doc("Total", name), func(r T) string { return integer(int64(get(total(r)))) }))
	}
	return []column[T]{
		req(col(prefix+"usd_min", tabular.Integer, doc("Total", "usd_min"), func(r T) string { return integer(total(r).Min) })),
		col(prefix+"usd_max", tabular.Integer, doc("Total", "usd_max"), func(r T) string { return optional(total(r).Max) }),
		req(col(prefix+"approximate", tabular.Boolean, doc("Total", "approximate"), func(r T) string { return boolean(total(r).Approximate) })),
		num("counted", func(t publication.Total) int { return t.Counted }),
		num("undisclosed", func(t publication.Total) int { return t.Undisclosed }),
		num("unconverted", func(t publication.Total) int { return t.Unconverted }),
	}
}

func ratesTable(rows []record.Rate) *table {
	cols := []column[record.Rate]{
		req(col("currency", tabular.String, doc("Rate", "currency"), func(r record.Rate) string { return string(r.Currency) })),
		req(col("usd_per_unit", tabular.Number, doc("Rate", "usd_per_unit"), func(r record.Rate) string { return r.USDPerUnit })),
		req(col("date", tabular.Date, doc("Rate", "date"), func(r record.Rate) string { return string(r.Date) })),
		req(col("date_precision", tabular.String, precisionDoc("date"), func(r record.Rate) string { return r.Date.Precision() })),
	}
	return newTable(meta{name: "rates", title: "Exchange rates",
		description: "The dated rates used to derive value_usd, one per currency; each rate's source is in sources.csv (record_type rate).",
		primaryKey:  []string{"currency"}, excel: true}, rows, cols)
}

// summaryRow is one row of summary.csv: a breakdown's row, or Korea's total.
type summaryRow struct {
	breakdown string
	publication.Row
}

func summaryTable(v *view) *table {
	s := v.summary
	korea := message.SouthKorea.Text()
	rows := []summaryRow{{"korea", publication.Row{Key: "KR", Name: korea.In("en"), NameKo: korea.In("ko"), Total: s.Korea}}}
	for _, b := range []struct {
		name string
		rows []publication.Row
	}{{"region", s.ByRegion}, {"company", s.ByCompany}, {"sector", s.BySector}, {"year", s.ByYear}, {"status", s.ByStatus}} {
		for _, r := range b.rows {
			rows = append(rows, summaryRow{b.name, r})
		}
	}
	cols := []column[summaryRow]{
		req(col("breakdown", tabular.String, text("Which breakdown the row belongs to: korea (the total), region, company, sector, year or status. Each row is an interval, usd_min to usd_max (empty: no upper bound); a breakdown's rows together make the korea row, but their ends need not add up to its ends, since the parts of a package bound each other (see the methodology)."), func(r summaryRow) string { return r.breakdown })),
		req(col("key", tabular.String, doc("Row", "key"), func(r summaryRow) string { return r.Key })),
		req(col("name", tabular.String, doc("Row", "name"), func(r summaryRow) string { return r.Name })),
		col("name_ko", tabular.String, doc("Row", "name_ko"), func(r summaryRow) string { return r.NameKo }),
	}
	cols = append(cols, totalColumns("", func(r summaryRow) publication.Total { return r.Total })...)
	return newTable(meta{name: "summary", title: "Totals by the counting rules",
		description: "summary.json as a table: Korea's total, then the breakdowns by region, company, sector, year and status.",
		primaryKey:  []string{"breakdown", "key"}, excel: true}, rows, cols)
}
