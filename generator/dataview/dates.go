package dataview

import (
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// Every page's footer says when its data last changed, from git history:
// no date is kept by hand, and without history pages show no date rather
// than a wrong one.

// RecordDates maps every record page's path ("companies/aws") to when its
// data last changed: its own record and profiles, and for a company or a
// region the commitments that name it; the zero time where history does
// not know. One pass over the log and one over the commitments.
func RecordDates(p *publication.Publication, log history.Log) map[string]time.Time {
	newest, removals := lastChanges(log)
	out := map[string]time.Time{}
	bump := func(page string, t time.Time) {
		if t.After(out[page]) {
			out[page] = t
		}
	}
	for _, c := range p.Companies {
		out["companies/"+c.ID] = newest["company/"+c.ID]
	}
	for _, r := range p.Regions {
		out["regions/"+strings.ToLower(r.Code)] = newest["region/"+r.Code]
	}
	for _, f := range p.Pages {
		if kind, id, ok := record.ProfileOf(f.Path); ok {
			bump(changedPage(history.Change{Kind: kind, ID: id}), newest["page/"+f.Path])
		}
	}
	// A commitment's change, or its removal, changed the pages of the
	// companies and regions it concerns (concerned).
	concerned := func(keys []string, t time.Time) {
		for _, key := range keys {
			kind, id, _ := strings.Cut(key, "/")
			bump(changedPage(history.Change{Kind: kind, ID: id}), t)
		}
	}
	for _, i := range p.Investments {
		t := newest["investment/"+i.ID]
		out["investments/"+i.ID] = t
		concerned(history.Concerns(i.Investment), t)
	}
	for _, c := range removals {
		concerned(c.Was, c.Time)
	}
	return out
}

// lastChanges are the time of each file's last change, by "kind/id", and
// the changes that removed records, from a log newest first.
func lastChanges(log history.Log) (map[string]time.Time, []history.Change) {
	newest := map[string]time.Time{}
	var removals []history.Change
	for _, c := range log { // newest first: the first change to a file is its last
		key := c.Kind + "/" + c.ID
		if _, ok := newest[key]; !ok {
			newest[key] = c.Time
		}
		if len(c.Was) > 0 {
			removals = append(removals, c)
		}
	}
	return newest, removals
}
