package check

import (
	"slices"

	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// unreadSet holds the records whose files did not load (load.Unread), by
// kind and id (their file's name), with how many references named each.
type unreadSet map[string]map[string]*unreadRecord

type unreadRecord struct {
	path string
	refs int
}

// addUnread notes a record whose file did not load: it exists, though
// nothing else about it is known.
func (s *docSet) addUnread(doc *load.Document) {
	kind, id, ok := record.RecordOf(doc.Path)
	if !ok {
		return // data/rates.json: no record names it
	}
	if s.unread == nil {
		s.unread = unreadSet{}
	}
	if s.unread[kind] == nil {
		s.unread[kind] = map[string]*unreadRecord{}
	}
	s.unread[kind][id] = &unreadRecord{path: doc.Path}
}

// named says whether id is a record of kind whose file did not load, and
// counts the reference to it.
func (u unreadSet) named(kind, id string) bool {
	r, ok := u[kind][id]
	if ok {
		r.refs++
	}
	return ok
}

// report says once, at each unread record's file, that the records
// naming it were not checked against it: a warning, since the file's own
// problems are what fails the check.
func (u unreadSet) report() record.ErrorList {
	var errs record.ErrorList
	for _, kind := range sortedKeys(u) {
		for _, id := range sortedKeys(u[kind]) {
			if r := u[kind][id]; r.refs > 0 {
				e := message.At(record.Position{File: r.path}, "", message.Unreadable.With(kind, id, r.refs))
				e.Warning = true
				errs = append(errs, e)
			}
		}
	}
	return errs
}

// addOrder is the order in which check adds documents: first the records
// whose id is their file's name, then the others in the order given
// (sorted by path). Of two files with one id, the one named by it keeps
// it, and the other (a copy, or a new file with an id already taken) is
// the one told about the duplicate, naming the first. Which file is new
// is git's to say, and check reads no history: the name says it as well.
func addOrder(docs []*load.Document, perDoc []checked) []int {
	var named, others []int
	for i, d := range docs {
		if _, name, ok := record.RecordOf(d.Path); ok && recordID(perDoc[i].rec.v) == name {
			named = append(named, i)
		} else {
			others = append(others, i)
		}
	}
	return slices.Concat(named, others)
}

// recordID is the id of a decoded record, or "".
func recordID(v any) string {
	switch r := v.(type) {
	case record.Company:
		return r.ID
	case record.Investment:
		return r.ID
	case record.Region:
		return r.Code
	}
	return ""
}
