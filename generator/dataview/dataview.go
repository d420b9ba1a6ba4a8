// Package dataview makes the pages about the data rather than of it: /data/
// (the files, the data dictionary, how to cite), /data/query/, /releases/
// with a page per release and the releases feed, and /changes/, and words
// a release or a change as every page, feed and command says it. Package
// view adds these pages to the records' own.
package dataview

import (
	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/releases"
)

// Releases are the data's releases as its pages cite them.
type Releases struct {
	// Published are the releases, newest first (build.Releases), for
	// /releases/ and the data page; nil lists none.
	Published []releases.Published
	// Current is the release whose data this is, if any, which the data
	// page names as the version to cite.
	Current *releases.Published
	// Stable are the files kept for each of the newest releases, below
	// data/releases/<tag>/, by tag; a release without is linked to its
	// GitHub release.
	Stable map[string][]record.DataFile
	// DOIs are the DOIs the release metadata names (releases.ReadDOIs),
	// given in citations where a release has one; none are invented.
	DOIs releases.DOIs
}

// Input is what the pages about the data are made of.
type Input struct {
	Publication *publication.Publication
	// SiteName is the datasets' name in every language (locale.SiteName).
	SiteName string
	// Files are the published files, in path order (record.Manifest).
	Files Manifest
	// History is the data's changes, newest first; nil lists none.
	History  history.Log
	Releases Releases
}

// Builder makes the pages about the data in one language.
type Builder struct {
	page.Kit
	p        *publication.Publication
	siteName string
	m        Manifest
	log      history.Log
	rel      Releases
}

// New is the Builder of in's pages in k's language.
func New(k page.Kit, in Input) Builder {
	return Builder{Kit: k, p: in.Publication, siteName: in.SiteName, m: in.Files, log: in.History, rel: in.Releases}
}
