package export

import (
	"fmt"

	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// parquetDir is the folder of the Parquet files, one per table.
const parquetDir = "parquet/"

// parquetFile writes t as parquet/<name>.parquet (tabular.Parquet).
func (w *writer) parquetFile(t *table) error {
	b, err := tabular.Parquet(&t.Table, "korea-investment-tracker", formatVersion)
	if err != nil {
		return fmt.Errorf("%s%s.parquet: %w", parquetDir, t.Name, err)
	}
	return w.put(parquetDir+t.Name+".parquet", "application/vnd.apache.parquet",
		"As "+t.Name+".csv, in Parquet with typed columns (int64 amounts, nullable where a cell may be empty).", b)
}
