package export

import (
	"fmt"

	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// dtypesPath is the type map for data tools that cannot read a data
// package: pandas and R's readr guess a column's type from its cells, and
// guess wrong (an amount with an empty cell becomes a float, a year a
// number), so the data page's snippets pass this map instead.
const dtypesPath = "dtypes.json"

// dtypeMap is dtypes.json: for each CSV file, its columns' types in
// pandas' names and as readr's compact col_types string.
type dtypeMap struct {
	Description string                       `json:"description"`
	Pandas      map[string]map[string]string `json:"pandas"`
	Readr       map[string]string            `json:"readr"`
}

// pandasType is the pandas dtype that reads a column of kind k exactly:
// nullable integers (an empty cell is <NA>, not a float NaN), dates as
// text at their stated precision.
func pandasType(k tabular.Kind) string {
	switch k {
	case tabular.Integer:
		return "Int64"
	case tabular.Number:
		return "float64"
	case tabular.Boolean:
		return "boolean"
	}
	return "string"
}

// readrType is readr's one-letter code for kind k: big integers ("I",
// 64 bits; "i" is 32 and would overflow), doubles, logicals, text.
func readrType(k tabular.Kind) string {
	switch k {
	case tabular.Integer:
		return "I"
	case tabular.Number:
		return "d"
	case tabular.Boolean:
		return "l"
	}
	return "c"
}

// dtypes writes dtypes.json for every table's CSV file.
func (w *writer) dtypes(tabs []*table) error {
	m := dtypeMap{
		Description: "Column types of each CSV file for pandas (read_csv(dtype=..., keep_default_na=False, na_values=[''])) and readr (read_csv(col_types=...)): " +
			"64-bit integers, nullable; dates as text at their stated precision; booleans. companies/<id>.csv and regions/<code>.csv have the types of investments.csv.",
		Pandas: map[string]map[string]string{}, Readr: map[string]string{},
	}
	for _, t := range tabs {
		cols, codes := map[string]string{}, ""
		for _, f := range t.Fields {
			cols[f.Name] = pandasType(f.Kind)
			codes += readrType(f.Kind)
		}
		m.Pandas[t.Name+".csv"], m.Readr[t.Name+".csv"] = cols, codes
	}
	b, err := marshalJSON(m)
	if err != nil {
		return fmt.Errorf("encode %s: %w", dtypesPath, err)
	}
	return w.put(dtypesPath, jsonMediaType, "The column types of every CSV file for pandas and readr, as the data page's snippets use them.", b)
}
