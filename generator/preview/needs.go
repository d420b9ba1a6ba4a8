package preview

import (
	"slices"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// needs lists the files, other than the changed ones, that the pages of
// the changed and removed files need to be built as a whole build builds
// them: for a company's page (its record, or a profile of it) every
// commitment that names it, for a region's every commitment located in
// it, for a commitment's its own; with each of those commitments' package
// and all of that package's parts (the counting rules and totals need
// them), the companies they all name, the company's parent, the profiles
// of the company or region, every region and the rates. last is the data
// of the last good build, fresh the changed files' new records by path
// (check.Decode); a removed profile's record is known from last. It costs
// a pass over the records, not a check of them.
func needs(last *record.Dataset, fresh map[string]any, removed []string) []string {
	all := recordsWith(last, fresh, removed)
	var out []string
	for _, k := range seedsOf(last, fresh, removed).around(all) {
		if _, isNew := fresh[all[k].path]; !isNew {
			out = append(out, all[k].path)
		}
	}
	slices.Sort(out)
	return out
}

// pathRecord is a file's record.
type pathRecord struct {
	path string
	v    any
}

// recordsWith lists last's records by their files, with fresh ones in
// place of theirs and without the removed files'.
func recordsWith(last *record.Dataset, fresh map[string]any, removed []string) []pathRecord {
	all := make([]pathRecord, 0, len(last.Companies)+len(last.Investments)+len(last.Regions)+len(last.Pages)+len(fresh)+1)
	add := func(p string, v any) {
		if _, isNew := fresh[p]; !isNew && !slices.Contains(removed, p) {
			all = append(all, pathRecord{p, v})
		}
	}
	for p, v := range fresh {
		all = append(all, pathRecord{p, v})
	}
	for _, c := range last.Companies {
		add(record.RecordFile(record.CompanyKind, c.ID), c)
	}
	for _, i := range last.Investments {
		add(record.RecordFile(record.InvestmentKind, i.ID), i)
	}
	for _, r := range last.Regions {
		add(record.RecordFile(record.RegionKind, r.Code), r)
	}
	for _, pf := range last.Pages {
		add("content/"+pf.Path, pf.Front)
	}
	if len(last.Rates) > 0 { // without rates there may be no file
		add(ratesFile, record.Rates{Rates: last.Rates})
	}
	return all
}

// ratesFile is the file of the exchange rates.
const ratesFile = "data/rates.json"

// seeds are the records whose pages the changed files make.
type seeds struct {
	companies, regions, investments map[string]bool
}

// seedsOf names the record of each changed or removed file: a record's
// file is named by its id, a profile names its record in front matter
// (a removed one in the front matter last holds).
func seedsOf(last *record.Dataset, fresh map[string]any, removed []string) seeds {
	s := seeds{companies: map[string]bool{}, regions: map[string]bool{}, investments: map[string]bool{}}
	for p, v := range fresh {
		s.add(p, v)
	}
	for _, p := range removed {
		if k := slices.IndexFunc(last.Pages, func(pf record.PageFile) bool { return "content/"+pf.Path == p }); k >= 0 {
			s.add(p, last.Pages[k].Front)
		} else {
			s.add(p, nil)
		}
	}
	return s
}

func (s seeds) add(p string, v any) {
	kind, id, _ := record.RecordOf(p)
	switch front, isPage := v.(record.Page); {
	case isPage && front.Company != "":
		s.companies[front.Company] = true
	case isPage && front.Region != "":
		s.regions[front.Region] = true
	case isPage:
	case kind == record.CompanyKind:
		s.companies[id] = true
	case kind == record.RegionKind:
		s.regions[id] = true
	case kind == record.InvestmentKind:
		s.investments[id] = true
	}
}

// around returns the indexes in all of the records the seeds' pages need:
// one pass over all keeps the commitments the pages show and notes the
// packages, parts and companies; then the packages of the commitments
// kept join them, with all their parts, and the companies they all name.
func (s seeds) around(all []pathRecord) []int {
	g := gathering{seeds: s, packages: map[string]bool{}, named: map[string]bool{}, packagesLeft: map[string]int{}}
	for k, pr := range all {
		g.note(k, pr.v)
	}
	for id, k := range g.packagesLeft {
		if g.packages[id] {
			g.keepInvestment(k, all[k].v.(record.Investment))
		}
	}
	for _, k := range g.partsLeft {
		if r := all[k].v.(record.Investment); g.packages[r.PartOf] {
			g.keepInvestment(k, r)
		}
	}
	for _, k := range g.companiesLeft {
		if id := all[k].v.(record.Company).ID; s.companies[id] || g.named[id] {
			g.keep = append(g.keep, k)
		}
	}
	return g.keep
}

// gathering is around at work: the indexes kept so far, and what decides
// the rest.
type gathering struct {
	seeds
	keep                     []int           // the records kept
	partsLeft, companiesLeft []int           // the parts and companies not yet decided
	packages, named          map[string]bool // packages of kept commitments; companies they name
	packagesLeft             map[string]int  // the packages not yet decided, by id
}

// note is the first pass's look at record k.
func (g *gathering) note(k int, v any) {
	switch r := v.(type) {
	case record.Investment:
		switch {
		case g.shows(&r):
			g.keepInvestment(k, r)
		case r.PartOf != "":
			g.partsLeft = append(g.partsLeft, k)
		case r.Kind == record.KindPackage:
			g.packagesLeft[r.ID] = k
		}
	case record.Company:
		g.companiesLeft = append(g.companiesLeft, k)
		if g.companies[r.ID] && r.Parent != "" {
			g.named[r.Parent] = true
		}
	case record.Page:
		if g.companies[r.Company] || g.regions[r.Region] {
			g.keep = append(g.keep, k)
		}
	case record.Region, record.Rates: // few, and every row names its regions
		g.keep = append(g.keep, k)
	}
}

// keepInvestment keeps commitment k, notes the companies it names, and
// its package, or itself if it is one, whose parts the pages need.
func (g *gathering) keepInvestment(k int, r record.Investment) {
	g.keep = append(g.keep, k)
	for _, id := range r.CompanyIDs() {
		g.named[id] = true
	}
	if r.PartOf != "" {
		g.packages[r.PartOf] = true
	}
	if r.Kind == record.KindPackage {
		g.packages[r.ID] = true
	}
}

// shows says whether a seed's page shows the commitment.
func (s seeds) shows(i *record.Investment) bool {
	return s.investments[i.ID] || s.companies[i.Company] ||
		slices.ContainsFunc(i.Partners, func(id string) bool { return s.companies[id] }) ||
		slices.ContainsFunc(i.Companies, func(id string) bool { return s.companies[id] }) ||
		slices.ContainsFunc(i.Regions, func(code string) bool { return s.regions[code] })
}
