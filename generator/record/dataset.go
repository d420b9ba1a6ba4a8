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
	// ko: 환산하는 통화의 ISO 4217 코드.
	Currency Currency `json:"currency"`
	// USDPerUnit is how many US dollars one unit of the currency was worth, as a decimal string.
	// ko: 그 통화 한 단위의 미국 달러 가치(십진수 문자열).
	USDPerUnit string `json:"usd_per_unit" jsonschema:"pattern=^[0-9]+(\\.[0-9]+)?$"`
	// Date is the date the rate applies to.
	// ko: 환율이 적용되는 날짜.
	Date PartialDate `json:"date"`
	// Source cites where the rate comes from.
	// ko: 환율의 출처.
	Source Source `json:"source"`
}
