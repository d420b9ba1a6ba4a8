package tabular

import (
	"archive/zip"
	"bytes"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

const (
	// maxExactInteger is the largest integer a spreadsheet's number (a
	// binary64) holds exactly; a larger one is written as text.
	maxExactInteger = 1 << 53
	// widthSample is how many rows a column's width is measured on.
	widthSample = 200
)

// Workbook encodes tabs as one Excel workbook: a README sheet (the rows
// of intro, then every column's description), then one sheet per table
// with typed cells (integers and decimals as numbers, booleans as
// booleans, text and dates as text at their stated precision), a frozen
// bold header row and columns sized to their contents. Text is a text
// cell, never a formula, so nothing needs neutralising. The file is a
// function of the rows: excelize writes fixed document dates.
func Workbook(intro [][]string, tabs []*Table) ([]byte, error) {
	f := excelize.NewFile()
	defer f.Close()
	bold, err := f.NewStyle(&excelize.Style{Font: &excelize.Font{Bold: true}})
	if err != nil {
		return nil, err
	}
	if err := f.SetSheetName("Sheet1", "README"); err != nil {
		return nil, err
	}
	if err := readmeSheet(f, intro, tabs, bold); err != nil {
		return nil, fmt.Errorf("README sheet: %w", err)
	}
	for _, t := range tabs {
		if err := tableSheet(f, t, bold); err != nil {
			return nil, fmt.Errorf("sheet %s: %w", t.Name, err)
		}
	}
	var b bytes.Buffer
	if err := f.Write(&b); err != nil {
		return nil, err
	}
	return sortedZip(b.Bytes())
}

// sortedZip rewrites a zip archive with its entries in name order, their
// compressed bytes copied as they are: excelize writes the parts in map
// order, which changes from run to run. ([Content_Types].xml sorts first,
// where readers look for it.)
func sortedZip(b []byte) ([]byte, error) {
	r, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		return nil, err
	}
	files := slices.Clone(r.File)
	slices.SortFunc(files, func(a, b *zip.File) int { return strings.Compare(a.Name, b.Name) })
	var out bytes.Buffer
	zw := zip.NewWriter(&out)
	for _, f := range files {
		if err := copyRaw(zw, f); err != nil {
			return nil, err
		}
	}
	err = zw.Close()
	return out.Bytes(), err
}

func copyRaw(zw *zip.Writer, f *zip.File) error {
	src, err := f.OpenRaw()
	if err != nil {
		return err
	}
	dst, err := zw.CreateRaw(&f.FileHeader)
	if err != nil {
		return err
	}
	_, err = io.Copy(dst, src)
	return err
}

// readmeSheet writes intro and the column dictionary.
func readmeSheet(f *excelize.File, intro [][]string, tabs []*Table, bold int) error {
	sw, err := f.NewStreamWriter("README")
	if err != nil {
		return err
	}
	var rows [][]any
	for _, r := range intro {
		row := make([]any, len(r))
		for i, c := range r {
			row[i] = c
		}
		rows = append(rows, row)
	}
	rows = append(rows, []any{},
		[]any{cellOf(bold, "sheet"), cellOf(bold, "column"), cellOf(bold, "type"), cellOf(bold, "required"), cellOf(bold, "description")})
	for _, t := range tabs {
		for _, fl := range t.Fields {
			rows = append(rows, []any{t.Name, fl.Name, fl.Kind.TableSchemaType(), fl.Required, fl.Description})
		}
	}
	for _, width := range []struct {
		col int
		w   float64
	}{{1, 24}, {2, 28}, {3, 10}, {4, 10}, {5, 100}} {
		if err := sw.SetColWidth(width.col, width.col, width.w); err != nil {
			return err
		}
	}
	for k, row := range rows {
		if err := sw.SetRow(cellName(k+1), row); err != nil {
			return err
		}
	}
	return sw.Flush()
}

// tableSheet writes t as a sheet of typed cells under a frozen header.
func tableSheet(f *excelize.File, t *Table, bold int) error {
	if _, err := f.NewSheet(t.Name); err != nil {
		return err
	}
	sw, err := f.NewStreamWriter(t.Name)
	if err != nil {
		return err
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return err
	}
	if err := setWidths(sw, t); err != nil {
		return err
	}
	header := make([]any, len(t.Fields))
	for i, fl := range t.Fields {
		header[i] = cellOf(bold, fl.Name)
	}
	if err := sw.SetRow("A1", header); err != nil {
		return err
	}
	row, n := make([]any, len(t.Fields)), 1
	err = t.Each(func(cells []string) error {
		for i, c := range cells {
			v, err := sheetValue(t.Fields[i].Kind, c)
			if err != nil {
				return fmt.Errorf("column %s: %w", t.Fields[i].Name, err)
			}
			row[i] = v
		}
		n++
		return sw.SetRow(cellName(n), row)
	})
	if err != nil {
		return err
	}
	return sw.Flush()
}

// setWidths sizes each column to its header and its widest cell among the
// first rows, within bounds.
func setWidths(sw *excelize.StreamWriter, t *Table) error {
	widths := make([]int, len(t.Fields))
	for i, fl := range t.Fields {
		widths[i] = len(fl.Name)
	}
	err := t.RowsIn(0, min(t.Rows, widthSample), func(cells []string) error {
		for i, c := range cells {
			widths[i] = max(widths[i], utf8.RuneCountInString(c))
		}
		return nil
	})
	if err != nil {
		return err
	}
	for i, wd := range widths {
		if err := sw.SetColWidth(i+1, i+1, float64(min(max(wd, 6), 60)+2)); err != nil {
			return err
		}
	}
	return nil
}

// sheetValue types a cell as the data package does: nil for an empty
// cell, integers (as text beyond 2^53), decimals, booleans, else text.
func sheetValue(k Kind, s string) (any, error) {
	switch {
	case s == "":
		return nil, nil
	case k == Integer:
		n, err := strconv.ParseInt(s, 10, 64)
		if err != nil || (n > -maxExactInteger && n < maxExactInteger) {
			return n, err
		}
		return s, nil
	case k == Number:
		return exactFloat(s)
	case k == Boolean:
		return strconv.ParseBool(s)
	}
	return s, nil
}

func cellOf(style int, v any) excelize.Cell { return excelize.Cell{StyleID: style, Value: v} }

// cellName is the first cell of row n ("A7").
func cellName(n int) string { return "A" + strconv.Itoa(n) }
