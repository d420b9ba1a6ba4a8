// Package view makes the site's pages: from the publication, the
// datasets' manifest, the message catalogs, the schemas and the data's
// history, every page's words, numbers and links in every language, as the
// templates in site/ place them (Hugo formats nothing itself): the records'
// own pages here, the pages about the data from package dataview. It is
// pure: it reads only what it is given, and knows nothing of Hugo but where
// it publishes a page (page.Folder). Package hugo writes a Site for Hugo.
package view

import (
	"io/fs"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/errgroup"

	"github.com/korea-investment-tracker/kit/generator/dataview"
	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/schemadoc"
)

// Lang is one language's pages, its home page's view, and when the data
// last changed, which pages without records of their own show.
type Lang struct {
	Lang string
	// Title is the site's title and Label the language's own name, in
	// the language (its catalog's site_title and language_name).
	Title, Label string
	Pages        []page.Page
	Home         homeView
	Updated      page.Updated
	// Releases are the releases in words, for the releases feed.
	Releases dataview.ReleaseFeed
}

// Site is every page's view in every language, for one base URL.
type Site struct {
	// BaseURL is the published site's absolute URL, with a trailing slash.
	BaseURL string
	// Langs are the languages' pages, the default language first.
	Langs []Lang
	// Schemas and Manifest are Input's, which a Snapshot (package
	// pagediff) digests and keeps.
	Schemas  fs.FS
	Manifest *record.Manifest
}

// Input is what the pages are made of.
type Input struct {
	Publication *publication.Publication
	// Manifest lists the datasets that the data page and each record's
	// page link; nil lists none.
	Manifest *record.Manifest
	// Catalogs are the message catalogs by language (locale.ReadCatalogs).
	Catalogs map[string]locale.Catalog
	// Schemas holds the JSON Schemas (schema.Files), for the data dictionary.
	Schemas fs.FS
	// History is the data's changes from git (history.Read), for the
	// /changes/ page and the date each page says its data last changed;
	// nil lists no changes and shows no dates.
	History history.Log
	// BaseURL is the published site's absolute URL.
	BaseURL string
	// Releases are the data's releases, which the pages about the data
	// cite; the zero value lists none.
	Releases dataview.Releases
}

// Pages lists every language's pages, the default language's last, so
// that a page path named in an error is blamed on its English source.
func (s Site) Pages() []page.Page {
	var out []page.Page
	for i := len(s.Langs) - 1; i >= 0; i-- {
		out = append(out, s.Langs[i].Pages...)
	}
	return out
}

// Build makes every page in every language. It fails when a catalog
// lacks a message. The data is valid (check): where each page lands, and
// that no two land at one path, is check's to say.
func Build(in Input) (Site, error) {
	s, bs, err := newSite(in)
	if err != nil {
		return Site{}, err
	}
	dict, err := schemadoc.Dictionary(in.Schemas)
	if err != nil {
		return Site{}, err
	}
	// The languages share only what newBuilders made, read-only.
	s.Langs = make([]Lang, len(bs))
	var g errgroup.Group
	for k, b := range bs {
		g.Go(func() (err error) {
			s.Langs[k], err = b.lang(dict)
			return err
		})
	}
	if err := g.Wait(); err != nil {
		return Site{}, err
	}
	return s, nil
}

// newSite is the Site of in without pages, and a builder per language.
func newSite(in Input) (Site, []builder, error) {
	base := in.BaseURL
	if !strings.HasSuffix(base, "/") {
		base += "/"
	}
	u, err := page.NewURLs(base)
	if err != nil {
		return Site{}, nil, err
	}
	var files []record.DataFile
	if in.Manifest != nil {
		files = in.Manifest.Files
	}
	bs := newBuilders(in.Publication, u, files, in.Catalogs, in.History)
	for k := range bs {
		bs[k].releases = in.Releases
	}
	return Site{BaseURL: base, Schemas: in.Schemas, Manifest: in.Manifest}, bs, nil
}

// newBuilders makes a builder per language, computing once what is the
// same in every language.
func newBuilders(p *publication.Publication, u page.URLs, m dataview.Manifest, cats map[string]locale.Catalog, log history.Log) []builder {
	profiles := profilesOf(p.Pages)
	dates := dataview.RecordDates(p, log)
	companies := map[string]*publication.Company{}
	for _, c := range p.Companies {
		companies[c.ID] = c
	}
	newest := newestFirst(p.Investments)
	// Made once, when a language first needs them: a first look at a
	// company's pages needs no facets.
	splits := sync.OnceValue(func() splits { return splitsOf(p) })
	facets := sync.OnceValue(func() map[string]map[string][]*publication.Investment { return facetBuckets(newest) })
	var bs []builder
	for _, lang := range record.Languages() {
		bs = append(bs, builder{Kit: page.Kit{L: locale.New(lang, cats[lang]), U: u.In(lang)}, p: p, siteName: locale.SiteName(cats), m: m, profiles: profiles, companies: companies, splits: splits,
			newest: newest, facets: facets, log: log, dates: dates, rowCache: map[*publication.Investment]row{}})
	}
	return bs
}

// lang builds every page of b's language; a message missing from the
// language's catalog is the error.
func (b builder) lang(dict []schemadoc.Doc) (Lang, error) {
	var pages []page.Page
	pages = append(pages, b.companyPages()...)
	pages = append(pages, b.regionPages()...)
	pages = append(pages, b.investmentPages()...)
	d := b.dataview()
	pages = append(pages, d.DataPage(dict), d.QueryPage())
	pages = append(pages, b.contentPages()...)
	pages = append(pages, b.facetPages()...)
	pages = append(pages, b.searchPage())
	pages = append(pages, d.ChangesPage(pages))
	pages = append(pages, d.ReleasePages()...)
	b.dated(pages)
	b.searched(pages)
	home := b.homeView()
	updated := b.Updated("updated_site_before", b.log.Latest())
	feed := d.Feed()
	if err := b.L.Err(); err != nil {
		return Lang{}, err
	}
	lang := b.langOf(pages, home, updated)
	lang.Releases = feed
	return lang, nil
}

// dataview is the builder of the pages about the data in b's language.
func (b builder) dataview() dataview.Builder {
	return dataview.New(b.Kit, dataview.Input{Publication: b.p, SiteName: b.siteName, Files: b.m, History: b.log, Releases: b.releases})
}

// langOf is b's language with its pages, home page and update date.
func (b builder) langOf(pages []page.Page, home homeView, updated page.Updated) Lang {
	return Lang{Lang: b.L.Lang(), Title: b.L.W("site_title"), Label: b.L.W("language_name"), Pages: pages, Home: home, Updated: updated}
}

type builder struct {
	page.Kit
	p         *publication.Publication
	siteName  string // locale.SiteName: the datasets' name in every language
	m         dataview.Manifest
	profiles  map[string]record.PageFile // by profileKey and language: "ko:companies/aws"
	companies map[string]*publication.Company
	// splits are the breakdowns per company and region that charts draw.
	splits func() splits
	// newest are all the commitments, newest first (newestFirst).
	newest []*publication.Investment
	// facets are the commitments by facet and value (facetBuckets).
	facets func() map[string]map[string][]*publication.Investment
	// log is the history of the data, newest first; dates are when each
	// record page's data last changed (changes.go).
	log   history.Log
	dates map[string]time.Time
	// rowCache holds each commitment's row once made (row). A builder is
	// one language's and runs in one goroutine.
	rowCache map[*publication.Investment]row
	// releases are the data's releases, for the pages about the data.
	releases dataview.Releases
}
