package export

import (
	"fmt"
	"os"
	"path/filepath"

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
	if err := tabular.WriteSQLite(out, plain(tabs), views); err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	b, err := os.ReadFile(out)
	if err != nil {
		return fmt.Errorf("sqlite: %w", err)
	}
	return w.put(databasePath, "application/vnd.sqlite3",
		"SQLite database of every CSV table with primary and foreign keys, for Datasette or sqlite3.", b)
}

// views are the database's views: the commitments added to Korea's total,
// with the interval each contributes (the summary's korea row is their
// total by the amount algebra, which bounds a package's parts together).
var views = []string{`CREATE VIEW counted_amounts AS
  SELECT id, title, company, company_name, regions, sectors, kind, status, announced,
         amount_value, amount_currency, amount_precision, value_usd, max_usd, usd_min, usd_max
  FROM investments WHERE counts_toward_korea_total = 1 ORDER BY id`}
