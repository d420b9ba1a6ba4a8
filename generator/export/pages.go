package export

import (
	"fmt"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// recordsPath is the index of the per-record files.
const recordsPath = "records.json"

// pageFiles returns the jobs that write, for every company and region, its
// commitments as JSON and as CSV (with the columns of investments.csv): the
// rows its page shows, and those a long page leaves out. Every record
// gets both files, even with no rows, so the site can link them
// unconditionally. The JSON is compact: these are two files per company
// and region, for programs more than for people, and compact JSON is a
// third of the bytes to hash, write and deploy.
func (w *writer) pageFiles(v *view, e *encoded, header []byte) []func() error {
	var jobs []func() error
	// A region holds a seventeenth of the commitments or more: a job each.
	for k := range v.regions {
		jobs = append(jobs, func() error { return w.page(regionPageOf(v, e, k), e, header) })
	}
	for _, c := range chunks(len(v.investments)) {
		jobs = append(jobs, func() error { return w.investmentFiles(v, e, c[0], c[1]) })
	}
	jobs = append(jobs, func() error { return w.records(v) })
	for _, c := range chunks(len(v.companies)) {
		jobs = append(jobs, func() error {
			for k := c[0]; k < c[1]; k++ {
				if err := w.page(companyPageOf(v, e, k), e, header); err != nil {
					return err
				}
			}
			return nil
		})
	}
	return jobs
}

// page is one record's pair of files.
type page struct {
	base   string // the path without extension
	what   string // what the rows are, for the descriptions
	key    string // the JSON key of the record: "company" or "region"
	record []byte // the record's compact JSON
	rows   []int  // its investments, as indexes into the view's
}

func companyPageOf(v *view, e *encoded, k int) page {
	c := v.companies[k]
	return page{base: "companies/" + c.ID, key: "company", record: e.companies.compact[k], rows: v.byCompany[c.ID],
		what: fmt.Sprintf("the commitments of %s (as investor, partner or member of a package)", c.Name)}
}

func regionPageOf(v *view, e *encoded, k int) page {
	r := v.regions[k]
	return page{base: "regions/" + r.Code, key: "region", record: e.regions.compact[k], rows: v.byRegion[r.Code],
		what: fmt.Sprintf("the commitments located in %s (wholly or partly)", r.Name)}
}

// page writes base.json (the record and its rows) and base.csv (the rows),
// in parts that point into the encoded values, so that no page is copied
// into a buffer of its own.
func (w *writer) page(p page, e *encoded, header []byte) error {
	rows := make([][]byte, len(p.rows))
	for k, i := range p.rows {
		rows[k] = e.investments.compact[i]
	}
	open := `{"` + p.key + `":` + string(p.record) + `,"investments":[`
	if err := w.put(p.base+".json", tabular.JSONMediaType, "The record and "+p.what+".", interleave(open, ",", "]}\n", rows)...); err != nil {
		return err
	}
	rows = rows[:0]
	rows = append(rows, header)
	for _, i := range p.rows {
		rows = append(rows, e.rows[i])
	}
	return w.put(p.base+".csv", tabular.CSVMediaType, "As investments.csv, "+p.what+".", rows...)
}

// investmentFiles writes investments/<id>.json for investments lo to hi-1:
// the record as in investments.json, compact, at a URL that stays as
// records are added.
func (w *writer) investmentFiles(v *view, e *encoded, lo, hi int) error {
	for k := lo; k < hi; k++ {
		i := v.investments[k]
		if err := w.put("investments/"+i.ID+".json", tabular.JSONMediaType, "The commitment "+i.ID+", as in investments.json.",
			e.investments.compact[k], []byte("\n")); err != nil {
			return err
		}
	}
	return nil
}

// records writes records.json, the index of every record's own file.
func (w *writer) records(v *view) error {
	r := publication.Records{Investments: []publication.RecordFile{}, Companies: []publication.RecordFile{}, Regions: []publication.RecordFile{}}
	for _, i := range v.investments {
		r.Investments = append(r.Investments, publication.RecordFile{ID: i.ID, Name: i.Title, NameKo: i.TitleKo, Path: "investments/" + i.ID + ".json"})
	}
	for _, c := range v.companies {
		r.Companies = append(r.Companies, publication.RecordFile{ID: c.ID, Name: c.Name, NameKo: c.NameKo, Path: "companies/" + c.ID + ".json"})
	}
	for _, g := range v.regions {
		r.Regions = append(r.Regions, publication.RecordFile{ID: g.Code, Name: g.Name, NameKo: g.NameKo, Path: "regions/" + g.Code + ".json"})
	}
	b, err := tabular.JSON(r)
	if err != nil {
		return fmt.Errorf("encode %s: %w", recordsPath, err)
	}
	return w.put(recordsPath, tabular.JSONMediaType, "The index of every record's own file (investments/<id>.json, companies/<id>.json, regions/<code>.json); schema: schema/records.schema.json.", b)
}
