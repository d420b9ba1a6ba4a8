package hugo

import (
	"testing"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

func TestAmountText(t *testing.T) {
	tests := []struct {
		in   *record.Amount
		want string
	}{
		{nil, "amount not disclosed"},
		{&record.Amount{Value: 9e9, Currency: "USD", Precision: record.Exact}, "$9 billion"},
		{&record.Amount{Value: 5e9, Currency: "USD", Precision: record.AtLeast, Stated: "more than $5 billion"}, "more than $5 billion"},
		{&record.Amount{Value: 5e9, Currency: "USD", Precision: record.AtLeast}, "at least $5 billion"},
		{&record.Amount{Value: 3293362, Currency: "USD", Precision: record.Exact}, "$3,293,362"},
		{&record.Amount{Value: 9500000000, Currency: "USD", Precision: record.About}, "about $9.5 billion"},
		{&record.Amount{Value: 3e12, Currency: "KRW", Precision: record.Exact}, "₩3 trillion"},
		{&record.Amount{Value: 1e9, Max: 2e9, Currency: "EUR", Precision: record.Range}, "€1 billion–€2 billion"},
		{&record.Amount{Value: 120e6, Currency: "JPY", Precision: record.Exact}, "JPY 120 million"},
		{&record.Amount{Value: 999, Currency: "USD", Precision: record.Exact}, "$999"},
	}
	for _, tt := range tests {
		if got := amountText(tt.in); got != tt.want {
			t.Errorf("amountText(%+v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTotalText(t *testing.T) {
	tests := []struct {
		in   publication.Total
		want string
	}{
		{publication.Total{}, "no disclosed amount"},
		{publication.Total{USD: 13e9, Counted: 2}, "$13 billion"},
		{publication.Total{USD: 9e9, Counted: 2, AtLeast: true}, "at least $9 billion"},
		{publication.Total{USD: 3293362, Counted: 1, Approximate: true}, "about $3,293,362"},
	}
	for _, tt := range tests {
		if got := totalText(tt.in); got != tt.want {
			t.Errorf("totalText(%+v) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestSmallFormats(t *testing.T) {
	tests := []struct{ got, want string }{
		{dateText("2025"), "2025"},
		{dateText("2025-10"), "October 2025"},
		{dateText("2025-10-05"), "5 October 2025"},
		{label("ai-data-centres"), "AI data centres"},
		{label("at_least"), "At least"},
		{byteSize(999), "999 bytes"},
		{byteSize(1234), "1.2 kB"},
		{byteSize(2_000_000), "2 MB"},
		{group(1234567), "1,234,567"},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("got %q, want %q", tt.got, tt.want)
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
	out := `Start building sites …
ERROR error building site: render: failed to render pages: render of "/repo/site/content/_content.gotmpl:/companies/aws" failed: "/repo/site/layouts/companies/page.html:3:12": execute of template failed: boom
ERROR error building site: process: "/repo/site/content/_content.gotmpl:/companies/aws": Raw HTML omitted
`
	got := mapErrors(out, "/repo", []page{{Path: "companies/aws", source: "data/companies/aws.json", markdown: "content/companies/aws.md"}}).Error()
	want := "content/companies/aws.md: raw HTML is not allowed in Markdown; Hugo would omit it\n" +
		"site/layouts/companies/page.html:3:12: execute of template failed: boom"
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
