package export

import (
	"cmp"
	"slices"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// view is the publication as the files show it: every list in id order
// whatever order the caller built it in, so output never depends on it.
type view struct {
	companies   []*publication.Company
	investments []*publication.Investment
	regions     []*publication.Region
	rates       []record.Rate
	summary     publication.Summary
	// byCompany and byRegion are the investments each page shows, in id
	// order, as indexes into investments (where their encoded forms are).
	byCompany map[string][]int
	byRegion  map[string][]int
}

func newView(p *publication.Publication) *view {
	v := &view{
		companies:   sortedBy(p.Companies, func(c *publication.Company) string { return c.ID }),
		investments: sortedBy(p.Investments, func(i *publication.Investment) string { return i.ID }),
		regions:     sortedBy(p.Regions, func(r *publication.Region) string { return r.Code }),
		rates:       sortedBy(p.Rates, func(r record.Rate) string { return string(r.Currency) }),
		summary:     p.Summary,
		byCompany:   map[string][]int{},
		byRegion:    map[string][]int{},
	}
	for k, i := range v.investments {
		for _, id := range involved(i) {
			v.byCompany[id] = append(v.byCompany[id], k)
		}
		for _, code := range i.Regions {
			v.byRegion[code] = append(v.byRegion[code], k)
		}
	}
	return v
}

// involved lists, once each, the companies a commitment concerns: the
// investor, its partners, and a package's companies.
func involved(i *publication.Investment) []string {
	ids := append([]string{i.Company}, i.Partners...)
	ids = append(ids, i.Companies...)
	slices.Sort(ids)
	ids = slices.Compact(ids)
	return slices.DeleteFunc(ids, func(id string) bool { return id == "" })
}

// sortedBy returns a copy of s sorted by key, stable for equal keys.
func sortedBy[T any](s []T, key func(T) string) []T {
	out := slices.Clone(s)
	slices.SortStableFunc(out, func(a, b T) int { return cmp.Compare(key(a), key(b)) })
	return out
}
