package datadiff

import (
	"fmt"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// lifeEvent is a milestone or a stated amount that one side has and the
// other has not: the words a reviewer reads beside the field changes.
type lifeEvent struct {
	op        string // "added" or "removed"
	who       string // "Renault Korea, Busan EV line"
	milestone *record.Milestone
	statement *record.Statement
}

// LifeDiff is what one side of a commitment's life has that the other has
// not: milestones and stated amounts added and removed.
type LifeDiff struct {
	Added, Removed               []record.Milestone
	AddedAmounts, RemovedAmounts []record.Statement
}

// Life compares a commitment's timeline and statements on both sides
// (shorthand ones included, so that writing the shorthand out as lists
// names nothing).
func Life(o, n record.Investment) LifeDiff {
	var d LifeDiff
	om, nm := o.Timeline(), n.Timeline()
	d.Added, d.Removed = missing(nm, om, sameMilestone), missing(om, nm, sameMilestone)
	os, ns := o.Statements(), n.Statements()
	d.AddedAmounts, d.RemovedAmounts = missing(ns, os, sameStatement), missing(os, ns, sameStatement)
	return d
}

// missing is the items of a that b lacks, by same.
func missing[T any](a, b []T, same func(T) func(T) bool) []T {
	var out []T
	for _, x := range a {
		if !slices.ContainsFunc(b, same(x)) {
			out = append(out, x)
		}
	}
	return out
}

// lifeEvents is Life's difference as events naming the commitment.
func lifeEvents(o, n *publication.Investment) []lifeEvent {
	who := strings.TrimPrefix(n.CompanyName+", "+n.Title, ", ")
	d := Life(o.Investment, n.Investment)
	var out []lifeEvent
	for k := range d.Added {
		out = append(out, lifeEvent{op: "added", who: who, milestone: &d.Added[k]})
	}
	for k := range d.Removed {
		out = append(out, lifeEvent{op: "removed", who: who, milestone: &d.Removed[k]})
	}
	for k := range d.AddedAmounts {
		out = append(out, lifeEvent{op: "added", who: who, statement: &d.AddedAmounts[k]})
	}
	for k := range d.RemovedAmounts {
		out = append(out, lifeEvent{op: "removed", who: who, statement: &d.RemovedAmounts[k]})
	}
	return out
}

func sameMilestone(a record.Milestone) func(record.Milestone) bool {
	return func(b record.Milestone) bool { return a.Kind == b.Kind && a.Label == b.Label && a.Date == b.Date }
}

func sameStatement(a record.Statement) func(record.Statement) bool {
	return func(b record.Statement) bool {
		return a.Amount == b.Amount && a.StatedBy == b.StatedBy && a.Date == b.Date && a.Basis == b.Basis
	}
}

// words says the event as the changes list reads it: "Renault Korea,
// Busan EV line: groundbreaking, March 2026, source The Korea Herald
// (https://…)".
func (e lifeEvent) words(l locale.Locale) string {
	var what string
	var sources []record.Source
	if m := e.milestone; m != nil {
		what = strings.ToLower(l.Label("milestone", string(m.Kind)))
		if m.Label != "" {
			what += " (" + m.Label + ")"
		}
		what += ", " + dateOrNone(l, m.Date)
		sources = m.Sources
	} else {
		s := e.statement
		what = fmt.Sprintf("amount %s, stated %s by %s", l.AmountText(&s.Amount), dateOrNone(l, s.Date), strings.ToLower(l.Label("stated_by", string(s.StatedBy))))
		sources = s.Sources
	}
	out := e.who + ": " + what
	if len(sources) > 0 {
		out += ", source " + sourceWords(sources[0])
	}
	if e.op == "removed" {
		out = "no longer: " + out
	}
	return out
}

func dateOrNone(l locale.Locale, d record.PartialDate) string {
	if d == "" {
		return "undated"
	}
	return l.Date(d)
}

// sourceWords names a source by its publisher (or title) and address.
func sourceWords(s record.Source) string {
	name := s.Publisher
	if name == "" {
		name = s.Title
	}
	if s.URL != "" {
		name += " (" + s.URL + ")"
	}
	return name
}

// withLife gives each changed commitment its life events.
func withLife(changes []Change, old, new []*publication.Investment) []Change {
	byID := func(is []*publication.Investment) map[string]*publication.Investment {
		m := make(map[string]*publication.Investment, len(is))
		for _, i := range is {
			m[i.ID] = i
		}
		return m
	}
	o, n := byID(old), byID(new)
	for k, c := range changes {
		if c.Kind == "investment" && c.Op == "changed" && o[c.ID] != nil && n[c.ID] != nil {
			changes[k].life = lifeEvents(o[c.ID], n[c.ID])
		}
	}
	return changes
}
