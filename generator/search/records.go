package search

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/page"
)

// An Entry is a page as the search index takes it: its URL and a small
// HTML page of its words, weights, meta and filters (Entries), which
// Pagefind parses in a fraction of the time of the rendered page.
type Entry struct {
	URL  string `json:"url"`
	Lang string `json:"lang"`
	HTML string `json:"html"`
}

// Entries are the records' entries, sorted by URL, so that the index does
// not depend on the order pages were made in (a sharded build's merge
// gathers them from several shards).
func Entries(records []*page.SearchRecord) []Entry {
	out := make([]Entry, 0, len(records))
	for _, r := range records {
		out = append(out, Entry{URL: r.URL, Lang: r.Lang, HTML: entryHTML(r)})
	}
	slices.SortFunc(out, func(a, b Entry) int { return cmp.Compare(a.URL, b.URL) })
	return out
}

// entryHTML is r as a page that Pagefind reads: the title as the
// heading, the names and handles weighed as a heading, the words, and the
// kind, amount and filters in an ignored element, which Pagefind reads
// but does not index.
func entryHTML(r *page.SearchRecord) string {
	var b strings.Builder
	esc := html.EscapeString
	fmt.Fprintf(&b, `<html lang="%s"><body><main data-pagefind-body><h1>%s</h1>`, esc(r.Lang), esc(r.Title))
	if r.Subtitle != "" {
		fmt.Fprintf(&b, "<p>%s</p>", esc(r.Subtitle))
	}
	if r.Keys != "" {
		fmt.Fprintf(&b, `<p data-pagefind-weight="7">%s</p>`, esc(r.Keys))
	}
	for _, t := range r.Text {
		if t = strings.TrimSpace(t); t != "" {
			fmt.Fprintf(&b, "<p>%s</p>", esc(t))
		}
	}
	fmt.Fprintf(&b, `<div data-pagefind-ignore><span data-pagefind-meta="kind">%s</span>`, esc(r.Kind))
	if r.Amount != "" {
		fmt.Fprintf(&b, `<span data-pagefind-meta="amount">%s</span>`, esc(r.Amount))
	}
	if r.AmountUSD != "" {
		fmt.Fprintf(&b, `<span data-pagefind-sort="amount">%s</span>`, esc(r.AmountUSD))
	}
	for _, name := range slices.Sorted(maps.Keys(r.Filters)) {
		for _, v := range r.Filters[name] {
			fmt.Fprintf(&b, `<span data-pagefind-filter="%s">%s</span>`, esc(name), esc(v))
		}
	}
	b.WriteString("</div></main></body></html>")
	return b.String()
}

// WriteEntries writes entries to the file name, one JSON object a line,
// as ReadEntries reads them: a shard hands its entries to merge so.
func WriteEntries(name string, entries []Entry) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 256<<10)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range entries {
		if err = enc.Encode(e); err != nil {
			break
		}
	}
	if err == nil {
		err = w.Flush()
	}
	return errors.Join(err, f.Close())
}

// ReadEntries reads a file that WriteEntries wrote.
func ReadEntries(name string) ([]Entry, error) {
	b, err := os.ReadFile(name)
	if err != nil {
		return nil, err
	}
	var out []Entry
	dec := json.NewDecoder(bytes.NewReader(b))
	for dec.More() {
		var e Entry
		if err := dec.Decode(&e); err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		out = append(out, e)
	}
	return out, nil
}

// runPieces has Pagefind index each piece (pieces) in a process of its
// own, whose memory grows with the pages it holds. Pagefind indexes each
// language apart: the languages' first pieces joined (joinBundle) are the
// bundle of one run; the others go into folders of their own, which
// indexes.json lists for the search page.
func runPieces(ctx context.Context, cfg Config, bin, siteDir string, ps []piece) error {
	dest := filepath.Join(siteDir, Bundle)
	for _, p := range ps {
		if cfg.Phase != nil {
			cfg.Phase(p.phase())
		}
		if err := indexPiece(ctx, cfg, bin, siteDir, dest, p); err != nil {
			return err
		}
	}
	if !isFile(filepath.Join(dest, "pagefind.js")) {
		return fmt.Errorf("pagefind wrote no %s/pagefind.js", Bundle)
	}
	return writePieces(dest, ps)
}

// indexPiece writes p's entries as pages into a scratch folder
// (writeScratch), has Pagefind's binary index them (it reads and parses
// pages in parallel, where its Node API's service takes them one at a
// time) into a folder below siteDir, and joins that bundle into its
// place in dest (piece.folder).
func indexPiece(ctx context.Context, cfg Config, bin, siteDir, dest string, p piece) error {
	pages, err := writeScratch(scratchRoots(), "kit-search-"+p.lang+"-", p.entries)
	if err != nil {
		return err
	}
	defer os.RemoveAll(pages)
	out, err := os.MkdirTemp(siteDir, ".pagefind-"+p.lang+"-")
	if err != nil {
		return err
	}
	err = pagefind(ctx, bin, pages, out, cfg.Ran)
	if err == nil && p.n > 0 {
		err = keepIndexOnly(out)
	}
	if err == nil {
		err = joinBundle(filepath.Join(dest, filepath.FromSlash(p.folder())), out)
	}
	return errors.Join(err, os.RemoveAll(out))
}

// scratchRoots are where writeScratch tries to write, in order: Linux's
// memory-backed /dev/shm, where a page and its folder cost a tenth of
// what they cost on a disk (BENCHMARKS.md), then the system's temporary
// folder ("").
func scratchRoots() []string { return []string{"/dev/shm", ""} }

// writeScratch writes entries as pages (writePages) into a new folder in
// the first of roots that takes them all: a container's /dev/shm may be
// too small for a large piece.
func writeScratch(roots []string, prefix string, entries []Entry) (string, error) {
	var err error
	for _, root := range roots {
		var dir string
		if dir, err = os.MkdirTemp(root, prefix); err != nil {
			continue
		}
		if err = writePages(dir, entries); err == nil {
			return dir, nil
		}
		os.RemoveAll(dir)
	}
	return "", err
}

// writePages writes each entry's page below dir where its URL's page is:
// Pagefind takes a page's URL from its file's path.
func writePages(dir string, entries []Entry) error {
	for _, e := range entries {
		rel := filepath.FromSlash(strings.TrimPrefix(e.URL, "/"))
		if !strings.HasSuffix(e.URL, "/") || (rel != "" && !filepath.IsLocal(rel)) {
			return fmt.Errorf("search index: %q is not a page's folder below the site", e.URL)
		}
		name := filepath.Join(dir, rel, "index.html")
		if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(name, []byte(e.HTML), 0o644); err != nil {
			return err
		}
	}
	return nil
}
