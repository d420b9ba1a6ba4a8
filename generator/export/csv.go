package export

import (
	"bytes"
	"fmt"
	"strings"
)

// bom is the UTF-8 byte-order mark that starts every CSV file. Without it,
// Excel decodes a CSV file in the system's legacy code page (CP949 on Korean
// Windows, Windows-1252 elsewhere) and garbles Hangul; with it Excel reads
// UTF-8. pandas, R's readr, DuckDB, csvkit and Python's "utf-8-sig" codec
// skip it.
const bom = "\ufeff"

const csvMediaType = "text/csv; charset=utf-8; header=present"

// csvFiles writes one CSV file per table.
func (w *writer) csvFiles(tabs []*table) error {
	for _, t := range tabs {
		b, err := encodeCSV(t)
		if err != nil {
			return fmt.Errorf("encode %s.csv: %w", t.name, err)
		}
		if err := w.put(t.name+".csv", csvMediaType, t.title+": "+t.description, b); err != nil {
			return err
		}
	}
	return nil
}

// encodeCSV writes an RFC 4180 file: a byte-order mark, a header row, then
// the rows, each line ending in CRLF. Cells are written byte for byte (a
// newline inside a note stays a newline), unlike encoding/csv, which turns
// "\r\n" inside a cell into "\n" when it writes CRLF line ends.
func encodeCSV(t *table) ([]byte, error) {
	var b bytes.Buffer
	b.WriteString(bom)
	writeRow(&b, t.header(), nil)
	text := make([]bool, len(t.fields))
	for i, f := range t.fields {
		text[i] = f.kind == kindString
	}
	err := t.each(func(cells []string) error {
		writeRow(&b, cells, text)
		return nil
	})
	return b.Bytes(), err
}

// writeRow writes one record; cells of text columns are neutralised.
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
	if s == "" || (!strings.ContainsAny(s, ",\"\r\n") && s[0] != ' ') {
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
