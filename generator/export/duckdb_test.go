package export

import (
	"encoding/json"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"strings"
	"testing"
)

// duckDB runs SQL statements in DuckDB (npm's @duckdb/node-api, a dev
// dependency in .ci/package.json) and returns each one's row count and
// column types. Without node or the module it skips, or fails in CI.
type duckDB func(t *testing.T, sql ...string) []duckResult

type duckResult struct {
	Rows  int
	Types map[string]string
}

func requireDuckDB(t *testing.T) duckDB {
	t.Helper()
	node := requireTool(t, "node", "apt-get install nodejs")
	modules, _ := filepath.Abs(filepath.Join(repoRoot, ".ci", "node_modules"))
	if _, err := os.Stat(filepath.Join(modules, "@duckdb", "node-api")); err != nil {
		requireTool(t, "no-@duckdb/node-api-module", "DuckDB for the tests: npm ci --prefix .ci")
	}
	script, _ := filepath.Abs("testdata/duckdb-query.js")
	return func(t *testing.T, sql ...string) []duckResult {
		t.Helper()
		cmd := exec.Command(node, append([]string{script}, sql...)...)
		cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
		out, err := cmd.Output()
		if err != nil {
			t.Fatalf("duckdb %q: %v\n%s", sql, err, stderrOf(err))
		}
		var got []duckResult
		if err := json.Unmarshal(out, &got); err != nil || len(got) != len(sql) {
			t.Fatalf("duckdb: %d results of %d statements (%v)", len(got), len(sql), err)
		}
		return got
	}
}

// TestDuckDBSnippet runs the data page's DuckDB snippet: it reads every
// commitment, with amounts as 64-bit integers and dates as text.
func TestDuckDBSnippet(t *testing.T) {
	duck := requireDuckDB(t)
	for _, f := range fixtures(t)[:2] {
		t.Run(f.name, func(t *testing.T) {
			dir, _ := writeTo(t, f.data)
			got := duck(t, snippet(t, "sql", dir))[0]
			rows, types := got.Rows, got.Types
			if want := len(f.data.Investments); rows != want {
				t.Errorf("DuckDB reads %d rows, want %d", rows, want)
			}
			for col, want := range map[string]string{"amount_value": "BIGINT", "value_usd": "BIGINT", "usd_min": "BIGINT", "usd_max": "BIGINT",
				"period_start": "BIGINT", "announced": "VARCHAR", "counts_toward_korea_total": "BOOLEAN"} {
				if types[col] != want {
					t.Errorf("%s: DuckDB reads %s, want %s", col, types[col], want)
				}
			}
		})
	}
}

// duckTypes are DuckDB's types for the data package's field types.
var duckTypes = map[string]string{"integer": "BIGINT", "boolean": "BOOLEAN", "number": "DOUBLE", "string": "VARCHAR"}

// TestParquetInDuckDB reads every Parquet file in DuckDB: each has its
// CSV table's rows and columns, typed as the data package types them
// (integers as BIGINT, so amounts are 64-bit integers).
func TestParquetInDuckDB(t *testing.T) {
	duck := requireDuckDB(t)
	dir, _ := writeTo(t, fixtures(t)[0].data)
	tables := readPackage(t, dir).Resources
	if len(tables) == 0 {
		t.Fatal("the data package lists no table")
	}
	var sql []string
	for _, r := range tables {
		file := filepath.Join(dir, "parquet", strings.TrimSuffix(path.Base(r.Path), ".csv")+".parquet")
		sql = append(sql, "SELECT * FROM read_parquet('"+filepath.ToSlash(file)+"')")
	}
	got := duck(t, sql...)
	for i, r := range tables {
		file, rows, types := sql[i], got[i].Rows, got[i].Types
		_, csvRows := readCSV(t, filepath.Join(dir, r.Path))
		if rows != len(csvRows) {
			t.Errorf("%s: DuckDB reads %d rows, the CSV has %d", file, rows, len(csvRows))
		}
		if len(types) != len(r.Schema.Fields) {
			t.Errorf("%s: %d columns, the CSV has %d", file, len(types), len(r.Schema.Fields))
		}
		for _, f := range r.Schema.Fields {
			if want := duckTypes[f.Type]; types[f.Name] != want {
				t.Errorf("%s %s: DuckDB reads %s, want %s (%s)", r.Name, f.Name, types[f.Name], want, f.Type)
			}
		}
	}
}
