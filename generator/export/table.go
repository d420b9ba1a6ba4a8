package export

import (
	"strconv"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// column is a field, where its description comes from, and how to read
// its cell from a row of type T.
type column[T any] struct {
	tabular.Field
	ref ref
	get func(T) string
}

func col[T any](name string, k tabular.Kind, r ref, get func(T) string) column[T] {
	return column[T]{Field: tabular.Field{Name: name, Kind: k}, ref: r, get: get}
}

// req marks a column that is never empty.
func req[T any](c column[T]) column[T] {
	c.Required = true
	return c
}

// table is a published table with where its fields' descriptions come from.
type table struct {
	tabular.Table
	refs []ref
	// excel says the table also gets an Excel flavour (see csvFile).
	excel bool
}

// meta is what a table is besides its columns and rows.
type meta struct {
	name, title, description string
	primaryKey               []string
	foreignKeys              []tabular.ForeignKey
	excel                    bool
}

func newTable[T any](m meta, rows []T, cols []column[T]) *table {
	t := &table{Table: tabular.Table{Name: m.name, Title: m.title, Description: m.description,
		PrimaryKey: m.primaryKey, ForeignKeys: m.foreignKeys, Rows: len(rows)}, excel: m.excel}
	for _, c := range cols {
		t.Fields, t.refs = append(t.Fields, c.Field), append(t.refs, c.ref)
	}
	t.RowsIn = func(lo, hi int, emit func([]string) error) error {
		cells := make([]string, len(cols))
		for _, r := range rows[lo:hi] {
			for i, c := range cols {
				cells[i] = c.get(r)
			}
			if err := emit(cells); err != nil {
				return err
			}
		}
		return nil
	}
	return t
}

// describe fills each field's description and allowed values from the
// schemas and marks primary key fields required.
func (t *table) describe(d docs) error {
	for i := range t.Fields {
		f := &t.Fields[i]
		p, err := d.resolve(t.refs[i])
		if err != nil {
			return err
		}
		f.Description, f.Enum = p.Description, p.Enum
		for _, k := range t.PrimaryKey {
			f.Required = f.Required || k == f.Name
		}
	}
	return nil
}

// plain is the tables as the encoders take them.
func plain(tabs []*table) []*tabular.Table {
	out := make([]*tabular.Table, len(tabs))
	for i, t := range tabs {
		out[i] = &t.Table
	}
	return out
}

// Cell formatters. An empty cell means the JSON field is absent.

func integer(n int64) string { return strconv.FormatInt(n, 10) }

// nonZero writes 0 as an empty cell, for fields that omit a zero.
func nonZero[N int | int64](n N) string {
	if n == 0 {
		return ""
	}
	return strconv.FormatInt(int64(n), 10)
}

func optional(n *int64) string {
	if n == nil {
		return ""
	}
	return integer(*n)
}

func boolean(b bool) string { return strconv.FormatBool(b) }

// joined writes a list as one cell, separated by ";" (ids and enumeration
// values never contain one); the link tables hold the same lists row by row.
func joined[S ~string](s []S) string {
	parts := make([]string, len(s))
	for i, v := range s {
		parts[i] = string(v)
	}
	return strings.Join(parts, ";")
}
