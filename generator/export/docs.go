package export

import (
	"fmt"
	"io/fs"
	"path"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/schemadoc"
	"github.com/korea-investment-tracker/kit/schema"
)

// ref names where a column's description comes from: a property of a type in
// the published JSON Schemas (which schemagen writes from the Go doc
// comments), or, for a column that has no JSON counterpart, a text of its own.
type ref struct {
	def, prop string // e.g. "Investment", "title"
	text      string // the description when def is empty, else appended to it
	joined    bool   // the column joins a list: its items' allowed values do not apply
}

// doc points at the description of property prop of the schema type def.
func doc(def, prop string) ref { return ref{def: def, prop: prop} }

// text is a description written here, for a column with no JSON field.
func text(s string) ref { return ref{text: s} }

// property is what a column takes from a JSON Schema property.
type property struct {
	Description string
	Enum        []string
}

// docs maps a schema type name to its properties.
type docs map[string]schemadoc.Properties

// loadDocs reads the published schemas and rates.schema.json. A file's
// top-level object is filed under its capitalised base name (Summary,
// Rates); types defined in several files are identical, so any one serves.
func loadDocs() (docs, error) {
	names, err := fs.Glob(schema.Files, "published/*.schema.json")
	if err != nil {
		return nil, err
	}
	d := docs{}
	for _, name := range append(names, "rates.schema.json") {
		s, err := schemadoc.Read(schema.Files, name)
		if err != nil {
			return nil, fmt.Errorf("read schema %s: %w", name, err)
		}
		for def, t := range s.Defs {
			d[def] = t.Properties
		}
		if s.Properties != nil {
			base := strings.TrimSuffix(path.Base(name), ".schema.json")
			d[strings.ToUpper(base[:1])+base[1:]] = s.Properties
		}
	}
	return d, nil
}

// resolve returns the property r points at; an error means a column names
// a field the Go types no longer have, which a test catches.
func (d docs) resolve(r ref) (property, error) {
	if r.def == "" {
		return property{Description: r.text}, nil
	}
	s := d[r.def].Get(r.prop)
	if s == nil || s.Description == "" {
		return property{}, fmt.Errorf("no description for %s.%s in the published schemas", r.def, r.prop)
	}
	p := property{Description: s.Description, Enum: s.Values()}
	if r.text != "" {
		p.Description += " " + r.text
	}
	if r.joined {
		p.Enum = nil
	}
	return p, nil
}
