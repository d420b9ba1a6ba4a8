package locale

import (
	"bytes"
	"os"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"gopkg.in/yaml.v3"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// testLocale is a language's locale with the site's real catalog.
func testLocale(t *testing.T, lang string) Locale {
	t.Helper()
	cat, err := readCatalog(os.DirFS("../../site"), lang)
	if err != nil {
		t.Fatal(err)
	}
	return New(lang, cat)
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
		if got := en.AmountText(tt.in); got != tt.en {
			t.Errorf("en amountText(%+v) = %q, want %q", tt.in, got, tt.en)
		}
		if got := ko.AmountText(tt.in); got != tt.ko {
			t.Errorf("ko amountText(%+v) = %q, want %q", tt.in, got, tt.ko)
		}
	}
}

func TestSmallFormats(t *testing.T) {
	en, ko := testLocale(t, "en"), testLocale(t, "ko")
	tests := []struct{ got, want string }{
		{en.Date("2025"), "2025"},
		{en.Date("2025-10"), "October 2025"},
		{en.Date("2025-10-05"), "5 October 2025"},
		{ko.Date("2025"), "2025년"},
		{ko.Date("2025-10"), "2025년 10월"},
		{ko.Date("2025-10-29"), "2025년 10월 29일"},
		{ko.Date("2025-01-05"), "2025년 1월 5일"},
		{koNumber(0), "0"},
		{koNumber(10_000), "1만"},
		{koNumber(1_000_000_000_000), "1조"},
		{koNumber(1_234_567_890_123), "1조 2,345억 6,789만 123"},
		{en.Label("sector", "ai-data-centres"), "AI data centres"},
		{ko.Label("sector", "ai-data-centres"), "AI 데이터센터"},
		{en.Country("US"), "United States"},
		{ko.Country("US"), "미국"},
		{ko.Country("XX"), "XX"},
		{en.ByteSize(1), "1 byte"},
		{en.ByteSize(999), "999 bytes"},
		{en.ByteSize(1234), "1.2 kB"},
		{en.ByteSize(2_000_000), "2 MB"},
		{ko.ByteSize(999), "999바이트"},
		{en.N("count_companies", 1), "1 company"},
		{en.N("count_companies", 7), "7 companies"},
		{ko.N("count_companies", 7), "기업 7곳"},
		{group(1234567), "1,234,567"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
		}
	}
	for _, l := range []Locale{en, ko} {
		if err := l.Err(); err != nil {
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
		if got, _ := en.Period(tt.in); got != tt.en {
			t.Errorf("en period(%+v) = %q, want %q", tt.in, got, tt.en)
		}
		if got, lang := ko.Period(tt.in); got != tt.ko || lang != tt.koLang {
			t.Errorf("ko period(%+v) = %q, %q, want %q, %q", tt.in, got, lang, tt.ko, tt.koLang)
		}
	}
}

// TestCatalogsHaveTheSameKeys fails when a UI string exists in one
// language but not the other: Hugo would fail the build on a template's
// missing key, but only when a page uses it, and Go's lookups only when a
// record needs them.
func TestCatalogsHaveTheSameKeys(t *testing.T) {
	cats := map[string]Catalog{}
	for _, lang := range record.Languages() {
		cats[lang] = testLocale(t, lang).cat
	}
	for _, a := range record.Languages() {
		for _, b := range record.Languages() {
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
	for _, lang := range record.Languages() {
		l := testLocale(t, lang)
		for kind, vs := range enums {
			l.Labels(kind, vs)
		}
		if err := l.Err(); err != nil {
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

func TestTotal(t *testing.T) {
	en, ko := testLocale(t, "en"), testLocale(t, "ko")
	n := func(v int64) *int64 { return &v }
	tests := []struct {
		lo          int64
		hi          *int64
		approximate bool
		en, ko      string
	}{
		{13e9, n(13e9), false, "$13 billion", "130억 달러"},
		{9e9, nil, false, "at least $9 billion", "90억 달러 이상"},
		{3293362, n(3293362), true, "about $3,293,362", "약 329만 3,362 달러"},
		{9e9, nil, true, "at least about $9 billion", "약 90억 달러 이상"},
		{0, n(4e9), false, "up to $4 billion", "최대 40억 달러"},
		{0, n(4e9), true, "up to about $4 billion", "최대 약 40억 달러"},
		{5e9, n(9e9), false, "between $5 billion and $9 billion", "50억~90억 달러"},
		{0, nil, false, "undisclosed", "비공개"},
	}
	for _, tt := range tests {
		if got := en.Interval(tt.lo, tt.hi, tt.approximate); got != tt.en {
			t.Errorf("en Interval(%d, %v, %v) = %q, want %q", tt.lo, tt.hi, tt.approximate, got, tt.en)
		}
		if got := ko.Interval(tt.lo, tt.hi, tt.approximate); got != tt.ko {
			t.Errorf("ko Interval(%d, %v, %v) = %q, want %q", tt.lo, tt.hi, tt.approximate, got, tt.ko)
		}
	}
}

func TestName(t *testing.T) {
	en, ko := testLocale(t, "en"), testLocale(t, "ko")
	tests := []struct {
		name   string
		l      Locale
		en, ko string
		want   string
	}{
		{"English", en, "Seoul", "서울", "Seoul"},
		{"Korean", ko, "Seoul", "서울", "서울"},
		{"Korean without a Korean name", ko, "Seoul", "", "Seoul"},
	}
	for _, tt := range tests {
		if got := tt.l.Name(tt.en, tt.ko); got != tt.want {
			t.Errorf("%s: Name(%q, %q) = %q, want %q", tt.name, tt.en, tt.ko, got, tt.want)
		}
	}
}

// TestReadCatalogs reads every language's catalog, and names the file in
// error.
func TestReadCatalogs(t *testing.T) {
	site := fstest.MapFS{
		"i18n/en.yaml": {Data: []byte("home: Home\ncount_companies: {one: '{{ .Count }} company', other: '{{ .Count }} companies'}\n")},
		"i18n/ko.yaml": {Data: []byte("home: 홈\n")},
	}
	cats, err := ReadCatalogs(site)
	if err != nil {
		t.Fatal(err)
	}
	en := New("en", cats["en"])
	if got := en.N("count_companies", 1) + ", " + New("ko", cats["ko"]).W("home"); got != "1 company, 홈" || en.Err() != nil {
		t.Errorf("got %q, %v", got, en.Err())
	}
	site["i18n/ko.yaml"] = &fstest.MapFile{Data: []byte("home: [a]\n")}
	if _, err := ReadCatalogs(site); err == nil || !strings.HasPrefix(err.Error(), "site/i18n/ko.yaml: ") {
		t.Errorf("a bad catalog: %v", err)
	}
	delete(site, "i18n/ko.yaml")
	if _, err := ReadCatalogs(site); err == nil {
		t.Errorf("a missing catalog is no error")
	}
}

// TestSortKey: names sort by the reader's collation, not by bytes or ids.
func TestSortKey(t *testing.T) {
	tests := []struct {
		lang        string
		names, want []string
	}{
		{"en", []string{"Amkor Technology", "Amazon Web Services", "air liquide", "Amazon"},
			[]string{"air liquide", "Amazon", "Amazon Web Services", "Amkor Technology"}},
		{"en", []string{"Umicore", "Ümit", "Uber"}, []string{"Uber", "Umicore", "Ümit"}},
		{"ko", []string{"코닝", "아마존웹서비스", "르노코리아", "아마존"},
			[]string{"르노코리아", "아마존", "아마존웹서비스", "코닝"}},
	}
	for _, tt := range tests {
		l := New(tt.lang, Catalog{})
		got := slices.Clone(tt.names)
		slices.SortFunc(got, func(a, b string) int { return bytes.Compare(l.SortKey(a), l.SortKey(b)) })
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: %q sorted = %q, want %q", tt.lang, tt.names, got, tt.want)
		}
	}
}
