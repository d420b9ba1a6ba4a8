// Package sitemap writes the site's sitemap, /sitemap.xml, for every
// language: English lives at the root, and a sitemap below /ko/ may not
// list URLs outside it (sitemaps.org). Each page is listed in each of its
// languages with its translations as alternates. A site of more URLs than
// one sitemap may list has /sitemap.xml index its parts. The generator
// writes it rather than Hugo, so that no Hugo process needs to hold every
// page: a build renders in parts, and a sharded build in shards.
package sitemap

import (
	"bufio"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/view"
)

// maxURLs is the most URLs one sitemap may list (sitemaps.org).
const maxURLs = 50000

const header = `<?xml version="1.0" encoding="utf-8" standalone="yes"?>` + "\n"

// Write writes the sitemap of s into the site folder dir.
func Write(dir string, s view.Site) error { return write(dir, s, maxURLs) }

// write writes the sitemap of s into dir, with at most max URLs a file,
// and removes the parts of an earlier sitemap there that this one has not
// (the live preview rewrites it into the site it keeps).
func write(dir string, s view.Site, max int) error {
	urls := urlsOf(s)
	var parts []string
	top := func(w io.Writer) error { return writeURLs(w, s.BaseURL, urls) }
	if len(urls) > max {
		for k := 0; k*max < len(urls); k++ {
			name := record.SitemapPart(k + 1)
			part := urls[k*max : min(len(urls), (k+1)*max)]
			if err := writeFile(filepath.Join(dir, name), func(w io.Writer) error { return writeURLs(w, s.BaseURL, part) }); err != nil {
				return err
			}
			parts = append(parts, s.BaseURL+name)
		}
		top = func(w io.Writer) error { return writeIndex(w, parts) }
	}
	if err := writeFile(filepath.Join(dir, record.SitemapFile), top); err != nil {
		return err
	}
	return removeParts(dir, len(parts))
}

// removeParts removes the sitemap parts in dir after the first n.
func removeParts(dir string, n int) error {
	files, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	keep := map[string]bool{}
	for k := 1; k <= n; k++ {
		keep[record.SitemapPart(k)] = true
	}
	for _, f := range files {
		if name := f.Name(); record.IsSitemapPart(name) && !keep[name] {
			if err := os.Remove(filepath.Join(dir, name)); err != nil {
				return err
			}
		}
	}
	return nil
}

// A url is a page in one language, with the languages it is in.
type url struct {
	lang, path string
	langs      []string
}

// urlsOf lists each language's home page and then its pages, in the
// view's order.
func urlsOf(s view.Site) []url {
	langs := languagesOf(s)
	var out []url
	for _, ls := range s.Langs {
		out = append(out, url{ls.Lang, "", langs[""]})
		for _, pg := range ls.Pages {
			out = append(out, url{ls.Lang, pg.Path, langs[pg.Path]})
		}
	}
	return out
}

// languagesOf maps each page's path to the languages it is in, in the
// site's order; the home page ("") is in all.
func languagesOf(s view.Site) map[string][]string {
	out := map[string][]string{}
	for _, ls := range s.Langs {
		out[""] = append(out[""], ls.Lang)
		for _, pg := range ls.Pages {
			if !slices.Contains(out[pg.Path], ls.Lang) {
				out[pg.Path] = append(out[pg.Path], ls.Lang)
			}
		}
	}
	return out
}

func writeFile(name string, write func(io.Writer) error) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 256<<10)
	err = write(w)
	if err == nil {
		err = w.Flush()
	}
	return errors.Join(err, f.Close())
}

func writeURLs(w io.Writer, base string, urls []url) error {
	io.WriteString(w, header+`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`+"\n")
	for _, u := range urls {
		io.WriteString(w, "  <url>\n    <loc>")
		xml.EscapeText(w, []byte(base+page.Folder(u.lang, u.path)))
		io.WriteString(w, "</loc>\n")
		for _, l := range u.langs {
			io.WriteString(w, `    <xhtml:link rel="alternate" hreflang="`+l+`" href="`)
			xml.EscapeText(w, []byte(base+page.Folder(l, u.path)))
			io.WriteString(w, "\"/>\n")
		}
		io.WriteString(w, "  </url>\n")
	}
	_, err := io.WriteString(w, "</urlset>\n")
	return err
}

func writeIndex(w io.Writer, parts []string) error {
	io.WriteString(w, header+`<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">`+"\n")
	for _, p := range parts {
		io.WriteString(w, "  <sitemap>\n    <loc>")
		xml.EscapeText(w, []byte(p))
		io.WriteString(w, "</loc>\n  </sitemap>\n")
	}
	_, err := fmt.Fprint(w, "</sitemapindex>\n")
	return err
}
