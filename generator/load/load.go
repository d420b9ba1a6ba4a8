// Package load reads the repository's records (data/) and pages (content/)
// through an fs.FS, and decodes them with the position of every value, so that
// later stages can report problems as file:line:col.
package load

import (
	"bytes"
	"errors"
	"io/fs"
	"sort"
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// MaxFileSize is the largest record or page accepted: records are small, and a
// huge file is a mistake (or an attack) that should not slow every build.
const MaxFileSize = 1 << 20

// Kind is what a file holds, decided by where it lives.
type Kind string

// The kinds of file.
const (
	Company    Kind = record.CompanyKind
	Investment Kind = record.InvestmentKind
	Region     Kind = record.RegionKind
	Rates      Kind = "rates"
	Page       Kind = record.PageKind
)

// Document is one decoded file with the positions of its values.
type Document struct {
	// Path is the file's slash-separated path from the repository root.
	Path string
	Kind Kind
	// Value is the decoded JSON (numbers as json.Number), or a page's front matter.
	Value any
	// Src is the file's bytes.
	Src []byte
	// Body is a page's Markdown after its front matter.
	Body []byte
	// Unread marks a stand-in for a record file that could not be read
	// or decoded (see Unread): it has no Value, and its problems are
	// reported already.
	Unread bool

	values, keys map[string]int // JSON pointer -> byte offset
	indexOnce    sync.Once      // fills values and keys of a JSON file on first use
	lines        []int          // byte offset of each line start
	marks        []int          // runes before each markEvery-th byte (runeMarks)
}

// kindOf maps a path to its kind, or "" for a file that is not a record.
func kindOf(p string) Kind {
	switch kind, _, isRecord := record.RecordOf(p); {
	case strings.HasPrefix(p, "content/") && strings.HasSuffix(p, ".md"):
		return Page
	case p == "data/rates.json":
		return Rates
	case isRecord:
		return Kind(kind)
	}
	return ""
}

// Load reads and decodes the named files. It returns every document that
// decoded and one error for each file that did not.
func Load(fsys fs.FS, paths []string) ([]*Document, record.ErrorList) {
	var l Loader
	return l.Load(fsys, paths)
}

// loadFileWith reads and decodes the file p, whose stat is info.
func loadFileWith(fsys fs.FS, p string, info fs.FileInfo) (*Document, record.ErrorList) {
	kind := kindOf(p)
	src, problem := readLimited(fsys, p, info)
	if problem != nil {
		return nil, record.ErrorList{message.At(record.Position{File: p}, "", *problem)}
	}
	doc := &Document{Path: p, Kind: kind, Src: src, lines: lineStarts(src), marks: runeMarks(src)}
	if err := doc.checkText(); err != nil {
		return nil, record.ErrorList{err}
	}
	if kind == Page {
		return doc, doc.decodePage()
	}
	return doc, doc.decodeJSON()
}

// notRecord reports a path that is no record or page.
func notRecord(p string) record.ErrorList {
	return record.ErrorList{message.At(record.Position{File: p}, "", message.NotRecord.Text())}
}

func unwrapPath(err error) error {
	if pe, ok := err.(*fs.PathError); ok {
		return pe.Err
	}
	return err
}

// checkText rejects what is not UTF-8 text before any parsing.
func (d *Document) checkText() *record.Error {
	switch {
	case len(bytes.TrimSpace(d.Src)) == 0:
		return message.At(record.Position{File: d.Path, Line: 1, Column: 1}, "", message.Empty.Text())
	case bytes.HasPrefix(d.Src, []byte("\xEF\xBB\xBF")):
		return message.At(d.position(0), "", message.BOM.Text())
	case !utf8.Valid(d.Src):
		return message.At(d.position(firstInvalidUTF8(d.Src)), "", message.NotUTF8.Text())
	}
	return nil
}

func firstInvalidUTF8(b []byte) int {
	for i := 0; i < len(b); {
		r, size := utf8.DecodeRune(b[i:])
		if r == utf8.RuneError && size <= 1 {
			return i
		}
		i += size
	}
	return len(b)
}

func (d *Document) decodeJSON() record.ErrorList {
	v, p, err := parseJSON(d.Src, false)
	var errs record.ErrorList
	var se *SyntaxError
	if errors.As(err, &se) {
		errs = append(errs, message.At(d.position(se.Offset), "", message.InvalidJSON.With(se.Text)))
	}
	for _, dup := range p.errDups {
		errs = append(errs, message.At(d.position(dup.Offset), "", dup.Text))
	}
	d.Value = v
	return errs
}

// lineStarts indexes the offsets where lines begin, for offset -> line:col.
func lineStarts(src []byte) []int {
	starts := []int{0}
	for i, c := range src {
		if c == '\n' {
			starts = append(starts, i+1)
		}
	}
	return starts
}

// position turns a byte offset into file:line:col, counting columns in runes.
func (d *Document) position(off int) record.Position {
	off = min(max(off, 0), len(d.Src))
	line := sort.Search(len(d.lines), func(i int) bool { return d.lines[i] > off }) - 1
	col := d.runesBetween(d.lines[line], off) + 1
	return record.Position{File: d.Path, Line: line + 1, Column: col}
}

// BodyPos is the position of a byte offset into a page's Body, for problems
// found in the Markdown after the front matter.
func (d *Document) BodyPos(off int) record.Position {
	return d.position(len(d.Src) - len(d.Body) + off)
}

// index parses a JSON file a second time, recording positions, the first
// time one is asked for. A page's positions come from its YAML nodes.
func (d *Document) index() {
	d.indexOnce.Do(func() {
		if d.values == nil && d.Kind != Page {
			_, p, _ := parseJSON(d.Src, true)
			d.values, d.keys = p.values, p.keys
		}
	})
}

// Pos is the position of the value at a JSON pointer, or of its nearest
// ancestor that exists (a missing field is reported at its object).
func (d *Document) Pos(pointer string) record.Position {
	d.index()
	for {
		if off, ok := d.values[pointer]; ok {
			return d.position(off)
		}
		i := strings.LastIndex(pointer, "/")
		if i < 0 {
			return record.Position{File: d.Path, Line: 1, Column: 1}
		}
		pointer = pointer[:i]
	}
}

// KeyPos is the position of the field name of the member at pointer, where it
// has one, so that an unknown field is reported where its name is written.
func (d *Document) KeyPos(pointer string) record.Position {
	d.index()
	if off, ok := d.keys[pointer]; ok {
		return d.position(off)
	}
	return d.Pos(pointer)
}
