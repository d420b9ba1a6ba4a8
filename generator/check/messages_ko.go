package check

import (
	"regexp"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// A message is translated by matching its English form, so that every
// message, whichever check or stage wrote it, is translated in one place
// and an English message stays the single source. Values such as field
// names, ids and file names are carried over unchanged. Sentences are built
// so that no particle follows a value, since 이/가 and 은/는 depend on its
// last sound. A message with no pattern here is shown in English.
type translation struct {
	en *regexp.Regexp
	ko string
}

// field is a field name as dotted() writes it, or "the record".
const field = `(the record|[A-Za-z_$][\w.$\[\]]*)`

func tr(en, ko string) translation { return translation{regexp.MustCompile("^" + en + "$"), ko} }

// koreanMessages are tried in order; the first that matches translates.
var koreanMessages = []translation{
	// Fields and values (schema.go, check.go).
	tr(`unknown field "(.*)"; did you mean "(.*)"\?`, `알 수 없는 필드 "${1}"입니다. 혹시 "${2}"인가요?`),
	tr(`unknown field "(.*)"; allowed fields: (.*)`, `알 수 없는 필드 "${1}"입니다. 허용되는 필드: ${2}`),
	tr(`missing required field "company" \(only a package of several companies has none\)`,
		`필수 필드가 없습니다: "company" (여러 기업의 패키지만 이 필드가 없습니다)`),
	tr(`missing required field "(.*)" in (.*)`, `${2}에 필수 필드가 없습니다: "${1}"`),
	tr(`missing required field "(.*)"`, `필수 필드가 없습니다: "${1}"`),
	tr(field+` must be at least (\S+), not (.*)`, `${1} 값은 ${2} 이상이어야 합니다(현재 ${3})`),
	tr(field+` must be at most (\S+), not (.*)`, `${1} 값은 ${2} 이하여야 합니다(현재 ${3})`),
	tr(field+` must be one of (.*), not "(.*)"`, `${1} 값은 다음 중 하나여야 합니다: ${2} (현재 "${3}")`),
	tr(field+` "(.*)" is not allowed; did you mean "(.*)"\? \(allowed: (.*)\)`,
		`${1}: 허용되지 않는 값 "${2}"입니다. 혹시 "${3}"인가요? (허용되는 값: ${4})`),
	tr(field+` must have at least (\S+) item\(s\)`, `${1}에는 항목이 ${2}개 이상 있어야 합니다`),
	tr(field+` must not be empty`, `${1} 값은 비어 있으면 안 됩니다`),
	tr(field+` has the same value twice: (.*)`, `${1}에 같은 값이 두 번 있습니다: ${2}`),
	tr(field+` is not a valid (.*)`, `${1} 값이 올바른 ${2} 형식이 아닙니다`),
	tr(field+` must be a lower-case slug of letters a-z, digits and single hyphens, like "(.*)"`,
		`${1} 값은 소문자 a-z, 숫자, 하이픈 하나로 된 슬러그여야 합니다(예: "${2}")`),
	tr(field+` must be an http:// or https:// URL`, `${1} 값은 http:// 또는 https:// URL이어야 합니다`),
	tr(field+` must be a date written YYYY, YYYY-MM or YYYY-MM-DD`, `${1} 값은 YYYY, YYYY-MM, YYYY-MM-DD 형식의 날짜여야 합니다`),
	tr(field+` must be an ISO 3166-1 alpha-2 country code of two capital letters, like "(.*)"`,
		`${1} 값은 대문자 두 자리 ISO 3166-1 alpha-2 국가 코드여야 합니다(예: "${2}")`),
	tr(field+` must be an ISO 3166-2:KR region code, like "(.*)"`, `${1} 값은 ISO 3166-2:KR 지역 코드여야 합니다(예: "${2}")`),
	tr(field+` must be a decimal number written as a string, like "(.*)"`, `${1} 값은 문자열로 쓴 십진수여야 합니다(예: "${2}")`),
	tr(field+` must be (\S+), not (\S+)`, `${1} 값의 형식은 ${2}여야 합니다(현재 ${3})`),
	tr(field+` "(.*)" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD`, `${1}: "${2}" — YYYY, YYYY-MM, YYYY-MM-DD 형식의 날짜가 아닙니다`),
	tr(field+` "(.*)" is not a real date`, `${1}: "${2}" — 존재하지 않는 날짜입니다`),

	// Rules on one record (rules.go).
	tr(`id "(.*)" does not match the file name (.*); a record's file is named by its id`,
		`id와 파일 이름이 다릅니다: id "${1}", 파일 ${2}. 기록 파일의 이름은 id를 따릅니다`),
	tr(`duplicate id "(.*)": (.*) has it too`, `중복된 id "${1}": ${2}에도 같은 id가 있습니다`),
	tr(`a package lists at least two companies in "companies"`, `패키지는 "companies"에 기업을 두 곳 이상 적어야 합니다`),
	tr(`only a package \(kind "package"\) lists "companies"; use "company" and "partners"`,
		`"companies"는 패키지(kind "package")만 씁니다. "company"와 "partners"를 쓰세요`),
	tr(`a package cannot be part of another package`, `패키지는 다른 패키지의 일부가 될 수 없습니다`),
	tr(`a multinational figure needs a "scope_note" saying what it covers`, `다국가 수치에는 무엇을 포함하는지 밝히는 "scope_note"가 필요합니다`),
	tr(`amount.max must be greater than amount.value for a range`, `범위(range)에서는 amount.max가 amount.value보다 커야 합니다`),
	tr(`amount.max is only for precision "range"`, `amount.max는 precision "range"에만 씁니다`),
	tr(`period.end \((.*)\) is before period.start \((.*)\)`, `period.end(${1})가 period.start(${2})보다 앞섭니다`),
	tr(`a second rate for (.*); keep one rate per currency`, `${1}의 환율이 두 번 있습니다. 통화마다 환율은 하나만 두세요`),
	tr(`cannot decode front matter: (.*)`, `머리말(front matter)을 읽을 수 없습니다: ${1}`),
	tr(`cannot decode: (.*)`, `읽을 수 없습니다: ${1}`),
	tr(`a company profile in (.*) needs "company: (.*)" in its front matter`, `기업 소개 ${1}의 머리말에는 "company: ${2}"가 있어야 합니다`),
	tr(`a region page in (.*) needs "region: (.*)" in its front matter`, `지역 페이지 ${1}의 머리말에는 "region: ${2}"가 있어야 합니다`),

	// Rules across records (refs.go).
	tr(`a company cannot be its own parent`, `기업은 자기 자신의 모회사가 될 수 없습니다`),
	tr(`former id "(.*)" is the id of a current record; its URL cannot redirect`,
		`이전 id "${1}"는 현재 기록의 id이므로 그 URL을 다른 곳으로 보낼 수 없습니다`),
	tr(`(company|region|investment) "(.*)" does not exist; did you mean "(.*)"\?`, `${1} "${2}" — 존재하지 않습니다. 혹시 "${3}"인가요?`),
	tr(`(company|region|investment) "(.*)" does not exist`, `${1} "${2}" — 존재하지 않습니다`),
	tr(`part_of names "(.*)", which is not a package \(kind "package"\)`, `part_of에 적힌 "${1}"는 패키지(kind "package")가 아닙니다`),
	tr(`company "(.*)" is not among the companies of package "(.*)"`, `기업 "${1}"는 패키지 "${2}"의 기업 목록에 없습니다`),
	tr(`the parts of this package add up to (\S+) (\S+), more than the package's (\S+) (\S+)`,
		`이 패키지의 세부 약속을 더하면 ${1} ${2}로, 패키지 금액 ${3} ${4}보다 많습니다`),

	// Reading files (load).
	tr(`not a record: expected (.*)`, `기록 파일이 아닙니다. 다음 중 하나여야 합니다: ${1}`),
	tr(`file is empty`, `파일이 비어 있습니다`),
	tr(`file starts with a UTF-8 byte-order mark \(BOM\); save it as UTF-8 without BOM`, `파일이 UTF-8 BOM으로 시작합니다. BOM 없는 UTF-8로 저장하세요`),
	tr(`invalid UTF-8: save the file as UTF-8`, `올바르지 않은 UTF-8입니다. 파일을 UTF-8로 저장하세요`),
	tr(`file is (\d+) bytes, over the limit of (\d+) bytes \(1 MiB\) for one record`, `파일이 ${1}바이트로, 기록 하나의 한도인 ${2}바이트(1 MiB)를 넘습니다`),
	tr(`invalid JSON: (.*)`, `올바르지 않은 JSON입니다: ${1}`),
	tr(`duplicate field "(.*)" in one object`, `한 객체 안에 필드 "${1}"가 두 번 있습니다`),
	tr(`missing front matter: .*`, `머리말이 없습니다. 페이지는 "---" 줄, YAML 필드(title: …), 다시 "---" 줄로 시작합니다`),
	tr(`front matter is not closed: .*`, `머리말이 닫히지 않았습니다. 마지막 필드 뒤에 "---" 줄을 추가하세요`),
	tr(`front matter must be a YAML mapping of fields, such as title: About`, `머리말은 title: About 같은 YAML 필드의 매핑이어야 합니다`),
	tr(`invalid front matter: (.*)`, `올바르지 않은 머리말입니다: ${1}`),
	tr(`front matter may not use YAML aliases \((\*\S+)\); write the value out`, `머리말에는 YAML 별칭(${1})을 쓸 수 없습니다. 값을 직접 쓰세요`),
	tr(`id "page" is reserved for the pages of the lists; choose another id`, `id "page"는 목록의 쪽 주소에 쓰이므로 다른 id를 고르세요`),
	tr(`country "(.*)" is not an ISO 3166-1 alpha-2 code \(such as US, FR, KR\)`, `country "${1}" — ISO 3166-1 알파-2 국가 코드가 아닙니다(예: US, FR, KR)`),
	// Markdown bodies (the markdown package).
	tr(`raw HTML is not rendered on the site; write Markdown instead`, `HTML 태그는 사이트에 표시되지 않습니다. Markdown으로 쓰세요`),
	tr(`link to a (\S+): URL is not allowed; use http, https or a relative link`, `${1}: 주소로 가는 링크는 허용되지 않습니다. http, https 또는 상대 링크를 쓰세요`),

	// Warnings (korean.go).
	tr(`no Korean name \("(.*)"\); the Korean pages show the English one, marked as English`,
		`한국어 이름이 없습니다("${1}"). 한국어 페이지에는 영문 이름이 표시되며 영문임을 밝힙니다`),
	tr(`no Korean title \("(.*)"\); the Korean pages show the English one, marked as English`,
		`한국어 제목이 없습니다("${1}"). 한국어 페이지에는 영문 제목이 표시되며 영문임을 밝힙니다`),
}

// Translate returns errs with their messages in lang ("en" or "ko"); the
// positions and pointers are unchanged, so editors still find the place.
func Translate(errs record.ErrorList, lang string) record.ErrorList {
	if lang != "ko" {
		return errs
	}
	out := make(record.ErrorList, len(errs))
	for i, e := range errs {
		c := *e
		c.Msg = translateKo(e.Msg)
		out[i] = &c
	}
	return out
}

func translateKo(msg string) string {
	for _, t := range koreanMessages {
		if m := t.en.FindStringSubmatchIndex(msg); m != nil {
			return string(t.en.ExpandString(nil, t.ko, msg, m))
		}
	}
	return msg
}
