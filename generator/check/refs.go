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
		if c.rec.Parent == c.rec.ID {
			errs = append(errs, errAt(c.doc, "/parent", message.OwnParent.Text()))
		} else if c.rec.Parent != "" {
			errs = append(errs, ref(c.doc, "/parent", "company", c.rec.Parent, companyIDs)...)
		}
	}
	for _, id := range companyIDs {
		errs = append(errs, formerIDs(s.companies[id].doc, s.companies[id].rec.FormerIDs, companyIDs)...)
	}
	investmentIDs := sortedKeys(s.investments)
	for _, id := range investmentIDs {
		errs = append(errs, s.investmentRefs(s.investments[id], companyIDs, regionCodes)...)
		errs = append(errs, formerIDs(s.investments[id].doc, s.investments[id].rec.FormerIDs, investmentIDs)...)
	}
	for _, p := range s.pages {
		if p.rec.Front.Company != "" {
			errs = append(errs, ref(p.doc, "/company", "company", p.rec.Front.Company, companyIDs)...)
		}
		if p.rec.Front.Region != "" {
			errs = append(errs, ref(p.doc, "/region", "region", p.rec.Front.Region, regionCodes)...)
		}
	}
	errs = append(errs, s.places()...)
	return append(errs, s.packageSums()...)
}

// formerIDs checks the ids that redirect to a record: each is a slug, and
// none is still the id of a record, or its old URL would redirect away from it.
func formerIDs(doc *load.Document, former, current []string) record.ErrorList {
	var errs record.ErrorList
	for n, id := range former {
		ptr := "/former_ids/" + strconv.Itoa(n)
		if !slugRE.MatchString(id) {
			errs = append(errs, errAt(doc, ptr, message.Slug.With(message.Field(ptr))))
		} else if _, taken := slices.BinarySearch(current, id); taken {
			errs = append(errs, errAt(doc, ptr, message.FormerID.With(id)))
		}
	}
	return errs
}

// ref reports a reference to an id that no record has, suggesting a near one.
func ref(doc *load.Document, ptr, what, id string, known []string) record.ErrorList {
	if _, found := slices.BinarySearch(known, id); found {
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
		errs = append(errs, ref(doc, "/company", "company", i.Company, companyIDs)...)
	}
	errs = append(errs, refList(doc, "/partners", "company", i.Partners, companyIDs)...)
	errs = append(errs, refList(doc, "/companies", "company", i.Companies, companyIDs)...)
	errs = append(errs, refList(doc, "/regions", "region", i.Regions, regionCodes)...)
	if i.PartOf != "" {
		errs = append(errs, s.partOf(e)...)
	}
	return errs
}

func refList(doc *load.Document, ptr, what string, ids, known []string) record.ErrorList {
	var errs record.ErrorList
	for n, id := range ids {
		errs = append(errs, ref(doc, ptr+"/"+strconv.Itoa(n), what, id, known)...)
	}
	return errs
}

// partOf checks that part_of names a package that lists the part's company.
func (s *docSet) partOf(e entry[record.Investment]) record.ErrorList {
	pkg, ok := s.investments[e.rec.PartOf]
	switch {
	case !ok:
		return ref(e.doc, "/part_of", "investment", e.rec.PartOf, sortedKeys(s.investments))
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
