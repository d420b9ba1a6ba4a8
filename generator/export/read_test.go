package export

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// unneutralise undoes the spreadsheet flavour's neutralising (the rule is
// tabular's; tested there): what a reader does to get a text cell's
// original value (see the README).
func unneutralise(s string) string {
	if len(s) > 1 && s[0] == '\'' && (isTrigger(s[1]) || s[1] == '\'') {
		return s[1:]
	}
	return s
}

// readCSV parses a CSV file with encoding/csv after checking its flavour:
// a file in excel/ starts with a byte-order mark, any other file does not.
func readCSV(t testing.TB, path string) (header []string, rows [][]string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	excel := filepath.Base(filepath.Dir(path)) == strings.TrimSuffix(excelDir, "/")
	if hasBOM := bytes.HasPrefix(b, []byte(tabular.BOM)); hasBOM != excel {
		t.Fatalf("%s: starts with a byte-order mark: %v, want %v", path, hasBOM, excel)
	}
	all, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(b, []byte(tabular.BOM)))).ReadAll()
	if err != nil || len(all) == 0 {
		t.Fatalf("parse %s: %v", path, err)
	}
	return all[0], all[1:]
}

// readPackage decodes dir/datapackage.json: its CSV resources in
// Resources, the other files in Files.
func readPackage(t testing.TB, dir string) (dp struct {
	Version   string
	Resources []resource
	Files     []fileResource
}) {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, dataPackagePath))
	if err != nil {
		t.Fatal(err)
	}
	var all struct {
		dataPackage
		Resources []json.RawMessage `json:"resources"`
	}
	mustUnmarshal(t, dataPackagePath, b, &all)
	dp.Version = all.Version
	for _, raw := range all.Resources {
		var r resource
		mustUnmarshal(t, dataPackagePath, raw, &r)
		if r.Format == "csv" {
			dp.Resources = append(dp.Resources, r)
			continue
		}
		var f fileResource
		mustUnmarshal(t, dataPackagePath, raw, &f)
		dp.Files = append(dp.Files, f)
	}
	return dp
}

// readResource reads a data package resource as maps from column name to
// cell, as they are: the canonical files are lossless.
func readResource(t testing.TB, dir string, r resource) []map[string]string {
	t.Helper()
	header, rows := readCSV(t, filepath.Join(dir, r.Path))
	if len(header) != len(r.Schema.Fields) {
		t.Fatalf("%s: header has %d columns, schema %d", r.Path, len(header), len(r.Schema.Fields))
	}
	out := make([]map[string]string, len(rows))
	for k, row := range rows {
		m := map[string]string{}
		for i, f := range r.Schema.Fields {
			if header[i] != f.Name {
				t.Fatalf("%s: column %d is %q, schema says %q", r.Path, i, header[i], f.Name)
			}
			m[f.Name] = row[i]
		}
		out[k] = m
	}
	return out
}

// readTables reads every resource of dir's data package, by resource path.
func readTables(t testing.TB, dir string) map[string][]map[string]string {
	t.Helper()
	out := map[string][]map[string]string{}
	for _, r := range readPackage(t, dir).Resources {
		out[r.Path] = readResource(t, dir, r)
	}
	return out
}

func readJSON[T any](t testing.TB, path string) T {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var v T
	if err := json.Unmarshal(b, &v); err != nil {
		t.Fatalf("decode %s: %v", path, err)
	}
	return v
}

func atoi(t testing.TB, s string) int64 {
	t.Helper()
	if s == "" {
		return 0
	}
	n, err := strconv.ParseInt(s, 10, 64)
	if err != nil {
		t.Fatalf("not an integer: %q", s)
	}
	return n
}

func parseBool(t testing.TB, s string) bool {
	t.Helper()
	b, err := strconv.ParseBool(s)
	if err != nil {
		t.Fatalf("not a boolean: %q", s)
	}
	return b
}

// isTrigger reports whether a spreadsheet may read a cell starting with c
// as a formula.
func isTrigger(c byte) bool { return strings.IndexByte("=+-@\t\r", c) >= 0 }
