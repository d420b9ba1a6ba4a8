// Package feed writes Atom feeds of what changed in the data: one for the
// whole publication, one per company and one per region, so readers can
// follow exactly what they care about; in English and in each of the
// site's other languages (Korean), as its pages are.
package feed

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"errors"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/parallel"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
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
	titles  map[string][2]string // kind/id -> English and Korean title
	related map[string][]string
}

// Lang is the feeds in one of the site's languages, below that language's
// folder as its pages are: ko/changes/index.xml.
type Lang struct {
	// Folder holds the language's pages and feeds: "" for the data's
	// language (English), at the site's root; "ko/" for Korean.
	Folder string
	// T is a message of the site's catalog in the language: site_title,
	// feed_site (with .Site), feed_record (with .Name), change_<op>,
	// change_kind_<kind>, change_commit and list_separator. The data's
	// language takes only the first two and the last two from it (see
	// native).
	T func(key string, data map[string]any) string
	// Name is a record's name in the language, from its English and
	// Korean ones (the English one where there is no other).
	Name func(en, ko string) string
	// Words says what a change did to its record in the language (an
	// amount from … to …), for the entry's summary; nil says nothing.
	Words func(c history.Change) []string
}

// Options says how Write writes.
type Options struct {
	// Langs are the languages to write feeds in: the site's.
	Langs []Lang
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
// regions/<code>/index.xml below dir, which must not hold them yet, and
// the same below each other language's folder. baseURL is the site's
// absolute URL.
func Write(dir, baseURL string, p *publication.Publication, log history.Log, opt Options) error {
	s := newSite(baseURL, p)
	concerning := s.byRecord(log)
	feeds := map[string]atomFeed{}
	for _, l := range opt.Langs {
		if l.Folder == "" {
			l = native(l)
		}
		s.addFeeds(feeds, l, log, concerning)
	}
	return writeAll(dir, opt, feeds)
}

// native is the data's language as its feeds speak it: with the site's
// name and feed_site from its catalog, but what changed in the log's own
// words ("added investment"), and a record's feed titled "<site>: <name>".
func native(l Lang) Lang {
	t := l.T
	l.T = func(key string, data map[string]any) string {
		switch key {
		case "feed_record":
			return t("site_title", nil) + ": " + data["Name"].(string)
		case "change_kind_file":
			return ""
		case "change_kind_page_ko":
			return "page"
		case "change_commit", "list_separator":
			return t(key, data)
		}
		if what, ok := strings.CutPrefix(key, "change_"); ok {
			return strings.TrimPrefix(what, "kind_")
		}
		return t(key, data)
	}
	return l
}

// addFeeds adds l's feeds: the whole site's, and each company's and region's.
func (s *site) addFeeds(feeds map[string]atomFeed, l Lang, log history.Log, concerning map[string]history.Log) {
	add := func(page, title string, log history.Log) {
		feeds[l.Folder+page+"index.xml"] = s.feed(l, page, title, log)
	}
	add("changes/", l.T("feed_site", map[string]any{"Site": l.T("site_title", nil)}), log)
	for _, c := range s.p.Companies {
		add("companies/"+c.ID+"/", l.T("feed_record", map[string]any{"Name": l.Name(c.Name, c.NameKo)}), concerning["company/"+c.ID])
	}
	for _, r := range s.p.Regions {
		add("regions/"+strings.ToLower(r.Code)+"/", l.T("feed_record", map[string]any{"Name": l.Name(r.Name, r.NameKo)}), concerning["region/"+r.Code])
	}
}

// writeAll writes the feeds on every core: a feed per company is a
// thousand small files at 10k commitments, and creating a file is mostly
// waiting on the file system.
func writeAll(dir string, opt Options, feeds map[string]atomFeed) error {
	names := slices.Sorted(maps.Keys(feeds))
	errs := make([]error, len(names))
	parallel.For(len(names), func(i int) error {
		errs[i] = writeXML(filepath.Join(dir, filepath.FromSlash(names[i])), reuse.Path(opt.Reuse, names[i]), opt.OmitUnchanged, feeds[names[i]])
		return nil // every error, joined
	})
	return errors.Join(errs...)
}

func newSite(base string, p *publication.Publication) *site {
	s := &site{base: strings.TrimSuffix(base, "/") + "/", p: p, titles: map[string][2]string{}, related: map[string][]string{}}
	for _, c := range p.Companies {
		s.titles["company/"+c.ID] = [2]string{c.Name, c.NameKo}
	}
	for _, r := range p.Regions {
		s.titles["region/"+r.Code] = [2]string{r.Name, r.NameKo}
	}
	for _, i := range p.Investments {
		s.titles["investment/"+i.ID] = [2]string{i.Title, i.TitleKo}
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

// feed is l's feed of the page (a slash path below l's folder) with the
// newest changes of log.
func (s *site) feed(l Lang, page, title string, log history.Log) atomFeed {
	url := s.base + l.Folder + page
	f := atomFeed{
		ID: url, Title: title, Updated: stamp(log.Latest()),
		Links:  []atomLink{{Href: url, Type: "text/html"}, {Href: url + "index.xml", Rel: "self", Type: "application/atom+xml"}},
		Author: atomAuthor{Name: l.T("site_title", nil)},
	}
	for _, c := range log[:min(len(log), MaxEntries)] {
		f.Entries = append(f.Entries, s.entry(l, c))
	}
	return f
}

// entry is a change in l's words, linked to its record's page in l's
// folder while the record exists, else to the changes page.
func (s *site) entry(l Lang, c history.Change) atomEntry {
	name := cmp.Or(l.Name(s.titles[c.Kind+"/"+c.ID][0], s.titles[c.Kind+"/"+c.ID][1]), l.Name(c.FormerName()), c.ID)
	link := s.base + l.Folder + "changes/"
	if c.Kind != "" && c.Kind != record.PageKind && c.Op != "removed" {
		link = s.base + l.Folder + record.RecordURL(c.Kind, c.ID)
	}
	what := strings.TrimSpace(l.T("change_"+c.Op, nil) + " " + l.T("change_kind_"+kindOf(c), nil))
	id := "tag:korea-investment-tracker,2025:" + c.Commit + "/" + c.Path
	if l.Folder != "" { // another language's entry is one of its own
		id += "#" + strings.TrimSuffix(l.Folder, "/")
	}
	return atomEntry{
		ID:    id,
		Title: what + ": " + name, Updated: stamp(c.Time),
		Link: atomLink{Href: link}, Summary: summary(l, c),
	}
}

// summary is what changed in the record in l's words, then the commit's
// subject, second.
func summary(l Lang, c history.Change) string {
	var words []string
	if l.Words != nil {
		words = l.Words(c)
	}
	if c.Subject != "" {
		words = append(words, l.T("change_commit", nil)+": "+c.Subject)
	}
	return strings.Join(words, l.T("list_separator", nil))
}

// kindOf is the change's kind as the site's catalog names it (as the
// changes page does): a data file that is no record is a "file", a page's
// Korean version a "page_ko".
func kindOf(c history.Change) string {
	if _, lang := record.PageLang(c.ID); c.Kind == record.PageKind && lang == "ko" {
		return "page_ko"
	}
	return cmp.Or(c.Kind, "file")
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
