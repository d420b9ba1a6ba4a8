package export

import (
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/reuse"
	"github.com/korea-investment-tracker/kit/schema"
)

// Paths of the files that describe the others.
const (
	manifestPath    = "manifest.json"
	checksumsPath   = "SHA256SUMS"
	dataPackagePath = "datapackage.json"
	databasePath    = "korea-investment-tracker.sqlite"
)

// writer writes files into the data folder and remembers what it wrote.
// put may be called from several goroutines.
type writer struct {
	dir     string
	reuse   string                     // Options.Reuse
	title   string                     // Options.Title
	mu      sync.Mutex                 // guards files
	files   map[string]record.DataFile // by path
	version string                     // set once the data files are written
	dirs    sync.Map                   // folders known to exist
	wrote   func()                     // Options.Progress's, or nil
}

// put writes the concatenation of parts at rel (a slash path below the
// data folder) and records it for the manifest. Taking the file in parts
// lets the large files, which are spliced from values encoded once, go to
// disk without first being copied into one buffer.
func (w *writer) put(rel, mediaType, description string, parts ...[]byte) error {
	p := w.path(rel)
	if err := w.mkdir(filepath.Dir(p)); err != nil {
		return err
	}
	if err := reuse.Create(p, reuse.Path(w.reuse, rel), parts...); err != nil {
		return err
	}
	h, n := sha256.New(), 0
	for _, part := range parts {
		h.Write(part)
		n += len(part)
	}
	f := record.DataFile{Path: rel, Bytes: int64(n), SHA256: hex.EncodeToString(h.Sum(nil)),
		MediaType: mediaType, Description: description}
	w.mu.Lock()
	w.files[rel] = f
	w.mu.Unlock()
	if w.wrote != nil {
		w.wrote()
	}
	return nil
}

// fileCount is how many files Write writes for v and tabs, manifest.json
// included, for Options.Progress; a test holds it to what Write writes.
func fileCount(v *view, tabs []*table) (int, error) {
	schemas, err := fs.Glob(schema.Files, "published/*.schema.json")
	api, apiErr := fs.Glob(schema.Files, "api/*.schema.json")
	n := jsonFileCount + len(schemas) + len(api) + 1 // the JSON files, their schemas and rates'
	for _, t := range tabs {
		n += 2 // the CSV and the Parquet file
		if t.excel {
			n++
		}
	}
	n += 2 * (len(v.companies) + len(v.regions)) // each page's JSON and CSV
	n += len(v.investments) + 1                  // each commitment's JSON, and records.json
	n += 3                                       // dtypes.json, the workbook, Datasette's metadata.json
	return n + 4, cmp.Or(err, apiErr)            // the database, the data package, SHA256SUMS, manifest.json
}

// file is the file written at rel, if any.
func (w *writer) file(rel string) (record.DataFile, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	f, ok := w.files[rel]
	return f, ok
}

// mkdir creates dir once per writer: asking the file system again for
// every one of thousands of files was a noticeable share of the export.
func (w *writer) mkdir(dir string) error {
	if _, done := w.dirs.Load(dir); done {
		return nil
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return fmt.Errorf("create folder %s: %w", dir, err)
	}
	w.dirs.Store(dir, true)
	return nil
}

func (w *writer) path(rel string) string { return filepath.Join(w.dir, filepath.FromSlash(rel)) }

// checksums writes SHA256SUMS in the format of coreutils' sha256sum, so
// `sha256sum -c SHA256SUMS` in the data folder verifies a download. It
// lists every file but itself and manifest.json, which is written last and
// carries the same hashes.
func (w *writer) checksums() error {
	var b strings.Builder
	for _, f := range w.sorted() {
		fmt.Fprintf(&b, "%s  %s\n", f.SHA256, f.Path)
	}
	return w.put(checksumsPath, "text/plain; charset=utf-8",
		"SHA-256 checksums of every other file but manifest.json; check with `sha256sum -c SHA256SUMS`.",
		[]byte(b.String()))
}

// contentVersion hashes the files written so far (path and hash of each),
// so the version changes exactly when a published byte does.
func contentVersion(files []record.DataFile) string {
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s %s\n", f.SHA256, f.Path)
	}
	return formatVersion + "+" + hex.EncodeToString(h.Sum(nil))[:12]
}
