package record

import (
	"fmt"
	"regexp"
	"strconv"
	"time"
)

// Sector is a sector of the economy, one of SectorValues.
type Sector string

// Kind is the kind of project, one of KindValues.
type Kind string

// Status is where a commitment stands, one of StatusValues.
type Status string

// Scope says whether a figure is for Korea alone, one of ScopeValues.
type Scope string

// Precision says how a source stated an amount, one of PrecisionValues.
type Precision string

// Currency is an ISO 4217 currency code, one of CurrencyValues.
type Currency string

// RegionCategory is the kind of a first-level division, one of RegionCategoryValues.
type RegionCategory string

// Basis says how a field of a record is established: reported in a quoted
// source (the default), derived from several sources or computed (the
// record's note says how), or the publication's own (such as a Korean
// rendering of a name).
type Basis string

// The bases a record can give a field.
const (
	BasisReported Basis = "reported"
	BasisDerived  Basis = "derived"
	BasisOwn      Basis = "own"
	// BasisEstimated is only for an amount statement by this publication.
	BasisEstimated Basis = "estimated"
)

// Values lists the allowed bases.
func (Basis) Values() []string {
	return []string{string(BasisReported), string(BasisDerived), string(BasisOwn), string(BasisEstimated)}
}

// The values each enumeration allows. The schema generator reads them through
// the Values methods, so the schema and the checker cannot disagree.
var (
	sectorValues = []string{"ai-data-centres", "cloud", "semiconductors", "semiconductor-packaging",
		"electric-vehicles", "automotive", "display-materials", "medical-devices", "battery-components", "battery-materials",
		"chemicals", "industrial-gases", "energy", "biotechnology", "logistics", "finance", "other"}
	kindValues = []string{"greenfield", "expansion", "conversion", "partnership", "joint-venture",
		"acquisition", "package", "unspecified"}
	statusValues    = []string{"announced", "under-way", "completed", "cancelled", "withdrawn"}
	scopeValues     = []string{"korea", "multinational"}
	precisionValues = []string{"exact", "about", "at_least", "at_most", "range"}
	currencyValues  = []string{"AUD", "CAD", "CHF", "CNY", "DKK", "EUR", "GBP", "HKD", "INR", "JPY",
		"KRW", "NOK", "SEK", "SGD", "TWD", "USD"}
	regionCategoryValues = []string{"special-city", "metropolitan-city", "province",
		"special-self-governing-province", "special-self-governing-city"}
)

// Values lists the allowed sectors.
func (Sector) Values() []string { return sectorValues }

// Values lists the allowed kinds of project.
func (Kind) Values() []string { return kindValues }

// Values lists the allowed statuses.
func (Status) Values() []string { return statusValues }

// Values lists the allowed scopes.
func (Scope) Values() []string { return scopeValues }

// Values lists the allowed precisions.
func (Precision) Values() []string { return precisionValues }

// Values lists the allowed currencies.
func (Currency) Values() []string { return currencyValues }

// Values lists the allowed region categories.
func (RegionCategory) Values() []string { return regionCategoryValues }

// Precisions of an amount.
const (
	Exact   Precision = "exact"
	About   Precision = "about"
	AtLeast Precision = "at_least"
	AtMost  Precision = "at_most"
	Range   Precision = "range"
)

// Scopes of a figure.
const (
	ScopeKorea         Scope = "korea"
	ScopeMultinational Scope = "multinational"
)

// KindPackage marks a commitment that groups the commitments of several companies.
const KindPackage Kind = "package"

// PartialDate is an ISO 8601 calendar date of year, month or day precision:
// YYYY, YYYY-MM or YYYY-MM-DD. Sources often give only a month or a year.
type PartialDate string

// PartialDatePattern is the form every PartialDate must have.
const PartialDatePattern = `^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$`

var partialDateRE = regexp.MustCompile(PartialDatePattern)

// Precision is "year", "month" or "day", or "" for an empty date.
func (d PartialDate) Precision() string {
	switch len(d) {
	case 4:
		return "year"
	case 7:
		return "month"
	case 10:
		return "day"
	}
	return ""
}

// Year is the date's year, or 0 for an empty date.
func (d PartialDate) Year() int {
	if len(d) < 4 {
		return 0
	}
	y, _ := strconv.Atoi(string(d[:4]))
	return y
}

// Validate reports why d is not a real date, such as 2025-02-30.
func (d PartialDate) Validate() error {
	if !partialDateRE.MatchString(string(d)) {
		return fmt.Errorf("%q is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", string(d))
	}
	layout := map[int]string{4: "2006", 7: "2006-01", 10: "2006-01-02"}[len(d)]
	if _, err := time.Parse(layout, string(d)); err != nil {
		return fmt.Errorf("%q is not a real date", string(d))
	}
	return nil
}
