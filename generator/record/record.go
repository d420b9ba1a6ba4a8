// Package record defines the publication's records: the Go types that are the
// single source of the JSON Schemas in schema/, and the positioned errors that
// every stage reports. It imports only the standard library.
package record

// Company is a company or group that makes, or takes part in, an investment
// commitment in Korea. One file per company: data/companies/<id>.json.
type Company struct {
	// Schema points editors at this record's JSON Schema.
	// ko: 편집기가 이 기록의 JSON 스키마를 찾도록 가리킵니다.
	Schema string `json:"$schema,omitempty"`
	// ID is the company's lower-case slug; it must equal the file name without .json.
	// ko: 기업의 소문자 식별자(slug)로, .json을 뺀 파일 이름과 같아야 합니다.
	ID string `json:"id" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$,maxLength=80"`
	// FormerIDs are ids this company had before; their old URLs redirect to the current ones.
	// ko: 이 기업의 예전 식별자들로, 예전 URL은 지금 URL로 연결됩니다.
	FormerIDs []string `json:"former_ids,omitempty" jsonschema:"uniqueItems=true"`
	// Name is the company's name in English, as its sources write it.
	// ko: 출처가 쓰는 대로의 기업 영문 이름.
	Name string `json:"name" jsonschema:"minLength=1,maxLength=200"`
	// NameKo is the company's name in Korean (Hangul), where known.
	// ko: 기업의 한국어(한글) 이름. 알려진 경우에만 있습니다.
	NameKo string `json:"name_ko,omitempty" jsonschema:"maxLength=200"`
	// Country is the headquarters country as an ISO 3166-1 alpha-2 code; empty where no cited source states it.
	// ko: 본사가 있는 나라의 ISO 3166-1 alpha-2 코드. 인용한 출처가 밝히지 않으면 비어 있습니다.
	Country string `json:"country,omitempty" jsonschema:"pattern=^[A-Z]{2}$"`
	// Parent is the id of the parent company, where the company belongs to a group in this publication.
	// ko: 모기업의 식별자. 이 기업이 이 간행물에 실린 그룹에 속할 때만 있습니다.
	Parent string `json:"parent,omitempty" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Sectors are the company's lines of business, where a cited source states them.
	// ko: 기업의 사업 분야. 인용한 출처가 밝힌 경우에만 있습니다.
	Sectors []Sector `json:"sectors,omitempty" jsonschema:"uniqueItems=true"`
	// Website is the company's own site (http or https).
	// ko: 기업 자체 웹사이트(http 또는 https).
	Website string `json:"website,omitempty" jsonschema:"format=uri,pattern=^https?://,maxLength=500"`
	// Basis says, by field name (for example "announced" or "name_ko"), how a field is established where it is not simply reported in a quoted source: derived (from several sources or computed; the note says how) or own (the publication's own rendering). A field not listed is reported.
	// ko: 인용한 출처가 그대로 보도한 값이 아닌 필드가 어떻게 정해졌는지를 필드 이름별로(예: "announced", "name_ko") 밝힙니다: derived(여러 출처에서 이끌어 내거나 계산한 값, 방법은 note에 적음) 또는 own(이 간행물이 직접 옮긴 표현). 여기에 없는 필드는 보도된 그대로입니다.
	Basis map[string]Basis `json:"basis,omitempty"`
	// Sources cite where the facts about this company come from.
	// ko: 이 기업에 관한 사실의 출처.
	Sources []Source `json:"sources" jsonschema:"minItems=1"`
	// Synthetic marks a record made by the synthetic data generator: it describes no real company.
	// ko: 합성 데이터 생성기가 만든 기록임을 표시합니다. 실제 기업을 나타내지 않습니다.
	Synthetic bool `json:"synthetic,omitempty"`
}

// Investment is one investment commitment, or a package that groups several.
// One file per commitment: data/investments/<id>.json.
type Investment struct {
	// Schema points editors at this record's JSON Schema.
	// ko: 편집기가 이 기록의 JSON 스키마를 찾도록 가리킵니다.
	Schema string `json:"$schema,omitempty"`
	// ID is the commitment's lower-case slug; it must equal the file name without .json.
	// ko: 투자 약속의 소문자 식별자(slug)로, .json을 뺀 파일 이름과 같아야 합니다.
	ID string `json:"id" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$,maxLength=120"`
	// FormerIDs are ids this commitment had before; their old URLs redirect to the current ones.
	// ko: 이 투자 약속의 예전 식별자들로, 예전 URL은 지금 URL로 연결됩니다.
	FormerIDs []string `json:"former_ids,omitempty" jsonschema:"uniqueItems=true"`
	// Company is the id of the investing company; empty only for a package of several companies' commitments.
	// ko: 투자하는 기업의 식별자. 여러 기업의 약속을 묶은 패키지일 때만 비어 있습니다.
	Company string `json:"company,omitempty" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Companies lists, for a package, the ids of the companies whose commitments it combines.
	// ko: 패키지일 때, 그 패키지가 묶은 약속을 한 기업들의 식별자.
	Companies []string `json:"companies,omitempty" jsonschema:"uniqueItems=true"`
	// Partners are the ids of partner companies named in the commitment (for example a joint venture partner).
	// ko: 약속에 이름이 나온 협력 기업들의 식별자(예: 합작 투자 상대).
	Partners []string `json:"partners,omitempty" jsonschema:"uniqueItems=true"`
	// Title is a short English title of the commitment, in the publication's own words.
	// ko: 이 간행물이 쓴 투자 약속의 짧은 영문 제목.
	Title string `json:"title" jsonschema:"minLength=1,maxLength=200"`
	// TitleKo is the title in Korean, where one has been written.
	// ko: 한국어 제목. 작성된 경우에만 있습니다.
	TitleKo string `json:"title_ko,omitempty" jsonschema:"maxLength=200"`
	// Amount is the amount as stated by the source; absent when no amount was disclosed.
	// ko: 출처가 밝힌 그대로의 금액. 금액이 공개되지 않았으면 없습니다.
	Amount *Amount `json:"amount,omitempty"`
	// Announced is the date the commitment was announced: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source allows.
	// ko: 약속이 발표된 날짜: 출처가 허용하는 만큼 정밀하게 YYYY, YYYY-MM 또는 YYYY-MM-DD.
	Announced PartialDate `json:"announced,omitempty"`
	// Period is the time the commitment covers, as stated.
	// ko: 밝혀진 대로의 약속 기간.
	Period *Period `json:"period,omitempty"`
	// Regions are ISO 3166-2:KR codes of the first-level divisions where the money goes; empty means not stated.
	// ko: 돈이 들어가는 광역 행정구역의 ISO 3166-2:KR 코드. 비어 있으면 밝혀지지 않은 것입니다.
	Regions []string `json:"regions,omitempty" jsonschema:"uniqueItems=true"`
	// Nationwide is true when the source says the commitment covers the whole country.
	// ko: 출처가 약속이 전국에 걸친다고 밝히면 true입니다.
	Nationwide bool `json:"nationwide,omitempty"`
	// City is the city or county named by the source, in English (for example Pohang).
	// ko: 출처가 밝힌 시·군의 영문 이름(예: Pohang).
	City string `json:"city,omitempty" jsonschema:"maxLength=100"`
	// Sectors are the sectors the commitment is in; empty where the source does not say.
	// ko: 약속이 속한 업종. 출처가 밝히지 않으면 비어 있습니다.
	Sectors []Sector `json:"sectors,omitempty" jsonschema:"uniqueItems=true"`
	// Kind is the kind of project.
	// ko: 사업의 종류.
	Kind Kind `json:"kind"`
	// Status is where the commitment stands, as last reported.
	// ko: 마지막으로 보도된 약속의 진행 상태.
	Status Status `json:"status,omitempty"`
	// PartOf is the id of the package this commitment is a share of; the package's amount already includes it.
	// ko: 이 약속이 일부를 이루는 패키지의 식별자. 패키지 금액에 이미 포함되어 있습니다.
	PartOf string `json:"part_of,omitempty" jsonschema:"pattern=^[a-z0-9]+(-[a-z0-9]+)*$"`
	// Scope says where the money goes: korea, or multinational for a figure that covers other countries too and is never added to Korea's totals.
	// ko: 돈이 가는 곳: korea, 또는 다른 나라도 포함하는 금액이어서 한국 총액에 절대 더하지 않는 multinational.
	Scope Scope `json:"scope"`
	// ScopeNote says, for a multinational figure, what it covers (for example 14 APEC economies excluding the US).
	// ko: multinational 금액일 때 무엇을 포함하는지(예: 미국을 뺀 APEC 14개 경제권).
	ScopeNote string `json:"scope_note,omitempty" jsonschema:"maxLength=300"`
	// Milestones are the dated events of the commitment's life, in the order they happened; with them, announced and status (its last stage) are left out, and without them announced stands for one announced milestone.
	// ko: 투자 약속이 거친 일들을 일어난 순서대로 날짜와 함께 적은 목록. 이것이 있으면 announced와 status(마지막 단계)는 쓰지 않고, 없으면 announced가 발표 이정표 하나를 뜻합니다.
	Milestones []Milestone `json:"milestones,omitempty"`
	// AmountStatements are every amount stated for the commitment; with them, amount (the one that counts) is left out, and without them amount stands for one statement.
	// ko: 이 투자 약속에 대해 밝혀진 모든 금액. 이것이 있으면 amount(합계에 반영되는 금액)는 쓰지 않고, 없으면 amount가 밝혀진 금액 하나를 뜻합니다.
	AmountStatements []Statement `json:"amount_statements,omitempty"`
	// Note holds what a reader should know that no other field says, such as what the source leaves out.
	// ko: 다른 필드가 말하지 않지만 독자가 알아야 할 내용(예: 출처가 빠뜨린 것).
	Note string `json:"note,omitempty" jsonschema:"maxLength=1000"`
	// Basis says, by field name (for example "announced" or "name_ko"), how a field is established where it is not simply reported in a quoted source: derived (from several sources or computed; the note says how) or own (the publication's own rendering). A field not listed is reported.
	// ko: 인용한 출처가 그대로 보도한 값이 아닌 필드가 어떻게 정해졌는지를 필드 이름별로(예: "announced", "name_ko") 밝힙니다: derived(여러 출처에서 이끌어 내거나 계산한 값, 방법은 note에 적음) 또는 own(이 간행물이 직접 옮긴 표현). 여기에 없는 필드는 보도된 그대로입니다.
	Basis map[string]Basis `json:"basis,omitempty"`
	// Sources cite where the facts of this commitment come from; every figure cites at least one.
	// ko: 이 약속에 관한 사실의 출처. 모든 수치는 출처를 하나 이상 인용합니다.
	Sources []Source `json:"sources" jsonschema:"minItems=1"`
	// Synthetic marks a record made by the synthetic data generator: it describes no real commitment.
	// ko: 합성 데이터 생성기가 만든 기록임을 표시합니다. 실제 투자 약속을 나타내지 않습니다.
	Synthetic bool `json:"synthetic,omitempty"`
}

// Region is one of South Korea's 17 first-level divisions.
// One file per region: data/regions/<code>.json.
type Region struct {
	// Schema points editors at this record's JSON Schema.
	// ko: 편집기가 이 기록의 JSON 스키마를 찾도록 가리킵니다.
	Schema string `json:"$schema,omitempty"`
	// Code is the ISO 3166-2:KR code (KR-11 … KR-50); it must equal the file name without .json.
	// ko: ISO 3166-2:KR 코드(KR-11 … KR-50)로, .json을 뺀 파일 이름과 같아야 합니다.
	Code string `json:"code" jsonschema:"enum=KR-11,enum=KR-26,enum=KR-27,enum=KR-28,enum=KR-29,enum=KR-30,enum=KR-31,enum=KR-41,enum=KR-42,enum=KR-43,enum=KR-44,enum=KR-45,enum=KR-46,enum=KR-47,enum=KR-48,enum=KR-49,enum=KR-50"`
	// Name is the region's English name.
	// ko: 지역의 영문 이름.
	Name string `json:"name" jsonschema:"minLength=1,maxLength=100"`
	// NameKo is the region's official Korean name.
	// ko: 지역의 공식 한국어 이름.
	NameKo string `json:"name_ko" jsonschema:"minLength=1,maxLength=100"`
	// Category is the kind of division.
	// ko: 행정구역의 종류.
	Category RegionCategory `json:"category"`
	// Sources cite where the code and names come from.
	// ko: 코드와 이름의 출처.
	Sources []Source `json:"sources" jsonschema:"minItems=1"`
}

// Source is a citation: where a fact was published.
type Source struct {
	// Title is the title of the article, report or page.
	// ko: 기사, 보고서 또는 페이지의 제목.
	Title string `json:"title" jsonschema:"minLength=1,maxLength=300"`
	// Publisher is who published it, where known.
	// ko: 발행한 곳. 알려진 경우에만 있습니다.
	Publisher string `json:"publisher,omitempty" jsonschema:"maxLength=200"`
	// URL is where it can be read (http or https only), where known.
	// ko: 읽을 수 있는 주소(http 또는 https만). 알려진 경우에만 있습니다.
	URL string `json:"url,omitempty" jsonschema:"format=uri,pattern=^https?://,maxLength=2000"`
	// Published is the publication date: YYYY, YYYY-MM or YYYY-MM-DD, as precise as known.
	// ko: 발행일: 알려진 만큼 정밀하게 YYYY, YYYY-MM 또는 YYYY-MM-DD.
	Published PartialDate `json:"published,omitempty"`
	// Quote is a short phrase from the source that supports the fact.
	// ko: 사실을 뒷받침하는 출처의 짧은 인용구.
	Quote string `json:"quote,omitempty" jsonschema:"maxLength=300"`
}

// Amount is a sum of money as the source states it.
type Amount struct {
	// Value is the amount in whole units of the currency; for a range, its lower end; for at_least, the stated floor.
	// ko: 통화의 정수 단위로 나타낸 금액. 범위이면 하한, at_least이면 밝혀진 최저액입니다.
	Value int64 `json:"value" jsonschema:"minimum=0,maximum=1000000000000000"`
	// Max is the upper end of a range; only with precision range.
	// ko: 범위의 상한. precision이 range일 때만 있습니다.
	Max int64 `json:"max,omitempty" jsonschema:"minimum=0,maximum=1000000000000000"`
	// Currency is the ISO 4217 code of the currency the source uses.
	// ko: 출처가 쓰는 통화의 ISO 4217 코드.
	Currency Currency `json:"currency"`
	// Precision says how the source stated the amount.
	// ko: 출처가 금액을 어떻게 밝혔는지(정확히, 약, 이상, 이하, 범위).
	Precision Precision `json:"precision"`
	// Stated is the amount in the source's words, for example "more than $5 billion".
	// ko: 출처의 표현 그대로의 금액(예: "more than $5 billion").
	Stated string `json:"stated,omitempty" jsonschema:"maxLength=100"`
}

// Period is the time a commitment covers, as stated by the source. Each part is optional.
type Period struct {
	// Start is the first year covered, where stated.
	// ko: 기간의 첫해. 밝혀진 경우에만 있습니다.
	Start int `json:"start,omitempty" jsonschema:"minimum=1950,maximum=2100"`
	// End is the last year covered or the year by which the money is spent, where stated.
	// ko: 기간의 마지막 해 또는 돈을 다 쓰는 해. 밝혀진 경우에만 있습니다.
	End int `json:"end,omitempty" jsonschema:"minimum=1950,maximum=2100"`
	// Years is the length in years, for a period stated as "over the next N years".
	// ko: "앞으로 N년간"처럼 밝혀진 기간의 햇수.
	Years int `json:"years,omitempty" jsonschema:"minimum=1,maximum=100"`
	// Stated is the period in the source's words, for example "by 2031".
	// ko: 출처의 표현 그대로의 기간(예: "by 2031").
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
