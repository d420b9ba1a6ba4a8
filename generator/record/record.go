// Package record defines the publication's records: the Go types that are the
// single source of the JSON Schemas in schema/, and the positioned errors that
// every stage reports. It imports only the standard library.
package record

// Company is a company or group that makes, or takes part in, an investment
// commitment in Korea. One file per company: data/companies/<id>.json.
type Company struct {
	// Schema points editors at this record's JSON Schema.
	Schema string `json:"$schema,omitempty"`
	// ID is the company's lower-case slug; it must equal the file name without .json.
	ID string `json:"id" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$,maxLength=80"`
	// FormerIDs are ids this company had before; their old URLs redirect to the current ones.
	FormerIDs []string `json:"former_ids,omitempty" jsonschema:"uniqueItems=true"`
	// Name is the company's name in English, as its sources write it.
	Name string `json:"name" jsonschema:"minLength=1,maxLength=200"`
	// NameKo is the company's name in Korean (Hangul), where known.
	NameKo string `json:"name_ko,omitempty" jsonschema:"maxLength=200"`
	// Country is the headquarters country as an ISO 3166-1 alpha-2 code; empty where no cited source states it.
	Country string `json:"country,omitempty" jsonschema:"pattern=^[A-Z]{2}$"`
	// Parent is the id of the parent company, where the company belongs to a group in this publication.
	Parent string `json:"parent,omitempty" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Sectors are the company's lines of business, where a cited source states them.
	Sectors []Sector `json:"sectors,omitempty" jsonschema:"uniqueItems=true"`
	// Website is the company's own site (http or https).
	Website string `json:"website,omitempty" jsonschema:"format=uri,pattern=^https?://,maxLength=500"`
	// Basis says, by field name (for example "announced" or "name_ko"), how a field is established where it is not simply reported in a quoted source: derived (from several sources or computed; the note says how) or own (the publication's own rendering). A field not listed is reported.
	Basis map[string]Basis `json:"basis,omitempty"`
	// Sources cite where the facts about this company come from.
	Sources []Source `json:"sources" jsonschema:"minItems=1"`
	// Synthetic marks a record made by the synthetic data generator: it describes no real company.
	Synthetic bool `json:"synthetic,omitempty"`
}

// Investment is one investment commitment, or a package that groups several.
// One file per commitment: data/investments/<id>.json.
type Investment struct {
	// Schema points editors at this record's JSON Schema.
	Schema string `json:"$schema,omitempty"`
	// ID is the commitment's lower-case slug; it must equal the file name without .json.
	ID string `json:"id" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$,maxLength=120"`
	// FormerIDs are ids this commitment had before; their old URLs redirect to the current ones.
	FormerIDs []string `json:"former_ids,omitempty" jsonschema:"uniqueItems=true"`
	// Company is the id of the investing company; empty only for a package of several companies' commitments.
	Company string `json:"company,omitempty" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Companies lists, for a package, the ids of the companies whose commitments it combines.
	Companies []string `json:"companies,omitempty" jsonschema:"uniqueItems=true"`
	// Partners are the ids of partner companies named in the commitment (for example a joint venture partner).
	Partners []string `json:"partners,omitempty" jsonschema:"uniqueItems=true"`
	// Title is a short English title of the commitment, in the publication's own words.
	Title string `json:"title" jsonschema:"minLength=1,maxLength=200"`
	// TitleKo is the title in Korean, where one has been written.
	TitleKo string `json:"title_ko,omitempty" jsonschema:"maxLength=200"`
	// Amount is the amount as stated by the source; absent when no amount was disclosed.
	Amount *Amount `json:"amount,omitempty"`
	// Announced is the date the commitment was announced: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source allows.
	Announced PartialDate `json:"announced,omitempty"`
	// Period is the time the commitment covers, as stated.
	Period *Period `json:"period,omitempty"`
	// Regions are ISO 3166-2:KR codes of the first-level divisions where the money goes; empty means not stated.
	Regions []string `json:"regions,omitempty" jsonschema:"uniqueItems=true"`
	// Nationwide is true when the source says the commitment covers the whole country.
	Nationwide bool `json:"nationwide,omitempty"`
	// City is the city or county named by the source, in English (for example Pohang).
	City string `json:"city,omitempty" jsonschema:"maxLength=100"`
	// Sectors are the sectors the commitment is in; empty where the source does not say.
	Sectors []Sector `json:"sectors,omitempty" jsonschema:"uniqueItems=true"`
	// Kind is the kind of project.
	Kind Kind `json:"kind"`
	// Status is where the commitment stands, as last reported.
	Status Status `json:"status,omitempty"`
	// PartOf is the id of the package this commitment is a share of; the package's amount already includes it.
	PartOf string `json:"part_of,omitempty" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Scope says where the money goes: korea, or multinational for a figure that covers other countries too and is never added to Korea's totals.
	Scope Scope `json:"scope"`
	// ScopeNote says, for a multinational figure, what it covers (for example 14 APEC economies excluding the US).
	ScopeNote string `json:"scope_note,omitempty" jsonschema:"maxLength=300"`
	// Milestones are the dated events of the commitment's life, in the order they happened; with them, announced and status (its last stage) are left out, and without them announced stands for one announced milestone.
	Milestones []Milestone `json:"milestones,omitempty"`
	// AmountStatements are every amount stated for the commitment; with them, amount (the one that counts) is left out, and without them amount stands for one statement.
	AmountStatements []Statement `json:"amount_statements,omitempty"`
	// Note holds what a reader should know that no other field says, such as what the source leaves out.
	Note string `json:"note,omitempty" jsonschema:"maxLength=1000"`
	// Basis says, by field name (for example "announced" or "name_ko"), how a field is established where it is not simply reported in a quoted source: derived (from several sources or computed; the note says how) or own (the publication's own rendering). A field not listed is reported.
	Basis map[string]Basis `json:"basis,omitempty"`
	// Sources cite where the facts of this commitment come from; every figure cites at least one.
	Sources []Source `json:"sources" jsonschema:"minItems=1"`
	// Synthetic marks a record made by the synthetic data generator: it describes no real commitment.
	Synthetic bool `json:"synthetic,omitempty"`
}

// Region is one of South Korea's 17 first-level divisions.
// One file per region: data/regions/<code>.json.
type Region struct {
	// Schema points editors at this record's JSON Schema.
	Schema string `json:"$schema,omitempty"`
	// Code is the ISO 3166-2:KR code (KR-11 … KR-50); it must equal the file name without .json.
	Code string `json:"code" jsonschema:"enum=KR-11,enum=KR-26,enum=KR-27,enum=KR-28,enum=KR-29,enum=KR-30,enum=KR-31,enum=KR-41,enum=KR-42,enum=KR-43,enum=KR-44,enum=KR-45,enum=KR-46,enum=KR-47,enum=KR-48,enum=KR-49,enum=KR-50"`
	// Name is the region's English name.
	Name string `json:"name" jsonschema:"minLength=1,maxLength=100"`
	// NameKo is the region's official Korean name.
	NameKo string `json:"name_ko" jsonschema:"minLength=1,maxLength=100"`
	// Category is the kind of division.
	Category RegionCategory `json:"category"`
	// Sources cite where the code and names come from.
	Sources []Source `json:"sources" jsonschema:"minItems=1"`
}

// Source is a citation: where a fact was published.
type Source struct {
	// Title is the title of the article, report or page.
	Title string `json:"title" jsonschema:"minLength=1,maxLength=300"`
	// Publisher is who published it, where known.
	Publisher string `json:"publisher,omitempty" jsonschema:"maxLength=200"`
	// URL is where it can be read (http or https only), where known.
	URL string `json:"url,omitempty" jsonschema:"format=uri,pattern=^https?://,maxLength=2000"`
	// Published is the publication date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as known.
	Published PartialDate `json:"published,omitempty"`
	// Quote is a short phrase from the source that supports the fact.
	Quote string `json:"quote,omitempty" jsonschema:"maxLength=300"`
}

// Amount is a sum of money as the source states it.
type Amount struct {
	// Value is the amount in whole units of the currency; for a range, its lower end; for at_least, the stated floor.
	Value int64 `json:"value" jsonschema:"minimum=0,maximum=1000000000000000"`
	// Max is the upper end of a range; only with precision range.
	Max int64 `json:"max,omitempty" jsonschema:"minimum=0,maximum=1000000000000000"`
	// Currency is the ISO 4217 code of the currency the source uses.
	Currency Currency `json:"currency"`
	// Precision says how the source stated the amount.
	Precision Precision `json:"precision"`
	// Stated is the amount in the source's words, for example "more than $5 billion".
	Stated string `json:"stated,omitempty" jsonschema:"maxLength=100"`
}

// Period is the time a commitment covers, as stated by the source. Each part is optional.
type Period struct {
	// Start is the first year covered, where stated.
	Start int `json:"start,omitempty" jsonschema:"minimum=1950,maximum=2100"`
	// End is the last year covered or the year by which the money is spent, where stated.
	End int `json:"end,omitempty" jsonschema:"minimum=1950,maximum=2100"`
	// Years is the length in years, for a period stated as "over the next N years".
	Years int `json:"years,omitempty" jsonschema:"minimum=1,maximum=100"`
	// Stated is the period in the source's words, for example "by 2031".
	Stated string `json:"stated" jsonschema:"minLength=1,maxLength=100"`
}

// Page is the front matter of a Markdown page in content/.
type Page struct {
	// Title is the page's title.
	Title string `yaml:"title" json:"title" jsonschema:"minLength=1,maxLength=200"`
	// Description is a one-sentence summary for search engines and link previews.
	Description string `yaml:"description,omitempty" json:"description,omitempty" jsonschema:"maxLength=300"`
	// Company is the id of the company this page profiles (content/companies/<id>.md).
	Company string `yaml:"company,omitempty" json:"company,omitempty" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Region is the ISO 3166-2:KR code of the region this page introduces (content/regions/<code>.md).
	Region string `yaml:"region,omitempty" json:"region,omitempty" jsonschema:"pattern=^KR-[0-9]{2}$"`
	// Synthetic marks a page written by the synthetic data generator.
	Synthetic bool `yaml:"synthetic,omitempty" json:"synthetic,omitempty"`
}

// CompanyIDs are the companies a commitment names: its company, its
// partners and, for a package, its companies. Their pages, feeds and dates
// concern it.
func (i Investment) CompanyIDs() []string {
	var ids []string
	for _, id := range append(append([]string{i.Company}, i.Partners...), i.Companies...) {
		if id != "" {
			ids = append(ids, id)
		}
	}
	return ids
}
