package hugo

import (
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path"
	"slices"
	"strconv"
	"strings"
)

// manifestFile is one file that export wrote, as listed in
// data/manifest.json.
type manifestFile struct {
	Path        string `json:"path"`
	Bytes       int64  `json:"bytes"`
	SHA256      string `json:"sha256"`
	MediaType   string `json:"media_type"`
	Description string `json:"description"`
}

// manifest is export's list of files, by path below the site root
// (data/companies/aws.json).
type manifest []manifestFile

// readManifest reads export's manifest. It accepts a bare list or an object
// with a "files" list, and paths relative to the site root or to data/.
func readManifest(name string) (manifest, error) {
	b, err := os.ReadFile(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, fmt.Errorf("%s: no dataset manifest; export must write the datasets before the site is rendered", name)
	}
	if err != nil {
		return nil, err
	}
	var m manifest
	if err := json.Unmarshal(b, &m); err != nil {
		var wrapped struct {
			Files manifest `json:"files"`
		}
		if err2 := json.Unmarshal(b, &wrapped); err2 != nil {
			return nil, fmt.Errorf("%s: %v", name, err)
		}
		m = wrapped.Files
	}
	for i := range m {
		m[i].Path = "data/" + strings.TrimPrefix(strings.TrimPrefix(m[i].Path, "/"), "data/")
	}
	slices.SortFunc(m, func(a, b manifestFile) int { return strings.Compare(a.Path, b.Path) })
	return m, nil
}

// download is a file on the data page or a record's page.
type download struct {
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

// downloads lists a record's own files, data/<stem>.json and .csv, where
// export wrote them. The manifest is sorted by path, so they are found by
// binary search: a scan per record would be quadratic at scale.
func (m manifest) downloads(u urls, l locale, stem string) []download {
	prefix := "data/" + stem + "."
	k, _ := slices.BinarySearchFunc(m, prefix, func(f manifestFile, p string) int { return strings.Compare(f.Path, p) })
	var out []download
	for _, f := range m[k:] {
		if !strings.HasPrefix(f.Path, prefix) {
			break
		}
		if strings.TrimSuffix(f.Path, path.Ext(f.Path)) == "data/"+stem {
			out = append(out, f.download(u, l))
		}
	}
	return out
}

// download is a file's view; its description is export's English, marked
// with DescriptionLang on pages in other languages.
func (f manifestFile) download(u urls, l locale) download {
	rel := u.path(f.Path)
	return download{
		Name: strings.TrimPrefix(f.Path, "data/"), URL: rel, AbsURL: u.absolute(rel),
		Format:    strings.ToUpper(strings.TrimPrefix(path.Ext(f.Path), ".")),
		MediaType: f.MediaType, Size: l.byteSize(f.Bytes), Bytes: strconv.FormatInt(f.Bytes, 10),
		SHA256: f.SHA256, Description: f.Description, DescriptionLang: l.textLang(),
	}
}

// dataView is the data page.
type dataView struct {
	Downloads []download `json:"downloads"`
	// RecordFiles says how many files of companies and regions the
	// Downloads leave out, each linked from its record's page.
	RecordFiles string      `json:"record_files,omitempty"`
	Dictionary  []schemaDoc `json:"dictionary"`
	Schemas     []link      `json:"schemas"`
	Cite        string      `json:"cite"`
	BibTeX      string      `json:"bibtex"`
	Licence     link        `json:"licence"`
	URL         string      `json:"url"`
	// DictionaryLang is "en" on pages in other languages: the dictionary
	// comes from the schemas' English doc comments.
	DictionaryLang string `json:"dictionary_lang,omitempty"`
}

const (
	siteName   = "Korea Investment Tracker"
	licenceURL = "https://creativecommons.org/licenses/by/4.0/"
)

func (b builder) dataPage(dict []schemaDoc) page {
	l := b.l
	dataURL := b.u.absolute(b.u.page("data/"))
	// The data page lists the datasets; the pair of files of every company
	// and region (20,000 at scale) is linked from the record's own page.
	var downloads []download
	var recordFiles int
	for _, f := range b.m {
		if strings.HasPrefix(f.Path, "data/companies/") || strings.HasPrefix(f.Path, "data/regions/") {
			recordFiles++
			continue
		}
		downloads = append(downloads, f.download(b.u, l))
	}
	var more string
	if recordFiles > 0 {
		more = l.n("data_record_files", recordFiles)
	}
	var schemas []link
	for _, d := range dict {
		schemas = append(schemas, link{Name: d.File, URL: b.u.path("schema/" + d.File)})
	}
	var dist []any
	for _, d := range downloads {
		dist = append(dist, map[string]any{"@type": "DataDownload", "name": d.Name, "contentUrl": d.AbsURL,
			"encodingFormat": d.MediaType, "contentSize": d.Bytes + " B", "sha256": d.SHA256, "description": d.Description})
	}
	ld := map[string]any{"@type": "Dataset", "name": siteName, "inLanguage": l.lang,
		"description": l.w("dataset_description"),
		"url":         dataURL, "license": licenceURL, "isAccessibleForFree": true,
		"creator":         map[string]any{"@type": "Organization", "name": siteName + " contributors", "url": b.u.abs},
		"spatialCoverage": map[string]any{"@type": "Country", "name": "South Korea"},
		"distribution":    dist,
	}
	bib := "@misc{korea_investment_tracker,\n" +
		"  title        = {" + siteName + "},\n" +
		"  author       = {{" + siteName + " contributors}},\n" +
		"  howpublished = {\\url{" + dataURL + "}},\n" +
		"  note         = {Dataset, licensed under CC BY 4.0; add the date you downloaded it}\n}"
	return page{Path: "data", Kind: "section", Title: l.w("data"), source: "the data page",
		Description: l.w("desc_data"),
		Params: pageParams{Crumbs: []link{b.home()}, JSONLD: jsonLD(ld), View: dataView{
			Downloads: downloads, RecordFiles: more, Dictionary: dict, Schemas: schemas,
			Cite:    l.t("cite_dataset", map[string]any{"Site": siteName, "URL": dataURL}),
			BibTeX:  bib,
			Licence: link{Name: l.w("licence_name"), URL: licenceURL}, URL: dataURL,
			DictionaryLang: l.textLang(),
		}}}
}

// schemaDoc documents one published schema file for the data dictionary.
type schemaDoc struct {
	File  string      `json:"file"`
	Title string      `json:"title"`
	Types []schemaDef `json:"types"`
}

// schemaDef is one object type of a schema: its fields in schema order.
type schemaDef struct {
	Name   string        `json:"name"`
	Fields []schemaField `json:"fields"`
}

type schemaField struct {
	Name        string `json:"name"`
	Type        string `json:"type"`
	Required    bool   `json:"required,omitempty"`
	Description string `json:"description"`
}

// dictionary reads the data dictionary from the published schemas, so the
// descriptions readers see are the Go doc comments the schemas come from.
func dictionary(files fs.FS) ([]schemaDoc, error) {
	names, err := fs.Glob(files, "published/*.schema.json")
	if err != nil {
		return nil, err
	}
	slices.Sort(names)
	var out []schemaDoc
	for _, name := range names {
		b, err := fs.ReadFile(files, name)
		if err != nil {
			return nil, err
		}
		doc, err := schemaDocOf(b)
		if err != nil {
			return nil, fmt.Errorf("schema/%s: %v", name, err)
		}
		doc.File = name
		doc.Title = label(strings.TrimSuffix(path.Base(name), ".schema.json"))
		out = append(out, doc)
	}
	return out, nil
}

// jsonSchema is the part of a JSON Schema the dictionary reads. Properties
// keep their order because json.RawMessage objects are walked by a decoder.
type jsonSchema struct {
	Ref         string                 `json:"$ref"`
	Type        any                    `json:"type"`
	Items       *jsonSchema            `json:"items"`
	Enum        []any                  `json:"enum"`
	Description string                 `json:"description"`
	Required    []string               `json:"required"`
	Properties  orderedProps           `json:"properties"`
	Defs        map[string]*jsonSchema `json:"$defs"`
}

type orderedProps []struct {
	Name   string
	Schema *jsonSchema
}

// UnmarshalJSON keeps the properties in the order the schema file lists them.
func (o *orderedProps) UnmarshalJSON(b []byte) error {
	dec := json.NewDecoder(strings.NewReader(string(b)))
	if _, err := dec.Token(); err != nil {
		return err
	}
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return err
		}
		var s jsonSchema
		if err := dec.Decode(&s); err != nil {
			return err
		}
		*o = append(*o, struct {
			Name   string
			Schema *jsonSchema
		}{t.(string), &s})
	}
	return nil
}

func schemaDocOf(b []byte) (schemaDoc, error) {
	var s jsonSchema
	if err := json.Unmarshal(b, &s); err != nil {
		return schemaDoc{}, err
	}
	var doc schemaDoc
	root := &s
	rootName := "Summary"
	if s.Items != nil && s.Items.Ref != "" {
		rootName = path.Base(s.Items.Ref)
		root = s.Defs[rootName]
	}
	if root == nil {
		return doc, errors.New("no root type")
	}
	doc.Types = append(doc.Types, defOf(rootName, root))
	names := make([]string, 0, len(s.Defs))
	for n := range s.Defs {
		if n != rootName {
			names = append(names, n)
		}
	}
	slices.Sort(names)
	for _, n := range names {
		doc.Types = append(doc.Types, defOf(n, s.Defs[n]))
	}
	return doc, nil
}

func defOf(name string, s *jsonSchema) schemaDef {
	d := schemaDef{Name: name}
	for _, p := range s.Properties {
		if p.Name == "$schema" {
			continue
		}
		d.Fields = append(d.Fields, schemaField{Name: p.Name, Type: typeOf(p.Schema),
			Required: slices.Contains(s.Required, p.Name), Description: describe(p.Schema)})
	}
	return d
}

// typeOf names a property's type for readers: "string", "list of Source".
func typeOf(s *jsonSchema) string {
	switch {
	case s.Ref != "":
		return path.Base(s.Ref)
	case s.Items != nil:
		return "list of " + typeOf(s.Items)
	}
	switch t := s.Type.(type) {
	case string:
		return t
	case []any:
		var parts []string
		for _, v := range t {
			if v != "null" {
				parts = append(parts, fmt.Sprint(v))
			}
		}
		return strings.Join(parts, " or ")
	}
	return "any"
}

func describe(s *jsonSchema) string {
	d := s.Description
	enum := s.Enum
	if s.Items != nil && len(enum) == 0 {
		enum = s.Items.Enum
	}
	if len(enum) > 0 {
		vals := make([]string, len(enum))
		for i, v := range enum {
			vals[i] = fmt.Sprint(v)
		}
		d = strings.TrimSpace(d + " One of: " + strings.Join(vals, ", ") + ".")
	}
	return d
}
