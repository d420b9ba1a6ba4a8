// Package schema holds the JSON Schemas generated from the Go types in
// generator/record and generator/publication. They are checked in so that
// editors validate records as contributors type, and embedded so that the
// checker works from any folder.
package schema

import "embed"

// Regenerate with `go generate ./...` after changing a type in generator/record or generator/publication.
//go:generate go run ../generator schema -root ..

// Files holds every *.schema.json, including published/ (the datasets' schemas).
//
//go:embed *.schema.json published/*.schema.json
var Files embed.FS
