package export

import (
	"encoding/json"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// flat reads the names a commitment's flat row shows beside its ids.
type flat struct {
	codes       codeNames
	companies   map[string]*publication.Company
	investments map[string]*publication.Investment
	base        []column[inv] // investments.csv's, which the flat table repeats
}

// same is investments.csv's column name, for a flat column that is the same.
func (f flat) same(name string) column[inv] {
	k := slices.IndexFunc(f.base, func(c column[inv]) bool { return c.Name == name })
	if k < 0 {
		panic("export: investments.csv has no column " + name)
	}
	return f.base[k]
}

// company is the English or Korean name of company id ("" for none).
func (f flat) company(id string, ko bool) string {
	c := f.companies[id]
	switch {
	case c == nil:
		return ""
	case ko:
		return c.NameKo
	}
	return c.Name
}

// companyList is company for each id, one a line.
func (f flat) companyList(ids []string, ko bool) string {
	out := make([]string, len(ids))
	for k, id := range ids {
		out[k] = f.company(id, ko)
	}
	return strings.Join(out, "\n")
}

// parent is the id of the investing company's parent.
func (f flat) parent(i inv) string {
	if c := f.companies[i.Company]; c != nil {
		return c.Parent
	}
	return ""
}

// packageTitleKo is the Korean title of i's package.
func (f flat) packageTitleKo(i inv) string {
	if p := f.investments[i.PartOf]; p != nil {
		return p.TitleKo
	}
	return ""
}

// lines joins one-line values, one a line: names and titles hold no line break.
func lines(vals []string) string { return strings.Join(vals, "\n") }

// sourceField is one field of each of i's sources, one a line.
func sourceField(get func(record.Source) string) func(inv) string {
	return func(i inv) string {
		out := make([]string, len(i.Sources))
		for k, s := range i.Sources {
			out[k] = get(s)
		}
		return lines(out)
	}
}

// quotes are i's sources' quotes as a JSON array of strings: a quote may
// break lines, so lines cannot separate them.
func quotes(i inv) string {
	out := make([]string, len(i.Sources))
	for k, s := range i.Sources {
		out[k] = s.Quote
	}
	b, _ := json.Marshal(out) // a []string always encodes
	return string(b)
}

const linesDoc = "One a line, in the order of the ids beside it (empty where one has none)."

// flatTable is commitments_flat.csv: one row per commitment with every
// name beside its id in English and Korean, the amount as stated and as an
// interval, whether it counts toward Korea's total and why not, and its
// sources, so that one file answers most questions without a join.
func flatTable(v *view, codes codeNames) *table {
	f := flat{codes: codes, companies: map[string]*publication.Company{}, investments: map[string]*publication.Investment{},
		base: investmentColumns()}
	for _, c := range v.companies {
		f.companies[c.ID] = c
	}
	for _, i := range v.investments {
		f.investments[i.ID] = i
	}
	cols := flatIdentity(f)
	cols = append(cols, flatPlace(f)...)
	cols = append(cols, flatAmount(f)...)
	cols = append(cols, flatSources()...)
	return newTable(meta{name: "commitments_flat", title: "Commitments, flat",
		description: "One row per commitment, in id order, with every name in English and Korean beside its id, the amount as stated and as an interval in US dollars, " +
			"whether it counts toward Korea's total and why not, and its sources; lists of names are one a line. The same rows as investments.csv, joined for reading.",
		primaryKey: []string{"id"}, excel: true,
		foreignKeys: []tabular.ForeignKey{{Fields: []string{"id"}, Resource: "investments", RefFields: []string{"id"}}}}, v.investments, cols)
}

// flatIdentity are the columns of who commits what.
func flatIdentity(f flat) []column[inv] {
	return []column[inv]{
		f.same("id"),
		f.same("title"),
		f.same("title_ko"),
		f.same("company"),
		f.same("company_name"),
		f.same("company_name_ko"),
		col("parent", tabular.String, text("The investing company's parent company's id."), f.parent),
		col("parent_name", tabular.String, text("The parent company's name."), func(i inv) string { return f.company(f.parent(i), false) }),
		col("parent_name_ko", tabular.String, text("Its Korean name, where known."), func(i inv) string { return f.company(f.parent(i), true) }),
		f.same("partners"),
		col("partner_names", tabular.String, text("The partners' names. "+linesDoc), func(i inv) string { return f.companyList(i.Partners, false) }),
		col("partner_names_ko", tabular.String, text("The partners' Korean names. "+linesDoc), func(i inv) string { return f.companyList(i.Partners, true) }),
		col("package_companies", tabular.String, joinedDoc("Investment", "companies", "package_companies"), func(i inv) string { return joined(i.Companies) }),
		col("package_company_names", tabular.String, text("The package's companies' names. "+linesDoc), func(i inv) string { return f.companyList(i.Companies, false) }),
		col("package_company_names_ko", tabular.String, text("Their Korean names. "+linesDoc), func(i inv) string { return f.companyList(i.Companies, true) }),
		f.same("part_of"),
		f.same("part_of_title"),
		col("part_of_title_ko", tabular.String, text("The package's Korean title, where known."), f.packageTitleKo),
		f.same("kind"),
		req(col("kind_name", tabular.String, text("The kind's name (kinds.csv)."), func(i inv) string { return f.codes.name("kind_", string(i.Kind), false) })),
		req(col("kind_name_ko", tabular.String, text("Its Korean name."), func(i inv) string { return f.codes.name("kind_", string(i.Kind), true) })),
		f.same("status"),
		req(col("status_name", tabular.String, text("The status's name (statuses.csv)."), func(i inv) string { return f.codes.name("status_", string(i.Status), false) })),
		req(col("status_name_ko", tabular.String, text("Its Korean name."), func(i inv) string { return f.codes.name("status_", string(i.Status), true) })),
	}
}

// flatPlace are the columns of where and in what.
func flatPlace(f flat) []column[inv] {
	sectors := func(i inv) []string { return strs(i.Sectors) }
	return []column[inv]{
		f.same("regions"),
		col("region_names", tabular.String, text("The regions' names. "+linesDoc), func(i inv) string { return lines(i.RegionNames) }),
		col("region_names_ko", tabular.String, text("The regions' Korean names. "+linesDoc), func(i inv) string { return lines(i.RegionNamesKo) }),
		f.same("nationwide"),
		f.same("city"),
		f.same("sectors"),
		col("sector_names", tabular.String, text("The sectors' names (sectors.csv). "+linesDoc), func(i inv) string { return f.codes.names("sector_", sectors(i), false) }),
		col("sector_names_ko", tabular.String, text("Their Korean names. "+linesDoc), func(i inv) string { return f.codes.names("sector_", sectors(i), true) }),
		f.same("scope"),
		req(col("scope_name", tabular.String, text("The scope's name (scopes.csv)."), func(i inv) string { return f.codes.name("scope_", string(i.Scope), false) })),
		req(col("scope_name_ko", tabular.String, text("Its Korean name."), func(i inv) string { return f.codes.name("scope_", string(i.Scope), true) })),
		f.same("scope_note"),
		f.same("announced"),
		f.same("announced_precision"),
	}
}

// flatAmount are the columns of how much, and whether it is counted.
func flatAmount(f flat) []column[inv] {
	precision := func(ko bool) func(inv) string {
		return amountCell(func(a *record.Amount) string { return f.codes.name("precision_", string(a.Precision), ko) })
	}
	why := func(i inv) string { return publication.WhyNotCounted(i) }
	return []column[inv]{
		f.same("amount_stated"),
		f.same("amount_value"),
		f.same("amount_max"),
		f.same("amount_currency"),
		f.same("amount_precision"),
		col("amount_precision_name", tabular.String, text("The precision's name (precisions.csv)."), precision(false)),
		col("amount_precision_name_ko", tabular.String, text("Its Korean name."), precision(true)),
		f.same("value_usd"),
		f.same("max_usd"),
		f.same("usd_min"),
		f.same("usd_max"),
		f.same("counts_toward_korea_total"),
		col("not_counted_reason", tabular.String, text("Why it is not added to Korea's total (not_counted_reasons.csv); empty when it is."), why),
		col("not_counted_reason_name", tabular.String, text("The reason in words."), func(i inv) string { return f.codes.name("not_counted_", why(i), false) }),
		col("not_counted_reason_name_ko", tabular.String, text("The reason in Korean."), func(i inv) string { return f.codes.name("not_counted_", why(i), true) }),
		f.same("note"),
		f.same("synthetic"),
	}
}

// flatSources are the columns of who says so.
func flatSources() []column[inv] {
	return []column[inv]{
		req(col("source_count", tabular.Integer, text("How many sources it cites (sources.csv has one row each)."), func(i inv) string { return integer(int64(len(i.Sources))) })),
		req(col("source_titles", tabular.String, text("The sources' titles, one a line."), sourceField(func(s record.Source) string { return s.Title }))),
		col("source_publishers", tabular.String, text("Their publishers, one a line (empty where not known)."), sourceField(func(s record.Source) string { return s.Publisher })),
		col("source_urls", tabular.String, text("Their addresses, one a line (empty for a source without a link)."), sourceField(func(s record.Source) string { return s.URL })),
		col("source_dates", tabular.String, text("Their publication dates, one a line, each as precise as known."), sourceField(func(s record.Source) string { return string(s.Published) })),
		req(col("source_quotes", tabular.String, text("Their quotes, as a JSON array of strings in the order of the sources (a quote may break lines)."), quotes)),
	}
}

// strs is a list of codes as strings.
func strs[S ~string](s []S) []string {
	out := make([]string, len(s))
	for k, v := range s {
		out[k] = string(v)
	}
	return out
}
