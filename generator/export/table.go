package export

import (
	"strconv"
	"strings"
)

// kind is a column's type; it decides the Table Schema type, the SQLite
// type and whether the CSV cell is neutralised against formulas.
type kind int

const (
	kindString  kind = iota
	kindInteger      // a whole number, written without separators or exponent
	kindNumber       // a decimal, REAL in SQLite when a double holds it exactly
	kindBoolean      // "true" or "false"
	kindDate         // YYYY, YYYY-MM or YYYY-MM-DD, as stated by the source
)

// field is a column as the data package and SQLite describe it.
type field struct {
	name     string
	kind     kind
	ref      ref
	required bool
	// description and enum are filled from ref when the tables are built.
	description string
	enum        []string
}

// column is a field and how to read its cell from a row of type T.
type column[T any] struct {
	field
	get func(T) string
}

func col[T any](name string, k kind, r ref, get func(T) string) column[T] {
	return column[T]{field: field{name: name, kind: k, ref: r}, get: get}
}

// req marks a column that is never empty.
func req[T any](c column[T]) column[T] {
	c.required = true
	return c
}

// foreignKey says that fields hold a key of resource (the table itself when "").
type foreignKey struct {
	fields    []string
	resource  string
	refFields []string
}

// table is one CSV file and SQLite table: its description and its rows,
// produced on demand so that large tables are never held as strings twice.
type table struct {
	name, title, description string
	fields                   []field
	primaryKey               []string
	foreignKeys              []foreignKey
	// excel says the table also gets an Excel flavour (see excelFiles).
	excel bool
	// rows is the number of rows.
	rows int
	// rowsIn calls emit with the cells of rows lo to hi-1 in order; cells
	// is reused. Ranges let the export encode one table on several cores.
	rowsIn func(lo, hi int, emit func(cells []string) error) error
}

// each calls emit with the cells of every row in order; cells is reused.
func (t *table) each(emit func(cells []string) error) error { return t.rowsIn(0, t.rows, emit) }

// meta is what a table is besides its columns and rows.
type meta struct {
	name, title, description string
	primaryKey               []string
	foreignKeys              []foreignKey
	excel                    bool
}

func newTable[T any](m meta, rows []T, cols []column[T]) *table {
	t := &table{name: m.name, title: m.title, description: m.description,
		primaryKey: m.primaryKey, foreignKeys: m.foreignKeys, excel: m.excel, rows: len(rows)}
	for _, c := range cols {
		t.fields = append(t.fields, c.field)
	}
	t.rowsIn = func(lo, hi int, emit func([]string) error) error {
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
	for i := range t.fields {
		f := &t.fields[i]
		p, err := d.resolve(f.ref)
		if err != nil {
			return err
		}
		f.description, f.enum = p.Description, p.Enum
		for _, k := range t.primaryKey {
			f.required = f.required || k == f.name
		}
	}
	return nil
}

func (t *table) header() []string {
	names := make([]string, len(t.fields))
	for i, f := range t.fields {
		names[i] = f.name
	}
	return names
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
