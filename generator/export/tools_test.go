package export

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/thorough"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// csvPaths lists every CSV file a Write produced.
func csvPaths(m *record.Manifest) []string {
	var out []string
	for _, f := range m.Files {
		if strings.HasSuffix(f.Path, ".csv") {
			out = append(out, f.Path)
		}
	}
	return out
}

// TestPythonCSV: Python's csv module, in strict mode, reads every CSV file
// to exactly the cells encoding/csv reads.
func TestPythonCSV(t *testing.T) {
	python := requireTool(t, "python3", "apt-get install python3")
	script, _ := filepath.Abs("testdata/parse_csv.py")
	for _, f := range fixtures(t)[:2] {
		t.Run(f.name, func(t *testing.T) {
			dir, m := writeTo(t, f.data)
			paths := csvPaths(m)
			out, err := exec.Command(python, append([]string{script, dir}, paths...)...).Output()
			if err != nil {
				t.Fatalf("python3: %v\n%s", err, stderrOf(err))
			}
			var got map[string][][]string
			if err := json.Unmarshal(out, &got); err != nil {
				t.Fatal(err)
			}
			for _, p := range paths {
				header, rows := readCSV(t, filepath.Join(dir, p))
				if want := append([][]string{header}, rows...); !slices.EqualFunc(got[p], want, slices.Equal) {
					t.Errorf("%s: Python reads %q,\nencoding/csv %q", p, got[p], want)
				}
			}
		})
	}
}

func stderrOf(err error) string {
	if ee, ok := err.(*exec.ExitError); ok {
		return string(ee.Stderr)
	}
	return ""
}

// TestCSVClean: csvkit's csvclean finds no error in any CSV file.
func TestCSVClean(t *testing.T) {
	csvclean := requireTool(t, "csvclean", "apt-get install csvkit")
	dir, m := writeTo(t, trickyDataset())
	for _, p := range csvPaths(m) {
		// A Python process per file is the package's slowest step: outside
		// CI (thorough.On), only the main table in both flavours.
		if !thorough.On() && path.Base(p) != "investments.csv" {
			continue
		}
		t.Run(p, func(t *testing.T) {
			t.Parallel() // keep both cores busy
			encoding := "utf-8"
			if strings.HasPrefix(p, excelDir) {
				encoding = "utf-8-sig"
			}
			out, err := exec.Command(csvclean, "-n", "-e", encoding, filepath.Join(dir, p)).CombinedOutput()
			if err != nil || string(out) != "No errors.\n" {
				t.Errorf("csvclean %s: %v\n%s", p, err, out)
			}
		})
	}
}

// TestSHA256SUMS: coreutils' sha256sum verifies every file it lists.
func TestSHA256SUMS(t *testing.T) {
	sha256sum := requireTool(t, "sha256sum", "apt-get install coreutils")
	dir, _ := writeTo(t, trickyDataset())
	cmd := exec.Command(sha256sum, "--strict", "--quiet", "-c", checksumsPath)
	cmd.Dir = dir
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Errorf("sha256sum -c: %v\n%s", err, out)
	}
}

// TestDataPackageValidator: the Frictionless datapackage library for
// JavaScript (npm "datapackage", installed in .ci/) validates the
// descriptor offline and reads every table with types cast, constraints
// checked and foreign keys resolved, in the folder exactly as published.
// (That library reads a byte-order mark into the first header name, which
// is one reason the canonical CSV files have none.)
func TestDataPackageValidator(t *testing.T) {
	node := requireTool(t, "node", "apt-get install nodejs")
	modules, _ := filepath.Abs(filepath.Join(repoRoot, ".ci", "node_modules"))
	if _, err := os.Stat(filepath.Join(modules, "datapackage")); err != nil {
		requireTool(t, "no-datapackage-module", "npm ci --prefix .ci")
	}
	script, _ := filepath.Abs("testdata/validate-datapackage.js")
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			dir, _ := writeTo(t, f.data)
			cmd := exec.Command(node, script, dir)
			cmd.Env = append(os.Environ(), "NODE_PATH="+modules)
			out, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("datapackage: %v\n%s", err, out)
			}
			for _, r := range readPackage(t, dir).Resources {
				_, rows := readCSV(t, filepath.Join(dir, r.Path))
				if line := r.Name + " " + itoa(len(rows)); !bytes.Contains(out, []byte(line+"\n")) {
					t.Errorf("datapackage output lacks %q:\n%s", line, out)
				}
			}
		})
	}
}
