package hugo

import (
	"strings"
	"testing"

	"gopkg.in/yaml.v3"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// testLocale is a language's locale with the site's real catalog.
func testLocale(t *testing.T, lang string) locale {
	t.Helper()
	cat, err := readCatalog("../../site", lang)
	if err != nil {
		t.Fatal(err)
	}
	return newLocale(lang, cat)
}

func TestAmountText(t *testing.T) {
	en, ko := testLocale(t, "en"), testLocale(t, "ko")
	tests := []struct {
		in     *record.Amount
		en, ko string
	}{
		{nil, "amount not disclosed", "금액 비공개"},
		{&record.Amount{Value: 9e9, Currency: "USD", Precision: record.Exact}, "$9 billion", "90억 달러"},
		{&record.Amount{Value: 5e9, Currency: "USD", Precision: record.AtLeast, Stated: "more than $5 billion"}, "more than $5 billion", "50억 달러 이상"},
		{&record.Amount{Value: 40e9, Currency: "USD", Precision: record.AtLeast}, "at least $40 billion", "400억 달러 이상"},
		{&record.Amount{Value: 3293362, Currency: "USD", Precision: record.Exact}, "$3,293,362", "329만 3,362 달러"},
		{&record.Amount{Value: 9500000000, Currency: "USD", Precision: record.About}, "about $9.5 billion", "약 95억 달러"},
		{&record.Amount{Value: 2e9, Currency: "USD", Precision: record.AtMost}, "up to $2 billion", "20억 달러 이하"},
		{&record.Amount{Value: 3e12, Currency: "KRW", Precision: record.Exact}, "₩3 trillion", "3조 원"},
		{&record.Amount{Value: 1.2e12, Currency: "KRW", Precision: record.Exact}, "₩1.2 trillion", "1조 2,000억 원"},
		{&record.Amount{Value: 1e9, Max: 2e9, Currency: "USD", Precision: record.Range}, "$1 billion–$2 billion", "10억~20억 달러"},
		{&record.Amount{Value: 1e9, Max: 2e9, Currency: "EUR", Precision: record.Range}, "€1 billion–€2 billion", "10억~20억 유로"},
		{&record.Amount{Value: 120e6, Currency: "JPY", Precision: record.Exact}, "JPY 120 million", "1억 2,000만 엔"},
		{&record.Amount{Value: 999, Currency: "USD", Precision: record.Exact}, "$999", "999 달러"},
	}
	for _, tt := range tests {
		if got := en.amountText(tt.in); got != tt.en {
			t.Errorf("en amountText(%+v) = %q, want %q", tt.in, got, tt.en)
		}
		if got := ko.amountText(tt.in); got != tt.ko {
			t.Errorf("ko amountText(%+v) = %q, want %q", tt.in, got, tt.ko)
		}
	}
}

func TestTotalText(t *testing.T) {
	en, ko := testLocale(t, "en"), testLocale(t, "ko")
	tests := []struct {
		in     publication.Total
		en, ko string
	}{
		{publication.Total{}, "no disclosed amount", "공개된 금액 없음"},
		{publication.Total{USD: 13e9, Counted: 2}, "$13 billion", "130억 달러"},
		{publication.Total{USD: 9e9, Counted: 2, AtLeast: true}, "at least $9 billion", "90억 달러 이상"},
		{publication.Total{USD: 3293362, Counted: 1, Approximate: true}, "about $3,293,362", "약 329만 3,362 달러"},
		{publication.Total{USD: 9e9, Counted: 2, AtLeast: true, Approximate: true}, "at least about $9 billion", "약 90억 달러 이상"},
	}
	for _, tt := range tests {
		if got := en.totalText(tt.in); got != tt.en {
			t.Errorf("en totalText(%+v) = %q, want %q", tt.in, got, tt.en)
		}
		if got := ko.totalText(tt.in); got != tt.ko {
			t.Errorf("ko totalText(%+v) = %q, want %q", tt.in, got, tt.ko)
		}
	}
}

func TestSmallFormats(t *testing.T) {
	en, ko := testLocale(t, "en"), testLocale(t, "ko")
	tests := []struct{ got, want string }{
		{en.num.date("2025"), "2025"},
		{en.num.date("2025-10"), "October 2025"},
		{en.num.date("2025-10-05"), "5 October 2025"},
		{ko.num.date("2025"), "2025년"},
		{ko.num.date("2025-10"), "2025년 10월"},
		{ko.num.date("2025-10-29"), "2025년 10월 29일"},
		{ko.num.date("2025-01-05"), "2025년 1월 5일"},
		{koNumber(0), "0"},
		{koNumber(10_000), "1만"},
		{koNumber(1_000_000_000_000), "1조"},
		{koNumber(1_234_567_890_123), "1조 2,345억 6,789만 123"},
		{label("ai-data-centres"), "AI data centres"},
		{en.label("sector", "ai-data-centres"), "AI data centres"},
		{ko.label("sector", "ai-data-centres"), "AI 데이터센터"},
		{en.country("US"), "United States"},
		{ko.country("US"), "미국"},
		{ko.country("XX"), "XX"},
		{en.byteSize(1), "1 byte"},
		{en.byteSize(999), "999 bytes"},
		{en.byteSize(1234), "1.2 kB"},
		{en.byteSize(2_000_000), "2 MB"},
		{ko.byteSize(999), "999바이트"},
		{en.n("count_companies", 1), "1 company"},
		{en.n("count_companies", 7), "7 companies"},
		{ko.n("count_companies", 7), "기업 7곳"},
		{group(1234567), "1,234,567"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	for _, l := range []locale{en, ko} {
		if err := l.err(); err != nil {
			t.Error(err)
		}
	}
}

func TestPeriod(t *testing.T) {
	en, ko := testLocale(t, "en"), testLocale(t, "ko")
	tests := []struct {
		in             *record.Period
		en, ko, koLang string
	}{
		{nil, "not stated", "밝혀지지 않음", ""},
		{&record.Period{End: 2031, Stated: "by 2031"}, "by 2031", "2031년까지", ""},
		{&record.Period{Start: 2025, End: 2028, Stated: "between 2025 and 2028"}, "between 2025 and 2028", "2025~2028년", ""},
		{&record.Period{Years: 5, Stated: "over the next five years"}, "over the next five years", "5년간", ""},
		{&record.Period{Stated: "in the coming years"}, "in the coming years", "in the coming years", "en"},
	}
	for _, tt := range tests {
		if got, _ := en.period(tt.in); got != tt.en {
			t.Errorf("en period(%+v) = %q, want %q", tt.in, got, tt.en)
		}
		if got, lang := ko.period(tt.in); got != tt.ko || lang != tt.koLang {
			t.Errorf("ko period(%+v) = %q, %q, want %q, %q", tt.in, got, lang, tt.ko, tt.koLang)
		}
	}
}

// TestCatalogsHaveTheSameKeys fails when a UI string exists in one
// language but not the other: Hugo would fail the build on a template's
// missing key, but only when a page uses it, and Go's lookups only when a
// record needs them.
func TestCatalogsHaveTheSameKeys(t *testing.T) {
	cats := map[string]catalog{}
	for _, lang := range languages {
		cats[lang] = testLocale(t, lang).cat
	}
	for _, a := range languages {
		for _, b := range languages {
			for _, k := range cats[a].keys() {
				if _, ok := cats[b][k]; !ok {
					t.Errorf("site/i18n/%s.yaml has %q, site/i18n/%s.yaml does not", a, k, b)
				}
			}
		}
	}
}

// TestEveryValueHasALabel: every enumeration value has a label in the
// catalogs, so a new sector or status cannot reach a page unnamed.
func TestEveryValueHasALabel(t *testing.T) {
	enums := map[string][]string{
		"sector": record.Sector("").Values(), "kind": record.Kind("").Values(),
		"status": record.Status("").Values(), "category": record.RegionCategory("").Values(),
	}
	for _, lang := range languages {
		l := testLocale(t, lang)
		for kind, vs := range enums {
			l.labels(kind, vs)
		}
		if err := l.err(); err != nil {
			t.Error(err)
		}
	}
}

func TestCatalogMessages(t *testing.T) {
	for _, tt := range []struct{ yaml, want string }{
		{"k: plain", ""},
		{"k: {one: x}", `has no "other" form`},
		{"k: [a]", "neither a string"},
		{"k: '{{ .X'", "unclosed action"},
	} {
		var raw map[string]any
		if err := yaml.Unmarshal([]byte(tt.yaml), &raw); err != nil {
			t.Fatal(err)
		}
		_, err := parseMessage("k", raw["k"])
		if (err == nil) != (tt.want == "") || err != nil && !strings.Contains(err.Error(), tt.want) {
			t.Errorf("parseMessage(%s) = %v, want %q", tt.yaml, err, tt.want)
		}
	}
}

func TestParseVersion(t *testing.T) {
	tests := []struct{ in, want string }{
		{"hugo v0.165.0-abc123+extended linux/amd64 BuildDate=x", "v0.165.0"},
		{"hugo v0.165.0 linux/amd64 BuildDate=unknown\n", "v0.165.0"},
	}
	for _, tt := range tests {
		if got, err := parseVersion(tt.in); err != nil || got != tt.want {
			t.Errorf("parseVersion(%q) = %q, %v, want %q", tt.in, got, err, tt.want)
		}
	}
}

func TestMapErrors(t *testing.T) {
	const rawHTML = "content/companies/aws.md: raw HTML is not allowed in Markdown; Hugo would omit it"
	tests := []struct{ name, out, want string }{
		{"errors", `Start building sites …
ERROR error building site: render: failed to render pages: render of "/repo/site/content/_content.gotmpl:/companies/aws" failed: "/repo/site/layouts/companies/page.html:3:12": execute of template failed: boom
ERROR error building site: process: "/repo/site/content/_content.gotmpl:/companies/aws": Raw HTML omitted
`, rawHTML + "\nsite/layouts/companies/page.html:3:12: execute of template failed: boom"},
		// --panicOnWarning: Hugo may exit on the warning without an ERROR line.
		{"warning only", `WARN  Raw HTML omitted while rendering "/repo/site/content/_content.gotmpl:/companies/aws"; see https://gohugo.io/
You can suppress this warning by adding the following to your project configuration:
`, rawHTML},
		{"warning and its error, reported once", `WARN  Raw HTML omitted while rendering "/repo/site/content/_content.gotmpl:/companies/aws"; see x
ERROR error building site: process: "/repo/site/content/_content.gotmpl:/companies/aws": Raw HTML omitted
`, rawHTML},
	}
	for _, tt := range tests {
		got := mapErrors(tt.out, "/repo", blameOf([]page{{Path: "companies/aws", source: "data/companies/aws.json", markdown: "content/companies/aws.md"}})).Error()
		if got != tt.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}
