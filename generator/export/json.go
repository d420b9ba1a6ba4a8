package export

import (
	"fmt"
	"io/fs"
	"path"
	"slices"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/schema"
)

const jsonMediaType = "application/json"

// jsonFiles writes the publication's records as JSON arrays in id order,
// plus the rates and summary. Their schemas are in schema/ beside them.
func (w *writer) jsonFiles(v *view) error {
	files := []struct {
		path, description string
		value             any
	}{
		{"investments.json", "Every investment commitment with its references resolved and derived fields; schema: schema/investments.schema.json.", publishedInvestments(v.investments)},
		{"companies.json", "Every company with its parent's name and its own total; schema: schema/companies.schema.json.", publishedCompanies(v.companies)},
		{"regions.json", "The 17 first-level divisions with their totals; schema: schema/regions.schema.json.", publishedRegions(v.regions)},
		{"rates.json", "The dated exchange rates into US dollars used for value_usd, with their sources; schema: schema/rates.schema.json.", record.Rates{Rates: nonNil(v.rates)}},
		{"summary.json", "Korea's total and its breakdowns by region, company, sector and year, by the counting rules; schema: schema/summary.schema.json.", publishedSummary(v.summary)},
	}
	for _, f := range files {
		b, err := marshalJSON(f.value)
		if err != nil {
			return fmt.Errorf("encode %s: %w", f.path, err)
		}
		if err := w.put(f.path, jsonMediaType, f.description, b); err != nil {
			return err
		}
	}
	return nil
}

// The published copies drop "$schema", which points editors at a schema by
// a path relative to data/ and means nothing in the published files, and
// sort the id lists that publication.Build fills in input order.

func publishedInvestments(in []*publication.Investment) []publication.Investment {
	out := make([]publication.Investment, len(in))
	for k, i := range in {
		out[k] = *i
		out[k].Schema = ""
		out[k].PartIDs = slices.Sorted(slices.Values(i.PartIDs))
	}
	return out
}

func publishedCompanies(in []*publication.Company) []publication.Company {
	out := make([]publication.Company, len(in))
	for k, c := range in {
		out[k] = *c
		out[k].Schema = ""
	}
	return out
}

func publishedRegions(in []*publication.Region) []publication.Region {
	out := make([]publication.Region, len(in))
	for k, r := range in {
		out[k] = *r
		out[k].Schema = ""
	}
	return out
}

// publishedSummary writes empty breakdowns as [] rather than null, as the
// summary schema requires arrays.
func publishedSummary(s publication.Summary) publication.Summary {
	s.ByRegion, s.ByCompany = nonNil(s.ByRegion), nonNil(s.ByCompany)
	s.BySector, s.ByYear = nonNil(s.BySector), nonNil(s.ByYear)
	s.Excluded = nonNil(slices.Sorted(slices.Values(s.Excluded)))
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
	for _, name := range append(names, "rates.schema.json") {
		b, err := fs.ReadFile(schema.Files, name)
		if err != nil {
			return fmt.Errorf("read schema %s: %w", name, err)
		}
		rel := "schema/" + path.Base(name)
		if err := w.put(rel, "application/schema+json", "JSON Schema of "+path.Base(name[:len(name)-len(".schema.json")])+".json.", b); err != nil {
			return err
		}
	}
	return nil
}
