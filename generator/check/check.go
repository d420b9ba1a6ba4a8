// Package check validates loaded documents: each against its JSON Schema,
// then the rules no schema can express (unique ids, references that resolve,
// packages that add up, real dates). It reports every problem in one run.
package check

import (
	"encoding/json"
	"errors"
	"hash/maphash"
	"maps"
	"reflect"
	"slices"
	"strconv"
	"strings"

	"github.com/santhosh-tekuri/jsonschema/v5"

	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/markdown"
	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/parallel"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// Checker holds the compiled schemas; make one with New and reuse it. It
// remembers what each file's own checks found, by its path and bytes, so
// that checking the repository again (the live preview, after a save)
// re-checks only the files whose bytes changed; the rules across records
// run in full. The preview's first look checks less still: the changed
// files and the records its pages need (CheckPart). A Checker is not safe
// for concurrent use.
type Checker struct {
	schemas map[load.Kind]*jsonschema.Schema
	md      *markdown.Checker
	fields  fieldIndex
	seed    maphash.Seed
	seen    map[string]checked // by path, what the last Check found
	// Done, when set, is told as each document's own checks are done, from
	// several goroutines at once: a build's live counter.
	Done func()
}

// checked is a file's digest, the problems its own checks found and its
// record decoded into its Go type.
type checked struct {
	sum  uint64
	errs record.ErrorList
	rec  decoded
}

// New compiles the embedded schemas.
func New() (*Checker, error) {
	s, err := compileSchemas()
	if err != nil {
		return nil, err
	}
	return &Checker{schemas: s, md: markdown.New(), fields: indexFields(), seed: maphash.MakeSeed()}, nil
}

// goTypes are the Go types each kind decodes into; fieldIndex walks them.
var goTypes = map[load.Kind]reflect.Type{
	load.Company:    reflect.TypeFor[record.Company](),
	load.Investment: reflect.TypeFor[record.Investment](),
	load.Region:     reflect.TypeFor[record.Region](),
	load.Rates:      reflect.TypeFor[record.Rates](),
	load.Page:       reflect.TypeFor[record.Page](),
}

// Check validates docs one by one and then as a whole. It returns the
// dataset of every document that passed its own checks, and every problem.
func (c *Checker) Check(docs []*load.Document) (*record.Dataset, record.ErrorList) {
	d, errs, seen := c.check(docs)
	c.seen = seen // files that are gone are forgotten
	return d, errs
}

// CheckPart checks part of the repository: the changed files and the
// records their pages need, for the live preview's first look. The rules across
// records see only these files, so that a record around them may name one
// outside them: only the problems in the changed files are reported, and
// of those not the ones only the whole shows (a former id that a record
// outside the part has as its id); the rebuild that follows checks the
// whole. It remembers what the changed
// files' own checks found, for that rebuild, and forgets nothing.
func (c *Checker) CheckPart(docs []*load.Document, changed []string) (*record.Dataset, record.ErrorList) {
	d, errs, seen := c.check(docs)
	if c.seen == nil {
		c.seen = map[string]checked{}
	}
	maps.Copy(c.seen, seen)
	errs = slices.DeleteFunc(errs, func(e *record.Error) bool { return !slices.Contains(changed, e.Pos.File) })
	return d, errs
}

// check is Check without forgetting: it returns what each file's own
// checks found, by path.
func (c *Checker) check(docs []*load.Document) (*record.Dataset, record.ErrorList, map[string]checked) {
	var errs record.ErrorList
	set := newDocSet()
	perDoc := make([]checked, len(docs))
	parallel.For(len(docs), func(i int) error {
		perDoc[i] = c.checkOnce(docs[i])
		if c.Done != nil {
			c.Done()
		}
		return nil
	})
	seen := make(map[string]checked, len(docs))
	for _, i := range addOrder(docs, perDoc) {
		doc := docs[i]
		if doc.Unread {
			set.addUnread(doc)
			continue
		}
		errs = append(errs, perDoc[i].errs...)
		errs = append(errs, set.add(doc, len(perDoc[i].errs) == 0, perDoc[i].rec)...)
		seen[doc.Path] = perDoc[i]
	}
	errs = append(errs, set.crossCheck()...)
	return set.dataset(), errs.Sort(), seen
}

// checkOnce runs checkDocument and decodes the record unless the last
// Check saw the same bytes at the same path. The errors are values with
// their positions resolved, so they stay true while the bytes do, and the
// record is only read after (the publication builds its own values from
// it). (A 64-bit digest under a random seed: two different files meeting
// on one is a 1 in 2^64 chance.)
func (c *Checker) checkOnce(doc *load.Document) checked {
	if doc.Unread {
		return checked{}
	}
	sum := maphash.Bytes(c.seed, doc.Src)
	if last, ok := c.seen[doc.Path]; ok && last.sum == sum {
		return last
	}
	return checked{sum: sum, errs: c.checkDocument(doc), rec: decodeDoc(doc)}
}

// checkDocument runs the per-file checks: unknown fields, the schema, the
// text (textRules), numbers, the fields a basis names and, for a page,
// its Markdown body.
func (c *Checker) checkDocument(doc *load.Document) record.ErrorList {
	errs := c.fields.unknown(doc, doc.Value, goTypes[doc.Kind], "")
	errs = append(errs, validate(c.schemas[doc.Kind], doc)...)
	errs = append(errs, textRules(doc, errs)...)
	if doc.Kind != load.Page {
		errs = append(errs, numberRules(doc, errs)...)
	}
	if doc.Kind == load.Company || doc.Kind == load.Investment {
		errs = append(errs, basisRules(doc, goTypes[doc.Kind])...)
	}
	if doc.Kind == load.Page {
		errs = append(errs, c.checkBody(doc)...)
	}
	return errs
}

// checkBody reports raw HTML, unsafe links and Hugo shortcodes in a
// page's Markdown: the site renders none of them, so a contributor learns
// it here rather than from a page with a hole in it.
func (c *Checker) checkBody(doc *load.Document) record.ErrorList {
	var errs record.ErrorList
	for _, p := range c.md.Check(doc.Body) {
		errs = append(errs, message.At(doc.BodyPos(p.Offset), "", p.Text))
	}
	return errs
}

// decode fills v from a document. A value of the wrong type is left empty
// (the schema has reported it already), so that the rules can still run on
// the rest of an invalid record.
func decode(doc *load.Document, v any) error {
	src := doc.Src
	if doc.Kind == load.Page {
		var err error
		if src, err = json.Marshal(doc.Value); err != nil {
			return err
		}
	}
	var typeErr *json.UnmarshalTypeError
	if err := json.Unmarshal(src, v); err != nil && !errors.As(err, &typeErr) {
		return err
	}
	return nil
}

// fieldIndex maps each struct type reachable from goTypes to its JSON
// field names and their types. It is built once, in New, because reflecting
// over the struct tags for every object of every record was a sixth of the
// validation time; it is only read afterwards, so safe for concurrent use.
type fieldIndex map[reflect.Type]map[string]reflect.Type

func indexFields() fieldIndex {
	idx := fieldIndex{}
	for _, t := range goTypes {
		idx.add(t)
	}
	return idx
}

// add indexes t and every struct type its fields lead to.
func (idx fieldIndex) add(t reflect.Type) {
	for t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice {
		t = t.Elem()
	}
	if _, done := idx[t]; done || t.Kind() != reflect.Struct {
		return
	}
	idx[t] = jsonFields(t)
	for _, ft := range idx[t] {
		idx.add(ft)
	}
}

// unknown reports fields the Go type does not have, with a suggestion when
// the name is one typo away from a known field. Errors come out in map
// order; the caller's list is sorted by position.
func (idx fieldIndex) unknown(doc *load.Document, v any, t reflect.Type, ptr string) record.ErrorList {
	for t != nil && (t.Kind() == reflect.Pointer || t.Kind() == reflect.Slice) {
		if arr, ok := v.([]any); ok && t.Kind() == reflect.Slice {
			var errs record.ErrorList
			for i, item := range arr {
				errs = append(errs, idx.unknown(doc, item, t.Elem(), ptr+"/"+strconv.Itoa(i))...)
			}
			return errs
		}
		t = t.Elem()
	}
	obj, ok := v.(map[string]any)
	fields, indexed := idx[t]
	if !ok || !indexed {
		return nil
	}
	var errs record.ErrorList
	for key, val := range obj {
		ft, known := fields[key]
		if !known {
			child := load.Pointer(ptr, key)
			errs = append(errs, message.At(doc.KeyPos(child), child, unknownFieldMessage(key, fields)))
			continue
		}
		if isComposite(val) {
			errs = append(errs, idx.unknown(doc, val, ft, load.Pointer(ptr, key))...)
		}
	}
	return errs
}

// isComposite says whether a decoded JSON value can hold fields.
func isComposite(v any) bool {
	switch v.(type) {
	case map[string]any, []any:
		return true
	}
	return false
}

func unknownFieldMessage(key string, fields map[string]reflect.Type) message.Text {
	names := slices.Sorted(mapKeys(fields))
	if near := suggest(key, names); near != "" {
		return message.UnknownFieldNear.With(key, near)
	}
	return message.UnknownField.With(key, strings.Join(names, ", "))
}

// jsonFields maps a struct's JSON field names to their types.
func jsonFields(t reflect.Type) map[string]reflect.Type {
	out := map[string]reflect.Type{}
	for f := range t.Fields() {
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" {
			out[name] = f.Type
		}
	}
	return out
}
