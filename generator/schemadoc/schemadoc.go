// Package schemadoc reads the documentation in the JSON Schemas of
// schema/, which schemagen writes from the Go types' doc comments: the
// data dictionary of the site's data page, and the descriptions of the
// datasets' columns. It is the one reader of those files besides the
// checker's validator.
package schemadoc

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// Schema is the part of a JSON Schema that the documentation reads.
type Schema struct {
	Ref         string  `json:"$ref"`
	Type        any     `json:"type"`
	Items       *Schema `json:"items"`
	Enum        []any   `json:"enum"`
	Description string  `json:"description"`
	// DescriptionKo is the description in Korean (the keyword schemagen writes it under).
	DescriptionKo string             `json:"x-description-ko"`
	Required      []string           `json:"required"`
	Properties    Properties         `json:"properties"`
	Defs          map[string]*Schema `json:"$defs"`
}

// Property is a named property of an object schema.
type Property struct {
	Name   string
	Schema *Schema
}

// Properties are an object's properties in the order the file lists them.
type Properties []Property

// Read reads the schema file name in fsys.
func Read(fsys fs.FS, name string) (*Schema, error) {
	b, err := fs.ReadFile(fsys, name)
	if err != nil {
		return nil, err
	}
	s := &Schema{}
	return s, json.Unmarshal(b, s)
}

// UnmarshalJSON keeps the properties in the order the schema file lists
// them, which a map would lose.
func (o *Properties) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(bytes.NewReader(b))
	switch t, err := dec.Token(); {
	case err != nil:
		return err
	case t == nil: // null: none
		return nil
	case t != json.Delim('{'):
		return errors.New("properties are not an object")
	}
	for dec.More() {
		t, err := dec.Token() // a key: objects have string keys
		if err != nil {
			return err
		}
		var s Schema
		if err := dec.Decode(&s); err != nil {
			return err
		}
		*o = append(*o, Property{t.(string), &s})
	}
	return nil
}

// Get is the property named name, or nil.
func (o Properties) Get(name string) *Schema {
	for _, p := range o {
		if p.Name == name {
			return p.Schema
		}
	}
	return nil
}

// Values are the allowed values of s or, for a list, of its items.
func (s *Schema) Values() []string {
	enum := s.Enum
	if s.Items != nil && len(enum) == 0 {
		enum = s.Items.Enum
	}
	var out []string
	for _, v := range enum {
		out = append(out, fmt.Sprint(v))
	}
	return out
}

// Doc documents one published schema file in the data dictionary.
type Doc struct {
	File  string `json:"file"`
	Title string `json:"title"`
	Types []Type `json:"types"`
}

// Type is one object type of a schema: its fields in schema order.
type Type struct {
	Name   string  `json:"name"`
	Fields []Field `json:"fields"`
}

// Field is one property of a type, for readers: its description in
// English and, where the Go doc has one, in Korean.
type Field struct {
	Name          string `json:"name"`
	Type          string `json:"type"`
	Required      bool   `json:"required,omitempty"`
	Description   string `json:"description"`
	DescriptionKo string `json:"description_ko,omitempty"`
}

// Dictionary documents the published schemas (published/*.schema.json in
// fsys), so that the descriptions readers see are the Go doc comments the
// schemas come from.
func Dictionary(fsys fs.FS) ([]Doc, error) {
	names, err := fs.Glob(fsys, "published/*.schema.json")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var out []Doc
	for _, name := range names {
		s, err := Read(fsys, name)
		var doc Doc
		if err == nil {
			doc, err = docOf(s)
		}
		if err != nil {
			return nil, fmt.Errorf("schema/%s: %v", name, err)
		}
		doc.File = name
		doc.Title = title(strings.TrimSuffix(path.Base(name), ".schema.json"))
		out = append(out, doc)
	}
	return out, nil
}

// docOf lists the root type of s (a list's items, else s itself as
// Summary) and then its other types by name.
func docOf(s *Schema) (Doc, error) {
	var doc Doc
	root, rootName := s, "Summary"
	if s.Items != nil && s.Items.Ref != "" {
		rootName = path.Base(s.Items.Ref)
		root = s.Defs[rootName]
	}
	if root == nil {
		return doc, errors.New("no root type")
	}
	doc.Types = append(doc.Types, typeDoc(rootName, root))
	names := make([]string, 0, len(s.Defs))
	for n := range s.Defs {
		if n != rootName {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	for _, n := range names {
		doc.Types = append(doc.Types, typeDoc(n, s.Defs[n]))
	}
	return doc, nil
}

func typeDoc(name string, s *Schema) Type {
	d := Type{Name: name}
	for _, p := range s.Properties {
		if p.Name == "$schema" {
			continue
		}
		d.Fields = append(d.Fields, Field{Name: p.Name, Type: typeName(p.Schema),
			Required: slices.Contains(s.Required, p.Name), Description: describe(p.Schema),
			DescriptionKo: describeKo(p.Schema)})
	}
	return d
}

// typeName names a property's type for readers: "string", "list of Source".
func typeName(s *Schema) string {
	switch {
	case s.Ref != "":
		return path.Base(s.Ref)
	case s.Items != nil:
		return "list of " + typeName(s.Items)
	}
	switch t := s.Type.(type) {
	case string:
		return t
	case []any:
		var parts []string
		for _, v := range t {
			if v != "null" {
				parts = append(parts, fmt.Sprint(v))
			}
		}
		return strings.Join(parts, " or ")
	}
	return "any"
}

// describe is a property's description followed by its allowed values.
func describe(s *Schema) string {
	d := s.Description
	if vals := s.Values(); len(vals) > 0 {
		d = strings.TrimSpace(d + " One of: " + strings.Join(vals, ", ") + ".")
	}
	return d
}

// describeKo is describe in Korean, or "" where the schema has no Korean.
func describeKo(s *Schema) string {
	d := s.DescriptionKo
	if vals := s.Values(); d != "" && len(vals) > 0 {
		d += " 다음 중 하나: " + strings.Join(vals, ", ") + "."
	}
	return d
}

// acronyms keep their capitals in titles.
var acronyms = map[string]string{"ai": "AI", "ev": "EV", "us": "US"}

// title turns a file's base name into a reader's words: "investments" →
// "Investments", "ai-data-centres" → "AI data centres".
func title(v string) string {
	words := strings.FieldsFunc(v, func(r rune) bool { return r == '-' || r == '_' })
	for i, w := range words {
		if a, ok := acronyms[w]; ok {
			words[i] = a
		}
	}
	s := strings.Join(words, " ")
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
