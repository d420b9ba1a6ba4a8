package check

import (
	"cmp"
	"path"
	"slices"
	"strings"
	"unicode"

	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// placed is a page of content/ with where it lands: the record it
// profiles, or its own URL (record.PageURL).
type placed struct {
	entry[record.PageFile]
	base, lang string // record.PageLang of its path
	explicit   bool   // its name says its language (about.en.md)
	url        string
}

// places checks where every page of content/ lands, as the site will
// publish it: a profile on its record's page, once per language; any
// other page at its own URL, which must be free, and under the name it
// is published as. Each page gets at most one of these problems.
func (s *docSet) places() record.ErrorList {
	var profiles, pages []placed
	for _, e := range s.pages {
		p := placed{entry: e}
		p.base, p.lang = record.PageLang(e.rec.Path)
		p.explicit = p.base != e.rec.Path
		if _, _, ok := record.ProfileOf(e.rec.Path); ok {
			profiles = append(profiles, p)
			continue
		}
		p.url = record.PageURL(e.rec.Path)
		pages = append(pages, p)
	}
	errs := profilesOnce(profiles)
	free, taken := s.reserved(pages)
	errs = append(errs, taken...)
	return append(errs, urlsOnce(free)...)
}

// profilesOnce reports a second profile of a record in one language
// (companies/aws.md and companies/aws.en.md), on the one whose name says
// its language.
func profilesOnce(profiles []placed) record.ErrorList {
	slices.SortFunc(profiles, byClaim)
	first := map[string]placed{}
	var errs record.ErrorList
	for _, p := range profiles {
		kind, id, _ := record.ProfileOf(p.rec.Path)
		key := p.lang + ":" + kind + "/" + id
		if prev, dup := first[key]; dup {
			errs = append(errs, pageErr(p, message.ProfileTwice.With(langName(p.lang), kind, id, "content/"+prev.rec.Path)))
			continue
		}
		first[key] = p
	}
	return errs
}

// byClaim orders pages by their claim to a place: well-named first, then
// those whose name does not say their language, then by path.
func byClaim(a, b placed) int {
	return cmp.Or(-cmpBool(wellNamed(a.rec.Path), wellNamed(b.rec.Path)),
		cmpBool(a.explicit, b.explicit), cmp.Compare(a.rec.Path, b.rec.Path))
}

func cmpBool(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// reserved splits pages into those at a free URL and the problems of
// those at a URL the site keeps for itself: a language's folder, the
// home page, a record's page or a section the generator makes, a file
// the build writes.
func (s *docSet) reserved(pages []placed) (free []placed, errs record.ErrorList) {
	records := s.recordURLs()
	for _, p := range pages {
		first, _, _ := strings.Cut(p.url, "/")
		var t message.Text
		switch record.Reserved(p.url) {
		case record.NotReserved:
			free = append(free, p)
			continue
		case record.ReservedLanguage:
			t = message.PageLanguageFolder.With(first)
		case record.ReservedHome:
			t = message.PageHome.Text()
		case record.ReservedSection:
			t = message.PageSection.With("/"+p.url, first)
			if p.url == first+"/" {
				t = message.PageSectionRoot.With("/" + p.url)
			}
			if file, ok := records[p.url]; ok {
				t = message.PageRecord.With("/"+p.url, file, first)
			}
		case record.ReservedFile:
			t = message.PageFile.With("/"+p.url, first)
		}
		errs = append(errs, pageErr(p, t))
	}
	return free, errs
}

// recordURLs maps the URL of each record's page to the record's file.
func (s *docSet) recordURLs() map[string]string {
	out := map[string]string{}
	add := func(kind, id, file string) { out[record.RecordURL(kind, id)] = file }
	for id, e := range s.companies {
		add(record.CompanyKind, id, e.doc.Path)
	}
	for id, e := range s.investments {
		add(record.InvestmentKind, id, e.doc.Path)
	}
	for code, e := range s.regions {
		add(record.RegionKind, code, e.doc.Path)
	}
	return out
}

// urlsOnce reports a translation without its English page (the page
// is published from it), pages at the URL of another (about.md and About.md),
// a second version of a page in one language (about.md and about.en.md),
// a page at the URL of a folder that has pages (guides.md beside
// guides/x.md), and a page not named as it is published.
func urlsOnce(pages []placed) record.ErrorList {
	slices.SortFunc(pages, byClaim)
	folders := map[string]bool{}
	for _, p := range pages {
		for dir := path.Dir(strings.TrimSuffix(p.url, "/")); dir != "."; dir = path.Dir(dir) {
			folders[dir+"/"] = true
		}
	}
	english := map[string]bool{}
	for _, p := range pages {
		english[p.base] = english[p.base] || p.lang == record.DefaultLang
	}
	first := map[string]placed{}
	var errs record.ErrorList
	for _, p := range pages {
		prev, taken := first[p.url]
		switch {
		case !english[p.base]:
			errs = append(errs, pageErr(p, message.PageNoEnglish.With("content/"+p.base)))
		case taken && prev.base == p.base && prev.lang == p.lang:
			errs = append(errs, pageErr(p, message.PageTwice.With(langName(p.lang), "/"+p.url, "content/"+prev.rec.Path)))
		case taken && prev.base != p.base:
			errs = append(errs, pageErr(p, message.PageCollides.With("/"+p.url, "content/"+prev.rec.Path)))
		case folders[p.url] && !record.IsSection(p.rec.Path):
			errs = append(errs, pageErr(p, message.PageFolder.With("/"+p.url, "content/"+p.url, "content/"+p.url+"_index"+langSuffix(p)+".md")))
		case !wellNamed(p.rec.Path):
			errs = append(errs, pageErr(p, nameMessage(p)))
		}
		if !taken {
			first[p.url] = p
		}
	}
	return errs
}

func pageErr(p placed, t message.Text) *record.Error {
	return message.At(record.Position{File: p.doc.Path}, "", t)
}

func langName(lang string) message.Text {
	if lang == "ko" {
		return message.Korean.Text()
	}
	return message.English.Text()
}

// langSuffix is ".ko" or ".en" when a page's name says its language, else "".
func langSuffix(p placed) string {
	if p.explicit {
		return "." + p.lang
	}
	return ""
}

// wellNamed says whether a page is named as it is published: each part of
// its path a slug (lower-case letters a-z, digits, single hyphens), but
// for a folder's _index.md or index.md.
func wellNamed(p string) bool {
	base, _ := record.PageLang(p)
	parts := strings.Split(strings.TrimSuffix(base, ".md"), "/")
	for i, part := range parts {
		if i == len(parts)-1 && (part == "_index" || part == "index") {
			continue
		}
		if !slugRE.MatchString(part) {
			return false
		}
	}
	return true
}

// nameMessage asks for a page's name as a slug, suggesting one where the
// name has letters a-z or digits to make it from.
func nameMessage(p placed) message.Text {
	parts := strings.Split(strings.TrimSuffix(p.base, ".md"), "/")
	for i, part := range parts {
		if i == len(parts)-1 && (part == "_index" || part == "index") {
			continue
		}
		if parts[i] = slugOf(part); parts[i] == "" {
			return message.PageNameBare.Text()
		}
	}
	return message.PageName.With("content/" + strings.Join(parts, "/") + langSuffix(p) + ".md")
}

// slugOf writes s as a slug: lower case, each run of other characters a
// hyphen; "" when s has letters beyond a-z, which a slug cannot keep.
func slugOf(s string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(s) {
		switch {
		case 'a' <= r && r <= 'z', '0' <= r && r <= '9':
			b.WriteRune(r)
		case unicode.IsLetter(r):
			return ""
		case b.Len() > 0 && !strings.HasSuffix(b.String(), "-"):
			b.WriteByte('-')
		}
	}
	return strings.TrimSuffix(b.String(), "-")
}
