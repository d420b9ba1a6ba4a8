package record

import (
	"fmt"
	"path"
	"strconv"
	"strings"
	"unicode"
)

// SiteURL is where the site is published (deploy previews pass their
// own); the home of every absolute URL the generator writes, Hugo's
// baseURL included (the generator passes it to Hugo on every run).
const SiteURL = "https://korea-investment-tracker.netlify.app/"

// DeltaPackage is the name of the data package that describes a
// release's delta files (data/releases/<tag>/changes.csv, …): the
// release's own datapackage.json sits beside it.
const DeltaPackage = "changes.datapackage.json"

// The data's licence, as the datasets, the data package and the pages name it.
const (
	LicenceID    = "CC-BY-4.0"
	LicenceShort = "CC BY 4.0"
	LicenceTitle = "Creative Commons Attribution 4.0 International"
	LicenceURL   = "https://creativecommons.org/licenses/by/4.0/"
)

// RepositoryURL is the repository on GitHub, whose releases carry each
// data release's files (the module path's).
const RepositoryURL = "https://github.com/korea-investment-tracker/kit"

// The kinds of record, each with its folder in data/ and its section of the site.
const (
	CompanyKind    = "company"
	InvestmentKind = "investment"
	RegionKind     = "region"
	// PageKind is a page of content/, which is not a record.
	PageKind = "page"
)

// Section is the folder of data/ that holds each kind of record, which is
// also the section of the site its pages are in: "companies" for a company.
func Section(kind string) string {
	switch kind {
	case CompanyKind:
		return "companies"
	case InvestmentKind:
		return "investments"
	case RegionKind:
		return "regions"
	}
	return ""
}

// recordKind is the kind of record whose folder is dir ("companies"), or "".
func recordKind(dir string) string {
	for _, k := range [...]string{CompanyKind, InvestmentKind, RegionKind} {
		if Section(k) == dir {
			return k
		}
	}
	return ""
}

// RecordOf is the kind and id of the record in the file p, a slash path
// from the repository root: data/companies/aws.json holds company aws.
// ok is false for any other path.
func RecordOf(p string) (kind, id string, ok bool) {
	dir, file := path.Split(p)
	folder, inData := strings.CutPrefix(strings.TrimSuffix(dir, "/"), "data/")
	id, isJSON := strings.CutSuffix(file, ".json")
	kind = recordKind(folder)
	if !inData || !isJSON || kind == "" || id == "" {
		return "", "", false
	}
	return kind, id, true
}

// RecordFile is the file that holds the record of kind with id, a slash
// path from the repository root: RecordOf's inverse.
func RecordFile(kind, id string) string { return "data/" + Section(kind) + "/" + id + ".json" }

// RecordURL is where a record's page is published, below the site root
// (and below a language's folder): "companies/aws/". Hugo lower-cases
// paths, so a region's code is written in lower case ("regions/kr-26/").
func RecordURL(kind, id string) string {
	return Section(kind) + "/" + strings.ToLower(id) + "/"
}

// ProfileOf is the kind and id of the record that a page of content/ (p,
// below content/) profiles by where it is: companies/aws.md and
// companies/aws.ko.md profile company aws, regions/KR-26.md region KR-26.
// Their Markdown is shown on the record's page; ok is false for any
// other page, which is published at its own URL (PageURL).
func ProfileOf(p string) (kind, id string, ok bool) {
	base, _ := PageLang(p)
	dir, file := path.Split(base)
	id = strings.TrimSuffix(file, ".md")
	switch dir {
	case "companies/":
		return CompanyKind, id, true
	case "regions/":
		return RegionKind, id, true
	}
	return "", "", false
}

// PageURL is where a page of content/ that profiles no record is
// published, below the site root (and below a language's folder):
// "about/" for about.md and about.ko.md, "guides/" for guides/_index.md,
// "" for the home page. The generator passes Hugo the page's path
// without ".md", "/_index" or "/index", and without dots and slashes at
// either end; Hugo then writes it as hugoPath does.
func PageURL(p string) string {
	base, _ := PageLang(p)
	s := strings.TrimSuffix(base, ".md")
	section := false
	if name := path.Base(s); name == "_index" || name == "index" {
		s, section = path.Dir(s), true
	}
	if s = hugoPath(strings.Trim(s, "./"), section); s == "" {
		return ""
	}
	return s + "/"
}

// IsSection says whether a page of content/ is the page of its folder
// (_index.md or index.md), which lists the pages in it.
func IsSection(p string) bool {
	base, _ := PageLang(p)
	name := path.Base(strings.TrimSuffix(base, ".md"))
	return name == "_index" || name == "index"
}

// hugoPath is the path at which Hugo v0.165.0 publishes a page that a
// content adapter adds at the path s: in lower case with each space a
// hyphen (common/paths.NormalizePathStringBasic); then, as
// helpers.MakePathSanitized writes a section's path, or a page's folder
// and its name apart, with only letters, digits, marks, "._/\#+~-@" and
// %XX escapes kept, and other white space after a kept character and
// before another one becoming a hyphen (common/paths.Sanitize).
func hugoPath(s string, section bool) string {
	s = strings.ReplaceAll(strings.ToLower(s), " ", "-")
	if section || s == "" {
		return strings.TrimPrefix(sanitize("/"+s), "/")
	}
	dir, name := path.Split(s)
	if dir == "" {
		return sanitize(name)
	}
	return strings.TrimPrefix(sanitize("/"+strings.TrimSuffix(dir, "/")), "/") + "/" + sanitize(name)
}

// sanitize is common/paths.Sanitize, in lower case.
func sanitize(s string) string {
	var b strings.Builder
	hyphen, lastHyphen := false, false
	for i, r := range s {
		if !pathChar(s, i, r) {
			hyphen = hyphen || (b.Len() > 0 && !lastHyphen && unicode.IsSpace(r))
			continue
		}
		if hyphen && r != '-' {
			b.WriteByte('-')
		}
		hyphen, lastHyphen = false, r == '-'
		b.WriteRune(r)
	}
	return strings.ToLower(b.String())
}

// pathChar says whether Hugo keeps the rune r at byte i of s in a path
// (common/paths.isAllowedPathCharacter).
func pathChar(s string, i int, r rune) bool {
	switch {
	case r == ' ':
		return false
	case unicode.IsLetter(r), unicode.IsDigit(r), unicode.IsMark(r), strings.ContainsRune("./\\_#+~-@", r):
		return true
	}
	return r == '%' && i+2 < len(s) && isHex(s[i+1]) && isHex(s[i+2])
}

func isHex(c byte) bool {
	return '0' <= c && c <= '9' || 'a' <= c && c <= 'f' || 'A' <= c && c <= 'F'
}

// A Reservation is why the site keeps a URL for itself.
type Reservation int

// The reasons a URL is kept.
const (
	NotReserved Reservation = iota
	// ReservedHome is the home page, which the generator makes.
	ReservedHome
	// ReservedSection is below a section the generator makes from the
	// data (companies/, data/, …), with its record pages and lists.
	ReservedSection
	// ReservedLanguage is below a language's folder (ko/), where the
	// site publishes that language's pages.
	ReservedLanguage
	// ReservedFile is at or below a file or folder the build writes:
	// Hugo's and the generator's (robots.txt, _redirects, pagefind/, …)
	// and those of site/static/.
	ReservedFile
)

// Reserved says whether the site keeps the URL u (a path below the site
// root, such as "about/" or "data/x/") for itself, and why. Only the first
// part of u counts: everything below a kept name is kept too.
func Reserved(u string) Reservation {
	first, _, _ := strings.Cut(strings.Trim(u, "/"), "/")
	switch {
	case first == "":
		return ReservedHome
	case isLanguage(first):
		return ReservedLanguage
	}
	switch first {
	case "companies", "investments", "regions", "data", "search", "changes", "releases",
		"sectors", "years", "statuses", "amounts":
		return ReservedSection
	case "404", "404.html", "_redirects", "css", "favicon.svg", "index.html",
		"index.xml", "js", "pagefind", "robots.txt", "schema", SitemapFile, EngineFolder:
		return ReservedFile
	}
	if IsSitemapPart(first) {
		return ReservedFile
	}
	return NotReserved
}

// SitemapFile is the site's sitemap, which robots.txt names; a sitemap
// of more URLs than one file may list is an index of parts
// (SitemapPart).
const SitemapFile = "sitemap.xml"

// SitemapPart is the name of the n-th part (from 1) of a large sitemap.
func SitemapPart(n int) string { return fmt.Sprintf("sitemap-%d.xml", n) }

// IsSitemapPart says whether name is a SitemapPart's.
func IsSitemapPart(name string) bool {
	n, ok := strings.CutPrefix(name, "sitemap-")
	n, ok2 := strings.CutSuffix(n, ".xml")
	_, err := strconv.Atoi(n)
	return ok && ok2 && err == nil
}

// isLanguage says whether s is a language of the site, as a page's
// language suffix (about.ko.md) names it.
func isLanguage(s string) bool {
	_, lang := PageLang("page." + s + ".md")
	return lang == s
}

// EngineFolder is the folder, below the site, that the build copies the
// query page's SQLite engine into (generator/sqljs) and the page loads it from.
const EngineFolder = "sqljs"
