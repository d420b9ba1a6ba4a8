package tabular

import (
	"bytes"
	"strings"
)

// BOM is the UTF-8 byte-order mark that starts the Excel flavour of a CSV
// file. Without it, Excel decodes a CSV file in the system's legacy code
// page (CP949 on Korean Windows, Windows-1252 elsewhere) and garbles
// Hangul. The canonical files go without it: RFC 4180 and the tools that
// follow it (pandas, R, DuckDB, Frictionless) expect plain UTF-8, and some
// of them read the mark into the first column's name.
const BOM = "\ufeff"

// Flavour is which of a table's two CSV files a row is encoded for.
type Flavour bool

const (
	// Canonical files hold exactly the JSON's values: no byte-order mark,
	// no formula neutralisation (pandas, R, DuckDB, Frictionless).
	Canonical Flavour = false
	// Spreadsheet files (excel/) start with a byte-order mark and prefix
	// a text cell that a spreadsheet would run as a formula (neutralise).
	Spreadsheet Flavour = true
)

// Whole encodes every row of t in flavour f after its header (and,
// for a spreadsheet, the byte-order mark), as one part.
func Whole(t *Table, f Flavour) ([][]byte, error) {
	start := AppendHeader(nil, t)
	if f == Spreadsheet {
		start = AppendHeader([]byte(BOM), t)
	}
	b, err := EncodeRows(start, t, 0, t.Rows, nil, f)
	return [][]byte{b}, err
}

// AppendHeader appends t's header row to b.
func AppendHeader(b []byte, t *Table) []byte {
	buf := bytes.NewBuffer(b)
	writeRow(buf, t.Header(), nil)
	return buf.Bytes()
}

// EncodeRows appends rows lo to hi-1 of t to dst, RFC 4180 with CRLF line
// ends. Cells are written byte for byte (a newline inside a note stays a
// newline), unlike encoding/csv, which turns "\r\n" inside a cell into
// "\n" when it writes CRLF line ends. When ends is not nil,
// ends[k] is set to where row lo+k ends, so that its bytes can be reused
// in other files. A spreadsheet flavour neutralises text cells.
func EncodeRows(dst []byte, t *Table, lo, hi int, ends []int, f Flavour) ([]byte, error) {
	b := bytes.NewBuffer(dst)
	var text []bool
	if f == Spreadsheet {
		text = make([]bool, len(t.Fields))
		for i, f := range t.Fields {
			text[i] = f.Kind == String
		}
	}
	start, k := b.Len(), 0
	err := t.RowsIn(lo, hi, func(cells []string) error {
		writeRow(b, cells, text)
		if ends != nil {
			ends[k] = b.Len()
		}
		k++
		if k == sampleRows && hi-lo > k {
			growFor(b, b.Len()-start, k, hi-lo-k)
		}
		return nil
	})
	return b.Bytes(), err
}

// sampleRows is how many rows EncodeRows writes before it sizes its buffer
// for the rest: growing by doubling copied each table's bytes several times.
const sampleRows = 64

// growFor makes room in b for rest more rows like the k rows that took n
// bytes, with an eighth more for longer rows. The estimate is capped at
// maxRowEstimate a row: a table whose first rows are long notes grows by
// doubling past that rather than reserving room for rows that short.
func growFor(b *bytes.Buffer, n, k, rest int) {
	est := min(n/k, maxRowEstimate) * rest
	b.Grow(est + est/8)
}

// maxRowEstimate caps growFor's bytes per row; a synthetic commitment's
// row is about 340 bytes.
const maxRowEstimate = 2048

// WriteRow writes one record as a canonical file holds it.
func WriteRow(b *bytes.Buffer, cells []string) { writeRow(b, cells, nil) }

// writeRow writes one record; cells of the columns text marks are neutralised.
func writeRow(b *bytes.Buffer, cells []string, text []bool) {
	for i, c := range cells {
		if i > 0 {
			b.WriteByte(',')
		}
		if text != nil && text[i] {
			c = neutralise(c)
		}
		writeCell(b, c)
	}
	b.WriteString("\r\n")
}

// writeCell quotes a cell that holds a comma, a quote or a line break, or
// starts with a space (which some readers trim), doubling inner quotes.
func writeCell(b *bytes.Buffer, s string) {
	if !needsQuotes(s) {
		b.WriteString(s)
		return
	}
	b.WriteByte('"')
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		b.WriteString(s[:i+1])
		b.WriteByte('"')
		s = s[i+1:]
	}
	b.WriteString(s)
	b.WriteByte('"')
}

// needsQuotes reports whether writeCell must quote s. A loop over the bytes
// is several times faster than strings.ContainsAny on cells this short.
func needsQuotes(s string) bool {
	if s == "" {
		return false
	}
	if s[0] == ' ' {
		return true
	}
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case ',', '"', '\r', '\n':
			return true
		}
	}
	return false
}

// isTrigger reports whether a spreadsheet may read a cell starting with c
// as a formula (OWASP's list: = + - @ tab and carriage return).
func isTrigger(c byte) bool {
	return strings.IndexByte("=+-@\t\r", c) >= 0
}

// neutralise prefixes a text cell that a spreadsheet would run as a formula
// with a single quote, as OWASP recommends against CSV injection. To keep
// the rule reversible (see unneutralise) a cell that already starts with a
// quote followed by a trigger or another quote gets one more quote too.
func neutralise(s string) string {
	if s == "" {
		return s
	}
	if isTrigger(s[0]) || (s[0] == '\'' && len(s) > 1 && (isTrigger(s[1]) || s[1] == '\'')) {
		return "'" + s
	}
	return s
}
