// Package feed writes Atom feeds of what changed in the data: one for the
// whole publication, one per company and one per region, so readers can
// follow exactly what they care about.
package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/reuse"
)

// MaxEntries bounds each feed: readers poll feeds, and old entries are on /changes/.
const MaxEntries = 100

type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	ID      string      `xml:"id"`
	Title   string      `xml:"title"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomAuthor  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type atomAuthor struct {
	Name string `xml:"name"`
}

type atomEntry struct {
	ID      string   `xml:"id"`
	Title   string   `xml:"title"`
	Updated string   `xml:"updated"`
	Link    atomLink `xml:"link"`
	Summary string   `xml:"summary"`
}

// site resolves record pages and titles for feed entries.
type site struct {
	base    string
	p       *publication.Publication
	titles  map[string]string // kind/id -> title
	related map[string][]string
}

// Options says how Write writes. The zero value writes every feed.
type Options struct {
	// Reuse is the last published site, or "". A feed whose bytes did not
	// change is hard-linked from it (package reuse).
	Reuse string
	// OmitUnchanged leaves such a feed out instead: for a quick rebuild,
	// whose staging folder is laid over the published site, where making
	// a folder per company only to link a file into it took most of the
	// time.
	OmitUnchanged bool
}

// Write writes changes/index.xml, companies/<id>/index.xml and
// regions/<code>/index.xml below dir, which must not hold them yet. baseURL
// is the site's absolute URL.
func Write(dir, baseURL string, p *publication.Publication, log history.Log, opt Options) error {
	s := newSite(baseURL, p)
	feeds := map[string]atomFeed{
		"changes/index.xml": s.feed("changes/", "Korea Investment Tracker: all changes", log),
	}
	concerning := s.byRecord(log)
	for _, c := range p.Companies {
		page := "companies/" + c.ID + "/"
		feeds[page+"index.xml"] = s.feed(page, "Korea Investment Tracker: "+c.Name, concerning["company/"+c.ID])
	}
	for _, r := range p.Regions {
		page := "regions/" + strings.ToLower(r.Code) + "/"
		feeds[page+"index.xml"] = s.feed(page, "Korea Investment Tracker: "+r.Name, concerning["region/"+r.Code])
	}
	return writeAll(dir, opt, feeds)
}

// writeAll writes the feeds on every core: a feed per company is a
// thousand small files at 10k commitments, and creating a file is mostly
// waiting on the file system.
func writeAll(dir string, opt Options, feeds map[string]atomFeed) error {
	names := slices.Sorted(maps.Keys(feeds))
	errs := make([]error, len(names))
	load.Parallel(len(names), func(i int) {
		errs[i] = writeXML(filepath.Join(dir, filepath.FromSlash(names[i])), reuse.Path(opt.Reuse, names[i]), opt.OmitUnchanged, feeds[names[i]])
	})
	return errors.Join(errs...)
}

func newSite(base string, p *publication.Publication) *site {
	s := &site{base: strings.TrimSuffix(base, "/") + "/", p: p, titles: map[string]string{}, related: map[string][]string{}}
	for _, c := range p.Companies {
		s.titles["company/"+c.ID] = c.Name
	}
	for _, r := range p.Regions {
		s.titles["region/"+r.Code] = r.Name
	}
	for _, i := range p.Investments {
		s.titles["investment/"+i.ID] = i.Title
		s.relate(i)
	}
	return s
}

// relate records which companies and regions a commitment concerns.
func (s *site) relate(i *publication.Investment) {
	s.related["investment/"+i.ID] = history.Concerns(i.Investment)
}

// byRecord files each change under its record and under every company and
// region it concerns (now, or before its removal): one pass over the log,
// however many companies and regions there are.
func (s *site) byRecord(log history.Log) map[string]history.Log {
	out := map[string]history.Log{}
	for _, c := range log {
		key := c.Kind + "/" + c.ID
		seen := map[string]bool{}
		for _, k := range slices.Concat([]string{key}, s.related[key], c.Was) {
			if !seen[k] {
				seen[k] = true
				out[k] = append(out[k], c)
			}
		}
	}
	return out
}

func (s *site) feed(page, title string, log history.Log) atomFeed {
	f := atomFeed{
		ID: s.base + page, Title: title, Updated: stamp(log.Latest()),
		Links:  []atomLink{{Href: s.base + page, Type: "text/html"}, {Href: s.base + page + "index.xml", Rel: "self", Type: "application/atom+xml"}},
		Author: atomAuthor{Name: "Korea Investment Tracker"},
	}
	for _, c := range log[:min(len(log), MaxEntries)] {
		f.Entries = append(f.Entries, s.entry(c))
	}
	return f
}

func (s *site) entry(c history.Change) atomEntry {
	name := s.titles[c.Kind+"/"+c.ID]
	if name == "" {
		name = c.ID
	}
	link := s.base + "changes/"
	if c.Kind != "" && c.Kind != "page" && c.Op != "removed" {
		link = s.base + map[string]string{"company": "companies/", "investment": "investments/", "region": "regions/"}[c.Kind] + strings.ToLower(c.ID) + "/"
	}
	return atomEntry{
		ID:    "tag:korea-investment-tracker,2025:" + c.Commit + "/" + c.Path,
		Title: strings.TrimSpace(c.Op + " " + c.Kind + ": " + name), Updated: stamp(c.Time),
		Link: atomLink{Href: link}, Summary: c.Subject,
	}
}

// stamp formats a time for Atom; without history it is the Unix epoch, so
// that a build stays deterministic.
func stamp(t time.Time) string {
	if t.IsZero() {
		t = time.Unix(0, 0)
	}
	return t.UTC().Format(time.RFC3339)
}

// writeXML writes v as XML at path, or links prev there or, with omit,
// writes nothing when prev holds the same bytes.
func writeXML(path, prev string, omit bool, v any) error {
	var b bytes.Buffer
	b.WriteString(xml.Header)
	enc := xml.NewEncoder(&b)
	enc.Indent("", "  ")
	if err := enc.Encode(v); err != nil {
		return err
	}
	b.WriteByte('\n')
	if omit && prev != "" {
		if reuse.Same(prev, b.Bytes()) {
			return nil
		}
		prev = "" // it differs: Create need not compare again
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	return reuse.Create(path, prev, b.Bytes())
}
