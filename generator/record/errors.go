package record

import (
	"cmp"
	"fmt"
	"slices"
	"strings"
)

// Position is a place in a source file. Line and Column are 1-based; Column
// counts characters (runes), not bytes, so it matches what an editor shows for
// Korean text. A zero Line means the whole file.
type Position struct {
	File   string
	Line   int
	Column int
}

// String formats the position as file:line:col, file:line or file.
func (p Position) String() string {
	switch {
	case p.Line == 0:
		return p.File
	case p.Column == 0:
		return fmt.Sprintf("%s:%d", p.File, p.Line)
	}
	return fmt.Sprintf("%s:%d:%d", p.File, p.Line, p.Column)
}

// Error is one problem in the input, at a position, with the JSON pointer of
// the offending value where there is one.
type Error struct {
	Pos     Position
	Pointer string // JSON pointer into the document, "" when not about a value
	Msg     string // the message, in English
	// Text is the message by id (package message), which writes it in
	// every language of the site; nil for a message only in English.
	Text    Text
	Warning bool // a warning is reported but does not fail the check
}

// A Text is a message that can be written in each language of the site.
type Text interface {
	In(lang string) string
}

// Error formats the problem as "file:line:col: msg (at /pointer)".
func (e *Error) Error() string {
	if e.Pointer == "" {
		return fmt.Sprintf("%s: %s", e.Pos, e.Msg)
	}
	return fmt.Sprintf("%s: %s (at %s)", e.Pos, e.Msg, e.Pointer)
}

// ErrorList collects every problem of a run so that a contributor sees them
// all at once, like go/scanner.ErrorList.
type ErrorList []*Error

// Add appends an error at pos.
func (l *ErrorList) Add(pos Position, pointer, msg string) {
	*l = append(*l, &Error{Pos: pos, Pointer: pointer, Msg: msg})
}

// Sort orders the list by file, line, column and message, and drops exact duplicates.
func (l ErrorList) Sort() ErrorList {
	slices.SortStableFunc(l, func(a, b *Error) int {
		return cmp.Or(cmp.Compare(a.Pos.File, b.Pos.File), cmp.Compare(a.Pos.Line, b.Pos.Line),
			cmp.Compare(a.Pos.Column, b.Pos.Column), cmp.Compare(a.Msg, b.Msg))
	})
	return slices.CompactFunc(l, func(a, b *Error) bool { return a.Error() == b.Error() })
}

// Errors is the list without its warnings.
func (l ErrorList) Errors() ErrorList {
	return slices.DeleteFunc(slices.Clone(l), func(e *Error) bool { return e.Warning })
}

// In is the list with each message written in lang where it has a Text;
// positions and pointers are the same, so that editors still find the place.
func (l ErrorList) In(lang string) ErrorList {
	out := make(ErrorList, len(l))
	for i, e := range l {
		c := *e
		if c.Text != nil {
			c.Msg = c.Text.In(lang)
		}
		out[i] = &c
	}
	return out
}

// Error joins the messages, one per line.
func (l ErrorList) Error() string {
	msgs := make([]string, len(l))
	for i, e := range l {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "\n")
}

// Err returns the list as an error when it holds an error (not only
// warnings), and nil otherwise.
func (l ErrorList) Err() error {
	if len(l.Errors()) == 0 {
		return nil
	}
	return l
}

// Unwrap exposes each error, so errors.As finds a *Error in the list.
func (l ErrorList) Unwrap() []error {
	out := make([]error, len(l))
	for i, e := range l {
		out[i] = e
	}
	return out
}
