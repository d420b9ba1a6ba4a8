// Package sitemap writes the site's one sitemap, /sitemap.xml, for every
// language: English lives at the root, and a sitemap below /ko/ may not
// list URLs outside it (sitemaps.org). Each page is listed in each of its
// languages with its translations as alternates. The generator writes it
// rather than Hugo, so that no Hugo process needs to hold every page: a
// build renders in parts, and a sharded build in shards.
package sitemap

import (
	"bufio"
	"encoding/xml"
	"errors"
	"io"
	"os"
	"slices"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/view"
)

// File is the sitemap's name below the site root (robots.txt names it).
const File = "sitemap.xml"

// Write writes the sitemap of s into the file name.
func Write(name string, s view.Site) error {
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 256<<10)
	err = write(w, s)
	if err == nil {
		err = w.Flush()
	}
	return errors.Join(err, f.Close())
}

// write lists each language's home page and then its pages, in the
// view's order, each with the languages it is in.
func write(w io.Writer, s view.Site) error {
	langs := languagesOf(s)
	io.WriteString(w, `<?xml version="1.0" encoding="utf-8" standalone="yes"?>`+"\n"+`<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">`+"\n")
	for _, ls := range s.Langs {
		paths := append([]string{""}, pathsOf(ls.Pages)...)
		for _, p := range paths {
			if err := writeURL(w, s.BaseURL, ls.Lang, p, langs[p]); err != nil {
				return err
			}
		}
	}
	_, err := io.WriteString(w, "</urlset>\n")
	return err
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

func pathsOf(pages []page.Page) []string {
	out := make([]string, len(pages))
	for k, pg := range pages {
		out[k] = pg.Path
	}
	return out
}

// writeURL writes the entry of the page at path p in lang.
func writeURL(w io.Writer, base, lang, p string, langs []string) error {
	io.WriteString(w, "  <url>\n    <loc>")
	xml.EscapeText(w, []byte(base+page.Folder(lang, p)))
	io.WriteString(w, "</loc>\n")
	for _, l := range langs {
		io.WriteString(w, `    <xhtml:link rel="alternate" hreflang="`+l+`" href="`)
		xml.EscapeText(w, []byte(base+page.Folder(l, p)))
		io.WriteString(w, "\"/>\n")
	}
	_, err := io.WriteString(w, "  </url>\n")
	return err
}
