// Package datadiff compares two publications, record by record and field by
// field, and says how the totals move, as Markdown a reviewer reads in ten
// seconds.
package datadiff

import (
	"cmp"
	"encoding/json"
	"fmt"
	"io"
	"maps"
	"slices"
	"strconv"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/visible"
)

// Change is one record added, removed or changed.
type Change struct {
	Kind   string // "company", "investment" or "region"
	ID     string
	Op     string // "added", "removed" or "changed"
	Fields []FieldChange
	// life names, for a commitment, the milestones and stated amounts
	// added or removed (life.go).
	life []lifeEvent
}

// FieldChange is one field that differs; an empty Old or New means absent.
type FieldChange struct {
	Path     string
	Old, New string
}

// Text is a field's flattened JSON value as a reader reads it: a string
// as its text, anything else as its JSON, "" when absent.
func Text(v string) string {
	var s string
	if json.Unmarshal([]byte(v), &s) == nil {
		return s
	}
	return v
}

// TotalChange is a breakdown row whose total moved.
type TotalChange struct {
	Breakdown, Key, Name string
	Old, New             publication.Total // the row's interval before and after; nothing where the row is absent
}

// Report is the whole difference.
type Report struct {
	Changes []Change
	Totals  []TotalChange
	Korea   [2]publication.Total // Korea's total before and after (publication's amount algebra)
	// Sides are the two publications' counts and Korea's whole interval, before and after.
	Sides [2]Side
}

// Side is what a publication holds in numbers, for the summary of a delta.
type Side struct {
	Companies, Investments, Regions int
	Korea                           publication.Total
}

// SideOf is p in numbers.
func SideOf(p *publication.Publication) Side {
	return Side{Companies: len(p.Companies), Investments: len(p.Investments), Regions: len(p.Regions), Korea: p.Summary.Korea}
}

// Tally is how many records a report adds, removes and changes, and how
// many commitments' amounts and statuses among the changed: the words of
// a release's "what changed".
type Tally struct {
	Added, Removed, Changed, Amounts, Statuses int
}

// Tally counts r's changes.
func (r Report) Tally() Tally {
	var t Tally
	for _, c := range r.Changes {
		switch c.Op {
		case "added":
			t.Added++
		case "removed":
			t.Removed++
		default:
			t.Changed++
			amount, status := c.touches()
			t.Amounts += b2i(amount && c.Kind == "investment")
			t.Statuses += b2i(status && c.Kind == "investment")
		}
	}
	return t
}

// touches says whether a change reaches a record's amount or its status.
func (c Change) touches() (amount, status bool) {
	for _, f := range c.Fields {
		amount = amount || f.Path == "amount" || strings.HasPrefix(f.Path, "amount.")
		status = status || f.Path == "status"
	}
	return amount, status
}

func b2i(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Compare reports what changed from old to new.
func Compare(old, new *publication.Publication) Report {
	var r Report
	r.Changes = append(r.Changes, compareKind("company", index(old.Companies, func(c *publication.Company) (string, any) { return c.ID, c.Company }), index(new.Companies, func(c *publication.Company) (string, any) { return c.ID, c.Company }))...)
	r.Changes = append(r.Changes, compareKind("investment", index(old.Investments, func(i *publication.Investment) (string, any) { return i.ID, i.Investment }), index(new.Investments, func(i *publication.Investment) (string, any) { return i.ID, i.Investment }))...)
	r.Changes = append(r.Changes, compareKind("region", index(old.Regions, func(g *publication.Region) (string, any) { return g.Code, g.Region }), index(new.Regions, func(g *publication.Region) (string, any) { return g.Code, g.Region }))...)
	r.Changes = withLife(r.Changes, old.Investments, new.Investments)
	r.Totals = append(compareRows("region", old.Summary.ByRegion, new.Summary.ByRegion), compareRows("company", old.Summary.ByCompany, new.Summary.ByCompany)...)
	r.Korea = [2]publication.Total{old.Summary.Korea, new.Summary.Korea}
	r.Sides = [2]Side{SideOf(old), SideOf(new)}
	return r
}

// index flattens each record to its fields, keyed by id.
func index[T any](items []T, key func(T) (string, any)) map[string]map[string]string {
	out := map[string]map[string]string{}
	for _, it := range items {
		id, rec := key(it)
		out[id] = flatten(rec)
	}
	return out
}

func compareKind(kind string, old, new map[string]map[string]string) []Change {
	var out []Change
	ids := slices.Sorted(maps.Keys(old))
	for id := range new {
		if _, ok := old[id]; !ok {
			ids = append(ids, id)
		}
	}
	slices.Sort(ids)
	for _, id := range ids {
		o, inOld := old[id]
		n, inNew := new[id]
		switch {
		case !inOld:
			out = append(out, Change{Kind: kind, ID: id, Op: "added"})
		case !inNew:
			out = append(out, Change{Kind: kind, ID: id, Op: "removed"})
		default:
			if f := compareFields(o, n); len(f) > 0 {
				out = append(out, Change{Kind: kind, ID: id, Op: "changed", Fields: f})
			}
		}
	}
	return out
}

// Fields compares two versions of one record's file, field by field as
// Compare does; a file that does not decode has no fields.
func Fields(old, new []byte) []FieldChange {
	return compareFields(flattenFile(old), flattenFile(new))
}

// flattenFile is a file's fields, none where it is not JSON.
func flattenFile(b []byte) map[string]string {
	if !json.Valid(b) {
		return map[string]string{}
	}
	return flatten(json.RawMessage(b))
}

func compareFields(old, new map[string]string) []FieldChange {
	keys := map[string]bool{}
	for k := range old {
		keys[k] = true
	}
	for k := range new {
		keys[k] = true
	}
	var out []FieldChange
	for _, k := range slices.Sorted(maps.Keys(keys)) {
		if old[k] != new[k] {
			out = append(out, FieldChange{Path: k, Old: old[k], New: new[k]})
		}
	}
	return out
}

// flatten turns a record into dotted field paths and their JSON values.
func flatten(rec any) map[string]string {
	b, _ := json.Marshal(rec)
	var v any
	json.Unmarshal(b, &v)
	out := map[string]string{}
	flattenInto(out, "", v)
	delete(out, "$schema")
	return out
}

func flattenInto(out map[string]string, path string, v any) {
	switch t := v.(type) {
	case map[string]any:
		for k, child := range t {
			flattenInto(out, strings.TrimPrefix(path+"."+k, "."), child)
		}
	case []any:
		for i, child := range t {
			flattenInto(out, path+"["+strconv.Itoa(i)+"]", child)
		}
	default:
		b, _ := json.Marshal(t)
		out[path] = string(b)
	}
}

func compareRows(breakdown string, old, new []publication.Row) []TotalChange {
	o, n := rowsByKey(old), rowsByKey(new)
	keys := slices.Sorted(maps.Keys(o))
	for k := range n {
		if _, ok := o[k]; !ok {
			keys = append(keys, k)
		}
	}
	slices.Sort(keys)
	var out []TotalChange
	for _, k := range keys {
		if o[k].Min != n[k].Min || !sameMax(o[k].Max, n[k].Max) {
			out = append(out, TotalChange{Breakdown: breakdown, Key: k, Name: cmp.Or(n[k].Name, o[k].Name), Old: totalOf(o, k), New: totalOf(n, k)})
		}
	}
	return out
}

func rowsByKey(rows []publication.Row) map[string]publication.Row {
	out := make(map[string]publication.Row, len(rows))
	for _, r := range rows {
		out[r.Key] = r
	}
	return out
}

// totalOf is the row's total, or nothing (not "undisclosed") where the
// breakdown has no such row.
func totalOf(rows map[string]publication.Row, key string) publication.Total {
	if r, ok := rows[key]; ok {
		return r.Total
	}
	var zero int64
	return publication.Total{Max: &zero}
}

// sameMax compares two upper ends, nil being unbounded.
func sameMax(a, b *int64) bool { return (a == nil) == (b == nil) && (a == nil || *a == *b) }

// maxListed caps the records listed field by field, so that a large change
// still fits a GitHub comment (65,536 characters); the counts cover all.
const maxListed = 100

// Markdown writes the report for a pull-request comment, each total in
// the site's words for its interval (l, English: "between … and …",
// "at least …", "up to …", "undisclosed").
func (r Report) Markdown(w io.Writer, l locale.Locale) {
	fmt.Fprintln(w, "## Data changes")
	if len(r.Changes) == 0 && len(r.Totals) == 0 {
		fmt.Fprintln(w, "\nNo record changed.")
		return
	}
	fmt.Fprintf(w, "\n%s.\n\nKorea's total: %s → %s (%s)\n", r.counts(), words(l, r.Korea[0]), words(l, r.Korea[1]), change(l, r.Korea[0], r.Korea[1]))
	for _, c := range r.Changes[:min(len(r.Changes), maxListed)] {
		fmt.Fprintf(w, "\n- **%s** %s %s\n", c.Op, c.Kind, code(c.ID))
		for _, e := range c.life {
			fmt.Fprintf(w, "  - %s\n", code(e.words(l)))
		}
		for _, f := range c.Fields {
			fmt.Fprintf(w, "  - %s: %s → %s\n", code(f.Path), orNone(f.Old), orNone(f.New))
		}
	}
	if more := len(r.Changes) - maxListed; more > 0 {
		fmt.Fprintf(w, "\n…and %d more records; run `go run ./generator diff` locally for the whole list.\n", more)
	}
	if len(r.Totals) > 0 {
		fmt.Fprintln(w, "\n| total by | | before | after | change |\n|---|---|---:|---:|---:|")
		for _, t := range r.Totals {
			fmt.Fprintf(w, "| %s | %s | %s | %s | %s |\n", t.Breakdown, cell(code(t.Name)), words(l, t.Old), words(l, t.New), change(l, t.Old, t.New))
		}
	}
}

// words is a total as the site words it: its interval as strongly as it
// is known, and "no commitment recorded" for nothing, never "$0".
func words(l locale.Locale, t publication.Total) string {
	if t.Empty() {
		return l.W("total_none")
	}
	return l.Interval(t.Min, t.Max, t.Approximate)
}

// change is how an interval's ends moved: one signed amount when both
// totals are one value, else each end's move ("smallest +$5, largest
// +$9"), an unbounded end said as such.
func change(l locale.Locale, o, n publication.Total) string {
	if o.Exact() && n.Exact() {
		return delta(l, n.Min-o.Min)
	}
	out := "smallest " + delta(l, n.Min-o.Min)
	switch {
	case o.Max != nil && n.Max != nil:
		return out + ", largest " + delta(l, *n.Max-*o.Max)
	case o.Max != nil:
		return out + ", largest now unbounded (was " + l.Money(*o.Max, "USD") + ")"
	case n.Max != nil:
		return out + ", largest now " + l.Money(*n.Max, "USD") + " (was unbounded)"
	}
	return out + ", largest unbounded"
}

// counts says how many records were added, changed and removed.
func (r Report) counts() string {
	n := map[string]int{}
	for _, c := range r.Changes {
		n[c.Op]++
	}
	return fmt.Sprintf("%d added, %d changed, %d removed", n["added"], n["changed"], n["removed"])
}

// code writes a contributor's text as a Markdown code span, so that it is
// shown and never interpreted: no emphasis, link, image, HTML, @mention or
// issue reference is made of it (GitHub makes none inside code). The fence
// is one backtick longer than the longest run in s, with a space inside
// where s starts or ends with a backtick or a space (CommonMark strips
// one from each side unless s is all spaces). Control characters are escaped (visible.Line): a
// line break would end the span and could start a heading or a list.
func code(s string) string {
	s = visible.Line(s)
	if s == "" {
		return ""
	}
	fence := strings.Repeat("`", longestRun(s, '`')+1)
	edge := s[:1] + s[len(s)-1:]
	if strings.Contains(edge, "`") || strings.Contains(edge, " ") && strings.Trim(s, " ") != "" {
		s = " " + s + " "
	}
	return fence + s + fence
}

// longestRun is the length of the longest run of c in s.
func longestRun(s string, c byte) int {
	longest, n := 0, 0
	for i := 0; i < len(s); i++ {
		if s[i] != c {
			n = 0
			continue
		}
		n++
		longest = max(longest, n)
	}
	return longest
}

// cell makes a code span (code) a table cell: a "|" would end the cell
// even inside the span, so each is escaped as "\|", which GitHub shows as
// "|" there. GitHub reads backslashes in pairs before a pipe, so a pipe
// after an odd run of backslashes gets one more, or the run would consume
// the escape.
func cell(s string) string {
	var b strings.Builder
	run := 0
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			run++
		case '|':
			if run%2 == 1 {
				b.WriteByte('\\')
			}
			b.WriteByte('\\')
			run = 0
		default:
			run = 0
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

func orNone(s string) string {
	if s == "" {
		return "_(none)_"
	}
	return code(s)
}

// delta is a signed move in US dollars, in the site's figures (exact).
func delta(l locale.Locale, d int64) string {
	if d < 0 {
		return "-" + l.Money(-d, "USD")
	}
	return "+" + l.Money(d, "USD")
}
