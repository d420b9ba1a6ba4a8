package export

import (
	"cmp"
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/record"
)

type rowMap = map[string]string

// datasetFromCSV rebuilds the source records from the CSV tables alone: the
// main tables for scalar fields, the link tables for lists (checked against
// the joined list columns), sources.csv for citations.
func datasetFromCSV(t *testing.T, tabs map[string][]rowMap) *record.Dataset {
	t.Helper()
	lists := func(table, owner, value string) map[string][]string { return linkLists(t, tabs[table], owner, value) }
	src := sourceLists(t, tabs["sources.csv"])
	d := &record.Dataset{}
	for _, r := range tabs["companies.csv"] {
		c := companyFromRow(t, r)
		c.Sectors = sectorsOf(lists("company_sectors.csv", "company_id", "sector")[c.ID])
		c.Sources = src["company/"+c.ID]
		c.FormerIDs = lists("company_former_ids.csv", "company_id", "former_id")[c.ID]
		checkJoined(t, r, "former_ids", c.FormerIDs)
		checkJoined(t, r, "sectors", c.Sectors)
		d.Companies = append(d.Companies, c)
	}
	regions, partners := lists("investment_regions.csv", "investment_id", "region_code"), lists("investment_partners.csv", "investment_id", "company_id")
	members, sectors := lists("package_companies.csv", "investment_id", "company_id"), lists("investment_sectors.csv", "investment_id", "sector")
	for _, r := range tabs["investments.csv"] {
		i := investmentFromRow(t, r)
		i.Regions, i.Partners, i.Companies = regions[i.ID], partners[i.ID], members[i.ID]
		i.Sectors, i.Sources = sectorsOf(sectors[i.ID]), src["investment/"+i.ID]
		i.FormerIDs = lists("investment_former_ids.csv", "investment_id", "former_id")[i.ID]
		checkJoined(t, r, "former_ids", i.FormerIDs)
		checkJoined(t, r, "regions", i.Regions)
		checkJoined(t, r, "partners", i.Partners)
		checkJoined(t, r, "companies", i.Companies)
		checkJoined(t, r, "sectors", i.Sectors)
		d.Investments = append(d.Investments, i)
	}
	lifeFromCSV(t, tabs, src, d.Investments)
	for _, r := range tabs["regions.csv"] {
		d.Regions = append(d.Regions, record.Region{Code: r["code"], Name: r["name"], NameKo: r["name_ko"],
			Category: record.RegionCategory(r["category"]), Sources: src["region/"+r["code"]]})
	}
	for _, r := range tabs["rates.csv"] {
		checkPrecision(t, r, "date")
		d.Rates = append(d.Rates, record.Rate{Currency: record.Currency(r["currency"]), USDPerUnit: r["usd_per_unit"],
			Date: record.PartialDate(r["date"]), Source: src["rate/"+r["currency"]][0]})
	}
	return d
}

func companyFromRow(t *testing.T, r rowMap) record.Company {
	return record.Company{ID: r["id"], Name: r["name"], NameKo: r["name_ko"], Country: r["country"],
		Parent: r["parent"], Website: r["website"], Basis: parseBasis(r["basis"]), Synthetic: parseBool(t, r["synthetic"])}
}

func investmentFromRow(t *testing.T, r rowMap) record.Investment {
	checkPrecision(t, r, "announced")
	i := record.Investment{ID: r["id"], Company: r["company"], Title: r["title"], TitleKo: r["title_ko"],
		Announced: record.PartialDate(r["announced"]), Nationwide: parseBool(t, r["nationwide"]), City: r["city"],
		Kind: record.Kind(r["kind"]), Status: record.Status(r["status"]), PartOf: r["part_of"],
		Scope: record.Scope(r["scope"]), ScopeNote: r["scope_note"], Note: r["note"], Basis: parseBasis(r["basis"]), Synthetic: parseBool(t, r["synthetic"])}
	if r["amount_currency"] != "" {
		i.Amount = &record.Amount{Value: atoi(t, r["amount_value"]), Max: atoi(t, r["amount_max"]),
			Currency: record.Currency(r["amount_currency"]), Precision: record.Precision(r["amount_precision"]), Stated: r["amount_stated"]}
	}
	if r["period_stated"] != "" {
		i.Period = &record.Period{Start: int(atoi(t, r["period_start"])), End: int(atoi(t, r["period_end"])),
			Years: int(atoi(t, r["period_years"])), Stated: r["period_stated"]}
	}
	return i
}

// linkLists groups a link table's values by owner, in position order.
func linkLists(t *testing.T, rows []rowMap, owner, value string) map[string][]string {
	slices.SortStableFunc(rows, func(a, b rowMap) int { return cmp.Compare(atoi(t, a["position"]), atoi(t, b["position"])) })
	out := map[string][]string{}
	for _, r := range rows {
		if got := int64(len(out[r[owner]])); got != atoi(t, r["position"]) {
			t.Errorf("%s %s: position %s, want %d (positions must run 0, 1, …)", owner, r[owner], r["position"], got)
		}
		out[r[owner]] = append(out[r[owner]], r[value])
	}
	return out
}

// sourceLists groups sources.csv by "type/id", in source_index order.
func sourceLists(t *testing.T, rows []rowMap) map[string][]record.Source {
	out := map[string][]record.Source{}
	for _, r := range rows {
		key := r["record_type"] + "/" + r["record_id"]
		if n := int64(len(out[key])); n != atoi(t, r["source_index"]) {
			t.Errorf("%s: source_index %s, want %d", key, r["source_index"], n)
		}
		checkPrecision(t, r, "published")
		out[key] = append(out[key], record.Source{Title: r["title"], Publisher: r["publisher"], URL: r["url"],
			Published: record.PartialDate(r["published"]), Quote: r["quote"]})
	}
	return out
}

func sectorsOf(s []string) []record.Sector {
	if s == nil {
		return nil
	}
	out := make([]record.Sector, len(s))
	for i, v := range s {
		out[i] = record.Sector(v)
	}
	return out
}

// checkJoined checks a joined list column against the link table's list.
func checkJoined[S ~string](t *testing.T, r rowMap, column string, list []S) {
	t.Helper()
	if got, want := r[column], joined(list); got != want {
		t.Errorf("row %s: %s is %q, link table gives %q", cmp.Or(r["id"], r["code"]), column, got, want)
	}
}

// checkPrecision checks a date's *_precision column.
func checkPrecision(t *testing.T, r rowMap, date string) {
	t.Helper()
	if got, want := r[date+"_precision"], record.PartialDate(r[date]).Precision(); got != want {
		t.Errorf("%s_precision of %q is %q, want %q", date, r[date], got, want)
	}
}

// parseBasis reads a basis cell, field=basis pairs separated by semicolons.
func parseBasis(cell string) map[string]record.Basis {
	if cell == "" {
		return nil
	}
	out := map[string]record.Basis{}
	for _, pair := range strings.Split(cell, ";") {
		k, v, _ := strings.Cut(pair, "=")
		out[k] = record.Basis(v)
	}
	return out
}
