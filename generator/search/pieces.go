package search

import (
	"bytes"
	"cmp"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
)

// A piece is the entries of one language that one Pagefind process
// indexes (Config.PagesPerIndex).
type piece struct {
	lang    string
	n, of   int // its number among the language's pieces, from 0, and how many
	entries []Entry
}

// pieces divides entries by language, and each language into as few
// pieces of at most per pages as hold them (per as Config.PagesPerIndex):
// page i of a language goes into piece i mod n, so that every piece holds
// pages of every kind and the pieces rank alike.
func pieces(entries []Entry, per int) []piece {
	per = cmp.Or(per, DefaultPagesPerIndex)
	byLang := map[string][]Entry{}
	for _, e := range entries {
		byLang[e.Lang] = append(byLang[e.Lang], e)
	}
	var out []piece
	for _, lang := range slices.Sorted(maps.Keys(byLang)) {
		all, n := byLang[lang], 1
		if per > 0 {
			n = (len(all) + per - 1) / per
		}
		for i := range n {
			p := piece{lang: lang, n: i, of: n}
			for j := i; j < len(all); j += n {
				p.entries = append(p.entries, all[j])
			}
			out = append(out, p)
		}
	}
	return out
}

// folder is where p's index goes below the bundle: a language's first
// piece is the bundle's own index of the language, "".
func (p piece) folder() string {
	if p.n == 0 {
		return ""
	}
	return fmt.Sprintf("%s-%d/", p.lang, p.n)
}

// phase is how the build's progress names p's indexing.
func (p piece) phase() string {
	if p.of == 1 {
		return "indexing records: " + p.lang
	}
	return fmt.Sprintf("indexing records: %s, %d of %d", p.lang, p.n+1, p.of)
}

// piecesFile, in the bundle, lists by language the folders of the
// language's further indexes, which the search page merges into the
// bundle's own (Pagefind's mergeIndex): {"ko": ["ko-1/"]}.
const piecesFile = "indexes.json"

// writePieces writes piecesFile into the bundle dest for the pieces ps.
func writePieces(dest string, ps []piece) error {
	more := map[string][]string{}
	for _, p := range ps {
		if p.n > 0 {
			more[p.lang] = append(more[p.lang], p.folder())
		}
	}
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(more); err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dest, piecesFile), b.Bytes(), 0o644)
}

// keepIndexOnly removes from a bundle what a merged index does not load:
// the scripts, styles and WebAssembly, which the search page loads from
// the bundle it merges into.
func keepIndexOnly(dir string) error {
	files, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	for _, f := range files {
		name := f.Name()
		keep := name == entryFile || strings.HasSuffix(name, ".pf_meta") || slices.Contains([]string{"index", "fragment", "filter"}, name)
		if !keep {
			if err := os.RemoveAll(filepath.Join(dir, name)); err != nil {
				return err
			}
		}
	}
	return nil
}
