package tabular

import (
	"context"
	"database/sql"
	"fmt"
	"math/big"
	"strconv"
	"strings"

	_ "modernc.org/sqlite" // registers the pure Go "sqlite" driver
)

// WriteSQLite fills an in-memory database with tabs and views in one
// transaction, checks its foreign keys and writes it to path with VACUUM
// INTO, which writes pages in a fixed order with no journal, so the same
// rows give the same file.
func WriteSQLite(path string, tabs []*Table, views []string) error {
	db, err := sql.Open("sqlite", ":memory:")
	if err != nil {
		return err
	}
	defer db.Close()
	db.SetMaxOpenConns(1) // every connection to :memory: is a database of its own
	ctx := context.Background()
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, t := range tabs {
		if err := fill(ctx, tx, t); err != nil {
			return fmt.Errorf("table %s: %w", t.Name, err)
		}
	}
	for _, v := range views {
		if _, err := tx.ExecContext(ctx, v); err != nil {
			return fmt.Errorf("view: %w", err)
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	if err := checkForeignKeys(ctx, db); err != nil {
		return err
	}
	_, err = db.ExecContext(ctx, "VACUUM INTO ?", path)
	return err
}

// batchRows is how many rows one INSERT statement adds. Each statement
// execution costs database/sql and the driver far more than a row does,
// so rows go in batches; the cap on bound parameters keeps statements
// well below SQLite's limit of 32,766.
func batchRows(columns int) int { return max(1, 4096/columns) }

// fill creates t and inserts its rows with prepared statements of
// batchRows rows each, and one for the rest.
func fill(ctx context.Context, tx *sql.Tx, t *Table) error {
	if _, err := tx.ExecContext(ctx, createTable(t)); err != nil {
		return err
	}
	n := len(t.Fields)
	batch := batchRows(n)
	full, err := tx.PrepareContext(ctx, insertRows(t, batch))
	if err != nil {
		return err
	}
	defer full.Close()
	args := make([]any, 0, batch*n)
	err = t.Each(func(cells []string) error {
		for i, c := range cells {
			v, err := sqlValue(t.Fields[i].Kind, c)
			if err != nil {
				return fmt.Errorf("column %s: %w", t.Fields[i].Name, err)
			}
			args = append(args, v)
		}
		if len(args) < cap(args) {
			return nil
		}
		_, err := full.ExecContext(ctx, args...)
		args = args[:0]
		return err
	})
	if err != nil || len(args) == 0 {
		return err
	}
	_, err = tx.ExecContext(ctx, insertRows(t, len(args)/n), args...)
	return err
}

// insertRows is an INSERT statement for rows rows of t.
func insertRows(t *Table, rows int) string {
	row := "(" + strings.TrimSuffix(strings.Repeat("?,", len(t.Fields)), ",") + ")"
	return "INSERT INTO " + quote(t.Name) + " VALUES " + strings.TrimSuffix(strings.Repeat(row+",", rows), ",")
}

// sqlValue types a cell: an empty cell is NULL, integers and booleans are
// INTEGER (booleans 0 or 1), decimal numbers REAL (as the data package's
// "number" and pandas' float64 read them), everything else TEXT.
func sqlValue(k Kind, s string) (any, error) {
	switch {
	case s == "":
		return nil, nil
	case k == Integer:
		return strconv.ParseInt(s, 10, 64)
	case k == Boolean:
		return strconv.ParseBool(s)
	case k == Number:
		return exactFloat(s)
	}
	return s, nil
}

// exactFloat parses a decimal whose shortest binary64 form reads back as
// the same decimal, so that a reader who prints the REAL gets the
// published digits; a decimal with more digits than a double holds is
// refused rather than rounded without a word.
func exactFloat(s string) (float64, error) {
	f, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, err
	}
	want, ok := new(big.Rat).SetString(s)
	got, _ := new(big.Rat).SetString(strconv.FormatFloat(f, 'g', -1, 64))
	if !ok || got == nil || want.Cmp(got) != 0 {
		return 0, fmt.Errorf("%s has more digits than a double holds", s)
	}
	return f, nil
}

// createTable declares t with each column's description as an SQL comment,
// so `.schema` in sqlite3 documents the columns.
func createTable(t *Table) string {
	var b strings.Builder
	fmt.Fprintf(&b, "CREATE TABLE %s (\n", quote(t.Name))
	for _, f := range t.Fields {
		fmt.Fprintf(&b, "  %s %s%s, -- %s\n", quote(f.Name), sqlType(f.Kind), notNull(f.Required), oneLine(f.Description))
	}
	fmt.Fprintf(&b, "  PRIMARY KEY (%s)", quoteAll(t.PrimaryKey))
	for _, fk := range t.ForeignKeys {
		target := fk.Resource
		if target == "" {
			target = t.Name
		}
		fmt.Fprintf(&b, ",\n  FOREIGN KEY (%s) REFERENCES %s (%s)", quoteAll(fk.Fields), quote(target), quoteAll(fk.RefFields))
	}
	b.WriteString("\n)")
	return b.String()
}

func sqlType(k Kind) string {
	switch k {
	case Integer, Boolean:
		return "INTEGER"
	case Number:
		return "REAL"
	}
	return "TEXT"
}

func notNull(required bool) string {
	if required {
		return " NOT NULL"
	}
	return ""
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }

func quote(name string) string { return `"` + strings.ReplaceAll(name, `"`, `""`) + `"` }

func quoteAll(names []string) string {
	q := make([]string, len(names))
	for i, n := range names {
		q[i] = quote(n)
	}
	return strings.Join(q, ", ")
}

// checkForeignKeys fails when a reference does not resolve: the checker
// should have caught it, and a published database must not carry it.
func checkForeignKeys(ctx context.Context, db *sql.DB) error {
	rows, err := db.QueryContext(ctx, "PRAGMA foreign_key_check")
	if err != nil {
		return err
	}
	defer rows.Close()
	var problems []string
	for rows.Next() {
		var table, parent string
		var rowid, fkid sql.NullInt64
		if err := rows.Scan(&table, &rowid, &parent, &fkid); err != nil {
			return err
		}
		problems = append(problems, fmt.Sprintf("%s row %d: no such %s", table, rowid.Int64, parent))
	}
	if len(problems) > 0 {
		return fmt.Errorf("%d unresolved foreign keys: %s", len(problems), strings.Join(problems[:min(len(problems), 5)], "; "))
	}
	return rows.Err()
}
