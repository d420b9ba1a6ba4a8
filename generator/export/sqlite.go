package export

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// sqlite writes the tables into one SQLite database with their primary and
// foreign keys, for Datasette or the sqlite3 shell.
func (w *writer) sqlite(tabs []*table) error {
	tmp, err := os.MkdirTemp(w.dir, ".sqlite-")
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	defer os.RemoveAll(tmp)
	out := filepath.Join(tmp, "db")
	if err := tabular.WriteSQLite(out, investmentsLast(plain(tabs)), slices.Concat(views, indexes, searchIndexes)); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	return w.put(databasePath, "application/vnd.sqlite3",
		"SQLite database of every CSV table with primary and foreign keys, indexes by region, sector and company, and full-text indexes of names and titles, for Datasette, sqlite3 or the query page.", b)
}

// views are the database's views: the commitments added to Korea's total,
// with the interval each contributes (the summary's korea row is their
// total by the amount algebra, which bounds a package's parts together).
var views = []string{`CREATE VIEW counted_amounts AS
  SELECT ` + strings.Join(countedColumns, ", ") + `
  FROM investments WHERE counts_toward_korea_total = 1 ORDER BY id`}

// countedColumns are counted_amounts' columns, investments' own.
var countedColumns = []string{"id", "title", "company", "company_name", "regions", "sectors", "kind", "status", "announced",
	"amount_value", "amount_currency", "amount_precision", "value_usd", "max_usd", "usd_min", "usd_max"}

// investmentsLast moves the first table, investments, to the end, so that
// its pages are the last rows in the file: the query page's engine reads
// ahead in ever larger requests (up to 5 MiB) when a query walks a table's
// pages in order, as a query by region does, and after investments come
// only the indexes, not the other tables.
func investmentsLast(tabs []*tabular.Table) []*tabular.Table {
	return append(slices.Clone(tabs[1:]), tabs[0])
}

// indexes let a query by region, sector or company read only the rows it
// asks for: the query page reads the database over HTTP a page at a time,
// so a scan of a whole table would fetch the whole table.
var indexes = []string{
	`CREATE INDEX investment_regions_by_region ON investment_regions (region_code, investment_id)`,
	`CREATE INDEX investment_sectors_by_sector ON investment_sectors (sector, investment_id)`,
	`CREATE INDEX investment_partners_by_company ON investment_partners (company_id, investment_id)`,
	`CREATE INDEX package_companies_by_company ON package_companies (company_id, investment_id)`,
	`CREATE INDEX company_sectors_by_sector ON company_sectors (sector, company_id)`,
	`CREATE INDEX investments_by_company ON investments (company, id)`,
}

// searchIndexes are FTS5 indexes of the commitments' titles and the
// companies' names in English and Korean, over the tables' own rows
// (content=, the form Datasette finds by itself), optimised into one
// segment each so that a search reads few pages.
var searchIndexes = []string{
	`CREATE VIRTUAL TABLE investments_fts USING fts5 (title, title_ko, company_name, company_name_ko, content="investments")`,
	`INSERT INTO investments_fts (rowid, title, title_ko, company_name, company_name_ko)
  SELECT rowid, title, title_ko, company_name, company_name_ko FROM investments ORDER BY rowid`,
	`INSERT INTO investments_fts (investments_fts) VALUES ('optimize')`,
	`CREATE VIRTUAL TABLE companies_fts USING fts5 (name, name_ko, content="companies")`,
	`INSERT INTO companies_fts (rowid, name, name_ko) SELECT rowid, name, name_ko FROM companies ORDER BY rowid`,
	`INSERT INTO companies_fts (companies_fts) VALUES ('optimize')`,
}
