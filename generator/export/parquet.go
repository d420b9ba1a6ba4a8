package export

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"

	"github.com/parquet-go/parquet-go"
)

// parquetDir is the folder of the Parquet files, one per table.
const parquetDir = "parquet/"

// parquetFile writes t as parquet/<name>.parquet with real types: int64
// for integers, double for decimals, boolean, and UTF-8 strings (dates as
// text at their stated precision, beside their precision column); a
// column that may be empty is optional (null), a required one is not.
// Snappy compression and a fixed created_by keep the bytes a function of
// the rows.
func (w *writer) parquetFile(t *table) error {
	var b bytes.Buffer
	pw := parquet.NewWriter(&b, parquetSchema(t), parquet.Compression(&parquet.Snappy),
		parquet.CreatedBy("korea-investment-tracker", formatVersion, ""))
	rows := make([]parquet.Row, 0, parquetBatch)
	flush := func() error {
		_, err := pw.WriteRows(rows)
		rows = rows[:0]
		return err
	}
	err := t.each(func(cells []string) error {
		row, err := parquetRow(t, cells)
		if err != nil {
			return err
		}
		if rows = append(rows, row); len(rows) == parquetBatch {
			return flush()
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err == nil {
		err = pw.Close()
	}
	if err != nil {
		return fmt.Errorf("%s%s.parquet: %w", parquetDir, t.name, err)
	}
	return w.put(parquetDir+t.name+".parquet", "application/vnd.apache.parquet",
		"As "+t.name+".csv, in Parquet with typed columns (int64 amounts, nullable where a cell may be empty).", b.Bytes())
}

// parquetBatch is how many rows go to the writer at once.
const parquetBatch = 1024

// parquetSchema is t's columns in their order. parquet.Group sorts its
// fields by name, so the schema is read from a struct type made for t,
// whose fields keep the table's order.
func parquetSchema(t *table) *parquet.Schema {
	fields := make([]reflect.StructField, len(t.fields))
	for i, f := range t.fields {
		typ, tag := parquetGoType(f.kind), f.name
		if !f.required {
			typ, tag = reflect.PointerTo(typ), tag+",optional"
		}
		fields[i] = reflect.StructField{Name: "F" + strconv.Itoa(i), Type: typ, Tag: reflect.StructTag(`parquet:"` + tag + `"`)}
	}
	return parquet.SchemaOf(reflect.New(reflect.StructOf(fields)).Elem().Interface())
}

func parquetGoType(k kind) reflect.Type {
	switch k {
	case kindInteger:
		return reflect.TypeFor[int64]()
	case kindNumber:
		return reflect.TypeFor[float64]()
	case kindBoolean:
		return reflect.TypeFor[bool]()
	}
	return reflect.TypeFor[string]()
}

// parquetRow is one row's values, column i at index i: an empty cell of an
// optional column is null (definition level 0), any other value is
// defined (level 1 when optional).
func parquetRow(t *table, cells []string) (parquet.Row, error) {
	row := make(parquet.Row, len(cells))
	for i, c := range cells {
		f := t.fields[i]
		if c == "" && !f.required {
			row[i] = parquet.Value{}.Level(0, 0, i)
			continue
		}
		v, err := parquetValue(f.kind, c)
		if err != nil {
			return nil, fmt.Errorf("column %s: %w", f.name, err)
		}
		def := 0
		if !f.required {
			def = 1
		}
		row[i] = v.Level(0, def, i)
	}
	return row, nil
}

func parquetValue(k kind, s string) (parquet.Value, error) {
	switch k {
	case kindInteger:
		n, err := strconv.ParseInt(s, 10, 64)
		return parquet.Int64Value(n), err
	case kindNumber:
		f, err := exactFloat(s)
		return parquet.DoubleValue(f), err
	case kindBoolean:
		b, err := strconv.ParseBool(s)
		return parquet.BooleanValue(b), err
	}
	return parquet.ByteArrayValue([]byte(s)), nil
}
