// Package export writes the published datasets into the site's data folder
// (public/data/): JSON that mirrors the publication, CSV tables in long
// format, a Frictionless data package, a SQLite database, per-company and
// per-region downloads, SHA256SUMS, and manifest.json for the site's /data/
// page. Every file is a pure function of the publication (no timestamps,
// rows in id order), so two builds of the same records give the same bytes
// and downstream users can diff releases or pin a checksum.
package export

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/releases"
	"github.com/korea-investment-tracker/kit/generator/reuse"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// formatVersion is the version of the files' layout: bump the major part
// when a column or file is renamed or removed, the minor part when one is
// added. The content hash is appended as build metadata.
const formatVersion = "1.2.0"

// Options says how Write writes. The zero value writes every file.
type Options struct {
	// Reuse is the data folder of the last published build, or "" for
	// none. A file whose bytes equal those of the same file there is
	// hard-linked from it instead of written (package reuse): a rebuild
	// after one record changed leaves most of the thousands of files as
	// they were.
	Reuse string
	// Title is the data package's title: the site's name
	// (locale.SiteName).
	Title string
	// Release is the release whose data this is, if any: the data
	// package's version; Releases are all, newest first, listed in it.
	Release  *releases.Published
	Releases []releases.Published
	// Progress, when set, is told how many files Write writes (its
	// manifest.json included) before it writes them, and returns what is
	// told as each is written, from several goroutines at once: a build's
	// live counter.
	Progress func(files int) (wrote func())
	// Names names the codes in the lookup tables (locale.Names of the
	// site's catalogs); Write fails without it.
	Names Names
}

// Write writes every dataset file of p into dir, which must not exist yet
// or be empty, and returns the manifest it also writes as
// dir/manifest.json. (A build writes into a new staging folder; keeping
// unchanged files in public/ untouched is build.publish's job.)
//
// The files are independent of one another but for the descriptors, so
// they are written in parallel (runAll): first each record is encoded
// once, then the files that splice those encodings are written while the
// SQLite database is built beside them, and last the data package and the
// checksums, which describe the rest.
func Write(dir string, p *publication.Publication, opt Options) (*record.Manifest, error) {
	if err := newFolder(dir); err != nil {
		return nil, fmt.Errorf("export to %s: %w", dir, err)
	}
	w := &writer{dir: dir, reuse: opt.Reuse, title: opt.Title, files: map[string]record.DataFile{}}
	v := newView(p)
	tabs, err := tables(v, opt.Names)
	if err != nil {
		return nil, err
	}
	if opt.Progress != nil {
		n, err := fileCount(v, tabs)
		if err != nil {
			return nil, err
		}
		w.wrote = opt.Progress(n)
	}
	database := background(func() error { return w.sqlite(tabs) })
	err = w.dataFiles(v, tabs)
	if dberr := database(); err == nil {
		err = dberr
	}
	if err == nil {
		err = w.dataPackage(v, tabs, opt)
	}
	if err == nil {
		err = w.checksums()
	}
	if err != nil {
		return nil, fmt.Errorf("export to %s: %w", dir, err)
	}
	return w.finish()
}

// dataFiles writes the JSON, CSV, schema and per-page files: it encodes the
// records once, then writes every file in parallel.
func (w *writer) dataFiles(v *view, tabs []*table) error {
	e := &encoded{}
	investments := tabs[0] // tables lists investments.csv first
	if err := runAll(e.encodeJobs(v, investments)); err != nil {
		return err
	}
	// The largest files go first, so that no core is left with a big job
	// at the end: the record files, the tables, then the pages.
	jobs := w.jsonFiles(v, e)
	jobs = append(jobs, func() error {
		parts := append([][]byte{tabular.AppendHeader(nil, &investments.Table)}, e.rows...)
		return w.csvFile(investments, parts, func() ([][]byte, error) { return tabular.Whole(&investments.Table, tabular.Spreadsheet) })
	})
	for _, t := range tabs[1:] {
		// Each of the other tables is encoded whole by one job.
		jobs = append(jobs, func() error {
			parts, err := tabular.Whole(&t.Table, tabular.Canonical)
			if err != nil {
				return fmt.Errorf("encode %s.csv: %w", t.Name, err)
			}
			return w.csvFile(t, parts, func() ([][]byte, error) { return tabular.Whole(&t.Table, tabular.Spreadsheet) })
		})
	}
	jobs = append(jobs, w.pageFiles(v, e, tabular.AppendHeader(nil, &investments.Table))...)
	jobs = append(jobs, w.schemaFiles, func() error { return w.dtypes(tabs) }, func() error { return w.workbook(tabs) })
	for _, t := range tabs {
		jobs = append(jobs, func() error { return w.parquetFile(t) })
	}
	return runAll(jobs)
}

// newFolder creates dir, or accepts it if it exists and is empty.
func newFolder(dir string) error {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	entries, err := os.ReadDir(dir)
	if err == nil && len(entries) > 0 {
		err = errors.New("the folder is not empty")
	}
	return err
}

// finish writes manifest.json.
func (w *writer) finish() (*record.Manifest, error) {
	m := &record.Manifest{Version: w.version, Files: w.sorted()}
	b, err := marshalJSON(m)
	if err != nil {
		return nil, fmt.Errorf("export manifest: %w", err)
	}
	if err := reuse.Create(w.path(manifestPath), reuse.Path(w.reuse, manifestPath), b); err != nil {
		return nil, err
	}
	if w.wrote != nil {
		w.wrote()
	}
	return m, nil
}

// ReadManifest reads the manifest.json that Write wrote into dir.
func ReadManifest(dir string) (*record.Manifest, error) {
	b, err := os.ReadFile(filepath.Join(dir, manifestPath))
	if err != nil {
		return nil, err
	}
	m := &record.Manifest{}
	if err := json.Unmarshal(b, m); err != nil {
		return nil, fmt.Errorf("%s: %w", filepath.Join(dir, manifestPath), err)
	}
	return m, nil
}

// sorted is the files written so far, in path order.
func (w *writer) sorted() []record.DataFile {
	w.mu.Lock()
	defer w.mu.Unlock()
	files := make([]record.DataFile, 0, len(w.files))
	for _, f := range w.files {
		files = append(files, f)
	}
	slices.SortFunc(files, func(a, b record.DataFile) int { return strings.Compare(a.Path, b.Path) })
	return files
}
