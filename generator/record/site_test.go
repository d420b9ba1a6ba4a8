package record

import (
	"os"
	"testing"
)

func TestRecordOf(t *testing.T) {
	tests := []struct {
		path, kind, id string
		ok             bool
	}{
		{"data/companies/aws.json", CompanyKind, "aws", true},
		{"data/investments/aws-ulsan-ai-data-hub.json", InvestmentKind, "aws-ulsan-ai-data-hub", true},
		{"data/regions/KR-26.json", RegionKind, "KR-26", true},
		{"data/rates.json", "", "", false},
		{"data/companies/aws.JSON", "", "", false},
		{"data/companies/.json", "", "", false},
		{"data/companies/sub/aws.json", "", "", false},
		{"data/other/aws.json", "", "", false},
		{"content/companies/aws.json", "", "", false},
		{"companies/aws.json", "", "", false},
	}
	for _, tt := range tests {
		kind, id, ok := RecordOf(tt.path)
		if kind != tt.kind || id != tt.id || ok != tt.ok {
			t.Errorf("RecordOf(%q) = %q, %q, %v, want %q, %q, %v", tt.path, kind, id, ok, tt.kind, tt.id, tt.ok)
		}
	}
}

func TestRecordURL(t *testing.T) {
	tests := []struct{ kind, id, want string }{
		{CompanyKind, "aws", "companies/aws/"},
		{InvestmentKind, "aws-ulsan-ai-data-hub", "investments/aws-ulsan-ai-data-hub/"},
		{RegionKind, "KR-26", "regions/kr-26/"},
	}
	for _, tt := range tests {
		if got := RecordURL(tt.kind, tt.id); got != tt.want {
			t.Errorf("RecordURL(%q, %q) = %q, want %q", tt.kind, tt.id, got, tt.want)
		}
	}
}

func TestProfileOf(t *testing.T) {
	tests := []struct {
		path, kind, id string
		ok             bool
	}{
		{"companies/aws.md", CompanyKind, "aws", true},
		{"companies/aws.ko.md", CompanyKind, "aws", true},
		{"companies/aws.en.md", CompanyKind, "aws", true},
		{"regions/KR-47.md", RegionKind, "KR-47", true},
		{"companies/aws/more.md", "", "", false},
		{"investments/aws-ulsan-ai-data-hub.md", "", "", false},
		{"about.md", "", "", false},
		{"Companies/aws.md", "", "", false},
	}
	for _, tt := range tests {
		kind, id, ok := ProfileOf(tt.path)
		if kind != tt.kind || id != tt.id || ok != tt.ok {
			t.Errorf("ProfileOf(%q) = %q, %q, %v, want %q, %q, %v", tt.path, kind, id, ok, tt.kind, tt.id, tt.ok)
		}
	}
}

// TestPageURL: the published paths were read from what Hugo v0.165.0
// wrote for these page paths (check's TestPageURLIsHugos runs it again).
func TestPageURL(t *testing.T) {
	tests := []struct{ path, want string }{
		{"about.md", "about/"},
		{"about.ko.md", "about/"},
		{"about.en.md", "about/"},
		{"Methodology.md", "methodology/"},
		{"investments/aws ulsan ai data hub.md", "investments/aws-ulsan-ai-data-hub/"},
		{"a  b.md", "a--b/"},
		{"a\tb.md", "a-b/"},
		{"a\u00a0b.md", "a-b/"},
		{"tab\t.md", "tab/"},
		{"x/\ty.md", "x/y/"},
		{"\tx/y.md", "-x/y/"},
		{"d/\te/f.md", "d/-e/f/"},
		{"\tp.md", "p/"},
		{"\tsec/_index.md", "-sec/"},
		{"s2/\tsub/_index.md", "s2/-sub/"},
		{"x /y.md", "x-/y/"},
		{"a?b.md", "ab/"},
		{"a!b.md", "ab/"},
		{"a'b.md", "ab/"},
		{"a%20b.md", "a%20b/"},
		{"a%zzb.md", "azzb/"},
		{"a#b.md", "a#b/"},
		{"a+b~c@d_e.md", "a+b~c@d_e/"},
		{"robots.txt.md", "robots.txt/"},
		{"a.b.c.md", "a.b.c/"},
		{"Über.md", "über/"},
		{"소개.md", "소개/"},
		{"ǅx.md", "ǆx/"},
		{"İstanbul.md", "istanbul/"},
		{"guides/_index.md", "guides/"},
		{"guides/index.ko.md", "guides/"},
		{"guides/Sub Sec/_index.md", "guides/sub-sec/"},
		{"_index.md", ""},
		{"index.md", ""},
		{".hidden.md", "hidden/"},
		{"?.md", ""},
		{"ko/about.md", "ko/about/"},
	}
	for _, tt := range tests {
		if got := PageURL(tt.path); got != tt.want {
			t.Errorf("PageURL(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
}

func TestReserved(t *testing.T) {
	tests := []struct {
		url  string
		want Reservation
	}{
		{"", ReservedHome},
		{"about/", NotReserved},
		{"aws/", NotReserved},
		{"companies/", ReservedSection},
		{"investments/aws-ulsan-ai-data-hub/", ReservedSection},
		{"data/x/", ReservedSection},
		{"releases/data-2026.01.31/", ReservedSection},
		{"years/page/2/", ReservedSection},
		{"ko/about/", ReservedLanguage},
		{"en/", ReservedLanguage},
		{"fr/", NotReserved},
		{"robots.txt/", ReservedFile},
		{"sitemap.xml/", ReservedFile},
		{"sitemap-2.xml/", ReservedFile},
		{"sitemap-guide/", NotReserved},
		{"_redirects/", ReservedFile},
		{"favicon.svg/", ReservedFile},
		{"pagefind/x/", ReservedFile},
		{"404/", ReservedFile},
		{"robots/", NotReserved},
	}
	for _, tt := range tests {
		if got := Reserved(tt.url); got != tt.want {
			t.Errorf("Reserved(%q) = %v, want %v", tt.url, got, tt.want)
		}
	}
}

// TestStaticFilesReserved: whatever site/static/ puts at the site's root
// is a name no page may take.
func TestStaticFilesReserved(t *testing.T) {
	entries, err := os.ReadDir("../../site/static")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if Reserved(e.Name()+"/") != ReservedFile {
			t.Errorf("site/static/%s is not a reserved name (record.Reserved)", e.Name())
		}
	}
}
