package export

import (
	"database/sql"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/publication"
)

// TestForeignKeysResolveInCSVs: every foreign key the data package declares
// resolves in the CSV files, and every primary key is unique.
func TestForeignKeysResolveInCSVs(t *testing.T) {
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			dir, _ := writeTo(t, f.data)
			dp := readPackage(t, dir)
			rows := map[string][]rowMap{}
			for _, r := range dp.Resources {
				rows[r.Name] = readResource(t, dir, r)
				checkUnique(t, r.Name, rows[r.Name], r.Schema.PrimaryKey)
			}
			for _, r := range dp.Resources {
				for _, fk := range r.Schema.ForeignKeys {
					checkReference(t, r.Name, rows[r.Name], fk, rows)
				}
			}
		})
	}
}

func tuple(r rowMap, fields []string) string {
	parts := make([]string, len(fields))
	for i, f := range fields {
		parts[i] = r[f]
	}
	return strings.Join(parts, "\x00")
}

func checkUnique(t *testing.T, name string, rows []rowMap, key []string) {
	seen := map[string]bool{}
	for _, r := range rows {
		k := tuple(r, key)
		if seen[k] {
			t.Errorf("%s: primary key %q repeats", name, k)
		}
		seen[k] = true
	}
}

func checkReference(t *testing.T, name string, rows []rowMap, fk tsForeign, all map[string][]rowMap) {
	target := fk.Reference.Resource
	if target == "" {
		target = name
	}
	keys := map[string]bool{}
	for _, r := range all[target] {
		keys[tuple(r, fk.Reference.Fields)] = true
	}
	for _, r := range rows {
		if k := tuple(r, fk.Fields); strings.Trim(k, "\x00") != "" && !keys[k] {
			t.Errorf("%s %v = %q has no row in %s", name, fk.Fields, k, target)
		}
	}
}

// TestSQLite: the database passes PRAGMA foreign_key_check and
// integrity_check, and holds as many rows as each CSV file.
func TestSQLite(t *testing.T) {
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			dir, _ := writeTo(t, f.data)
			db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, databasePath)+"?mode=ro")
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			if got := queryAll(t, db, "PRAGMA foreign_key_check"); got != "" {
				t.Errorf("foreign_key_check: %s", got)
			}
			if got := queryAll(t, db, "PRAGMA integrity_check"); got != "ok" {
				t.Errorf("integrity_check: %s", got)
			}
			for _, r := range readPackage(t, dir).Resources {
				_, rows := readCSV(t, filepath.Join(dir, r.Path))
				table := strings.TrimSuffix(r.Path, ".csv")
				if got := queryAll(t, db, "SELECT count(*) FROM "+quoted(table)); got != itoa(len(rows)) {
					t.Errorf("%s: %s rows in SQLite, %d in CSV", table, got, len(rows))
				}
			}
		})
	}
}

func itoa(n int) string { return integer(int64(n)) }

// queryAll returns a query's first column, one row per line.
func queryAll(t *testing.T, db *sql.DB, q string) string {
	t.Helper()
	rows, err := db.Query(q)
	if err != nil {
		t.Fatalf("%s: %v", q, err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out []string
	for rows.Next() {
		vals := make([]any, len(cols))
		ptrs := make([]any, len(cols))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		out = append(out, formatRow(vals))
	}
	return strings.Join(out, "\n")
}

func formatRow(vals []any) string {
	parts := make([]string, len(vals))
	for i, v := range vals {
		switch v := v.(type) {
		case []byte:
			parts[i] = string(v)
		case nil:
			parts[i] = "NULL"
		default:
			parts[i] = fmt.Sprint(v)
		}
	}
	return strings.Join(parts, "|")
}

// TestSQLiteShell runs the check with the sqlite3 program itself.
func TestSQLiteShell(t *testing.T) {
	sqlite3 := requireTool(t, "sqlite3", "apt-get install sqlite3")
	dir, _ := writeTo(t, trickyDataset())
	out, err := exec.Command(sqlite3, filepath.Join(dir, databasePath), "PRAGMA foreign_key_check", "SELECT count(*) FROM investments").CombinedOutput()
	if err != nil || string(out) != "4\n" {
		t.Errorf("sqlite3: %q %v, want only the count 4", out, err)
	}
}

// TestWriteRejectsDanglingReference: a reference the checker should have
// caught stops the export rather than publishing a broken database.
func TestWriteRejectsDanglingReference(t *testing.T) {
	d := trickyDataset()
	d.Investments[1].Company = "no-such-company"
	_, err := Write(t.TempDir(), publication.Build(d), testOptions(t))
	if err == nil || !strings.Contains(err.Error(), "unresolved foreign keys") {
		t.Errorf("Write = %v, want an unresolved foreign key error", err)
	}
}

// TestSQLiteTypes: every value in the database has the type the data
// package gives its column (rates.usd_per_unit a REAL, as "number" says).
func TestSQLiteTypes(t *testing.T) {
	want := map[string]string{"integer": "integer", "number": "real", "boolean": "integer", "string": "text"}
	dir, _ := writeTo(t, trickyDataset())
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, databasePath)+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, r := range readPackage(t, dir).Resources {
		table := quoted(strings.TrimSuffix(r.Path, ".csv"))
		for _, f := range r.Schema.Fields {
			q := "SELECT DISTINCT typeof(" + quoted(f.Name) + ") FROM " + table + " WHERE " + quoted(f.Name) + " IS NOT NULL"
			if got := queryAll(t, db, q); got != "" && got != want[f.Type] {
				t.Errorf("%s.%s: SQLite types %q, want %s (%s in the data package)", table, f.Name, got, want[f.Type], f.Type)
			}
		}
	}
	if got := queryAll(t, db, "SELECT usd_per_unit FROM rates ORDER BY currency"); got != "1.16\n0.00068" {
		t.Errorf("rates.usd_per_unit reads back as %q, want the published decimals", got)
	}
}

// TestSQLiteViews: counted_amounts lists the commitments that count toward
// Korea's total, as many as the summary counts.
func TestSQLiteViews(t *testing.T) {
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			dir, _ := writeTo(t, f.data)
			db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, databasePath)+"?mode=ro")
			if err != nil {
				t.Fatal(err)
			}
			defer db.Close()
			want := 0
			for _, r := range readTables(t, dir)["investments.csv"] {
				if r["counts_toward_korea_total"] == "true" {
					want++
				}
			}
			if got := queryAll(t, db, "SELECT count(*) FROM counted_amounts"); got != itoa(want) {
				t.Errorf("counted_amounts has %s rows, want %d", got, want)
			}
			if got := queryAll(t, db, "SELECT count(*) FROM commitments_flat"); got != queryAll(t, db, "SELECT count(*) FROM investments") {
				t.Errorf("commitments_flat has %s rows, not one per commitment", got)
			}
		})
	}
}

// quoted is an SQL identifier; the published tables' names need no escaping.
func quoted(name string) string { return `"` + name + `"` }
