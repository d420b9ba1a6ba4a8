package export

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/tabular"
	"github.com/korea-investment-tracker/kit/schema"
)

// jsonFileCount is how many files jsonFiles writes.
const jsonFileCount = 5

// jsonFiles returns the jobs that write the publication's records as JSON
// arrays in id order, plus the rates and summary. Their schemas are in
// schema/ beside them. The record files are indented, to be readable,
// from the values encoded once in e.
func (w *writer) jsonFiles(v *view, e *encoded) []func() error {
	files := []struct {
		path, description string
		data              func() ([][]byte, error)
	}{
		{"investments.json", "Every investment commitment with its references resolved and derived fields; schema: schema/investments.schema.json.", spliced(e.investments)},
		{"companies.json", "Every company with its parent's name and its own total; schema: schema/companies.schema.json.", spliced(e.companies)},
		{"regions.json", "The 17 first-level divisions with their totals; schema: schema/regions.schema.json.", spliced(e.regions)},
		{"rates.json", "The dated exchange rates into US dollars used for value_usd, with their sources; schema: schema/rates.schema.json.", marshalled(record.Rates{Rates: nonNil(v.rates)})},
		{"summary.json", "Korea's total and its breakdowns by region, company, sector, year and status, each an interval of US dollars by the amount algebra; schema: schema/summary.schema.json.", marshalled(publishedSummary(v.summary))},
	}
	jobs := make([]func() error, len(files))
	for k, f := range files {
		jobs[k] = func() error {
			parts, err := f.data()
			if err != nil {
				return fmt.Errorf("encode %s: %w", f.path, err)
			}
			return w.put(f.path, tabular.JSONMediaType, f.description, parts...)
		}
	}
	return jobs
}

func spliced(vals values) func() ([][]byte, error) {
	return func() ([][]byte, error) { return indentedArray(vals), nil }
}

func marshalled(v any) func() ([][]byte, error) {
	return func() ([][]byte, error) {
		b, err := tabular.JSON(v)
		return [][]byte{b}, err
	}
}

// publishedSummary writes empty breakdowns as [] rather than null, as the
// summary schema requires arrays.
func publishedSummary(s publication.Summary) publication.Summary {
	s.ByRegion, s.ByCompany = nonNil(s.ByRegion), nonNil(s.ByCompany)
	s.BySector, s.ByYear, s.ByStatus = nonNil(s.BySector), nonNil(s.ByYear), nonNil(s.ByStatus)
	s.Excluded = nonNil(s.Excluded) // publication.Build sorts it
	return s
}

func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

// schemaFiles copies the JSON Schemas of the published JSON files into
// schema/, so a download is self-describing offline; each schema's $id is
// also its stable URL on the site.
func (w *writer) schemaFiles() error {
	names, err := fs.Glob(schema.Files, "published/*.schema.json")
	if err != nil {
		return err
	}
	api, err := fs.Glob(schema.Files, "api/*.schema.json")
	if err != nil {
		return err
	}
	for _, name := range append(append(names, api...), "rates.schema.json") {
		b, err := fs.ReadFile(schema.Files, name)
		if err != nil {
			return fmt.Errorf("read schema %s: %w", name, err)
		}
		rel, what := "schema/"+path.Base(name), "JSON Schema of "+path.Base(name[:len(name)-len(".schema.json")])+".json."
		if strings.HasPrefix(name, "api/") {
			what = "JSON Schema of a record's own file (records.json lists them)."
		}
		if err := w.put(rel, "application/schema+json", what, b); err != nil {
			return err
		}
	}
	return nil
}
