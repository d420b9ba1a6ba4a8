package export

import (
	"fmt"

	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

const (
	workbookPath = "korea-investment-tracker.xlsx"
	xlsxType     = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
)

// workbook writes every table as a sheet of one Excel workbook
// (tabular.Workbook) after a README sheet with the licence and the citation.
func (w *writer) workbook(tabs []*table) error {
	intro := [][]string{
		{"Korea Investment Tracker", "Foreign investment commitments in South Korea, as reported, with sources."},
		{"Licence", "Creative Commons Attribution 4.0 International (CC BY 4.0): https://creativecommons.org/licenses/by/4.0/"},
		{"Cite as", "Korea Investment Tracker contributors. Korea Investment Tracker [dataset]. CC BY 4.0. " + record.SiteURL + "data/ (add the version from datapackage.json and the date you downloaded it)"},
		{"Files", "Each sheet holds one table of the CSV files of the same name; text cells are text, never formulas. Amounts are whole units; an amount larger than 2^53 is a text cell, to keep every digit."},
	}
	b, err := tabular.Workbook(intro, plain(tabs))
	if err != nil {
		return fmt.Errorf("%s: %w", workbookPath, err)
	}
	return w.put(workbookPath, xlsxType,
		"Every table as a sheet of one Excel workbook, with typed cells, frozen headers and a README sheet (licence, citation, column dictionary).", b)
}
