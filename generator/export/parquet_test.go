package export

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"testing"

	"github.com/parquet-go/parquet-go"
)

// TestParquet reads every Parquet file back: its columns are the CSV's,
// in order, with int64 amounts, and every row's values are the CSV's
// cells (null for an empty cell).
func TestParquet(t *testing.T) {
	for _, f := range fixtures(t)[:2] {
		t.Run(f.name, func(t *testing.T) {
			dir, _ := writeTo(t, f.data)
			for _, r := range readPackage(t, dir).Resources {
				if r.Format != "csv" {
					continue
				}
				name := r.Path[:len(r.Path)-len(".csv")]
				header, rows := readCSV(t, filepath.Join(dir, r.Path))
				got, types := readParquet(t, filepath.Join(dir, parquetDir+name+".parquet"))
				if name == "investments" && types["amount_value"] != "INT64 optional" {
					t.Errorf("investments.amount_value is %s, want INT64 optional", types["amount_value"])
				}
				compareParquet(t, name, header, rows, got)
			}
		})
	}
}

// readParquet reads a file's rows as text cells and its columns' types.
func readParquet(t *testing.T, path string) ([][]string, map[string]string) {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	file, err := parquet.OpenFile(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		t.Fatal(err)
	}
	types := map[string]string{}
	for _, f := range file.Schema().Fields() {
		opt := " required"
		if f.Optional() {
			opt = " optional"
		}
		types[f.Name()] = f.Type().Kind().String() + opt
	}
	reader := parquet.NewReader(file)
	var out [][]string
	buf := make([]parquet.Row, 64)
	for {
		n, err := reader.ReadRows(buf)
		for _, row := range buf[:n] {
			out = append(out, parquetCells(row))
		}
		if errors.Is(err, io.EOF) {
			break
		} else if err != nil {
			t.Fatal(err)
		}
	}
	return out, types
}

func parquetCells(row parquet.Row) []string {
	cells := make([]string, len(row))
	for i, v := range row {
		switch {
		case v.IsNull():
		case v.Kind() == parquet.Int64:
			cells[i] = strconv.FormatInt(v.Int64(), 10)
		case v.Kind() == parquet.Double:
			cells[i] = strconv.FormatFloat(v.Double(), 'g', -1, 64)
		case v.Kind() == parquet.Boolean:
			cells[i] = strconv.FormatBool(v.Boolean())
		default:
			cells[i] = string(v.ByteArray())
		}
	}
	return cells
}

func compareParquet(t *testing.T, name string, header []string, want, got [][]string) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%s: %d Parquet rows, %d CSV rows", name, len(got), len(want))
		return
	}
	for k := range want {
		for i := range header {
			if g, w := got[k][i], want[k][i]; g != w && !sameDecimal(g, w) {
				t.Errorf("%s row %d %s: Parquet %q, CSV %q", name, k+1, header[i], g, w)
			}
		}
	}
}

// sameDecimal reports whether a and b are the same decimal written two
// ways (1.16 and 1.160).
func sameDecimal(a, b string) bool {
	x, err1 := strconv.ParseFloat(a, 64)
	y, err2 := strconv.ParseFloat(b, 64)
	return err1 == nil && err2 == nil && x == y
}
