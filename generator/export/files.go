package export

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
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
	mu      sync.Mutex      // guards files
	files   map[string]File // by path
	version string          // set once the data files are written
	dirs    sync.Map        // folders known to exist
}

// put writes the concatenation of parts at rel (a slash path below the
// data folder) unless the file already holds exactly these bytes, and
// records it for the manifest. Taking the file in parts lets the large
// files, which are spliced from values encoded once, go to disk without
// first being copied into one buffer.
func (w *writer) put(rel, mediaType, description string, parts ...[]byte) error {
	p := w.path(rel)
	if err := w.mkdir(filepath.Dir(p)); err != nil {
		return err
	}
	if err := writeIfChanged(p, parts); err != nil {
		return err
	}
	h, n := sha256.New(), 0
	for _, part := range parts {
		h.Write(part)
		n += len(part)
	}
	f := File{Path: rel, Bytes: int64(n), SHA256: hex.EncodeToString(h.Sum(nil)),
		MediaType: mediaType, Description: description}
	w.mu.Lock()
	defer w.mu.Unlock()
	w.files[rel] = f
	return nil
}

// file is the file written at rel, if any.
func (w *writer) file(rel string) (File, bool) {
	w.mu.Lock()
	defer w.mu.Unlock()
	f, ok := w.files[rel]
	return f, ok
}

// mkdir creates dir once per writer: at 20,000 files, asking the file
// system again for every file was a noticeable share of the export.
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

// writeIfChanged writes the concatenation of parts at p, whose folder
// exists. A new file is created in place: it has no reader to protect yet,
// and a build always writes into a new staging folder, where every file is
// new. An existing file is left alone (modification time included) when
// it already holds these bytes, and otherwise replaced through a temporary
// file and a rename, so a reader never sees half a file.
func writeIfChanged(p string, parts [][]byte) error {
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	switch {
	case err == nil:
		return writeNew(f, parts)
	case !errors.Is(err, fs.ErrExist):
		return fmt.Errorf("write %s: %w", p, err)
	}
	if old, err := os.ReadFile(p); err == nil && equalParts(old, parts) {
		return nil
	}
	return replace(p, parts)
}

// equalParts reports whether b is the concatenation of parts.
func equalParts(b []byte, parts [][]byte) bool {
	for _, part := range parts {
		if len(part) > len(b) || !bytes.Equal(b[:len(part)], part) {
			return false
		}
		b = b[len(part):]
	}
	return len(b) == 0
}

// buffers are the write buffers of writeNew, reused across files.
var buffers = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 256<<10) }}

// writeNew writes parts into the new file f and closes it. Small parts are
// gathered in a buffer so that a page of thousands of rows is a few writes;
// large ones go straight to the file. The mode is set explicitly, as for
// replaced files, so that the umask cannot make a published file
// unreadable to the web server.
func writeNew(f *os.File, parts [][]byte) error {
	bw := buffers.Get().(*bufio.Writer)
	bw.Reset(f)
	var err error
	for _, part := range parts {
		if _, err = bw.Write(part); err != nil {
			break
		}
	}
	if err == nil {
		err = bw.Flush()
	}
	bw.Reset(nil)
	buffers.Put(bw)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name()) // leave no partial file behind
		return fmt.Errorf("write %s: %w", f.Name(), err)
	}
	return nil
}

// replace writes parts to a temporary file beside p and renames it over p.
func replace(p string, parts [][]byte) error {
	tmp, err := os.CreateTemp(filepath.Dir(p), ".export-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	if err := writeNew(tmp, parts); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), p); err != nil {
		os.Remove(tmp.Name())
		return fmt.Errorf("write %s: %w", p, err)
	}
	return nil
}

// prune removes the .json and .csv files in the subfolder sub that this run
// did not write: the downloads of a company or region that was deleted.
// It touches nothing else, in case the folder is shared.
func (w *writer) prune(sub string) error {
	entries, err := os.ReadDir(w.path(sub))
	if err != nil {
		if os.IsNotExist(err) {
			return nil
		}
		return fmt.Errorf("prune %s: %w", sub, err)
	}
	for _, e := range entries {
		rel := path.Join(sub, e.Name())
		ext := path.Ext(rel)
		if e.IsDir() || (ext != ".json" && ext != ".csv") {
			continue
		}
		if _, ok := w.file(rel); !ok {
			if err := os.Remove(w.path(rel)); err != nil {
				return fmt.Errorf("prune %s: %w", rel, err)
			}
		}
	}
	return nil
}

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
func contentVersion(files []File) string {
	h := sha256.New()
	for _, f := range files {
		fmt.Fprintf(h, "%s %s\n", f.SHA256, f.Path)
	}
	return formatVersion + "+" + hex.EncodeToString(h.Sum(nil))[:12]
}

// marshalJSON indents with two spaces, keeps "<", ">" and "&" as they are
// (the files are data, not HTML) and ends with a newline.
func marshalJSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
