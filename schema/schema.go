// Package schema holds the JSON Schemas generated from the Go types in
// generator/record and generator/publication. They are checked in so that
// editors validate records as contributors type, and embedded so that the
// checker works from any folder.
package schema

import (
	"bytes"
	"embed"
	"fmt"
	"io/fs"

	"github.com/santhosh-tekuri/jsonschema/v5"
)

// Regenerate with `go generate ./...` after changing a type in generator/record or generator/publication.
//go:generate go run ../generator schema -root ..

// Files holds every *.schema.json, including published/ (the datasets' schemas)
// and api/ (the per-record files' schemas).
//
//go:embed *.schema.json published/*.schema.json api/*.schema.json
var Files embed.FS

// Compile compiles the named schemas of Files the way the checker reads
// them: draft 2020-12, formats asserted (a "date" must be a date). It is
// shared so that the datasets' tests hold the published files to the same
// reading as the checker holds the records.
func Compile(names ...string) (map[string]*jsonschema.Schema, error) {
	c := jsonschema.NewCompiler()
	c.Draft = jsonschema.Draft2020
	c.AssertFormat = true
	out := map[string]*jsonschema.Schema{}
	for _, name := range names {
		src, err := fs.ReadFile(Files, name)
		if err != nil {
			return nil, err
		}
		if err := c.AddResource(name, bytes.NewReader(src)); err != nil {
			return nil, fmt.Errorf("schema %s: %w", name, err)
		}
		if out[name], err = c.Compile(name); err != nil {
			return nil, fmt.Errorf("schema %s: %w", name, err)
		}
	}
	return out, nil
}
