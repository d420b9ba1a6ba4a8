package export

import (
	"fmt"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// Names names a code in English and Korean: key is the site's message key
// ("sector_cloud"), ok false when the site's catalogs lack it.
type Names func(key string) (en, ko string, ok bool)

// codeName is one row of a lookup table.
type codeName struct{ code, name, nameKo string }

// lookup is a table of the allowed values of one code and their names.
type lookup struct {
	table, title, what string
	prefix             string // the message key's prefix: "sector_"
	values             []string
}

// lookups are the lookup tables, one per code a record holds.
func lookups() []lookup {
	return []lookup{
		{"sectors", "Sectors", "sector of the economy", "sector_", record.Sector("").Values()},
		{"kinds", "Kinds of project", "kind of project", "kind_", record.Kind("").Values()},
		{"statuses", "Statuses", "status (where a commitment stands)", "status_", record.Status("").Values()},
		{"precisions", "Precisions of an amount", "precision (how the source stated the amount)", "precision_", record.Precision("").Values()},
		{"scopes", "Scopes", "scope (whether the figure is for Korea alone)", "scope_", record.Scope("").Values()},
		{"region_categories", "Kinds of region", "kind of first-level division", "category_", record.RegionCategory("").Values()},
		{"not_counted_reasons", "Reasons not to count", "reason a commitment is not added to Korea's total", "not_counted_", []string{
			publication.NotCountedMultinational, publication.NotCountedInPackage, publication.NotCountedUndisclosed, publication.NotCountedNoRate}},
	}
}

// codeNames are the names of every code, by message key ("sector_cloud").
type codeNames map[string][2]string

// name is the English or Korean name of code under prefix, "" for no code.
func (c codeNames) name(prefix, code string, ko bool) string {
	if ko {
		return c[prefix+code][1]
	}
	return c[prefix+code][0]
}

// names is name for each code, one a line.
func (c codeNames) names(prefix string, codes []string, ko bool) string {
	out := make([]string, len(codes))
	for k, code := range codes {
		out[k] = c.name(prefix, code, ko)
	}
	return strings.Join(out, "\n")
}

// nameCodes looks up every code's names; a code without a name in both
// languages is an error (every missing one listed).
func nameCodes(names Names) (codeNames, error) {
	if names == nil {
		return nil, fmt.Errorf("no names for the lookup tables (Options.Names)")
	}
	out := codeNames{}
	var missing []string
	for _, l := range lookups() {
		for _, v := range l.values {
			en, ko, ok := names(l.prefix + v)
			if !ok {
				missing = append(missing, l.prefix+v)
			}
			out[l.prefix+v] = [2]string{en, ko}
		}
	}
	if len(missing) > 0 {
		return nil, fmt.Errorf("no English or Korean name in site/i18n for %s", strings.Join(missing, ", "))
	}
	return out, nil
}

// lookupTables are the lookup tables, with their names from c.
func lookupTables(c codeNames) []*table {
	var out []*table
	for _, l := range lookups() {
		rows := make([]codeName, len(l.values))
		for k, v := range l.values {
			rows[k] = codeName{v, c.name(l.prefix, v, false), c.name(l.prefix, v, true)}
		}
		out = append(out, lookupTable(l, rows))
	}
	return out
}

func lookupTable(l lookup, rows []codeName) *table {
	cols := []column[codeName]{
		req(col("code", tabular.String, text("The "+l.what+" as the records and the other tables write it."), func(c codeName) string { return c.code })),
		req(col("name", tabular.String, text("Its name in English, as the site shows it."), func(c codeName) string { return c.name })),
		req(col("name_ko", tabular.String, text("Its name in Korean, as the site shows it."), func(c codeName) string { return c.nameKo })),
	}
	return newTable(meta{name: l.table, title: l.title,
		description: "Every allowed " + l.what + ", in the schema's order, with its English and Korean names.",
		primaryKey:  []string{"code"}, excel: true}, rows, cols)
}

// toCode is the foreign key from field to the lookup table's code.
func toCode(field, table string) tabular.ForeignKey {
	return tabular.ForeignKey{Fields: []string{field}, Resource: table, RefFields: []string{"code"}}
}
