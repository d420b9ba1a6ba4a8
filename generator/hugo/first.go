package hugo

import (
	"context"
	"path"
	"strings"
	"sync"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// RenderFirst has Hugo render, into cfg.Dest, only the pages made from the
// record and profile files named (slash paths below the repository root,
// such as data/companies/aws.json or content/regions/kr-26.ko.md), in
// every language. It is the live preview's first look: the page being
// edited shows the change before the quick rebuild (Config.Since) has
// worked out every other page the change touches, which at 10,000
// commitments takes seconds. cfg.Dest must hold a site rendered before;
// the pages read its dataset manifest (the copy cfg.Since keeps, if any),
// so the size of a download they list may be the last build's until that
// rebuild. It returns the folders
// it rendered: none when no file makes a page of its own (the rates, a
// content page that is no profile, a removed record) or when the pages
// cannot be built (a profile in error), which the rebuild then reports.
//
// cfg.Since, when set, is the Snapshot of the site in cfg.Dest: RenderFirst
// forgets the folders it renders from it, since they no longer hold what
// it says, so that the next quick render renders them again whatever
// their input is then (the edit undone, or the rebuild after this one
// failed and the next comes after more edits).
func RenderFirst(ctx context.Context, cfg Config, p *publication.Publication, files []string) ([]string, error) {
	want := pagesOf(p, files)
	if len(want) == 0 {
		return nil, nil
	}
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	u, m, cats, err := pageInputs(cfg, cfg.Since.datasets())
	if err != nil {
		return nil, err
	}
	bs, errs := newBuilders(p, u, m, cats, cfg.History)
	if errs.Err() != nil {
		return nil, nil
	}
	s, folders, err := firstSite(bs, want)
	if err != nil || len(folders) == 0 {
		return nil, err
	}
	if cfg.Since != nil {
		cfg.Since.forget(folders)
	}
	return folders, renderChanged(ctx, cfg, s, folders)
}

// pagesOf are the lower-cased paths of the pages that the record and
// profile files make: a record's file is named by its id, and a profile
// says which record it profiles (profileKey), or, once removed, its file
// name does (one that named its record in front matter is then not seen:
// the rebuild shows its removal).
func pagesOf(p *publication.Publication, files []string) map[string]bool {
	profiles := map[string]string{}
	for _, f := range p.Pages {
		if key := profileKey(f); key != "" {
			profiles["content/"+f.Path] = key
		}
	}
	want := map[string]bool{}
	for _, f := range files {
		dir, name := path.Split(f)
		id, isJSON := strings.CutSuffix(name, ".json")
		switch {
		case isJSON && (dir == "data/companies/" || dir == "data/investments/" || dir == "data/regions/"):
			want[strings.ToLower(strings.TrimPrefix(dir, "data/")+id)] = true
		case strings.HasPrefix(f, "content/") && strings.HasSuffix(f, ".md"):
			key := profiles[f]
			if key == "" { // a removed profile, known by its file name
				key = profileKey(record.PageFile{Path: strings.TrimPrefix(f, "content/")})
			}
			if key != "" {
				want[strings.ToLower(key)] = true
			}
		}
	}
	return want
}

// firstSite builds, in each language, the pages at the paths in want that
// exist, with the sections above them (which Hugo renders them below, as
// in a full build; the companies and commitments indexes without their
// rows, since they are not kept), and the home page's view, which Hugo
// always renders.
// folders are where the wanted pages are published, in every language.
func firstSite(bs []builder, want map[string]bool) (site, []string, error) {
	s := make(site, len(bs))
	errs := make([]error, len(bs))
	var wg sync.WaitGroup
	for k, b := range bs {
		wg.Go(func() { s[k], errs[k] = b.firstLangSite(want) })
	}
	wg.Wait()
	var folders []string
	for k, ls := range s {
		if errs[k] != nil {
			return nil, nil, errs[k]
		}
		for _, pg := range ls.pages {
			if want[strings.ToLower(pg.Path)] {
				folders = append(folders, folderOf(ls.lang, pg.Path))
			}
		}
	}
	return s, folders, nil
}

// firstLangSite is firstSite in b's language.
func (b builder) firstLangSite(want map[string]bool) (langSite, error) {
	var pages []page
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
	home, updated := b.homeView(), b.updated("updated_site_before", b.log.Latest())
	return langSite{lang: b.l.lang, pages: pages, home: home, updated: updated}, b.l.err()
}

// bareListing is the commitments list's section page without its rows or
// filters: the first look renders it only as the ancestor of the pages it
// shows, and does not keep it.
func (b builder) bareListing() page {
	return b.paged("investments", "the commitments index", 0, listingPageSize, func(int, int) map[string]any {
		return map[string]any{"korea": b.total(b.p.Summary.Korea), "filter": investmentsFilter{}}
	})[0]
}
