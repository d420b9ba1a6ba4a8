package export

import (
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// The data package descriptor, as Frictionless Data Package v1 and Table
// Schema v1 define it (https://specs.frictionlessdata.io/).
type (
	dataPackage struct {
		Profile     string `json:"profile"`
		Name        string `json:"name"`
		Title       string `json:"title"`
		Description string `json:"description"`
		Homepage    string `json:"homepage"`
		Version     string `json:"version"`
		// DateModified and Releases are set once the data has a release.
		DateModified string      `json:"dateModified,omitempty"`
		Releases     []dpRelease `json:"releases,omitempty"`
		Licenses     []license   `json:"licenses"`
		Sources      []dpSource  `json:"sources"`
		Resources    []any       `json:"resources"`
	}
	dpRelease struct {
		Version string `json:"version"`
		Tag     string `json:"tag"`
		Date    string `json:"date"`
		Path    string `json:"path"`
	}
	// fileResource is a file that is not CSV: the workbook, a Parquet
	// file, dtypes.json. Its columns are those of the CSV resource it names.
	fileResource struct {
		Profile     string `json:"profile"`
		Name        string `json:"name"`
		Path        string `json:"path"`
		Title       string `json:"title"`
		Description string `json:"description"`
		Format      string `json:"format"`
		Mediatype   string `json:"mediatype"`
		Bytes       int64  `json:"bytes"`
		Hash        string `json:"hash"`
		// Version and DateModified are the package's (stamped), so that
		// a file taken alone still names its release.
		Version      string `json:"version"`
		DateModified string `json:"dateModified,omitempty"`
	}
	license struct {
		Name  string `json:"name"`
		Path  string `json:"path"`
		Title string `json:"title"`
	}
	dpSource struct {
		Title string `json:"title"`
		Path  string `json:"path,omitempty"`
	}
	// resource is a CSV table: a file resource with its dialect and schema.
	resource struct {
		fileResource
		Encoding string      `json:"encoding"`
		Dialect  dialect     `json:"dialect"`
		Schema   tableSchema `json:"schema"`
	}
	dialect struct {
		Delimiter      string `json:"delimiter"`
		LineTerminator string `json:"lineTerminator"`
		QuoteChar      string `json:"quoteChar"`
		DoubleQuote    bool   `json:"doubleQuote"`
		Header         bool   `json:"header"`
	}
	tableSchema struct {
		Fields        []tsField   `json:"fields"`
		PrimaryKey    []string    `json:"primaryKey"`
		ForeignKeys   []tsForeign `json:"foreignKeys,omitempty"`
		MissingValues []string    `json:"missingValues"`
	}
	tsField struct {
		Name        string        `json:"name"`
		Type        string        `json:"type"`
		Format      string        `json:"format,omitempty"`
		Description string        `json:"description"`
		Constraints *tsConstraint `json:"constraints,omitempty"`
	}
	tsConstraint struct {
		Required bool     `json:"required,omitempty"`
		Enum     []string `json:"enum,omitempty"`
		Pattern  string   `json:"pattern,omitempty"`
	}
	tsForeign struct {
		Fields    []string    `json:"fields"`
		Reference tsReference `json:"reference"`
	}
	tsReference struct {
		Resource string   `json:"resource"`
		Fields   []string `json:"fields"`
	}
)

// dataPackage writes datapackage.json, describing every table's canonical
// CSV file with its size and hash (not the Excel flavour, whose mark some
// Frictionless readers take for part of the first column's name). The
// version hashes every file written so far.
func (w *writer) dataPackage(v *view, tabs []*table, opt Options) error {
	w.version = contentVersion(w.sorted())
	dp := dataPackage{
		Profile: "data-package", Name: "korea-investment-tracker", Title: w.title,
		Description: "Foreign investment commitments in South Korea, as reported, with sources. " + csvRule,
		Homepage:    record.SiteURL, Version: w.version,
		Licenses: []license{{Name: record.LicenceID, Path: record.LicenceURL, Title: record.LicenceTitle}},
		Sources:  packageSources(v),
	}
	dp.Version, dp.DateModified, dp.Releases = releaseFields(w.version, opt)
	for _, t := range tabs {
		dp.Resources = append(dp.Resources, w.resource(t))
	}
	for _, t := range tabs {
		dp.Resources = append(dp.Resources, w.fileResource(parquetDir+t.Name+".parquet", t.Name+"-parquet", t.Title+" (Parquet)", "parquet"))
	}
	dp.Resources = append(dp.Resources, w.fileResource(workbookPath, "workbook", "Every table as an Excel workbook", "xlsx"),
		w.fileResource(dtypesPath, "dtypes", "Column types for pandas and readr", "json"),
		w.fileResource(databasePath, "database", "Every table in one SQLite database", "sqlite"),
		w.fileResource(datasettePath, "datasette-metadata", "Datasette metadata for the database", "json"))
	stamp(dp.Resources, dp.Version, dp.DateModified)
	b, err := tabular.JSON(dp)
	if err != nil {
		return fmt.Errorf("encode %s: %w", dataPackagePath, err)
	}
	return w.put(dataPackagePath, tabular.JSONMediaType,
		"Frictionless Data Package describing every CSV table: column types and descriptions, keys, licence, sizes and hashes.", b)
}

func (w *writer) resource(t *table) resource {
	r := resource{fileResource: w.fileResource(t.Name+".csv", t.Name, t.Title, "csv"), Encoding: "utf-8",
		Dialect: dialect{Delimiter: ",", LineTerminator: "\r\n", QuoteChar: `"`, DoubleQuote: true, Header: true},
		Schema:  schemaOf(t),
	}
	r.Profile, r.Description, r.Mediatype = "tabular-data-resource", t.Description, "text/csv"
	return r
}

// stamp gives every resource the package's version and day.
func stamp(resources []any, version, modified string) {
	for k, r := range resources {
		switch r := r.(type) {
		case resource:
			r.Version, r.DateModified = version, modified
			resources[k] = r
		case fileResource:
			r.Version, r.DateModified = version, modified
			resources[k] = r
		}
	}
}

// fileResource describes a file written at rel that is not a CSV table.
func (w *writer) fileResource(rel, name, title, format string) fileResource {
	f, _ := w.file(rel)
	return fileResource{Profile: "data-resource", Name: strings.ReplaceAll(name, "_", "-"), Path: rel, Title: title,
		Description: f.Description, Format: format, Mediatype: f.MediaType, Bytes: f.Bytes, Hash: "sha256:" + f.SHA256}
}

func schemaOf(t *table) tableSchema {
	s := tableSchema{PrimaryKey: t.PrimaryKey, MissingValues: []string{""}}
	for _, f := range t.Fields {
		s.Fields = append(s.Fields, tsFieldOf(f))
	}
	for _, fk := range t.ForeignKeys {
		res := strings.ReplaceAll(fk.Resource, "_", "-")
		s.ForeignKeys = append(s.ForeignKeys, tsForeign{fk.Fields, tsReference{res, fk.RefFields}})
	}
	return s
}

func tsFieldOf(f tabular.Field) tsField {
	out := tsField{Name: f.Name, Description: f.Description, Type: f.Kind.TableSchemaType()}
	c := tsConstraint{Required: f.Required, Enum: f.Enum}
	if f.Kind == tabular.Date {
		c.Pattern = record.PartialDatePattern[1 : len(record.PartialDatePattern)-1]
	}
	if strings.HasSuffix(f.Name, "url") || f.Name == "website" {
		out.Format = "uri"
	}
	if c.Required || c.Enum != nil || c.Pattern != "" {
		out.Constraints = &c
	}
	return out
}

// packageSources lists once each source cited by any record, by title then URL.
func packageSources(v *view) []dpSource {
	var out []dpSource
	for _, r := range sourceRows(v) {
		out = append(out, dpSource{Title: r.Title, Path: r.URL})
	}
	slices.SortFunc(out, func(a, b dpSource) int {
		return strings.Compare(a.Title+"\x00"+a.Path, b.Title+"\x00"+b.Path)
	})
	return slices.Compact(out)
}

// releaseFields are the data package's version (the release's, when the
// data is a release's, else the content version), the release's day, and
// every release with its page.
func releaseFields(content string, opt Options) (version, modified string, list []dpRelease) {
	version = content
	if opt.Release != nil {
		version, modified = opt.Release.Version, opt.Release.Day.Format(time.DateOnly)
	}
	for _, r := range opt.Releases {
		list = append(list, dpRelease{Version: r.Version, Tag: r.Tag, Date: r.Day.Format(time.DateOnly),
			Path: record.SiteURL + "releases/" + r.Tag + "/"})
	}
	return version, modified, list
}
