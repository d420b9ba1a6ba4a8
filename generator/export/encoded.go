package export

import (
	"bytes"
	"encoding/json"
	"fmt"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// encoded holds every record's bytes, encoded once and then spliced into
// each file that shows the record. An investment appears in
// investments.json, investments.csv and on average in two or three
// per-company and per-region files; encoding it anew for each file was
// most of the export's time.
type encoded struct {
	investments, companies, regions values
	// rows are the lines of investments.csv, one per investment in id order.
	rows [][]byte
}

// values are the JSON forms of a list of records, in the list's order.
type values struct {
	// compact is each value as the compact encoder writes it, without the
	// trailing newline: what an element of a compact array looks like.
	compact [][]byte
	// indented is each value as it looks inside an array that marshalJSON
	// indents: every line but the first indented by two more spaces.
	indented [][]byte
}

// encodeJobs returns the jobs that fill e from v and the investments
// table; they write disjoint parts of e, so they can run in parallel.
func (e *encoded) encodeJobs(v *view, investments *table) []func() error {
	jobs := valueJobs(&e.investments, v.investments, publishedInvestment)
	jobs = append(jobs, valueJobs(&e.companies, v.companies, publishedCompany)...)
	jobs = append(jobs, valueJobs(&e.regions, v.regions, publishedRegion)...)
	e.rows = make([][]byte, investments.Rows)
	for _, c := range chunks(investments.Rows) {
		jobs = append(jobs, func() error { return e.encodeRows(investments, c[0], c[1]) })
	}
	return jobs
}

// valueJobs returns jobs that fill out with the JSON of publish(r) for each
// record r, a chunk of records per job.
func valueJobs[R, P any](out *values, records []R, publish func(R) P) []func() error {
	out.compact, out.indented = make([][]byte, len(records)), make([][]byte, len(records))
	var jobs []func() error
	for _, c := range chunks(len(records)) {
		jobs = append(jobs, func() error { return encodeValues(out, records, publish, c[0], c[1]) })
	}
	return jobs
}

// encodeValues fills entries lo to hi-1 of out. Each chunk's values share
// two buffers, sliced once they are complete, rather than one allocation
// per value.
func encodeValues[R, P any](out *values, records []R, publish func(R) P, lo, hi int) error {
	var compact bytes.Buffer
	enc := json.NewEncoder(&compact)
	enc.SetEscapeHTML(false)
	ends := make([]int, hi-lo)
	for k := lo; k < hi; k++ {
		if err := enc.Encode(publish(records[k])); err != nil {
			return fmt.Errorf("encode record %d: %w", k, err)
		}
		compact.Truncate(compact.Len() - 1) // the encoder's newline
		ends[k-lo] = compact.Len()
	}
	split(out.compact[lo:hi], compact.Bytes(), ends)
	// Indenting adds about a third to the records' JSON; room for half
	// more saves copying the buffer as it grows.
	indented := make([]byte, 0, compact.Len()*3/2)
	for k, v := range out.compact[lo:hi] {
		indented = indentCompact(indented, v, "  ")
		ends[k] = len(indented)
	}
	split(out.indented[lo:hi], indented, ends)
	return nil
}

// split cuts b at ends into dst.
func split(dst [][]byte, b []byte, ends []int) {
	start := 0
	for k, end := range ends {
		dst[k] = b[start:end:end]
		start = end
	}
}

// encodeRows fills e.rows[lo:hi] with the CSV lines of those investments.
func (e *encoded) encodeRows(t *table, lo, hi int) error {
	ends := make([]int, hi-lo)
	b, err := tabular.EncodeRows(nil, &t.Table, lo, hi, ends, tabular.Canonical)
	if err != nil {
		return fmt.Errorf("encode %s.csv: %w", t.Name, err)
	}
	split(e.rows[lo:hi], b, ends)
	return nil
}

// The published records drop "$schema", which points editors at a schema
// by a path relative to data/ and means nothing in the published files.

func publishedInvestment(i *publication.Investment) publication.Investment {
	out := *i
	out.Schema = ""
	return out
}

func publishedCompany(c *publication.Company) publication.Company {
	out := *c
	out.Schema = ""
	return out
}

func publishedRegion(r *publication.Region) publication.Region {
	out := *r
	out.Schema = ""
	return out
}

// indentedArray is, in parts, what marshalJSON writes for an array of the
// values: elements one per line at depth 1, and a final newline.
func indentedArray(vals values) [][]byte {
	if len(vals.indented) == 0 {
		return [][]byte{[]byte("[]\n")}
	}
	return interleave("[\n  ", ",\n  ", "\n]\n", vals.indented)
}

// interleave lists open, the parts separated by sep, and close: the parts
// of a file that splices them.
func interleave(open, sep, close string, parts [][]byte) [][]byte {
	out := make([][]byte, 0, 2*len(parts)+1)
	out = append(out, []byte(open))
	s := []byte(sep)
	for k, part := range parts {
		if k > 0 {
			out = append(out, s)
		}
		out = append(out, part)
	}
	return append(out, []byte(close))
}
