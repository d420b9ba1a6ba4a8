package record

// Dataset is the whole validated input: every record, each slice in id order.
type Dataset struct {
	Companies   []Company
	Investments []Investment
	Regions     []Region
	Rates       []Rate
	Pages       []PageFile
}

// PageFile is a Markdown page from content/: its front matter and its body.
type PageFile struct {
	// Path is the file's path below content/, with forward slashes (companies/aws.md).
	Path  string
	Front Page
	// Body is the Markdown after the front matter.
	Body []byte
}

// Rates is the file data/rates.json: dated exchange rates into US dollars.
type Rates struct {
	// Schema points editors at this file's JSON Schema.
	Schema string `json:"$schema,omitempty"`
	// Rates are the exchange rates; at most one per currency.
	Rates []Rate `json:"rates"`
}

// Rate is the US dollar value of one unit of a currency on a date, with its source.
type Rate struct {
	// Currency is the ISO 4217 code of the currency converted from.
	Currency Currency `json:"currency"`
	// USDPerUnit is how many US dollars one unit of the currency was worth, as a decimal string.
	USDPerUnit string `json:"usd_per_unit" jsonschema:"pattern=^[0-9]+(\\.[0-9]+)?$"`
	// Date is the date the rate applies to.
	Date PartialDate `json:"date"`
	// Source cites where the rate comes from.
	Source Source `json:"source"`
}
