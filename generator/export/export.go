// Package export writes the published datasets into the site's data folder
// (public/data/): JSON that mirrors the publication, CSV tables in long
// format, a Frictionless data package, a SQLite database, per-company and
// per-region downloads, SHA256SUMS, and manifest.json for the site's /data/
// page. Every file is a pure function of the publication (no timestamps,
// rows in id order), so two builds of the same records give the same bytes
// and downstream users can diff releases or pin a checksum.
package export

import (
	"fmt"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/publication"
)

// Manifest lists every file Write produced, so the site's dataset page can
// link each one with its size and hash without walking the folder.
type Manifest struct {
	// Version is the data package's version: the format version, then a
	// hash of the content as semver build metadata, so it changes exactly
	// when the data does.
	Version string `json:"version"`
	// Files are the files in path order. manifest.json does not list itself.
	Files []File `json:"files"`
}

// File is one downloadable file of the data folder.
type File struct {
	// Path is relative to the data folder, with forward slashes.
	Path string `json:"path"`
	// Bytes is the file's size.
	Bytes int64 `json:"bytes"`
	// SHA256 is the hex SHA-256 of the file's bytes, as in SHA256SUMS.
	SHA256 string `json:"sha256"`
	// MediaType is the IANA media type to serve the file with.
	MediaType string `json:"media_type"`
	// Description says in one sentence what the file holds.
	Description string `json:"description"`
}

// formatVersion is the version of the files' layout: bump the major part
// when a column or file is renamed or removed, the minor part when one is
// added. The content hash is appended as build metadata.
const formatVersion = "1.0.0"

// Write writes every dataset file of p into dir (created if missing) and
// returns the manifest it also writes as dir/manifest.json. A file whose
// bytes are unchanged is not rewritten, so an incremental build touches only
// what changed; per-company and per-region files of records that no longer
// exist are removed.
func Write(dir string, p *publication.Publication) (*Manifest, error) {
	w := &writer{dir: dir, files: map[string]File{}}
	v := newView(p)
	tabs, err := tables(v)
	if err != nil {
		return nil, err
	}
	steps := []func() error{
		func() error { return w.jsonFiles(v) },
		w.schemaFiles,
		func() error { return w.csvFiles(tabs) },
		func() error { return w.pageFiles(v) },
		func() error { return w.dataPackage(v, tabs) },
		func() error { return w.sqlite(tabs) },
		w.checksums,
	}
	for _, step := range steps {
		if err := step(); err != nil {
			return nil, fmt.Errorf("export to %s: %w", dir, err)
		}
	}
	return w.finish()
}

// finish writes manifest.json and removes stale per-page files.
func (w *writer) finish() (*Manifest, error) {
	m := &Manifest{Version: w.version, Files: w.sorted()}
	b, err := marshalJSON(m)
	if err != nil {
		return nil, fmt.Errorf("export manifest: %w", err)
	}
	if err := writeIfChanged(w.path(manifestPath), b); err != nil {
		return nil, err
	}
	for _, sub := range []string{"companies", "regions"} {
		if err := w.prune(sub); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// sorted is the files written so far, in path order.
func (w *writer) sorted() []File {
	files := make([]File, 0, len(w.files))
	for _, f := range w.files {
		files = append(files, f)
	}
	slices.SortFunc(files, func(a, b File) int { return strings.Compare(a.Path, b.Path) })
	return files
}
