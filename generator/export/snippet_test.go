package export

import (
	"encoding/json"
	"html"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// dataPageTemplate holds the data page's snippets, the one copy a reader
// pastes and these tests run.
const dataPageTemplate = repoRoot + "/site/layouts/data/section.html"

// snippet is the code of the data page's snippet in lang, with the data
// folder's URL set to dir as a file URL.
func snippet(t *testing.T, lang, dir string) string {
	t.Helper()
	b, err := os.ReadFile(dataPageTemplate)
	if err != nil {
		t.Fatal(err)
	}
	re := regexp.MustCompile(`(?s)<pre class="snippet" data-lang="` + lang + `"[^>]*><code>(.*?)</code></pre>`)
	m := re.FindSubmatch(b)
	if m == nil {
		t.Fatalf("%s has no %s snippet", dataPageTemplate, lang)
	}
	code := strings.ReplaceAll(string(m[1]), "{{ $v.files }}", "file://"+filepath.ToSlash(dir)+"/")
	if strings.Contains(code, "{{") {
		t.Fatalf("the %s snippet uses a template value the test does not set:\n%s", lang, code)
	}
	return html.UnescapeString(code)
}

// requirePython is a python3 that imports module: the first on the PATH
// may be a separate installation without Debian's packages.
func requirePython(t *testing.T, module, pkg string) string {
	t.Helper()
	requireTool(t, "python3", "apt-get install python3")
	for _, p := range []string{"python3", "/usr/bin/python3"} {
		if exec.Command(p, "-c", "import "+module).Run() == nil {
			return p
		}
	}
	return requireTool(t, "python3-with-"+module, "apt-get install "+pkg)
}

// pandasReport is what the pandas snippet is followed by: the table's
// row count, dtypes and cells as text ("" for <NA>).
const pandasReport = `
cells = investments.astype(object).where(investments.notna(), "").astype(str)
print(json.dumps({"rows": len(investments),
                  "dtypes": {c: str(t) for c, t in investments.dtypes.items()},
                  "cells": cells.values.tolist()}))
`

// TestPandasSnippet runs the data page's pandas snippet on the seed and
// the tricky records: amounts read as 64-bit integers, dates as text,
// every column as dtypes.json says, and every cell as the CSV file holds
// it (so that no "NA" in a title becomes a missing value).
func TestPandasSnippet(t *testing.T) {
	python := requirePython(t, "pandas", "python3-pandas")
	for _, f := range fixtures(t)[:2] {
		t.Run(f.name, func(t *testing.T) {
			dir, _ := writeTo(t, f.data)
			out, err := exec.Command(python, "-c", snippet(t, "python", dir)+pandasReport).Output()
			if err != nil {
				t.Fatalf("python3: %v\n%s", err, stderrOf(err))
			}
			var got struct {
				Rows   int
				Dtypes map[string]string
				Cells  [][]string
			}
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatal(err)
			}
			header, rows := readCSV(t, filepath.Join(dir, "investments.csv"))
			if got.Rows != len(rows) {
				t.Errorf("pandas reads %d rows, want %d", got.Rows, len(rows))
			}
			want := readJSON[dtypeMap](t, filepath.Join(dir, dtypesPath)).Pandas["investments.csv"]
			for col, typ := range map[string]string{"amount_value": "Int64", "value_usd": "Int64", "usd_min": "Int64", "period_start": "Int64", "announced": "string"} {
				if want[col] != typ || got.Dtypes[col] != typ {
					t.Errorf("%s: pandas reads %s, dtypes.json says %s, want %s", col, got.Dtypes[col], want[col], typ)
				}
			}
			comparePandasCells(t, header, rows, got.Cells, got.Dtypes)
		})
	}
}

// comparePandasCells compares pandas' cells with the CSV's: booleans as
// pandas prints them (True), everything else exactly.
func comparePandasCells(t *testing.T, header []string, rows, cells [][]string, dtypes map[string]string) {
	t.Helper()
	if len(cells) != len(rows) {
		return
	}
	for r, row := range rows {
		for i, want := range row {
			got := cells[r][i]
			if dtypes[header[i]] == "boolean" {
				got = strings.ToLower(got)
			}
			if got != want {
				t.Errorf("row %d %s: pandas reads %q, the CSV holds %q", r+1, header[i], got, want)
			}
		}
	}
}

// TestShellSnippet runs the data page's sqlite3 snippet in a new folder
// (Datasette, which CI does not install, is stood in for by a function
// that echoes its command): it fetches the database and its metadata and
// a full-text search finds the seed's data centres.
func TestShellSnippet(t *testing.T) {
	bash := requireTool(t, "bash", "apt-get install bash")
	requireTool(t, "curl", "apt-get install curl")
	requireTool(t, "sqlite3", "apt-get install sqlite3")
	dir, _ := writeTo(t, fixtures(t)[0].data)
	cmd := exec.Command(bash, "-c", "set -e\ndatasette() { echo \"datasette $*\"; }\n"+snippet(t, "shell", dir))
	cmd.Dir = t.TempDir()
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("bash: %v\n%s", err, stderrOf(err))
	}
	for _, want := range []string{"id|title\n", "aws-ulsan-ai-data-hub|", "datasette korea-investment-tracker.sqlite --metadata metadata.json"} {
		if !strings.Contains(string(out), want) {
			t.Errorf("the snippet's output lacks %q:\n%s", want, out)
		}
	}
	for _, name := range []string{databasePath, datasettePath} {
		if _, err := os.Stat(filepath.Join(cmd.Dir, name)); err != nil {
			t.Errorf("the snippet did not fetch %s: %v", name, err)
		}
	}
}
