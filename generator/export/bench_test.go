package export

import (
	"encoding/csv"
	"os"
	"path/filepath"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/cputime"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// benchPublication is a synthetic publication of 10,000 companies and
// 100,000 investments, built in memory.
func benchPublication(b *testing.B) *publication.Publication {
	b.Helper()
	return publication.Build(syntheticDataset(10_000, 100_000))
}

// BenchmarkWrite is the whole export: JSON, CSV, per-page files, data
// package, SQLite and checksums, into a fresh folder each time. MB/s
// counts every byte written.
func BenchmarkWrite(b *testing.B) {
	p := benchPublication(b)
	var total int64
	defer reportCPU(b)()
	for b.Loop() {
		m, err := Write(b.TempDir(), p, testOptions(b))
		if err != nil {
			b.Fatal(err)
		}
		total = 0
		for _, f := range m.Files {
			total += f.Bytes
		}
	}
	b.SetBytes(total)
}

// BenchmarkCSVTables writes the data package's CSV tables with this
// package's encoder, for comparison with BenchmarkEncodingCSV:
// "canonical" does what the baseline does (encode, write one file per
// table); "published" does what Write does for each table (also the SHA-256
// for the manifest, and the main tables' Excel copies). MB/s counts the
// canonical files' bytes in both.
func BenchmarkCSVTables(b *testing.B) {
	tabs, err := tables(newView(benchPublication(b)), testNames(b))
	if err != nil {
		b.Fatal(err)
	}
	write := map[string]func(dir string, t *table) (int64, error){
		"canonical": func(dir string, t *table) (int64, error) {
			data, err := tabular.EncodeRows(tabular.AppendHeader(nil, &t.Table), &t.Table, 0, t.Rows, nil, tabular.Canonical)
			if err != nil {
				return 0, err
			}
			return int64(len(data)), os.WriteFile(filepath.Join(dir, t.Name+".csv"), data, 0o644)
		},
		"published": func(dir string, t *table) (int64, error) {
			parts, err := tabular.Whole(&t.Table, tabular.Canonical)
			if err != nil {
				return 0, err
			}
			w := &writer{dir: dir, files: map[string]record.DataFile{}}
			return int64(len(parts[0])), w.csvFile(t, parts, func() ([][]byte, error) { return tabular.Whole(&t.Table, tabular.Spreadsheet) })
		},
	}
	for _, name := range []string{"canonical", "published"} {
		b.Run(name, func(b *testing.B) {
			var total int64
			defer reportCPU(b)()
			for b.Loop() {
				dir, n := b.TempDir(), int64(0)
				for _, t := range tabs {
					m, err := write[name](dir, t)
					if err != nil {
						b.Fatal(err)
					}
					n += m
				}
				total = n
			}
			b.SetBytes(total)
		})
	}
}

// BenchmarkEncodingCSV is the baseline: the same rows, already computed,
// written with encoding/csv alone (no BOM, no neutralisation, "\n" line ends).
func BenchmarkEncodingCSV(b *testing.B) {
	tabs, err := tables(newView(benchPublication(b)), testNames(b))
	if err != nil {
		b.Fatal(err)
	}
	rows := make([][][]string, len(tabs))
	for i, t := range tabs {
		rows[i] = append(rows[i], t.Header())
		t.Each(func(cells []string) error { rows[i] = append(rows[i], append([]string(nil), cells...)); return nil })
	}
	var total int64
	defer reportCPU(b)()
	for b.Loop() {
		dir, n := b.TempDir(), int64(0)
		for i, t := range tabs {
			n += writeEncodingCSV(b, filepath.Join(dir, t.Name+".csv"), rows[i])
		}
		total = n
	}
	b.SetBytes(total)
}

// reportCPU starts counting CPU time and returns the function that reports
// it per operation as cpu-ms/op: unlike ns/op, it does not grow when other
// processes compete for the cores, and it shows what parallelism costs.
func reportCPU(b *testing.B) func() {
	start := cputime.Self()
	return func() {
		if used := cputime.Self() - start; used > 0 && b.N > 0 {
			b.ReportMetric(float64(used.Milliseconds())/float64(b.N), "cpu-ms/op")
		}
	}
}

func writeEncodingCSV(b *testing.B, path string, rows [][]string) int64 {
	f, err := os.Create(path)
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	w := csv.NewWriter(f)
	if err := w.WriteAll(rows); err != nil {
		b.Fatal(err)
	}
	st, err := f.Stat()
	if err != nil {
		b.Fatal(err)
	}
	return st.Size()
}

// BenchmarkSQLite builds the database alone: it runs beside the other
// files and is the longest single job of the export.
func BenchmarkSQLite(b *testing.B) {
	tabs, err := tables(newView(benchPublication(b)), testNames(b))
	if err != nil {
		b.Fatal(err)
	}
	defer reportCPU(b)()
	for b.Loop() {
		if err := tabular.WriteSQLite(filepath.Join(b.TempDir(), "db"), plain(tabs), views); err != nil {
			b.Fatal(err)
		}
	}
}
