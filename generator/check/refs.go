package check

import (
	"slices"
	"strconv"

	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// crossCheck runs the rules that span records: references resolve, parts of
// a package fit inside it, pages name records that exist and land where
// no other page does.
func (s *docSet) crossCheck() record.ErrorList {
	companyIDs, regionCodes := sortedKeys(s.companies), sortedKeys(s.regions)
	var errs record.ErrorList
	for _, id := range companyIDs {
		c := s.companies[id]
		if c.rec.Parent != "" && c.rec.Parent == c.rec.ID {
			errs = append(errs, errAt(c.doc, "/parent", message.OwnParent.Text()))
		} else if c.rec.Parent != "" {
			errs = append(errs, s.ref(c.doc, "/parent", record.CompanyKind, c.rec.Parent, companyIDs)...)
		}
	}
	errs = append(errs, formerIDs(s.companies, companyIDs, func(c record.Company) []string { return c.FormerIDs })...)
	investmentIDs := sortedKeys(s.investments)
	for _, id := range investmentIDs {
		errs = append(errs, s.investmentRefs(s.investments[id], companyIDs, regionCodes)...)
	}
	errs = append(errs, formerIDs(s.investments, investmentIDs, func(i record.Investment) []string { return i.FormerIDs })...)
	for _, p := range s.pages {
		if p.rec.Front.Company != "" {
			errs = append(errs, s.ref(p.doc, "/company", record.CompanyKind, p.rec.Front.Company, companyIDs)...)
		}
		if p.rec.Front.Region != "" {
			errs = append(errs, s.ref(p.doc, "/region", record.RegionKind, p.rec.Front.Region, regionCodes)...)
		}
	}
	errs = append(errs, s.places()...)
	errs = append(errs, s.packageSums()...)
	errs = append(errs, s.dollarAmounts()...)
	return append(errs, s.unread.report()...)
}

// formerIDs checks the ids that redirect to the records of one kind
// (ids, sorted): each is a slug; none is still the id of a record, or its
// old URL would redirect away from it; none is "page", where the lists'
// pages are; and no two records claim one, whose old URL can redirect to
// only one of them (both are told, each naming the other).
func formerIDs[T any](records map[string]entry[T], ids []string, former func(T) []string) record.ErrorList {
	var errs record.ErrorList
	claimed := map[string]*load.Document{}
	for _, rid := range ids {
		e := records[rid]
		for n, id := range former(e.rec) {
			ptr := "/former_ids/" + strconv.Itoa(n)
			_, taken := slices.BinarySearch(ids, id)
			prev, twice := claimed[id]
			switch {
			case !slugRE.MatchString(id):
				errs = append(errs, errAt(e.doc, ptr, message.Slug.With(message.Field(ptr))))
			case taken:
				errs = append(errs, errAt(e.doc, ptr, message.FormerID.With(id)))
			case id == "page":
				errs = append(errs, errAt(e.doc, ptr, message.FormerIDPage.Text()))
			case twice && prev != e.doc:
				errs = append(errs, errAt(e.doc, ptr, message.FormerIDTwice.With(id, prev.Path)),
					errAt(prev, formerPtr(prev, id), message.FormerIDTwice.With(id, e.doc.Path)))
			default:
				claimed[id] = e.doc
			}
		}
	}
	return errs
}

// formerPtr is the pointer of the former id id in doc's former_ids.
func formerPtr(doc *load.Document, id string) string {
	obj, _ := doc.Value.(map[string]any)
	list, _ := obj["former_ids"].([]any)
	return "/former_ids/" + strconv.Itoa(max(slices.Index(list, any(id)), 0))
}

// ref reports a reference to an id that no record has, suggesting a near
// one; a record whose file did not load exists, and is not reported again.
func (s *docSet) ref(doc *load.Document, ptr, what, id string, known []string) record.ErrorList {
	if _, found := slices.BinarySearch(known, id); found || s.unread.named(what, id) {
		return nil
	}
	t := message.NoSuch.With(what, id)
	if near := suggest(id, known); near != "" {
		t = message.NoSuchNear.With(what, id, near)
	}
	return record.ErrorList{errAt(doc, ptr, t)}
}

func (s *docSet) investmentRefs(e entry[record.Investment], companyIDs, regionCodes []string) record.ErrorList {
	i, doc := e.rec, e.doc
	var errs record.ErrorList
	if i.Company != "" {
		errs = append(errs, s.ref(doc, "/company", record.CompanyKind, i.Company, companyIDs)...)
	}
	errs = append(errs, s.refList(doc, "/partners", record.CompanyKind, i.Partners, companyIDs)...)
	errs = append(errs, s.refList(doc, "/companies", record.CompanyKind, i.Companies, companyIDs)...)
	errs = append(errs, s.refList(doc, "/regions", record.RegionKind, i.Regions, regionCodes)...)
	if i.PartOf != "" {
		errs = append(errs, s.partOf(e)...)
	}
	return errs
}

func (s *docSet) refList(doc *load.Document, ptr, what string, ids, known []string) record.ErrorList {
	var errs record.ErrorList
	for n, id := range ids {
		errs = append(errs, s.ref(doc, ptr+"/"+strconv.Itoa(n), what, id, known)...)
	}
	return errs
}

// partOf checks that part_of names a package that lists the part's company.
func (s *docSet) partOf(e entry[record.Investment]) record.ErrorList {
	pkg, ok := s.investments[e.rec.PartOf]
	switch {
	case !ok:
		return s.ref(e.doc, "/part_of", record.InvestmentKind, e.rec.PartOf, sortedKeys(s.investments))
	case pkg.rec.Kind != record.KindPackage:
		return record.ErrorList{errAt(e.doc, "/part_of", message.NotPackage.With(e.rec.PartOf))}
	}
	if !slices.Contains(pkg.rec.Companies, e.rec.Company) {
		return record.ErrorList{errAt(e.doc, "/company", message.NotInPackage.With(e.rec.Company, e.rec.PartOf))}
	}
	return nil
}

// packageSums reports a package whose parts add up to more than its amount,
// in the package's currency; a part in another currency is not compared.
func (s *docSet) packageSums() record.ErrorList {
	sums := map[string]int64{}
	for _, id := range sortedKeys(s.investments) {
		i := s.investments[id].rec
		pkg, ok := s.investments[i.PartOf]
		if ok && i.Amount != nil && pkg.rec.Amount != nil && i.Amount.Currency == pkg.rec.Amount.Currency {
			sums[i.PartOf] += i.Amount.Value
		}
	}
	var errs record.ErrorList
	for _, id := range sortedKeys(sums) {
		pkg := s.investments[id]
		a := pkg.rec.Amount
		ceiling := a.Value
		if a.Precision == record.Range {
			ceiling = a.Max
		}
		if a.Precision != record.AtLeast && sums[id] > ceiling {
			errs = append(errs, errAt(pkg.doc, "/amount/value", message.PartsExceed.With(sums[id], string(a.Currency), ceiling, string(a.Currency))))
		}
	}
	return errs
}
