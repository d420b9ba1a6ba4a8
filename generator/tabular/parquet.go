package tabular

import (
	"bytes"
	"fmt"
	"reflect"
	"strconv"

	"github.com/parquet-go/parquet-go"
)

// Parquet encodes t with real types: int64
// for integers, double for decimals, boolean, and UTF-8 strings (dates as
// text at their stated precision, beside their precision column); a
// column that may be empty is optional (null), a required one is not.
// Snappy compression and the given created_by keep the bytes a function
// of the rows.
func Parquet(t *Table, createdBy, version string) ([]byte, error) {
	var b bytes.Buffer
	pw := parquet.NewWriter(&b, parquetSchema(t), parquet.Compression(&parquet.Snappy),
		parquet.CreatedBy(createdBy, version, ""))
	rows := make([]parquet.Row, 0, parquetBatch)
	flush := func() error {
		_, err := pw.WriteRows(rows)
		rows = rows[:0]
		return err
	}
	err := t.Each(func(cells []string) error {
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
	return b.Bytes(), err
}

// parquetBatch is how many rows go to the writer at once.
const parquetBatch = 1024

// parquetSchema is t's columns in their order. parquet.Group sorts its
// fields by name, so the schema is read from a struct type made for t,
// whose fields keep the table's order.
func parquetSchema(t *Table) *parquet.Schema {
	fields := make([]reflect.StructField, len(t.Fields))
	for i, f := range t.Fields {
		typ, tag := parquetGoType(f.Kind), f.Name
		if !f.Required {
			typ, tag = reflect.PointerTo(typ), tag+",optional"
		}
		fields[i] = reflect.StructField{Name: "F" + strconv.Itoa(i), Type: typ, Tag: reflect.StructTag(`parquet:"` + tag + `"`)}
	}
	return parquet.SchemaOf(reflect.New(reflect.StructOf(fields)).Elem().Interface())
}

func parquetGoType(k Kind) reflect.Type {
	switch k {
	case Integer:
		return reflect.TypeFor[int64]()
	case Number:
		return reflect.TypeFor[float64]()
	case Boolean:
		return reflect.TypeFor[bool]()
	}
	return reflect.TypeFor[string]()
}

// parquetRow is one row's values, column i at index i: an empty cell of an
// optional column is null (definition level 0), any other value is
// defined (level 1 when optional).
func parquetRow(t *Table, cells []string) (parquet.Row, error) {
	row := make(parquet.Row, len(cells))
	for i, c := range cells {
		f := t.Fields[i]
		if c == "" && !f.Required {
			row[i] = parquet.Value{}.Level(0, 0, i)
			continue
		}
		v, err := parquetValue(f.Kind, c)
		if err != nil {
			return nil, fmt.Errorf("column %s: %w", f.Name, err)
		}
		def := 0
		if !f.Required {
			def = 1
		}
		row[i] = v.Level(0, def, i)
	}
	return row, nil
}

func parquetValue(k Kind, s string) (parquet.Value, error) {
	switch k {
	case Integer:
		n, err := strconv.ParseInt(s, 10, 64)
		return parquet.Int64Value(n), err
	case Number:
		f, err := exactFloat(s)
		return parquet.DoubleValue(f), err
	case Boolean:
		b, err := strconv.ParseBool(s)
		return parquet.BooleanValue(b), err
	}
	return parquet.ByteArrayValue([]byte(s)), nil
}
