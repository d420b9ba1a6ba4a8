package dataview

import (
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/releases"
	"github.com/korea-investment-tracker/kit/generator/schemadoc"
)

// Manifest is export's list of files, in path order below data/
// ("companies/aws.json").
type Manifest []record.DataFile

// Download is a file on the data page or a record's page.
type Download struct {
	Name        string `json:"name"`
	URL         string `json:"url"`
	AbsURL      string `json:"abs_url"`
	Format      string `json:"format"`
	MediaType   string `json:"media_type"`
	Size        string `json:"size"`
	Bytes       string `json:"bytes"`
	SHA256      string `json:"sha256"`
	Description string `json:"description"`
	// DescriptionLang is "en" on pages in other languages.
	DescriptionLang string `json:"description_lang,omitempty"`
}

// Downloads lists a record's own files, data/<stem>.json and .csv. The
// Manifest is sorted by path, so they are found by binary search: a scan
// per record would be quadratic.
func (m Manifest) Downloads(u page.URLs, l locale.Locale, stem string) []Download {
	prefix := stem + "."
	k, _ := slices.BinarySearchFunc(m, prefix, func(f record.DataFile, p string) int { return strings.Compare(f.Path, p) })
	var out []Download
	for _, f := range m[k:] {
		if !strings.HasPrefix(f.Path, prefix) {
			break
		}
		if strings.TrimSuffix(f.Path, path.Ext(f.Path)) == stem {
			out = append(out, DownloadOf(f, u, l))
		}
	}
	return out
}

// DownloadOf is a file's view; its description is export's English,
// marked with DescriptionLang on pages in other languages.
func DownloadOf(f record.DataFile, u page.URLs, l locale.Locale) Download {
	rel := u.Path("data/" + f.Path)
	return Download{
		Name: f.Path, URL: rel, AbsURL: u.Absolute(rel),
		Format:    strings.ToUpper(strings.TrimPrefix(path.Ext(f.Path), ".")),
		MediaType: f.MediaType, Size: l.ByteSize(f.Bytes), Bytes: strconv.FormatInt(f.Bytes, 10),
		SHA256: f.SHA256, Description: f.Description, DescriptionLang: l.TextLang(),
	}
}

// startFiles are the files a data user starts from, in the order the data
// page offers them, each with its catalog key (data_start_<key>).
var startFiles = []struct{ key, path string }{
	{"csv", "investments.csv"},
	{"xlsx", "korea-investment-tracker.xlsx"},
	{"flat", "commitments_flat.csv"},
	{"parquet", "parquet/commitments_flat.parquet"},
	{"sqlite", "korea-investment-tracker.sqlite"},
	{"json", "investments.json"},
}

// startFile is one file of the data page's "start here" block: what it
// is in the page's language, and the file.
type startFile struct {
	What string   `json:"what"`
	File Download `json:"file"`
}

// startHere are the start files the Manifest holds, in startFiles' order.
func (b Builder) startHere() []startFile {
	var out []startFile
	for _, s := range startFiles {
		k, ok := slices.BinarySearchFunc(b.m, s.path, func(f record.DataFile, p string) int { return strings.Compare(f.Path, p) })
		if ok {
			out = append(out, startFile{What: b.L.W("data_start_" + s.key), File: DownloadOf(b.m[k], b.U, b.L)})
		}
	}
	return out
}

// dataView is the data page.
type dataView struct {
	// Start are the files most readers want, first on the page.
	Start     []startFile `json:"start"`
	Downloads []Download  `json:"downloads"`
	// RecordFiles says how many files of companies and regions the
	// Downloads leave out, each linked from its record's page.
	RecordFiles string `json:"record_files,omitempty"`
	// InvestmentFiles says how many per-commitment files the Downloads
	// leave out, each listed in records.json.
	InvestmentFiles string      `json:"investment_files,omitempty"`
	Dictionary      []dictDoc   `json:"dictionary"`
	Schemas         []page.Link `json:"schemas"`
	Cite            string      `json:"cite"`
	BibTeX          string      `json:"bibtex"`
	Licence         page.Link   `json:"licence"`
	URL             string      `json:"url"`
	// Files is the absolute URL of the data folder, for the snippets.
	Files string `json:"files"`
	// DictionaryLang is "en" on pages in other languages: the dictionary's
	// type names are the schemas' English.
	DictionaryLang string `json:"dictionary_lang,omitempty"`
	// Release names the release whose data this is, if any, before a
	// link to /releases/.
	Release     string    `json:"release,omitempty"`
	ReleaseLink page.Link `json:"release_link,omitzero"`
	// DOI is the release's DOI, where the release metadata gives one.
	DOI page.Link `json:"doi,omitzero"`
}

// dictDoc is one schema file's part of the data dictionary, in the page's
// language.
type dictDoc struct {
	File  string     `json:"file"`
	Title string     `json:"title"`
	Types []dictType `json:"types"`
}

// dictType is one object type of a schema and its fields.
type dictType struct {
	Name   string      `json:"name"`
	Fields []dictField `json:"fields"`
}

// dictField is a field with its description in the page's language where
// the schema has it (schemadoc.Field.DescriptionKo), else in English, marked with Lang.
type dictField struct {
	schemadoc.Field
	Lang string `json:"lang,omitempty"`
}

// dictionary is the data dictionary in b's language: each file titled
// from the catalog (data_dict_<base>), each description the Korean of the
// Go doc on Korean pages.
func (b Builder) dictionary(docs []schemadoc.Doc) []dictDoc {
	var out []dictDoc
	for _, d := range docs {
		base := strings.TrimSuffix(path.Base(d.File), ".schema.json")
		dd := dictDoc{File: d.File, Title: b.L.W("data_dict_" + base)}
		for _, t := range d.Types {
			dt := dictType{Name: t.Name}
			for _, f := range t.Fields {
				df := dictField{Field: f}
				if b.L.Lang() == "ko" && f.DescriptionKo != "" {
					df.Description = f.DescriptionKo
				} else {
					df.Lang = b.L.TextLang()
				}
				dt.Fields = append(dt.Fields, df)
			}
			dd.Types = append(dd.Types, dt)
		}
		out = append(out, dd)
	}
	return out
}

func (b Builder) DataPage(dict []schemadoc.Doc) page.Page {
	l, siteName := b.L, b.siteName
	dataURL := b.U.Absolute(b.U.Page("data/"))
	// The data page lists the datasets; the files of each company and
	// region are linked from the record's own page.
	var downloads []Download
	var recordFiles, investmentFiles int
	for _, f := range b.m {
		if strings.HasPrefix(f.Path, "companies/") || strings.HasPrefix(f.Path, "regions/") {
			recordFiles++
			continue
		}
		if strings.HasPrefix(f.Path, "investments/") {
			investmentFiles++
			continue
		}
		downloads = append(downloads, DownloadOf(f, b.U, l))
	}
	var more string
	if recordFiles > 0 {
		more = l.N("data_record_files", recordFiles)
	}
	var perCommitment string
	if investmentFiles > 0 {
		perCommitment = l.N("data_investment_files", investmentFiles)
	}
	var schemas []page.Link
	for _, d := range dict {
		schemas = append(schemas, page.Link{Name: d.File, URL: b.U.Path("schema/" + d.File)})
	}
	var dist []any
	for _, d := range downloads {
		dist = append(dist, map[string]any{"@type": "DataDownload", "name": d.Name, "contentUrl": d.AbsURL,
			"encodingFormat": d.MediaType, "contentSize": d.Bytes + " B", "sha256": d.SHA256, "description": d.Description})
	}
	ld := map[string]any{"@type": "Dataset", "name": siteName, "inLanguage": l.Lang(),
		"description": l.W("dataset_description"),
		"url":         dataURL, "license": record.LicenceURL, "isAccessibleForFree": true,
		"creator":         map[string]any{"@type": "Organization", "name": siteName + " contributors", "url": b.U.Absolute(b.U.Path(""))},
		"spatialCoverage": map[string]any{"@type": "Country", "name": "South Korea"},
		"distribution":    dist,
	}
	v := dataView{
		Start: b.startHere(), Downloads: downloads, RecordFiles: more, InvestmentFiles: perCommitment, Dictionary: b.dictionary(dict), Schemas: schemas,
		Cite:    l.T("cite_dataset", map[string]any{"Site": siteName, "URL": dataURL}),
		BibTeX:  bibTeX(siteName, dataURL, "", "", "Dataset, licensed under CC BY 4.0; add the date you downloaded it"),
		Licence: page.Link{Name: l.W("licence_name"), URL: record.LicenceURL}, URL: dataURL,
		Files:          b.U.Absolute(b.U.Path("data/")),
		DictionaryLang: l.TextLang(),
	}
	if r := b.rel.Current; r != nil {
		b.citeRelease(&v, ld, r, dataURL)
	}
	return page.Page{Path: "data", Kind: "section", Title: l.W("data"), Source: "the data page",
		Description: l.T("desc_data", map[string]any{"Site": l.W("site_title")}),
		Params:      page.Params{Crumbs: []page.Link{b.Home()}, JSONLD: page.JSONLD(ld), View: v}}
}

// citeRelease has the data page name r, the release whose data it is:
// the citation and BibTeX give its version, and the Dataset's structured
// data its version, day and every release.
func (b Builder) citeRelease(v *dataView, ld map[string]any, r *releases.Published, dataURL string) {
	v.Release = b.L.T("data_release", map[string]any{"Tag": r.Tag, "Date": b.Day(r.Day).Text})
	v.ReleaseLink = page.Link{Name: b.L.W("data_release_link"), URL: b.U.Page("releases/")}
	siteName := b.siteName
	doi := b.rel.DOIs.Of(r.Tag)
	v.Cite = b.citeVersion(r.Version, doi, dataURL)
	v.BibTeX = bibTeX(siteName, dataURL, r.Version, doi, "Dataset, licensed under CC BY 4.0; release "+r.Tag)
	ld["version"], ld["dateModified"] = r.Version, r.Day.Format(time.DateOnly)
	if doi != "" {
		v.DOI = page.Link{Name: doi, URL: doiURL(doi)}
		ld["identifier"] = doiURL(doi)
	}
	for _, d := range ld["distribution"].([]any) {
		d.(map[string]any)["version"], d.(map[string]any)["dateModified"] = r.Version, r.Day.Format(time.DateOnly)
	}
	var parts []any
	for _, p := range b.rel.Published {
		parts = append(parts, map[string]any{"@type": "Dataset", "name": siteName + " " + p.Version, "version": p.Version,
			"datePublished": p.Day.Format(time.DateOnly), "url": b.U.Absolute(b.U.Page("releases/" + p.Tag + "/"))})
	}
	ld["hasPart"] = parts
}

// citeVersion is the citation of a version: by its DOI where the release
// metadata gives one, else by url.
func (b Builder) citeVersion(version, doi, url string) string {
	if doi != "" {
		return b.L.T("cite_release_doi", map[string]any{"Site": b.siteName, "Version": version, "DOI": doiURL(doi)})
	}
	return b.L.T("cite_release", map[string]any{"Site": b.siteName, "Version": version, "URL": url})
}

// doiURL is a DOI as the link that resolves it.
func doiURL(doi string) string { return "https://doi.org/" + doi }

// bibTeX is the dataset's BibTeX entry, with its version and DOI when it
// has them.
func bibTeX(siteName, url, version, doi, note string) string {
	bib := "@misc{korea_investment_tracker,\n" +
		"  title        = {" + siteName + "},\n" +
		"  author       = {{" + siteName + " contributors}},\n" +
		"  howpublished = {\\url{" + url + "}},\n"
	if version != "" {
		bib += "  version      = {" + version + "},\n"
	}
	if doi != "" {
		bib += "  doi          = {" + doi + "},\n"
	}
	return bib + "  note         = {" + note + "}\n}"
}
