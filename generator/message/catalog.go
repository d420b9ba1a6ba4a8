package message

// The catalog. Values such as field names, ids and file names are
// arguments, carried over unchanged into Korean; sentences are built so
// that no particle follows a value, since 이/가 and 은/는 depend on its
// last sound. An argument of type Text or Field is written in the
// message's language. Add a message here, never a sentence at a call:
// TestCatalog checks that every message has both forms and that both use
// every argument.

// The check command's own lines.
var (
	AllValid = M0{Message{"all-valid", "ok: all records and pages are valid", "ok: 모든 기록과 페이지가 올바릅니다"}}
	Found    = M1[int]{Message{"found", "%d problem(s) found", "문제 %d건을 찾았습니다"}}
	Warning  = M0{Message{"warning", "warning: ", "경고: "}}
	NotData  = M1[string]{Message{"not-data",
		"%s is not a record or a page: check takes the files and folders of data/ and content/",
		"%s: 기록이나 페이지가 아닙니다. check에는 data/와 content/ 안의 파일과 폴더를 넘깁니다"}}
)

// Reading files (package load).
var (
	Verbatim = M1[string]{Message{"verbatim", "%s", "%s"}}

	NotRecord = M0{Message{"not-record",
		"not a record: expected data/{companies,investments,regions}/<id>.json, data/rates.json or content/**/*.md",
		"기록 파일이 아닙니다. 다음 중 하나여야 합니다: data/{companies,investments,regions}/<id>.json, data/rates.json, content/**/*.md"}}
	UnexpectedJSON = M0{Message{"unexpected-json",
		"unexpected JSON file: records go in data/companies/, data/investments/ or data/regions/",
		"예상하지 못한 JSON 파일입니다. 기록은 data/companies/, data/investments/, data/regions/ 중 한 곳에 둡니다"}}
	TooBig = M2[int64, int]{Message{"too-big",
		"file is %d bytes, over the limit of %d bytes (1 MiB) for one record",
		"파일이 %d바이트로, 기록 하나의 한도인 %d바이트(1 MiB)를 넘습니다"}}
	CannotRead = M1[string]{Message{"cannot-read", "cannot read: %s", "읽을 수 없습니다: %s"}}
	Empty      = M0{Message{"empty", "file is empty", "파일이 비어 있습니다"}}
	BOM        = M0{Message{"bom",
		"file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM",
		"파일이 UTF-8 BOM으로 시작합니다. BOM 없는 UTF-8로 저장하세요"}}
	NotUTF8    = M0{Message{"not-utf8", "invalid UTF-8: save the file as UTF-8", "올바르지 않은 UTF-8입니다. 파일을 UTF-8로 저장하세요"}}
	TooBigRead = M1[int]{Message{"too-big-read",
		"file is over the limit of %d bytes (1 MiB) for one record",
		"파일이 기록 하나의 한도인 %d바이트(1 MiB)를 넘습니다"}}
	Symlink = M0{Message{"symlink",
		"is a symbolic link: check and build read only files kept in the repository itself, never what a link points to; put the file itself here",
		"심볼릭 링크입니다. 검사와 빌드는 저장소 안에 있는 파일만 읽고 링크가 가리키는 곳은 읽지 않습니다. 이 자리에 파일 자체를 두세요"}}
	NotRegular = M0{Message{"not-regular",
		"is not a plain file (a device, pipe or socket): records and pages are plain text files",
		"일반 파일이 아닙니다(장치, 파이프, 소켓). 기록과 페이지는 일반 텍스트 파일입니다"}}
	RecordName = M2[string, string]{Message{"record-name",
		"is not a record: a record in %s is named by its id and ends in .json in lower case; rename it %s",
		"기록 파일이 아닙니다. %s의 기록 파일은 id로 이름 짓고 소문자 .json으로 끝납니다. 파일 이름을 다음으로 바꾸세요: %s"}}
	UnexpectedFile = M0{Message{"unexpected-file",
		"is not a record: records go in data/companies/, data/investments/ or data/regions/, one <id>.json file each",
		"기록 파일이 아닙니다. 기록은 data/companies/, data/investments/, data/regions/ 중 한 곳에 <id>.json 파일로 하나씩 둡니다"}}
	PageFileName = M1[string]{Message{"page-file-name",
		"is not a page: a page is a Markdown file whose name ends in .md in lower case; rename it %s",
		"페이지가 아닙니다. 페이지는 이름이 소문자 .md로 끝나는 Markdown 파일입니다. 파일 이름을 다음으로 바꾸세요: %s"}}
	NotPage = M0{Message{"not-page",
		"is not a page: content/ holds only Markdown pages (<name>.md), and the site publishes nothing else from it",
		"페이지가 아닙니다. content/에는 Markdown 페이지(<이름>.md)만 두며, 사이트는 그 밖의 파일을 게시하지 않습니다"}}
)

// JSON syntax (package load): InvalidJSON holds one of the others.
var (
	InvalidJSON = M1[Text]{Message{"invalid-json", "invalid JSON: %s", "올바르지 않은 JSON입니다: %s"}}
	EndOfFile   = M0{Message{"end-of-file", "end of file", "파일 끝"}}
	InObject    = M0{Message{"in-object", "in an object", "(객체 안)"}}
	InArray     = M0{Message{"in-array", "in an array", "(배열 안)"}}
	AfterValue  = M1[Text]{Message{"json-after-value",
		"unexpected %s after the end of the JSON value", "JSON 값이 끝난 뒤에 예상하지 못한 내용이 있습니다: %s"}}
	Incomplete = M0{Message{"json-incomplete",
		"unexpected end of file: the JSON is incomplete", "파일이 중간에 끝났습니다. JSON이 완전하지 않습니다"}}
	TooDeep        = M1[int]{Message{"json-too-deep", "nesting deeper than %d levels", "중첩이 %d단계보다 깊습니다"}}
	TrailingComma  = M2[rune, Text]{Message{"json-trailing-comma", "trailing comma before %q %s", "%[1]q 앞에 남는 쉼표가 있습니다 %[2]s"}}
	ExpectedComma  = M3[rune, Text, Text]{Message{"json-expected-comma", "expected ',' or %q %s, found %s", "',' 또는 %[1]q가 와야 할 자리입니다 %[2]s. 찾은 것: %[3]s"}}
	ExpectedName   = M1[Text]{Message{"json-expected-name", "expected a quoted field name, found %s", "따옴표로 감싼 필드 이름이 와야 합니다. 찾은 것: %s"}}
	ExpectedColon  = M2[string, Text]{Message{"json-expected-colon", "expected ':' after field name %q, found %s", "필드 이름 %q 뒤에 ':'가 와야 합니다. 찾은 것: %s"}}
	InvalidString  = M1[string]{Message{"json-invalid-string", "invalid string: %s", "올바르지 않은 문자열입니다: %s"}}
	ControlChar    = M1[rune]{Message{"json-control", "control character %q in a string; write it as an escape such as \\n", "문자열 안에 제어 문자 %q가 있습니다. \\n 같은 이스케이프로 쓰세요"}}
	Unterminated   = M0{Message{"json-unterminated", "unterminated string: the JSON is incomplete", "문자열이 닫히지 않았습니다. JSON이 완전하지 않습니다"}}
	InvalidNumber  = M1[string]{Message{"json-invalid-number", "invalid number %q", "올바르지 않은 숫자입니다: %q"}}
	ExpectedValue  = M1[Text]{Message{"json-expected-value", "unexpected %s: expected a value (string, number, object, array, true, false or null)", "값(문자열, 숫자, 객체, 배열, true, false, null)이 와야 할 자리입니다. 찾은 것: %s"}}
	DuplicateField = M1[string]{Message{"duplicate-field", "duplicate field %q in one object", "한 객체 안에 필드 %q가 두 번 있습니다"}}
	LoneSurrogate  = M1[string]{Message{"json-lone-surrogate",
		"invalid escape %s: half of a UTF-16 surrogate pair is not a character; write the character itself",
		"올바르지 않은 이스케이프 %s: UTF-16 서로게이트 쌍의 절반은 문자가 아닙니다. 문자 자체를 쓰세요"}}
	JSONComment = M1[string]{Message{"json-comment",
		"JSON does not allow comments (%s); remove the comment",
		"JSON에는 주석(%s)을 쓸 수 없습니다. 주석을 지우세요"}}
)

// Front matter (package load).
var (
	FrontMissing = M0{Message{"front-missing",
		`missing front matter: a page starts with a line "---", then YAML fields (title: …), then "---"`,
		`머리말이 없습니다. 페이지는 "---" 줄, YAML 필드(title: …), 다시 "---" 줄로 시작합니다`}}
	FrontNotClosed = M0{Message{"front-not-closed",
		`front matter is not closed: add a line "---" after its last field`,
		`머리말이 닫히지 않았습니다. 마지막 필드 뒤에 "---" 줄을 추가하세요`}}
	FrontMapping = M0{Message{"front-mapping",
		"front matter must be a YAML mapping of fields, such as title: About",
		"머리말은 title: About 같은 YAML 필드의 매핑이어야 합니다"}}
	FrontInvalid = M1[string]{Message{"front-invalid", "invalid front matter: %s", "올바르지 않은 머리말입니다: %s"}}
	FrontAlias   = M1[string]{Message{"front-alias",
		"front matter may not use YAML aliases (*%s); write the value out", "머리말에는 YAML 별칭(*%s)을 쓸 수 없습니다. 값을 직접 쓰세요"}}
	FrontTag = M1[string]{Message{"front-tag",
		"front matter may not use YAML tags (%s); write the value as plain text", "머리말에는 YAML 태그(%s)를 쓸 수 없습니다. 값을 평범한 글로 쓰세요"}}
	FrontKeys = M0{Message{"front-keys", "front matter field names must be plain words", "머리말의 필드 이름은 평범한 낱말이어야 합니다"}}
)

// Fields and values: the JSON Schema (package check).
var (
	UnknownFieldNear = M2[string, string]{Message{"unknown-field-near",
		"unknown field %q; did you mean %q?", "알 수 없는 필드 %q입니다. 혹시 %q인가요?"}}
	UnknownField = M2[string, string]{Message{"unknown-field",
		"unknown field %q; allowed fields: %s", "알 수 없는 필드 %q입니다. 허용되는 필드: %s"}}
	MissingField   = M1[string]{Message{"missing-field", "missing required field %q", "필수 필드가 없습니다: %q"}}
	MissingFieldIn = M2[string, Field]{Message{"missing-field-in",
		"missing required field %q in %s", "%[2]s에 필수 필드가 없습니다: %[1]q"}}
	AtLeast = M3[Field, string, string]{Message{"at-least",
		"%s must be at least %s, not %s", "%s 값은 %s 이상이어야 합니다(현재 %s)"}}
	AtMost = M3[Field, string, string]{Message{"at-most",
		"%s must be at most %s, not %s", "%s 값은 %s 이하여야 합니다(현재 %s)"}}
	OneOf = M3[Field, string, string]{Message{"one-of",
		"%s must be one of %s, not %q", "%s 값은 다음 중 하나여야 합니다: %s (현재 %q)"}}
	NotAllowed = M4[Field, string, string, string]{Message{"not-allowed",
		"%s %q is not allowed; did you mean %q? (allowed: %s)", "%s: 허용되지 않는 값 %q입니다. 혹시 %q인가요? (허용되는 값: %s)"}}
	MinItems = M2[Field, string]{Message{"min-items",
		"%s must have at least %s item(s)", "%s에는 항목이 %s개 이상 있어야 합니다"}}
	NotEmpty  = M1[Field]{Message{"not-empty", "%s must not be empty", "%s 값은 비어 있으면 안 됩니다"}}
	SameTwice = M2[Field, string]{Message{"same-twice",
		"%s has the same value twice: %s", "%s에 같은 값이 두 번 있습니다: %s"}}
	BadFormat = M2[Field, string]{Message{"bad-format", "%s is not a valid %s", "%s 값이 올바른 %s 형식이 아닙니다"}}
	WrongType = M3[Field, string, string]{Message{"wrong-type",
		"%s must be %s, not %s", "%s 값의 형식은 %s여야 합니다(현재 %s)"}}
	Slug = M1[Field]{Message{"slug",
		`%s must be a lower-case slug of letters a-z, digits and single hyphens, like "amkor-technology"`,
		`%s 값은 소문자 a-z, 숫자, 하이픈 하나로 된 슬러그여야 합니다(예: "amkor-technology")`}}
	HTTPURL        = M1[Field]{Message{"http-url", "%s must be an http:// or https:// URL", "%s 값은 http:// 또는 https:// URL이어야 합니다"}}
	CountryPattern = M1[Field]{Message{"country-pattern",
		`%s must be an ISO 3166-1 alpha-2 country code of two capital letters, like "US"`,
		`%s 값은 대문자 두 자리 ISO 3166-1 alpha-2 국가 코드여야 합니다(예: "US")`}}
	RegionPattern = M1[Field]{Message{"region-pattern",
		`%s must be an ISO 3166-2:KR region code, like "KR-26"`, `%s 값은 ISO 3166-2:KR 지역 코드여야 합니다(예: "KR-26")`}}
	DecimalPattern = M1[Field]{Message{"decimal-pattern",
		`%s must be a decimal number written as a string, like "0.00072"`, `%s 값은 문자열로 쓴 십진수여야 합니다(예: "0.00072")`}}
	// SchemaOther is the schema library's own words, which have no Korean form.
	SchemaOther = M2[Field, string]{Message{"schema-other", "%s %s", "%s: %s"}}
	DateForm    = M2[Field, string]{Message{"date-form",
		"%s %q is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD", "%s: %q — YYYY, YYYY-MM, YYYY-MM-DD 형식의 날짜가 아닙니다"}}
	DateReal         = M2[Field, string]{Message{"date-real", "%s %q is not a real date", "%s: %q — 존재하지 않는 날짜입니다"}}
	BasisUnknownNear = M2[string, string]{Message{"basis-unknown-near",
		"basis names %q, which is not a field of this record that states a fact; did you mean %q?",
		"basis에 적힌 %q는 이 기록에서 사실을 담는 필드가 아닙니다. 혹시 %q인가요?"}}
	BasisUnknown = M2[string, string]{Message{"basis-unknown",
		"basis names %q, which is not a field of this record that states a fact; basis may name: %s",
		"basis에 적힌 %q는 이 기록에서 사실을 담는 필드가 아닙니다. basis에 쓸 수 있는 필드: %s"}}
	BasisUnset = M1[string]{Message{"basis-unset",
		"basis names %q, which this record does not set: write the field, or remove it from basis",
		"basis에 적힌 %q는 이 기록에 없는 필드입니다. 그 필드를 쓰거나 basis에서 지우세요"}}
	PlainDigits = M3[Field, string, string]{Message{"plain-digits",
		"%s is written %s: write whole numbers in plain digits, as %s",
		"%s 값이 %s 형태로 쓰였습니다. 정수는 %s처럼 숫자만으로 씁니다"}}
	NotWhole = M2[Field, string]{Message{"not-whole",
		"%s is %s: records hold whole numbers only (an amount in whole units of its currency)",
		"%s 값이 %s입니다. 기록에는 정수만 씁니다(금액은 통화의 정수 단위)"}}
	TooLarge = M2[Field, string]{Message{"too-large",
		"%s is %s, too large to hold: the largest whole number a record can hold is 9223372036854775807",
		"%s 값 %s — 너무 큽니다. 기록에 담을 수 있는 가장 큰 정수는 9223372036854775807입니다"}}
	WebAddress = M2[Field, string]{Message{"web-address",
		"%s %q is not a complete web address: paste the whole address of the page, such as https://www.example.org/news/1",
		"%s: %q — 완전한 웹 주소가 아닙니다. https://www.example.org/news/1 처럼 페이지 주소 전체를 붙여 넣으세요"}}
)

// Characters that should never reach a page (package check): one-line
// fields hold no control character at all; long text (a note, a quote)
// may break lines, and a page's Markdown may also hold tabs.
var (
	LineBreak = M1[Field]{Message{"line-break",
		"%s is one line: remove the line break", "%s 값은 한 줄이어야 합니다. 줄바꿈을 지우세요"}}
	TabChar = M1[Field]{Message{"tab",
		"%s holds a tab: write a space instead", "%s 값에 탭 문자가 있습니다. 공백으로 바꾸세요"}}
	ControlInText = M2[Field, string]{Message{"control",
		"%s holds the invisible control character %s, which no page shows; remove it",
		"%s 값에 보이지 않는 제어 문자가 있습니다(%s). 페이지에 표시되지 않으니 지우세요"}}
	ControlInPage = M1[string]{Message{"control-page",
		"the page holds the invisible control character %s, which no page shows; remove it",
		"페이지에 보이지 않는 제어 문자가 있습니다(%s). 페이지에 표시되지 않으니 지우세요"}}
)

// Rules on one record (package check).
var (
	IDFile = M2[string, string]{Message{"id-file",
		"id %q does not match the file name %s; a record's file is named by its id",
		"id와 파일 이름이 다릅니다: id %q, 파일 %s. 기록 파일의 이름은 id를 따릅니다"}}
	IDPage = M0{Message{"id-page",
		`id "page" is reserved for the pages of the lists; choose another id`, `id "page"는 목록의 쪽 주소에 쓰이므로 다른 id를 고르세요`}}
	DuplicateID = M2[string, string]{Message{"duplicate-id",
		"duplicate id %q: %s has it too", "중복된 id %q: %s에도 같은 id가 있습니다"}}
	CannotDecode      = M1[string]{Message{"cannot-decode", "cannot decode: %s", "읽을 수 없습니다: %s"}}
	CannotDecodeFront = M1[string]{Message{"cannot-decode-front", "cannot decode front matter: %s", "머리말(front matter)을 읽을 수 없습니다: %s"}}
	MissingCompany    = M0{Message{"missing-company",
		`missing required field "company" (only a package of several companies has none)`,
		`필수 필드가 없습니다: "company" (여러 기업의 패키지만 이 필드가 없습니다)`}}
	PackageCompanies = M0{Message{"package-companies",
		`a package lists at least two companies in "companies"`, `패키지는 "companies"에 기업을 두 곳 이상 적어야 합니다`}}
	OnlyPackageCompanies = M0{Message{"only-package-companies",
		`only a package (kind "package") lists "companies"; use "company" and "partners"`,
		`"companies"는 패키지(kind "package")만 씁니다. "company"와 "partners"를 쓰세요`}}
	PackageInPackage = M0{Message{"package-in-package",
		"a package cannot be part of another package", "패키지는 다른 패키지의 일부가 될 수 없습니다"}}
	ScopeNote = M0{Message{"scope-note",
		`a multinational figure needs a "scope_note" saying what it covers`, `다국가 수치에는 무엇을 포함하는지 밝히는 "scope_note"가 필요합니다`}}
	RangeMax = M0{Message{"range-max",
		"amount.max must be greater than amount.value for a range", "범위(range)에서는 amount.max가 amount.value보다 커야 합니다"}}
	MaxOnlyRange = M0{Message{"max-only-range",
		`amount.max is only for precision "range"`, `amount.max는 precision "range"에만 씁니다`}}
	PeriodOrder = M2[int, int]{Message{"period-order",
		"period.end (%d) is before period.start (%d)", "period.end(%d)가 period.start(%d)보다 앞섭니다"}}
	SecondRate = M1[string]{Message{"second-rate",
		"a second rate for %s; keep one rate per currency", "%s의 환율이 두 번 있습니다. 통화마다 환율은 하나만 두세요"}}
	Country = M1[string]{Message{"country",
		"country %q is not an ISO 3166-1 alpha-2 code (such as US, FR, KR)", "country %q — ISO 3166-1 알파-2 국가 코드가 아닙니다(예: US, FR, KR)"}}
	NoKoreanName = M1[string]{Message{"no-korean-name",
		"no Korean name (%q); the Korean pages show the English one, marked as English",
		"한국어 이름이 없습니다(%q). 한국어 페이지에는 영문 이름이 표시되며 영문임을 밝힙니다"}}
	NoKoreanTitle = M1[string]{Message{"no-korean-title",
		"no Korean title (%q); the Korean pages show the English one, marked as English",
		"한국어 제목이 없습니다(%q). 한국어 페이지에는 영문 제목이 표시되며 영문임을 밝힙니다"}}
)

// A commitment's life: its milestones and stated amounts (package check).
var (
	MilestoneOrder = M2[string, string]{Message{"milestone-order",
		"this milestone (%s) is dated before the one listed above it (%s): list milestones in the order they happened, or say why in its note",
		"이 이정표(%s)의 날짜가 바로 위 이정표(%s)보다 앞섭니다. 이정표는 일어난 순서대로 적거나, 그 이유를 note에 적으세요"}}
	MilestoneAfterEnd = M2[string, string]{Message{"milestone-after-end",
		"a milestone of kind %s cannot follow the %s milestone above it: a commitment that ended is not later operating; record a new commitment, or correct the earlier milestone",
		"%s 이정표는 위에 있는 %s 이정표 뒤에 올 수 없습니다. 끝난 투자 약속은 나중에 가동되지 않습니다. 새 투자 약속으로 적거나 앞의 이정표를 고치세요"}}
	MilestoneLabel = M0{Message{"milestone-label",
		`a milestone of kind "other" needs a "label" saying what happened`,
		`kind가 "other"인 이정표에는 무슨 일이 있었는지 밝히는 "label"이 필요합니다`}}
	Shorthand = M2[string, string]{Message{"shorthand",
		"%s is shorthand for a record without %s: with them, leave it out",
		"%s: %s 필드가 없는 기록을 위한 약식 필드입니다. %[2]s 필드가 있으면 빼세요"}}
	StatusDerived = M1[string]{Message{"status-derived",
		"status is derived from the milestones (here %q): leave it out",
		"status는 이정표에서 도출됩니다(여기서는 %q). 빼세요"}}
	StatementBasis = M0{Message{"statement-basis",
		`basis "estimated" goes with stated_by "estimate", and only with it; a statement's basis is reported, derived or estimated`,
		`basis "estimated"는 stated_by "estimate"와만 함께 씁니다. 금액 진술의 basis는 reported, derived, estimated 중 하나입니다`}}
	StatementConflict = M2[Field, string]{Message{"statement-conflict",
		"this amount differs from that of %s, by the same stater on the same basis and date (%s): both are shown side by side and the first listed counts; check both sources",
		"이 금액은 같은 주체, 같은 근거, 같은 날짜(%[2]s)의 진술인 %[1]s 항목과 다릅니다. 두 금액을 나란히 보여 주며 먼저 적힌 것이 합계에 반영됩니다. 두 출처를 확인하세요"}}
)

// Rules across records (package check).
var (
	OwnParent = M0{Message{"own-parent", "a company cannot be its own parent", "기업은 자기 자신의 모회사가 될 수 없습니다"}}
	FormerID  = M1[string]{Message{"former-id",
		"former id %q is the id of a current record; its URL cannot redirect", "이전 id %q는 현재 기록의 id이므로 그 URL을 다른 곳으로 보낼 수 없습니다"}}
	FormerIDTwice = M2[string, string]{Message{"former-id-twice",
		"former id %q is also a former id of %s: its old URL can redirect to one record only; keep it on one of them",
		"이전 id %q — %s에도 이전 id로 적혀 있습니다. 옛 URL은 한 기록으로만 보낼 수 있으니 한쪽에만 두세요"}}
	FormerIDPage = M0{Message{"former-id-page",
		`former id "page" is reserved for the pages of the lists; remove it`, `이전 id "page"는 목록의 쪽 주소에 쓰이므로 지우세요`}}
	Unreadable = M3[string, string, int]{Message{"unreadable",
		"%s %q could not be read (see the other problems in this file), so the %d record(s) that name it were not checked against it",
		"%s %q — 읽을 수 없습니다(이 파일의 다른 문제를 보세요). 이를 가리키는 기록 %d건은 이 기록과 대조하지 않았습니다"}}
	NoSuch     = M2[string, string]{Message{"no-such", "%s %q does not exist", "%s %q — 존재하지 않습니다"}}
	NoSuchNear = M3[string, string, string]{Message{"no-such-near",
		"%s %q does not exist; did you mean %q?", "%s %q — 존재하지 않습니다. 혹시 %q인가요?"}}
	NotPackage = M1[string]{Message{"not-package",
		`part_of names %q, which is not a package (kind "package")`, `part_of에 적힌 %q는 패키지(kind "package")가 아닙니다`}}
	NotInPackage = M2[string, string]{Message{"not-in-package",
		"company %q is not among the companies of package %q", "기업 %q는 패키지 %q의 기업 목록에 없습니다"}}
	PartsExceed = M4[int64, string, int64, string]{Message{"parts-exceed",
		"the parts of this package add up to %d %s, more than the package's %d %s",
		"이 패키지의 세부 약속을 더하면 %d %s로, 패키지 금액 %d %s보다 많습니다"}}
	DollarOverflow = M4[Field, string, string, string]{Message{"dollar-overflow",
		"%s %s at %s US dollars per unit (the rate at %s) is more than 9223372036854775807 US dollars, the most an amount may hold: check the amount and the rate",
		"%s %s — %s(단위당 미국 달러, 환율 위치: %s)로 환산하면 금액에 담을 수 있는 최대값인 9223372036854775807 미국 달러를 넘습니다. 금액과 환율을 확인하세요"}}
)

// Markdown bodies (package markdown).
var (
	RawHTML = M0{Message{"raw-html",
		"raw HTML is not rendered on the site; write Markdown instead", "HTML 태그는 사이트에 표시되지 않습니다. Markdown으로 쓰세요"}}
	InvalidLink = M1[string]{Message{"invalid-link", "link %q is not a valid URL", "링크 %q는 올바른 URL이 아닙니다"}}
	Shortcode   = M1[string]{Message{"shortcode",
		"Hugo shortcode %q is not allowed: a page is shown as it is written, and Hugo would run a shortcode even inside code; remove it",
		"Hugo 단축 코드(%q)는 쓸 수 없습니다. 페이지는 쓴 그대로 보여야 하는데, Hugo는 코드 안에서도 단축 코드를 실행합니다. 지우세요"}}
	LinkScheme = M1[string]{Message{"link-scheme",
		"link to a %s: URL is not allowed; use http, https or a relative link",
		"%s: 주소로 가는 링크는 허용되지 않습니다. http, https 또는 상대 링크를 쓰세요"}}
)

// Profiles and pages: where each page of content/ lands (package check).
var (
	CompanyProfileField = M2[string, string]{Message{"company-profile-field",
		`a company profile in content/%s needs "company: %s" in its front matter`,
		`기업 소개 content/%s의 머리말에는 "company: %s"가 있어야 합니다`}}
	RegionPageField = M2[string, string]{Message{"region-page-field",
		`a region page in content/%s needs "region: %s" in its front matter`,
		`지역 페이지 content/%s의 머리말에는 "region: %s"가 있어야 합니다`}}
	English      = M0{Message{"english", "English", "영어"}}
	Korean       = M0{Message{"korean", "Korean", "한국어"}}
	ProfileTwice = M4[Text, string, string, string]{Message{"profile-twice",
		"is a second %s profile of %s %q, after %s; keep one (a file name without .en or .ko is English)",
		"%[2]s %[3]q의 %[1]s 소개가 이미 %[4]s에 있습니다. 하나만 두세요(.en이나 .ko가 없는 파일 이름은 영어입니다)"}}
	PageTwice = M3[Text, string, string]{Message{"page-twice",
		"is a second %s version of the page at %s, after %s; keep one (a file name without .en or .ko is English)",
		"%[2]s 페이지의 %[1]s 버전이 이미 %[3]s에 있습니다. 하나만 두세요(.en이나 .ko가 없는 파일 이름은 영어입니다)"}}
	PageNoEnglish = M1[string]{Message{"page-no-english",
		"translates %s, which does not exist: a page is published from its English version, in Korean too where it has no Korean one; add the English page",
		"%s의 번역인데 그 파일이 없습니다. 페이지는 영어 버전으로 게시되며, 한국어 버전이 없으면 한국어 사이트에도 영어 버전이 쓰입니다. 영어 페이지를 추가하세요"}}
	PageLanguageFolder = M1[string]{Message{"page-language-folder",
		"a page does not go in a language's folder (content/%s/): the site publishes every page in each language itself, and a page's Korean version sits beside it as <name>.ko.md",
		"페이지를 언어 폴더(content/%s/)에 두지 않습니다. 사이트가 모든 페이지를 언어마다 게시하며, 페이지의 한국어 버전은 그 옆에 <이름>.ko.md로 둡니다"}}
	PageHome = M0{Message{"page-home",
		"publishes to /, the home page, which the generator makes; give the page a name of its own",
		"홈페이지 주소 /에 게시됩니다. 홈페이지는 생성기가 만들므로 페이지에 고유한 이름을 주세요"}}
	PageRecord = M3[string, string, string]{Message{"page-record",
		"publishes to %s, the page of %s: a page cannot take a record's place; move it out of content/%s/",
		"%s에 게시되는데, 이 주소는 %s의 페이지입니다. 페이지가 기록의 자리를 차지할 수 없으니 content/%s/ 밖으로 옮기세요"}}
	PageSection = M2[string, string]{Message{"page-section",
		"publishes to %s, inside /%s/, which the generator makes from the data; move the page out of content/%[2]s/",
		"%s에 게시되는데, /%s/ 아래는 생성기가 데이터로 만드는 곳입니다. 페이지를 content/%[2]s/ 밖으로 옮기세요"}}
	PageSectionRoot = M1[string]{Message{"page-section-root",
		"publishes to %s, a section the generator makes from the data; rename the page",
		"%s에 게시되는데, 이 주소는 생성기가 데이터로 만드는 부분입니다. 페이지 이름을 바꾸세요"}}
	PageFile = M2[string, string]{Message{"page-file",
		"publishes to %s, where the site has its own /%s; rename the page",
		"%s에 게시되어 사이트 자체의 /%s 자리와 겹칩니다. 페이지 이름을 바꾸세요"}}
	PageCollides = M2[string, string]{Message{"page-collides",
		"publishes to %s, as %s does; rename one of them",
		"%s에 게시되어 %s 파일과 주소가 겹칩니다. 둘 중 하나의 이름을 바꾸세요"}}
	PageFolder = M3[string, string, string]{Message{"page-folder",
		"publishes to %s, the address of the folder %s, which has pages in it; rename it %s",
		"%s에 게시되는데, 이 주소는 안에 페이지가 있는 폴더 %s의 주소입니다. 파일 이름을 다음으로 바꾸세요: %s"}}
	PageName = M1[string]{Message{"page-name",
		"a page's name is its URL: use lower-case letters a-z, digits and single hyphens; rename it %s",
		"페이지 이름이 곧 주소입니다. 소문자 a-z, 숫자, 하이픈 하나만 쓰세요. 파일 이름을 다음으로 바꾸세요: %s"}}
	PageNameBare = M0{Message{"page-name-bare",
		"a page's name is its URL: use lower-case letters a-z, digits and single hyphens",
		"페이지 이름이 곧 주소입니다. 소문자 a-z, 숫자, 하이픈 하나만 쓰세요"}}
)

// The labels of the published data's own keys: a breakdown's rows that
// name no record (package publication) and Korea's row (package export).
var (
	SeveralRegions = M0{Message{"several-regions", "Several regions", "여러 지역"}}
	SeveralSectors = M0{Message{"several-sectors", "Several sectors", "여러 업종"}}
	NotStated      = M0{Message{"not-stated", "Not stated", "밝혀지지 않음"}}
	NotItemised    = M0{Message{"not-itemised", "Not itemised (rest of a package)", "세부 내역 없음 (패키지 잔여분)"}}
	Nationwide     = M0{Message{"nationwide", "Nationwide", "전국"}}
	SouthKorea     = M0{Message{"south-korea", "South Korea", "대한민국"}}
)

// Field names (Field.In).
var TheRecord = M0{Message{"the-record", "the record", "기록"}}
