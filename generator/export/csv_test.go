package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestFiltersNeutralise: the "download what I see" CSV of the commitments
// list (site/static/js/filters.js) neutralises cells by the same rule, on
// the same table of cases, run in Node (testdata/filters-neutralise.js):
// the script's own function, and every cell of the CSV it builds from a
// table of those cases.
func TestFiltersNeutralise(t *testing.T) {
	node := requireTool(t, "node", "apt-get install nodejs")
	script, _ := filepath.Abs("testdata/filters-neutralise.js")
	filters, _ := filepath.Abs(filepath.Join(repoRoot, "site", "static", "js", "filters.js"))
	cases, _ := filepath.Abs(neutraliseCases)
	out, err := exec.Command(node, script, filters, cases).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	n := countCases(t)
	if want := fmt.Sprintf("ok: %d cases, %d cells\n", n, n); string(out) != want {
		t.Errorf("node printed %q, want %q", out, want)
	}
}

// TestFormulaNeutralised: the company named =HYPERLINK(...) reaches every
// canonical CSV as written, and every spreadsheet copy with a quote before
// it; no text cell of a spreadsheet copy starts a formula.
func TestFormulaNeutralised(t *testing.T) {
	dir, m := writeTo(t, trickyDataset())
	const name = `=HYPERLINK("http://x","y")`
	want := []struct{ path, column, cell string }{
		{"companies.csv", "name", name},
		{"investments.csv", "company_name", name},
		{"companies/synthetic-co-1.csv", "company_name", name},
		{excelDir + "companies.csv", "name", "'" + name},
		{excelDir + "investments.csv", "company_name", "'" + name},
	}
	for _, w := range want {
		header, rows := readCSV(t, filepath.Join(dir, w.path))
		i := slices.Index(header, w.column)
		if !slices.ContainsFunc(rows, func(r []string) bool { return r[i] == w.cell }) {
			t.Errorf("%s: no %s cell is %s", w.path, w.column, w.cell)
		}
	}
	raw, _ := os.ReadFile(filepath.Join(dir, excelDir+"companies.csv"))
	if !bytes.Contains(raw, []byte(`,"'=HYPERLINK(""http://x"",""y"")",`)) {
		t.Errorf("excel/companies.csv does not hold the quoted, neutralised cell:\n%s", raw)
	}
	for _, f := range m.Files {
		if strings.HasPrefix(f.Path, excelDir) {
			checkNoFormula(t, dir, f.Path)
		}
	}
}

// checkNoFormula fails on a cell that starts with a trigger, in any column
// but the numeric ones (which hold no negative numbers: amounts are >= 0).
func checkNoFormula(t *testing.T, dir, path string) {
	t.Helper()
	_, rows := readCSV(t, filepath.Join(dir, path))
	for n, r := range rows {
		for _, c := range r {
			if c != "" && isTrigger(c[0]) {
				t.Errorf("%s row %d: cell %q starts a formula", path, n+1, c)
			}
		}
	}
}

// TestExcelFlavour: each main table (not the long-format link tables) has
// a spreadsheet flavour, excel/<name>.csv, which reads as the canonical
// file once its text cells are un-neutralised; the canonical files, which
// the data package describes, have no byte-order mark (readCSV checks).
func TestExcelFlavour(t *testing.T) {
	dir, m := writeTo(t, trickyDataset())
	var want []string
	for _, r := range readPackage(t, dir).Resources {
		if strings.HasPrefix(r.Path, excelDir) {
			t.Errorf("the data package lists the Excel flavour %s", r.Path)
		}
		if r.Format != "csv" || strings.HasPrefix(r.Name, "investment-") || strings.HasPrefix(r.Name, "company-") || r.Name == "package-companies" {
			continue
		}
		want = append(want, excelDir+r.Path)
		header, rows := readCSV(t, filepath.Join(dir, r.Path))
		excelHeader, excelRows := readCSV(t, filepath.Join(dir, excelDir+r.Path))
		for _, row := range excelRows {
			for i := range row {
				row[i] = unneutralise(row[i])
			}
		}
		if !slices.Equal(header, excelHeader) || !slices.EqualFunc(rows, excelRows, slices.Equal) {
			t.Errorf("%s, un-neutralised, is not %s", excelDir+r.Path, r.Path)
		}
	}
	var got []string
	for _, f := range m.Files {
		if strings.HasPrefix(f.Path, excelDir) && strings.HasSuffix(f.Path, ".csv") {
			got = append(got, f.Path)
		}
	}
	slices.Sort(want)
	if !slices.Equal(got, want) {
		t.Errorf("Excel flavour of %v, want %v", got, want)
	}
}

// neutraliseCases is the one table of cases for tabular's neutralise and
// for the same rule in site/static/js/filters.js.
const neutraliseCases = "../tabular/testdata/neutralise.json"

func countCases(t *testing.T) int {
	t.Helper()
	b, err := os.ReadFile(neutraliseCases)
	if err != nil {
		t.Fatal(err)
	}
	var cases []json.RawMessage
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	return len(cases)
}
