package export

import (
	"fmt"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// datasettePath is the database's metadata in Datasette's format, beside it:
// datasette korea-investment-tracker.sqlite --metadata metadata.json
const datasettePath = "metadata.json"

// datasette is Datasette's metadata.json: the licence, the source and a
// description of every table, view and column (maps, so that the keys
// come out sorted and the file the same on every build).
type datasette struct {
	Title       string                     `json:"title"`
	Description string                     `json:"description"`
	License     string                     `json:"license"`
	LicenseURL  string                     `json:"license_url"`
	Source      string                     `json:"source"`
	SourceURL   string                     `json:"source_url"`
	Databases   map[string]datasetteTables `json:"databases"`
}

type datasetteTables struct {
	Tables map[string]datasetteTable `json:"tables"`
}

type datasetteTable struct {
	Title       string            `json:"title,omitempty"`
	Description string            `json:"description"`
	Columns     map[string]string `json:"columns,omitempty"`
	// FTSTable names the table's full-text index for Datasette's search box.
	FTSTable string `json:"fts_table,omitempty"`
	Hidden   bool   `json:"hidden,omitempty"`
}

// datasetteMetadata writes metadata.json from the tables' own titles and
// column descriptions, the ones the data package and sqlite3's .schema give.
func (w *writer) datasetteMetadata(tabs []*table) error {
	tables := map[string]datasetteTable{}
	var investments *table
	for _, t := range tabs {
		tables[t.Name] = datasetteTable{Title: t.Title, Description: oneLine(t.Description), Columns: columnDocs(t, nil)}
		if t.Name == "investments" {
			investments = t
		}
	}
	fts := map[string]string{"investments": "titles and company names", "companies": "names"}
	for name, what := range fts {
		tt := tables[name]
		tt.FTSTable = name + "_fts"
		tables[name] = tt
		tables[name+"_fts"] = datasetteTable{Description: fmt.Sprintf("Full-text index (FTS5) of the %s' %s in English and Korean, over %s's rows.", name, what, name), Hidden: true}
	}
	if investments != nil {
		tables["counted_amounts"] = datasetteTable{Title: "Counted amounts",
			Description: "View: the commitments added to Korea's total, with the interval each contributes (usd_min, usd_max); summary's korea row is their total by the amount algebra.",
			Columns:     columnDocs(investments, countedColumns)}
	}
	d := datasette{Title: w.title, Description: "Foreign investment commitments in South Korea, as reported, with sources.",
		License: record.LicenceShort, LicenseURL: record.LicenceURL,
		Source: w.title, SourceURL: record.SiteURL + "data/",
		Databases: map[string]datasetteTables{strings.TrimSuffix(databasePath, ".sqlite"): {Tables: tables}}}
	b, err := tabular.JSON(d)
	if err != nil {
		return fmt.Errorf("encode %s: %w", datasettePath, err)
	}
	return w.put(datasettePath, tabular.JSONMediaType,
		"Datasette metadata for the SQLite database: licence, source, and a description of every table, view and column.", b)
}

// columnDocs maps t's columns (only those named in only, when set) to
// their descriptions.
func columnDocs(t *table, only []string) map[string]string {
	out := map[string]string{}
	for _, f := range t.Fields {
		if only == nil || slices.Contains(only, f.Name) {
			out[f.Name] = oneLine(f.Description)
		}
	}
	return out
}

func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
