package check

import (
	"maps"
	"path"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// Around lists the files, other than the changed and removed ones, that
// the pages of those files need to be built as a whole build would: for a
// company's page (its record, or a profile of it) every commitment that
// names it, for a region's every commitment located in it, for a
// commitment's its own; with each of those commitments' package and all
// of that package's parts (the counting rules and totals need them), the
// companies they all name (their names), the company's parent, the
// profiles of the company or region, every region and the rates. It reads
// what the last Check decoded, with the changed files' new records in
// place of their old ones and a removed profile's old front matter, so
// it costs a pass over the records rather than a check of them: the live
// preview's first look (CheckPart) checks only these files.
func (c *Checker) Around(changed []*load.Document, removed []string) []string {
	fresh := make(map[string]any, len(changed))
	for _, doc := range changed {
		fresh[doc.Path] = decodeDoc(doc).v
	}
	all := c.recordsWith(fresh, removed)
	want := c.seedsOf(fresh, removed).expand(all)
	var out []string
	for _, r := range all {
		if _, isNew := fresh[r.path]; !isNew && want.has(r.v) {
			out = append(out, r.path)
		}
	}
	slices.Sort(out)
	return out
}

// pathRecord is a file's decoded record.
type pathRecord struct {
	path string
	v    any
}

// recordsWith lists the records the last Check decoded, with fresh ones in
// place of theirs and without the removed files'; one pass over the map,
// so that the passes of expand run over a slice.
func (c *Checker) recordsWith(fresh map[string]any, removed []string) []pathRecord {
	all := make([]pathRecord, 0, len(c.seen)+len(fresh))
	for p, v := range fresh {
		all = append(all, pathRecord{p, v})
	}
	for p, k := range c.seen {
		if _, isNew := fresh[p]; !isNew && !slices.Contains(removed, p) {
			all = append(all, pathRecord{p, k.rec.v})
		}
	}
	return all
}

// seeds are the records whose pages the changed files make.
type seeds struct {
	companies, regions, investments map[string]bool
}

// seedsOf names the record of each changed or removed file: a record's
// file is named by its id, a profile names its record in front matter.
func (c *Checker) seedsOf(recs map[string]any, removed []string) seeds {
	s := seeds{companies: map[string]bool{}, regions: map[string]bool{}, investments: map[string]bool{}}
	for p, v := range recs {
		s.add(p, v)
	}
	for _, p := range removed {
		if front, ok := c.seen[p].rec.v.(record.Page); ok {
			s.add(p, front)
		}
	}
	return s
}

func (s seeds) add(p string, v any) {
	dir, file := path.Split(p)
	id := strings.TrimSuffix(file, ".json")
	switch front, isPage := v.(record.Page); {
	case isPage && front.Company != "":
		s.companies[front.Company] = true
	case isPage && front.Region != "":
		s.regions[front.Region] = true
	case isPage:
	case dir == "data/companies/":
		s.companies[id] = true
	case dir == "data/regions/":
		s.regions[id] = true
	case dir == "data/investments/":
		s.investments[id] = true
	}
}

// wanted are the ids of the records the seeds' pages show.
type wanted struct {
	seeds
	named map[string]bool // companies named by a wanted commitment, or parents of a seed
}

// expand finds the commitments the seeds' pages show, then the packages
// they are parts of and those packages' parts, and the companies all these
// name, in three passes over the records.
func (s seeds) expand(all []pathRecord) wanted {
	w := wanted{seeds: seeds{companies: s.companies, regions: s.regions, investments: maps.Clone(s.investments)}, named: map[string]bool{}}
	packages := map[string]bool{}
	for _, pr := range all {
		switch r := pr.v.(type) {
		case record.Investment:
			if s.shows(r) {
				w.investments[r.ID] = true
				packages[r.PartOf] = packages[r.PartOf] || r.PartOf != ""
				packages[r.ID] = packages[r.ID] || r.Kind == record.KindPackage
			}
		case record.Company:
			if s.companies[r.ID] && r.Parent != "" {
				w.named[r.Parent] = true
			}
		}
	}
	for _, pr := range all {
		if r, ok := pr.v.(record.Investment); ok && (packages[r.ID] || packages[r.PartOf]) {
			w.investments[r.ID] = true
		}
	}
	for _, pr := range all {
		if r, ok := pr.v.(record.Investment); ok && w.investments[r.ID] {
			for _, id := range r.CompanyIDs() {
				w.named[id] = true
			}
		}
	}
	return w
}

// shows says whether a seed's page shows the commitment.
func (s seeds) shows(i record.Investment) bool {
	return s.investments[i.ID] || slices.ContainsFunc(i.CompanyIDs(), func(id string) bool { return s.companies[id] }) ||
		slices.ContainsFunc(i.Regions, func(code string) bool { return s.regions[code] })
}

// has says whether a record is one the pages need: every region and the
// rates always (few, and every commitment's row names its regions).
func (w wanted) has(v any) bool {
	switch r := v.(type) {
	case record.Company:
		return w.companies[r.ID] || w.named[r.ID]
	case record.Investment:
		return w.investments[r.ID]
	case record.Page:
		return w.companies[r.Company] || w.regions[r.Region]
	case record.Region, record.Rates:
		return true
	}
	return false
}
