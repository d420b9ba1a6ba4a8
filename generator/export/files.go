package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// Paths of the files that describe the others.
const (
	manifestPath    = "manifest.json"
	checksumsPath   = "SHA256SUMS"
	dataPackagePath = "datapackage.json"
	databasePath    = "korea-investment-tracker.sqlite"
)

// writer writes files into the data folder and remembers what it wrote.
type writer struct {
	dir     string
	files   map[string]File // by path
	version string          // set once the data files are written
}

// put writes data at rel (a slash path below the data folder) unless the
// file already holds exactly these bytes, and records it for the manifest.
func (w *writer) put(rel, mediaType, description string, data []byte) error {
	if err := writeIfChanged(w.path(rel), data); err != nil {
		return err
	}
	sum := sha256.Sum256(data)
	w.files[rel] = File{Path: rel, Bytes: int64(len(data)), SHA256: hex.EncodeToString(sum[:]),
		MediaType: mediaType, Description: description}
	return nil
}

func (w *writer) path(rel string) string { return filepath.Join(w.dir, filepath.FromSlash(rel)) }

// writeIfChanged replaces the file at p with data through a temporary file
// and a rename, so a reader never sees half a file, and leaves it alone
// (modification time included) when it already holds data.
func writeIfChanged(p string, data []byte) error {
	if old, err := os.ReadFile(p); err == nil && bytes.Equal(old, data) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return fmt.Errorf("create folder for %s: %w", p, err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(p), ".export-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	defer os.Remove(tmp.Name()) // fails harmlessly once renamed
	_, err = tmp.Write(data)
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Chmod(tmp.Name(), 0o644)
	}
	if err == nil {
		err = os.Rename(tmp.Name(), p)
	}
	if err != nil {
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
		if _, ok := w.files[rel]; !ok {
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
