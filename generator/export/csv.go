package export

import (
	"bytes"
	"fmt"
	"strings"
)

const csvMediaType = "text/csv; charset=utf-8; header=present"

// bom is the UTF-8 byte-order mark that starts the Excel flavour of a CSV
// file. Without it, Excel decodes a CSV file in the system's legacy code
// page (CP949 on Korean Windows, Windows-1252 elsewhere) and garbles
// Hangul. The canonical files go without it: RFC 4180 and the tools that
// follow it (pandas, R, DuckDB, Frictionless) expect plain UTF-8, and some
// of them read the mark into the first column's name.
const bom = "\ufeff"

// excelDir is the folder of the Excel flavour, below the data folder.
const excelDir = "excel/"

// flavour is which of a table's two CSV files a row is encoded for.
type flavour bool

const (
	// canonical files hold exactly the JSON's values: no byte-order mark,
	// no formula neutralisation (pandas, R, DuckDB, Frictionless).
	canonical flavour = false
	// spreadsheet files (excel/) start with a byte-order mark and prefix
	// a text cell that a spreadsheet would run as a formula (neutralise).
	spreadsheet flavour = true
)

// csvRule is the rule the data package and the data page state: which
// files are lossless and which are made safe for spreadsheets.
const csvRule = "The CSV files hold exactly the values of the JSON files (UTF-8 without a byte-order mark, RFC 4180, CRLF line ends); " +
	"excel/ holds copies of the main tables for spreadsheets, with a byte-order mark so that Excel shows Korean text, " +
	"in which a text cell that a spreadsheet would run as a formula (starting with =, +, -, @, a tab or a carriage return) " +
	"starts with an added single quote (one more where the cell already started with a quote before such a character)."

// csvFile writes a table's canonical CSV file from its parts and, for a
// main table, its spreadsheet flavour, which excel returns in parts (it is
// called only when the table has one).
func (w *writer) csvFile(t *table, parts [][]byte, excel func() ([][]byte, error)) error {
	if err := w.put(t.name+".csv", csvMediaType, t.title+": "+t.description, parts...); err != nil {
		return err
	}
	if !t.excel {
		return nil
	}
	sheet, err := excel()
	if err != nil {
		return fmt.Errorf("encode %s%s.csv: %w", excelDir, t.name, err)
	}
	return w.put(excelDir+t.name+".csv", csvMediaType,
		"As "+t.name+".csv, for spreadsheets: with a UTF-8 byte-order mark so that Excel shows Korean text when the file is opened by double-click, "+
			"and a single quote before a text cell that a spreadsheet would run as a formula.", sheet...)
}

// wholeTable encodes every row of t in flavour f after its header (and,
// for a spreadsheet, the byte-order mark), as one part.
func wholeTable(t *table, f flavour) ([][]byte, error) {
	start := appendHeader(nil, t)
	if f == spreadsheet {
		start = appendHeader([]byte(bom), t)
	}
	b, err := encodeRows(start, t, 0, t.rows, nil, f)
	return [][]byte{b}, err
}

// appendHeader appends t's header row to b.
func appendHeader(b []byte, t *table) []byte {
	buf := bytes.NewBuffer(b)
	writeRow(buf, t.header(), nil)
	return buf.Bytes()
}

// encodeRows appends rows lo to hi-1 of t to dst, RFC 4180 with CRLF line
// ends. Cells are written byte for byte (a newline inside a note stays a
// newline), unlike encoding/csv, which turns "\r\n" inside a cell into
// "\n" when it writes CRLF line ends. When ends is not nil,
// ends[k] is set to where row lo+k ends, so that its bytes can be reused
// in other files. A spreadsheet flavour neutralises text cells.
func encodeRows(dst []byte, t *table, lo, hi int, ends []int, f flavour) ([]byte, error) {
	b := bytes.NewBuffer(dst)
	var text []bool
	if f == spreadsheet {
		text = make([]bool, len(t.fields))
		for i, f := range t.fields {
			text[i] = f.kind == kindString
		}
	}
	start, k := b.Len(), 0
	err := t.rowsIn(lo, hi, func(cells []string) error {
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

// sampleRows is how many rows encodeRows writes before it sizes its buffer
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
