package check

import (
	"cmp"
	"path"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// entry is a decoded record with the document it came from, for positions.
type entry[T any] struct {
	rec   T
	doc   *load.Document
	valid bool // passed the schema; only valid records are published
}

// docSet gathers the records that passed their own checks, for the rules
// that span records.
type docSet struct {
	companies   map[string]entry[record.Company]
	investments map[string]entry[record.Investment]
	regions     map[string]entry[record.Region]
	rates       []entry[record.Rates]
	pages       []entry[record.PageFile]
	unread      unreadSet // records whose files did not load
}

func newDocSet() *docSet {
	return &docSet{
		companies:   map[string]entry[record.Company]{},
		investments: map[string]entry[record.Investment]{},
		regions:     map[string]entry[record.Region]{},
	}
}

// errAt is the error t about the value at the pointer ptr of doc.
func errAt(doc *load.Document, ptr string, t message.Text) *record.Error {
	return message.At(doc.Pos(ptr), ptr, t)
}

// decoded is a document decoded into its Go type (record.Company, …,
// record.Page for a page's front matter), or why it could not be.
type decoded struct {
	v   any
	err error
}

// Decode decodes a loaded document into its record: a record.Company,
// record.Investment, record.Region, record.Rates or record.Page; nil when
// it does not decode. It checks nothing.
func Decode(doc *load.Document) any { return decodeDoc(doc).v }

// decodeDoc decodes a document into its kind's Go type. checkOnce runs it
// on every core, with the file's own checks, before the rules, which run
// in order.
func decodeDoc(doc *load.Document) decoded {
	if doc.Value == nil {
		return decoded{} // unparsable: load has reported it
	}
	switch doc.Kind {
	case load.Company:
		return decodeAs[record.Company](doc)
	case load.Investment:
		return decodeAs[record.Investment](doc)
	case load.Region:
		return decodeAs[record.Region](doc)
	case load.Rates:
		return decodeAs[record.Rates](doc)
	case load.Page:
		return decodeAs[record.Page](doc)
	}
	return decoded{}
}

func decodeAs[T any](doc *load.Document) decoded {
	var v T
	err := decode(doc, &v)
	return decoded{v, err}
}

// add checks what concerns a decoded document alone. An invalid document
// still takes part in the rules, so that a contributor sees every problem
// at once, and its id still resolves references to it.
func (s *docSet) add(doc *load.Document, valid bool, d decoded) record.ErrorList {
	if doc.Value == nil {
		return nil // unparsable: load has reported it
	}
	if d.err != nil {
		t := message.CannotDecode.With(d.err.Error())
		if doc.Kind == load.Page {
			t = message.CannotDecodeFront.With(d.err.Error())
		}
		return record.ErrorList{errAt(doc, "", t)}
	}
	switch v := d.v.(type) {
	case record.Company:
		return addRecord(doc, valid, v, s.companies, func(c record.Company) (string, []record.Source) { return c.ID, c.Sources }, companyRules)
	case record.Investment:
		return addRecord(doc, valid, v, s.investments, func(i record.Investment) (string, []record.Source) { return i.ID, i.Sources }, investmentRules)
	case record.Region:
		return addRecord(doc, valid, v, s.regions, func(r record.Region) (string, []record.Source) { return r.Code, r.Sources }, nil)
	case record.Rates:
		return s.addRates(doc, valid, v)
	case record.Page:
		return s.addPage(doc, valid, v)
	}
	return nil
}

// addRecord checks a record's id, its file name and its dates.
func addRecord[T any](doc *load.Document, valid bool, rec T, into map[string]entry[T], key func(T) (string, []record.Source), rules func(*load.Document, T) record.ErrorList) record.ErrorList {
	id, sources := key(rec)
	idPtr := "/id"
	if doc.Kind == load.Region {
		idPtr = "/code"
	}
	var errs record.ErrorList
	if want := strings.TrimSuffix(path.Base(doc.Path), ".json"); id != want && id != "" {
		errs = append(errs, errAt(doc, idPtr, message.IDFile.With(id, want+".json")))
	}
	if id == "page" {
		// Hugo's paged lists live at /companies/page/2/ and /investments/page/2/.
		errs = append(errs, errAt(doc, idPtr, message.IDPage.Text()))
	}
	if prev, dup := into[id]; dup && id != "" {
		errs = append(errs, errAt(doc, idPtr, message.DuplicateID.With(id, prev.doc.Path)))
		return errs
	}
	errs = append(errs, sourceDates(doc, sources, "")...)
	if rules != nil {
		errs = append(errs, rules(doc, rec)...)
	}
	into[id] = entry[T]{rec, doc, valid}
	return errs
}

// sourceDates checks the publication dates of the sources at prefix
// ("" for the record's own, "/milestones/0" for a milestone's).
func sourceDates(doc *load.Document, sources []record.Source, prefix string) record.ErrorList {
	var errs record.ErrorList
	for i, src := range sources {
		errs = append(errs, checkDate(doc, prefix+"/sources/"+strconv.Itoa(i)+"/published", src.Published)...)
	}
	return errs
}

// rangeRules checks the amount at ptr (nil for none): a max only for a
// range, and above the value.
func rangeRules(doc *load.Document, ptr string, a *record.Amount) record.ErrorList {
	switch {
	case a == nil:
	case a.Precision == record.Range && a.Max <= a.Value:
		return record.ErrorList{errAt(doc, ptr+"/max", message.RangeMax.Text())}
	case a.Precision != record.Range && a.Max != 0:
		return record.ErrorList{errAt(doc, ptr+"/max", message.MaxOnlyRange.Text())}
	}
	return nil
}

var dateRE = regexp.MustCompile(record.PartialDatePattern)

// checkDate reports a date that does not exist; one of the wrong form
// is the schema's to report.
func checkDate(doc *load.Document, ptr string, d record.PartialDate) record.ErrorList {
	if d == "" || !dateRE.MatchString(string(d)) || d.Validate() == nil {
		return nil
	}
	return record.ErrorList{errAt(doc, ptr, message.DateReal.With(message.Field(ptr), string(d)))}
}

// investmentRules checks what the schema cannot say about one commitment.
func investmentRules(doc *load.Document, i record.Investment) record.ErrorList {
	errs := checkDate(doc, "/announced", i.Announced)
	isPackage := i.Kind == record.KindPackage
	switch {
	case !isPackage && i.Company == "":
		errs = append(errs, errAt(doc, "", message.MissingCompany.Text()))
	case isPackage && len(i.Companies) < 2:
		errs = append(errs, errAt(doc, "/companies", message.PackageCompanies.Text()))
	case !isPackage && len(i.Companies) > 0:
		errs = append(errs, errAt(doc, "/companies", message.OnlyPackageCompanies.Text()))
	case isPackage && i.PartOf != "":
		errs = append(errs, errAt(doc, "/part_of", message.PackageInPackage.Text()))
	}
	if i.Scope == record.ScopeMultinational && i.ScopeNote == "" {
		errs = append(errs, errAt(doc, "/scope", message.ScopeNote.Text()))
	}
	errs = append(errs, lifeRules(doc, i)...)
	return append(errs, amountRules(doc, i)...)
}

func amountRules(doc *load.Document, i record.Investment) record.ErrorList {
	errs := rangeRules(doc, "/amount", i.Amount)
	if p := i.Period; p != nil && p.Start != 0 && p.End != 0 && p.End < p.Start {
		errs = append(errs, errAt(doc, "/period/end", message.PeriodOrder.With(p.End, p.Start)))
	}
	return errs
}

func (s *docSet) addRates(doc *load.Document, valid bool, r record.Rates) record.ErrorList {
	var errs record.ErrorList
	seen := map[record.Currency]bool{}
	for i, rate := range r.Rates {
		ptr := "/rates/" + strconv.Itoa(i)
		if seen[rate.Currency] {
			errs = append(errs, errAt(doc, ptr+"/currency", message.SecondRate.With(string(rate.Currency))))
		}
		seen[rate.Currency] = true
		errs = append(errs, checkDate(doc, ptr+"/date", rate.Date)...)
		errs = append(errs, checkDate(doc, ptr+"/source/published", rate.Source.Published)...)
	}
	s.rates = append(s.rates, entry[record.Rates]{r, doc, valid})
	return errs
}

func (s *docSet) addPage(doc *load.Document, valid bool, front record.Page) record.ErrorList {
	rel := strings.TrimPrefix(doc.Path, "content/")
	s.pages = append(s.pages, entry[record.PageFile]{record.PageFile{Path: rel, Front: front, Body: doc.Body}, doc, valid})
	return pagePlacement(doc, rel, front)
}

// pagePlacement checks that a profile or intro page names what its path
// says; a translation (companies/aws.ko.md) names the same record as the
// page it translates.
func pagePlacement(doc *load.Document, rel string, front record.Page) record.ErrorList {
	switch kind, id, _ := record.ProfileOf(rel); {
	case kind == record.CompanyKind && front.Company != id:
		return record.ErrorList{errAt(doc, "/company", message.CompanyProfileField.With(rel, id))}
	case kind == record.RegionKind && front.Region != id:
		return record.ErrorList{errAt(doc, "/region", message.RegionPageField.With(rel, id))}
	}
	return nil
}

func (s *docSet) dataset() *record.Dataset {
	d := &record.Dataset{
		Companies:   sortedRecords(s.companies),
		Investments: sortedRecords(s.investments),
		Regions:     sortedRecords(s.regions),
	}
	for _, r := range s.rates {
		if r.valid {
			d.Rates = append(d.Rates, r.rec.Rates...)
		}
	}
	for _, p := range s.pages {
		if p.valid {
			d.Pages = append(d.Pages, p.rec)
		}
	}
	slices.SortFunc(d.Pages, func(a, b record.PageFile) int { return cmp.Compare(a.Path, b.Path) })
	return d
}

func sortedRecords[T any](m map[string]entry[T]) []T {
	out := make([]T, 0, len(m))
	for _, k := range sortedKeys(m) {
		if m[k].valid {
			out = append(out, m[k].rec)
		}
	}
	return out
}
