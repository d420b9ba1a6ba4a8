package export

import (
	"database/sql"
	"path/filepath"
	"strings"
	"testing"
)

// openDatabase opens the exported database in dir read-only.
func openDatabase(t *testing.T, dir string) *sql.DB {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+filepath.Join(dir, databasePath)+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { db.Close() })
	return db
}

// TestDatasetteMetadata: metadata.json describes every table and view of
// the database and every one of their columns, names the database as
// Datasette does (by its file name) and each table's full-text index.
func TestDatasetteMetadata(t *testing.T) {
	dir, _ := writeTo(t, fixtures(t)[0].data)
	db := openDatabase(t, dir)
	meta := readJSON[datasette](t, filepath.Join(dir, datasettePath))
	tables := meta.Databases[strings.TrimSuffix(databasePath, ".sqlite")].Tables
	if meta.License == "" || meta.LicenseURL == "" || meta.SourceURL == "" {
		t.Errorf("licence %q (%s), source %q", meta.License, meta.LicenseURL, meta.SourceURL)
	}
	names := strings.Fields(queryAll(t, db, `SELECT name FROM sqlite_master WHERE type IN ('table', 'view')
		AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '%_fts_%' ORDER BY name`))
	if len(names) < 20 {
		t.Fatalf("the database has %d tables and views: %q", len(names), names)
	}
	for _, name := range names {
		doc, ok := tables[name]
		if !ok || doc.Description == "" {
			t.Errorf("%s: no description in %s", name, datasettePath)
			continue
		}
		if strings.HasSuffix(name, "_fts") {
			continue
		}
		for _, col := range strings.Fields(queryAll(t, db, "SELECT name FROM pragma_table_info("+quoted(name)+")")) {
			if doc.Columns[col] == "" {
				t.Errorf("%s.%s: no description in %s", name, col, datasettePath)
			}
		}
	}
	for _, name := range []string{"investments", "companies"} {
		if fts := tables[name].FTSTable; fts != name+"_fts" {
			t.Errorf("%s: fts_table %q, want %s_fts", name, fts, name)
		}
	}
}

// TestDatabaseSearch: the full-text indexes find commitments by a word of
// their English or Korean title and companies by a Korean name's prefix,
// each the row it indexes (the rowids survive VACUUM INTO), and a query
// by region reads the region index, not the whole link table.
func TestDatabaseSearch(t *testing.T) {
	dir, _ := writeTo(t, fixtures(t)[0].data)
	db := openDatabase(t, dir)
	for _, c := range []struct{ query, want string }{
		{`SELECT id FROM investments WHERE rowid IN (SELECT rowid FROM investments_fts WHERE investments_fts MATCH 'title:electric') ORDER BY id`,
			"renault-korea-busan-ev-conversion"},
		{`SELECT id FROM investments WHERE rowid IN (SELECT rowid FROM investments_fts WHERE investments_fts MATCH 'title_ko:부산공장') ORDER BY id`,
			"renault-korea-busan-ev-conversion"},
		{`SELECT id FROM companies WHERE rowid IN (SELECT rowid FROM companies_fts WHERE companies_fts MATCH '르노*') ORDER BY id`,
			"renault-korea"},
	} {
		if got := queryAll(t, db, c.query); got != c.want {
			t.Errorf("%s:\n got %q, want %q", c.query, got, c.want)
		}
	}
	var id, parent, unused int
	var plan string
	err := db.QueryRow(`EXPLAIN QUERY PLAN SELECT * FROM investment_regions WHERE region_code = 'KR-26'`).Scan(&id, &parent, &unused, &plan)
	if err != nil || !strings.Contains(plan, "investment_regions_by_region") {
		t.Errorf("a query by region: plan %q (%v), want investment_regions_by_region", plan, err)
	}
}
