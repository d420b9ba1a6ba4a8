package export

import (
	"encoding/json"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// TestWorkbook reads the workbook back with excelize: a README sheet, then
// one sheet per table with a frozen header, the CSV's rows, numbers and
// booleans as typed cells, and text (a name that starts with "=" included)
// as text, never a formula.
func TestWorkbook(t *testing.T) {
	dir, _ := writeTo(t, trickyDataset())
	f, err := excelize.OpenFile(filepath.Join(dir, workbookPath))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	dp := readPackage(t, dir)
	var want []string
	for _, r := range dp.Resources {
		if r.Format == "csv" {
			want = append(want, strings.TrimSuffix(r.Path, ".csv"))
		}
	}
	if got := f.GetSheetList(); got[0] != "README" || !slices.Equal(got[1:], want) {
		t.Fatalf("sheets %v, want README then %v", got, want)
	}
	for _, name := range want {
		header, rows := readCSV(t, filepath.Join(dir, name+".csv"))
		got, err := f.GetRows(name, excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(rows)+1 || !slices.Equal(got[0], header) {
			t.Errorf("%s: %d rows, header %v; want %d, %v", name, len(got), got[0], len(rows)+1, header)
		}
		if p, err := f.GetPanes(name); err != nil || !p.Freeze || p.YSplit != 1 {
			t.Errorf("%s: panes %+v %v, want the header frozen", name, p, err)
		}
	}
	tests := []struct {
		cell     string
		typ      excelize.CellType
		contains string
	}{
		{"D2", excelize.CellTypeInlineString, "=HYPERLINK"}, // company_name
		{"J2", excelize.CellTypeUnset, "3000000000000"},     // amount_value: a number
		{"X2", excelize.CellTypeBool, "1"},                  // nationwide
	}
	for _, tt := range tests {
		typ, _ := f.GetCellType("investments", tt.cell)
		v, _ := f.GetCellValue("investments", tt.cell, excelize.Options{RawCellValue: true})
		formula, _ := f.GetCellFormula("investments", tt.cell)
		if typ != tt.typ || !strings.Contains(v, tt.contains) || formula != "" {
			t.Errorf("investments!%s: type %v value %q formula %q; want type %v holding %q", tt.cell, typ, v, formula, tt.typ, tt.contains)
		}
	}
}

// TestWorkbookOpenpyxl: openpyxl, an independent reader, finds integers,
// booleans and text where the data package says, and frozen headers.
func TestWorkbookOpenpyxl(t *testing.T) {
	python := requirePython(t, "openpyxl", "python3-openpyxl")
	dir, _ := writeTo(t, trickyDataset())
	script := `import json, sys, openpyxl
wb = openpyxl.load_workbook(sys.argv[1], read_only=False)
ws = wb["investments"]
head = [c.value for c in ws[1]]
row = {h: c.value for h, c in zip(head, ws[2])}
print(json.dumps({"sheets": wb.sheetnames[:2], "freeze": ws.freeze_panes,
  "types": {k: type(row[k]).__name__ for k in ("amount_value", "nationwide", "company_name", "announced")},
  "name": row["company_name"]}))`
	out, err := exec.Command(python, "-c", script, filepath.Join(dir, workbookPath)).Output()
	if err != nil {
		t.Fatalf("python3: %v\n%s", err, stderrOf(err))
	}
	var got struct {
		Sheets []string
		Freeze string
		Types  map[string]string
		Name   string
	}
	if err := json.Unmarshal(out, &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]string{"amount_value": "int", "nationwide": "bool", "company_name": "str", "announced": "str"}
	if got.Sheets[0] != "README" || got.Freeze != "A2" || !mapsEqual(got.Types, want) || got.Name != `=HYPERLINK("http://x","y")` {
		t.Errorf("openpyxl reads %+v; want README first, A2 frozen, types %v, the name as written", got, want)
	}
}

func mapsEqual(a, b map[string]string) bool {
	if len(a) != len(b) {
		return false
	}
	for k, v := range a {
		if b[k] != v {
			return false
		}
	}
	return true
}
