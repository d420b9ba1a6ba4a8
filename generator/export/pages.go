package export

import (
	"fmt"

	"github.com/korea-investment-tracker/kit/generator/publication"
)

// companyPage is companies/<id>.json: what the company's page shows.
type companyPage struct {
	Company     publication.Company      `json:"company"`
	Investments []publication.Investment `json:"investments"`
}

// regionPage is regions/<code>.json: what the region's page shows.
type regionPage struct {
	Region      publication.Region       `json:"region"`
	Investments []publication.Investment `json:"investments"`
}

// pageFiles writes, for every company and region, the rows its page shows
// as JSON and as CSV (with the columns of investments.csv), so a reader can
// download exactly that. Every record gets both files, even with no rows,
// so the site can link them unconditionally.
func (w *writer) pageFiles(v *view) error {
	for _, c := range publishedCompanies(v.companies) {
		rows := v.byCompany[c.ID]
		what := fmt.Sprintf("the commitments of %s (as investor, partner or member of a package)", c.Name)
		if err := w.page("companies/"+c.ID, what, companyPage{c, publishedInvestments(rows)}, rows); err != nil {
			return err
		}
	}
	for _, r := range publishedRegions(v.regions) {
		rows := v.byRegion[r.Code]
		what := fmt.Sprintf("the commitments located in %s (wholly or partly)", r.Name)
		if err := w.page("regions/"+r.Code, what, regionPage{r, publishedInvestments(rows)}, rows); err != nil {
			return err
		}
	}
	return nil
}

// page writes base.json (the record and its rows) and base.csv (the rows).
func (w *writer) page(base, what string, value any, rows []*publication.Investment) error {
	b, err := marshalJSON(value)
	if err != nil {
		return fmt.Errorf("encode %s.json: %w", base, err)
	}
	if err := w.put(base+".json", jsonMediaType, "The record and "+what+".", b); err != nil {
		return err
	}
	b, err = encodeCSV(investmentsTable(base, "", rows))
	if err != nil {
		return fmt.Errorf("encode %s.csv: %w", base, err)
	}
	return w.put(base+".csv", csvMediaType, "As investments.csv, "+what+".", b)
}
