package export

import (
	"fmt"
)

const csvMediaType = "text/csv; charset=utf-8; header=present"

// excelDir is the folder of the Excel flavour, below the data folder.
const excelDir = "excel/"

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
	if err := w.put(t.Name+".csv", csvMediaType, t.Title+": "+t.Description, parts...); err != nil {
		return err
	}
	if !t.excel {
		return nil
	}
	sheet, err := excel()
	if err != nil {
		return fmt.Errorf("encode %s%s.csv: %w", excelDir, t.Name, err)
	}
	return w.put(excelDir+t.Name+".csv", csvMediaType,
		"As "+t.Name+".csv, for spreadsheets: with a UTF-8 byte-order mark so that Excel shows Korean text when the file is opened by double-click, "+
			"and a single quote before a text cell that a spreadsheet would run as a formula.", sheet...)
}
