// Package tabular is the model of a published table (typed columns and rows
// produced on demand) and its encodings: RFC 4180 CSV, a SQLite database,
// Parquet and an Excel workbook. Every encoding is a function of the rows,
// so two builds of the same records give the same bytes.
package tabular

// Kind is a column's type; it decides the Table Schema type, the SQLite,
// Parquet and spreadsheet types and whether a spreadsheet CSV cell is
// neutralised against formulas.
type Kind int

const (
	String  Kind = iota
	Integer      // a whole number, written without separators or exponent
	Number       // a decimal, REAL in SQLite when a double holds it exactly
	Boolean      // "true" or "false"
	Date         // YYYY, YYYY-MM or YYYY-MM-DD, as stated by the source
)

// TableSchemaType is k's Frictionless Table Schema type. A date is a
// string: Table Schema's date types cannot mix years, months and days.
func (k Kind) TableSchemaType() string {
	switch k {
	case Integer:
		return "integer"
	case Number:
		return "number"
	case Boolean:
		return "boolean"
	}
	return "string"
}

// Field is a column as the data package and SQLite describe it.
type Field struct {
	Name     string
	Kind     Kind
	Required bool
	// Description and Enum are filled from the schemas when the tables
	// are built.
	Description string
	Enum        []string
}

// ForeignKey says that Fields hold a key of Resource (the table itself when "").
type ForeignKey struct {
	Fields    []string
	Resource  string
	RefFields []string
}

// Table is one CSV file and SQLite table: its description and its rows,
// produced on demand so that large tables are never held as strings twice.
type Table struct {
	Name, Title, Description string
	Fields                   []Field
	PrimaryKey               []string
	ForeignKeys              []ForeignKey
	// Rows is the number of rows.
	Rows int
	// RowsIn calls emit with the cells of rows lo to hi-1 in order; cells
	// is reused. Ranges let a table be encoded on several cores.
	RowsIn func(lo, hi int, emit func(cells []string) error) error
}

// Each calls emit with the cells of every row in order; cells is reused.
func (t *Table) Each(emit func(cells []string) error) error { return t.RowsIn(0, t.Rows, emit) }

// Header is the column names in order.
func (t *Table) Header() []string {
	names := make([]string, len(t.Fields))
	for i, f := range t.Fields {
		names[i] = f.Name
	}
	return names
}
