package search

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
)

// entryFile is the file of a bundle that lists its languages.
const entryFile = "pagefind-entry.json"

// joinBundle moves the bundle in dir, one run of Pagefind, into dest,
// which may hold other languages' bundles: the files both hold (the
// scripts) must be the same, and their language lists are joined. A
// folder that dest lacks (a language's first fragments, a further
// piece's index) moves whole, one rename for thousands of files.
func joinBundle(dest, dir string) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		to := filepath.Join(dest, rel)
		if err != nil || rel == "." {
			return err
		}
		if d.IsDir() {
			return moveMissing(p, to)
		}
		if rel == entryFile {
			return joinEntries(to, p)
		}
		if old, err := os.ReadFile(to); err == nil {
			b, err := os.ReadFile(p)
			if err == nil && !bytes.Equal(b, old) {
				err = fmt.Errorf("search index: two languages' %s differ", filepath.ToSlash(rel))
			}
			return err
		}
		if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
			return err
		}
		return os.Rename(p, to)
	})
}

// moveMissing moves the folder p to to when to does not exist, and tells
// the walk to skip what went with it; else the walk joins its files.
func moveMissing(p, to string) error {
	if _, err := os.Lstat(to); !errors.Is(err, fs.ErrNotExist) {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(to), 0o755); err != nil {
		return err
	}
	if err := os.Rename(p, to); err != nil {
		return err
	}
	return filepath.SkipDir
}

// bundleEntry is pagefind-entry.json, its fields in Pagefind's order.
type bundleEntry struct {
	Version           string                     `json:"version"`
	Languages         map[string]json.RawMessage `json:"languages"`
	IncludeCharacters json.RawMessage            `json:"include_characters"`
}

// joinEntries writes into dest the language list of src joined to the
// one dest holds, if any, as one run of Pagefind writes it (languages
// in order: encoding/json sorts a map's keys).
func joinEntries(dest, src string) error {
	var add, into bundleEntry
	if err := readJSON(src, &add); err != nil {
		return err
	}
	err := readJSON(dest, &into)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		into = add
	case err != nil:
		return err
	case into.Version != add.Version || !bytes.Equal(into.IncludeCharacters, add.IncludeCharacters):
		return fmt.Errorf("search index: two languages' %s disagree", entryFile)
	default:
		maps.Copy(into.Languages, add.Languages)
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(into); err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(dest), 0o755); err != nil {
		return err
	}
	return os.WriteFile(dest, bytes.TrimSuffix(b.Bytes(), []byte("\n")), 0o644)
}

func readJSON(name string, v any) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	return json.Unmarshal(b, v)
}
