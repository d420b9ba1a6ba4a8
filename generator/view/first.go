package view

import (
	"strings"

	"golang.org/x/sync/errgroup"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// First is the live preview's first look at the record and profile files
// named (slash paths such as data/companies/aws.json): only the pages
// they make, in every language, with the sections above them and the home
// page, and those pages' folders (Folder). It makes none when no file
// makes a page of its own (the rates, a removed record) or a profile is
// in error: the rebuild that follows reports it.
func First(in Input, files []string) (Site, []string, error) {
	want := pagesOf(files)
	if len(want) == 0 {
		return Site{}, nil, nil
	}
	s, bs, err := newSite(in)
	if err != nil {
		return Site{}, nil, err
	}
	langs, folders, err := firstLangs(bs, want)
	if err != nil || len(folders) == 0 {
		return Site{}, nil, err
	}
	s.Langs = langs
	return s, folders, nil
}

// pagesOf are the lower-cased paths of the pages that the record and
// profile files make (record.RecordOf, record.ProfileOf).
func pagesOf(files []string) map[string]bool {
	want := map[string]bool{}
	for _, f := range files {
		if kind, id, ok := record.RecordOf(f); ok {
			want[strings.TrimSuffix(record.RecordURL(kind, id), "/")] = true
		} else if p, ok := strings.CutPrefix(f, "content/"); ok && strings.HasSuffix(p, ".md") {
			if key := profileKey(p); key != "" {
				want[strings.ToLower(key)] = true
			}
		}
	}
	return want
}

// firstLangs makes, in each language, the pages at the paths in want with
// the sections above them (indexes without their rows: they are not kept)
// and the home page's view; folders are where the wanted pages go.
func firstLangs(bs []builder, want map[string]bool) ([]Lang, []string, error) {
	langs := make([]Lang, len(bs))
	errs := make([]error, len(bs))
	var g errgroup.Group
	for k, b := range bs {
		g.Go(func() error { langs[k], errs[k] = b.firstLang(want); return nil })
	}
	g.Wait()
	var folders []string
	for k, ls := range langs {
		if errs[k] != nil {
			return nil, nil, errs[k]
		}
		for _, pg := range ls.Pages {
			if want[strings.ToLower(pg.Path)] {
				folders = append(folders, page.Folder(ls.Lang, pg.Path))
			}
		}
	}
	return langs, folders, nil
}

// firstLang is firstLangs in b's language.
func (b builder) firstLang(want map[string]bool) (Lang, error) {
	var pages []page.Page
	below := func(section string) bool {
		for p := range want {
			if strings.HasPrefix(p, section+"/") {
				return true
			}
		}
		return false
	}
	wanted := func(p string) bool { return want[strings.ToLower(p)] }
	if below("companies") {
		packages := packagesByCompany(b.p.Investments)
		pages = append(pages, b.companyIndex(nil)...) // bare: not kept
		for _, c := range b.p.Companies {
			if wanted("companies/" + c.ID) {
				pages = append(pages, b.companyPage(c, packages[c.ID]))
			}
		}
	}
	if below("regions") {
		pages = append(pages, b.regionIndex())
		for _, r := range b.p.Regions {
			if wanted("regions/" + r.Code) {
				pages = append(pages, b.regionPage(r))
			}
		}
	}
	if below("investments") {
		pages = append(pages, b.bareListing())
		for _, i := range b.p.Investments {
			if wanted("investments/" + i.ID) {
				pages = append(pages, b.investmentPage(i))
			}
		}
	}
	b.dated(pages)
	home, updated := b.homeView(), b.Updated("updated_site_before", b.log.Latest())
	return b.langOf(pages, home, updated), b.L.Err()
}

// bareListing is the commitments list's section page without its rows or
// filters: the first look renders it only as the ancestor of the pages it
// shows, and does not keep it.
func (b builder) bareListing() page.Page {
	return b.Paged("investments", "the commitments index", 0, listingPageSize, func(int, int) map[string]any {
		return map[string]any{"korea": b.total(b.p.Summary.Korea), "filter": investmentsFilter{}}
	})[0]
}
