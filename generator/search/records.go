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
	"os/exec"
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

// entryHTML is r as Pagefind reads a page (search-meta.html marks a
// rendered page so): the title as the heading, the names and handles
// weighed as a heading, the words, and the kind, amount and filters in
// an ignored element, which Pagefind reads but does not index.
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
// as the Node script (and ReadEntries) reads them.
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

// script is the Node program, in the repository, that indexes entries
// with Pagefind's Node API.
const script = ".ci/search-index.mjs"

// nodeIndexer is the node binary and the script, when both are there and
// the pagefind npm package is installed beside the script; else "".
func nodeIndexer(root string) (node, js string) {
	js = filepath.Join(root, filepath.FromSlash(script))
	if !isFile(js) || !isFile(filepath.Join(root, ".ci", "node_modules", "pagefind", "package.json")) {
		return "", ""
	}
	node, err := exec.LookPath("node")
	if err != nil {
		return "", ""
	}
	return node, js
}

// runNode has the script index each piece (pieces) in a Pagefind process
// of its own, whose memory grows with the pages it holds. Pagefind
// indexes each language apart: the languages' first pieces joined
// (joinBundle) are the bundle of one run; the others go into folders of
// their own, which indexes.json lists for the search page.
func runNode(ctx context.Context, node, js, siteDir string, ps []piece, phase func(string)) error {
	dest := filepath.Join(siteDir, Bundle)
	for _, p := range ps {
		if phase != nil {
			phase(p.phase())
		}
		if err := indexPiece(ctx, node, js, siteDir, dest, p); err != nil {
			return err
		}
	}
	if !isFile(filepath.Join(dest, "pagefind.js")) {
		return fmt.Errorf("%s wrote no %s/pagefind.js", script, Bundle)
	}
	return writePieces(dest, ps)
}

// indexPiece has the script index p's entries in a folder below siteDir
// and joins that bundle into its place in dest (piece.folder).
func indexPiece(ctx context.Context, node, js, siteDir, dest string, p piece) error {
	dir, err := os.MkdirTemp(siteDir, ".pagefind-"+p.lang+"-")
	if err != nil {
		return err
	}
	err = runScript(ctx, node, js, dir, p.entries)
	if err == nil && p.n > 0 {
		err = keepIndexOnly(dir)
	}
	if err == nil {
		err = joinBundle(filepath.Join(dest, filepath.FromSlash(p.folder())), dir)
	}
	return errors.Join(err, os.RemoveAll(dir))
}

// runScript has the script index entries into the folder out.
func runScript(ctx context.Context, node, js, out string, entries []Entry) error {
	tmp, err := os.CreateTemp("", "kit-search-*.jsonl")
	if err != nil {
		return err
	}
	tmp.Close()
	defer os.Remove(tmp.Name())
	if err := WriteEntries(tmp.Name(), entries); err != nil {
		return err
	}
	cmd := exec.CommandContext(ctx, node, js, tmp.Name(), out)
	var buf bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &buf
	cmd.WaitDelay = waitDelay
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("%s: %v\n%s", script, err, strings.TrimSpace(buf.String()))
	}
	return nil
}
