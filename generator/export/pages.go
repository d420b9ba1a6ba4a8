package export

import (
	"fmt"

	"github.com/korea-investment-tracker/kit/generator/publication"
)

// companyPage is companies/<id>.json: what the company's page shows. The
// export splices the file from encoded values (see page); the type
// documents its shape and lets the tests encode it the slow way.
type companyPage struct {
	Company     publication.Company      `json:"company"`
	Investments []publication.Investment `json:"investments"`
}

// regionPage is regions/<code>.json: what the region's page shows.
type regionPage struct {
	Region      publication.Region       `json:"region"`
	Investments []publication.Investment `json:"investments"`
}

// pageFiles returns the jobs that write, for every company and region, its
// commitments as JSON and as CSV (with the columns of investments.csv): the
// rows its page shows, and those a long page leaves out. Every record
// gets both files, even with no rows, so the site can link them
// unconditionally. The JSON is compact: these are 20,000 files at scale,
// for programs more than for people, and compact JSON is a third of the
// bytes to hash, write and deploy.
func (w *writer) pageFiles(v *view, e *encoded, header []byte) []func() error {
	var jobs []func() error
	// A region holds a seventeenth of the commitments or more: a job each.
	for k := range v.regions {
		jobs = append(jobs, func() error { return w.page(regionPageOf(v, e, k), e, header) })
	}
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
	if err := w.put(p.base+".json", jsonMediaType, "The record and "+p.what+".", interleave(open, ",", "]}\n", rows)...); err != nil {
		return err
	}
	rows = rows[:0]
	rows = append(rows, header)
	for _, i := range p.rows {
		rows = append(rows, e.rows[i])
	}
	return w.put(p.base+".csv", csvMediaType, "As investments.csv, "+p.what+".", rows...)
}
