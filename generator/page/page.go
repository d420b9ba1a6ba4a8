// Package page is the model of the site's pages: what the page builders
// (packages view and dataview) make and package hugo writes for Hugo, and
// the Kit they word dates, totals and links with, so that every page says
// them alike.
package page

import (
	"encoding/json"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// Page is one page the content adapter adds: its Hugo path, its words,
// and the view its template reads from .Params.view.
type Page struct {
	Path        string `json:"path"`
	Kind        string `json:"kind"`
	Title       string `json:"title"`
	Description string `json:"description"`
	Body        string `json:"body"`
	Params      Params `json:"params"`
	// Source is the file that makes the page, named in errors.
	Source string `json:"-"`
	// Markdown is the file its Body comes from, blamed for Markdown errors.
	Markdown string `json:"-"`
	// Search is what the search index holds of the page, when it answers
	// a search (see SearchRecord); Hugo never sees it.
	Search *SearchRecord `json:"-"`
}

// Params are what a page's template reads besides its title and body.
type Params struct {
	// TitleLang is "en" when the title is English on a Korean page, and
	// Untranslated marks it so; Subtitle is the name in the other language.
	TitleLang    string `json:"title_lang,omitempty"`
	Untranslated bool   `json:"untranslated,omitempty"`
	Subtitle     string `json:"subtitle,omitempty"`
	SubtitleLang string `json:"subtitle_lang,omitempty"`
	// BodyLang is set when the Markdown is shown in another language
	// because it has no version in this one.
	BodyLang string `json:"body_lang,omitempty"`
	Crumbs   []Link `json:"crumbs,omitempty"`
	// JSONLD is the page's structured data, already JSON with <, > and &
	// escaped, so a template can place it in a script element as is.
	JSONLD string `json:"jsonld,omitempty"`
	View   any    `json:"view,omitempty"`
	// Updated is when a record page's data last changed;
	// other pages show the dataset's latest change instead.
	Updated *Updated `json:"updated,omitempty"`
	// Feeds are the page's own Atom feeds, beside the whole site's.
	Feeds []Link `json:"feeds,omitempty"`
	// SearchKeys are words a record's page is found by as by its title,
	// for its search record (SearchRecord.Keys); Hugo never sees them.
	SearchKeys string `json:"-"`
}

// Folder is the folder below the site root where Hugo publishes the page
// at path p in lang ("", "ko/companies/aws/"): Hugo lower-cases paths, and
// the default language is at the root.
func Folder(lang, p string) string {
	dir := ""
	if lang != record.DefaultLang {
		dir = lang + "/"
	}
	if p == "" {
		return dir
	}
	return dir + strings.ToLower(p) + "/"
}

// Link is a named URL. On English pages NameKo is the Korean name, shown
// beside it with lang="ko". On Korean pages Name is the Korean name, or the
// English one with Lang "en" and Untranslated set, so that the template
// marks it: a missing Korean value is never shown blank.
type Link struct {
	Name         string `json:"name"`
	NameKo       string `json:"name_ko,omitempty"`
	Lang         string `json:"lang,omitempty"`
	Untranslated bool   `json:"untranslated,omitempty"`
	URL          string `json:"url,omitempty"`
}

// Date is a commit's day for <time datetime>: Text in the page's
// language, ISO the exact time; both empty when history does not say.
type Date struct {
	Text string `json:"text,omitempty"`
	ISO  string `json:"iso,omitempty"`
}

// Updated says when a page's data last changed, as a sentence around
// its date; the footer shows it only when the date is known.
type Updated struct {
	Before string `json:"before"`
	Date   Date   `json:"date"`
	After  string `json:"after"`
}

// SearchRecord is a page that answers a search (a commitment, a company,
// a region, a page of content/) as the search index takes it: made from
// the page's view, so that the index is fed these rather than crawled
// from the rendered HTML (package search).
type SearchRecord struct {
	// URL is the page's path from the site root ("/ko/companies/aws/").
	URL, Lang, Title string
	// Subtitle is the name in the other script; Keys the names and
	// handles the page is found by as by its title (SearchKeys).
	Subtitle, Keys string
	// Kind ("Company", "기업") and Amount are what a result shows beside
	// its title; AmountUSD sorts by amount, when the page has one.
	Kind, Amount, AmountUSD string
	// Text is the page's words: its lede, facts, totals and Markdown.
	Text []string
	// Filters are the kind, regions, sectors and status, by name.
	Filters map[string][]string
}

// JSONLD marshals structured data; encoding/json escapes <, > and & so the
// result cannot close the script element it is placed in.
func JSONLD(v map[string]any) string {
	v["@context"] = "https://schema.org"
	b, err := json.Marshal(v)
	if err != nil {
		panic(err) // maps of strings and slices always marshal
	}
	return string(b)
}
