package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"

	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// The delta files say what changed between two versions of the data (a
// release and the one before it): one row per record added or removed and
// per field changed, and how the totals moved, with a data package of
// their own.

// deltaHeader is the columns of changes.csv, the keys of changes.json.
var deltaHeader = []string{"kind", "id", "change", "field", "old", "new"}

// deltaRow is one row of changes.json: Old and New are the field's JSON
// values, absent where the field is.
type deltaRow struct {
	Kind   string          `json:"kind"`
	ID     string          `json:"id"`
	Change string          `json:"change"`
	Field  string          `json:"field,omitempty"`
	Old    json.RawMessage `json:"old,omitempty"`
	New    json.RawMessage `json:"new,omitempty"`
}

// deltaRows flattens r's changes: a row per record added or removed, and a
// row per field of a changed record.
func deltaRows(r datadiff.Report) []deltaRow {
	var rows []deltaRow
	for _, c := range r.Changes {
		if len(c.Fields) == 0 {
			rows = append(rows, deltaRow{Kind: c.Kind, ID: c.ID, Change: c.Op})
		}
		for _, f := range c.Fields {
			rows = append(rows, deltaRow{Kind: c.Kind, ID: c.ID, Change: c.Op, Field: f.Path,
				Old: raw(f.Old), New: raw(f.New)})
		}
	}
	return rows
}

// raw is a flattened field's JSON value, nil when absent.
func raw(v string) json.RawMessage {
	if v == "" {
		return nil
	}
	return json.RawMessage(v)
}

// DeltaCSV is changes.csv: RFC 4180, CRLF line ends, every value exactly
// as changes.json holds it, as in every canonical CSV (csvRule).
func DeltaCSV(r datadiff.Report) []byte {
	var b bytes.Buffer
	tabular.WriteRow(&b, deltaHeader)
	for _, row := range deltaRows(r) {
		tabular.WriteRow(&b, []string{row.Kind, row.ID, row.Change, row.Field, datadiff.Text(string(row.Old)), datadiff.Text(string(row.New))})
	}
	return b.Bytes()
}

// DeltaJSON is changes.json: the rows of changes.csv, values as JSON.
func DeltaJSON(r datadiff.Report) ([]byte, error) {
	rows := deltaRows(r)
	if rows == nil {
		rows = []deltaRow{}
	}
	return marshalJSON(rows)
}

// summaryDelta is summary-delta.json: the two versions' counts and Korea's
// total, and the breakdown rows whose total moved.
type summaryDelta struct {
	From   string          `json:"from"`
	To     string          `json:"to"`
	Before deltaSide       `json:"before"`
	After  deltaSide       `json:"after"`
	Counts map[string]int  `json:"changes"`
	Totals []deltaTotalRow `json:"totals"`
}

type deltaSide struct {
	Companies   int               `json:"companies"`
	Investments int               `json:"investments"`
	Regions     int               `json:"regions"`
	Korea       publication.Total `json:"korea"`
}

type deltaTotalRow struct {
	Breakdown string `json:"breakdown"`
	Key       string `json:"key"`
	Name      string `json:"name"`
	// Before and After are the row's whole interval, as Korea's is.
	Before publication.Total `json:"before"`
	After  publication.Total `json:"after"`
}

// SummaryDeltaJSON is summary-delta.json for r, from the version named
// from to the one named to.
func SummaryDeltaJSON(r datadiff.Report, from, to string) ([]byte, error) {
	t := r.Tally()
	s := summaryDelta{From: from, To: to, Before: sideView(r.Sides[0]), After: sideView(r.Sides[1]),
		Counts: map[string]int{"added": t.Added, "removed": t.Removed, "changed": t.Changed,
			"amounts_changed": t.Amounts, "statuses_changed": t.Statuses},
		Totals: []deltaTotalRow{}}
	for _, c := range r.Totals {
		s.Totals = append(s.Totals, deltaTotalRow{Breakdown: c.Breakdown, Key: c.Key, Name: c.Name, Before: c.Old, After: c.New})
	}
	return marshalJSON(s)
}

func sideView(s datadiff.Side) deltaSide {
	return deltaSide{Companies: s.Companies, Investments: s.Investments, Regions: s.Regions, Korea: s.Korea}
}

// WriteDelta writes changes.csv, changes.json and summary-delta.json for r
// into dir, with a record.DeltaPackage that describes them.
func WriteDelta(dir string, r datadiff.Report, from, to string) error {
	changes, err := DeltaJSON(r)
	if err != nil {
		return err
	}
	summary, err := SummaryDeltaJSON(r, from, to)
	if err != nil {
		return err
	}
	files := []deltaFile{
		{"changes.csv", csvMediaType, "One row per record added or removed and per field changed: kind, id, change, field, old and new value.", DeltaCSV(r)},
		{"changes.json", jsonMediaType, "The rows of changes.csv, each value as JSON.", changes},
		{"summary-delta.json", jsonMediaType, "Counts and Korea's total before and after, the changes counted, and the breakdown rows whose total moved.", summary},
	}
	desc, err := deltaPackage(files, from, to)
	if err != nil {
		return err
	}
	files = append(files, deltaFile{record.DeltaPackage, jsonMediaType, "", desc})
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if err := os.WriteFile(filepath.Join(dir, f.name), f.bytes, 0o644); err != nil {
			return err
		}
	}
	return nil
}

type deltaFile struct {
	name, mediaType, description string
	bytes                        []byte
}

// deltaPackage is the Data Package descriptor of the delta files.
func deltaPackage(files []deltaFile, from, to string) ([]byte, error) {
	type res struct {
		Name        string `json:"name"`
		Path        string `json:"path"`
		Description string `json:"description"`
		Mediatype   string `json:"mediatype"`
		Bytes       int    `json:"bytes"`
		Hash        string `json:"hash"`
	}
	dp := struct {
		Profile     string    `json:"profile"`
		Name        string    `json:"name"`
		Title       string    `json:"title"`
		Version     string    `json:"version"`
		Licenses    []license `json:"licenses"`
		Resources   []res     `json:"resources"`
		Description string    `json:"description"`
	}{Profile: "data-package", Name: "korea-investment-tracker-changes", Title: fmt.Sprintf("Korea Investment Tracker: changes from %s to %s", from, to),
		Version: to, Description: "What changed in the data from one release to the next, field by field.",
		Licenses: []license{{Name: "CC-BY-4.0", Path: "https://creativecommons.org/licenses/by/4.0/", Title: "Creative Commons Attribution 4.0 International"}}}
	for _, f := range files {
		sum := sha256.Sum256(f.bytes)
		dp.Resources = append(dp.Resources, res{Name: f.name, Path: f.name, Description: f.description,
			Mediatype: f.mediaType, Bytes: len(f.bytes), Hash: "sha256:" + hex.EncodeToString(sum[:])})
	}
	return marshalJSON(dp)
}
