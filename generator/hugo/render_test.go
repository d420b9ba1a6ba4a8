package hugo_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/export"
	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/internal/hugobin"
	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/view"
	"github.com/korea-investment-tracker/kit/schema"
)

const root = "../.."

// render builds the site for d into a temporary folder and returns it.
func render(t *testing.T, d *record.Dataset) (string, error) {
	t.Helper()
	return renderLog(t, d, nil)
}

// renderLog renders d with log as its git history, as build does: the
// datasets first, then the pages' views, then Hugo.
func renderLog(t *testing.T, d *record.Dataset, log history.Log) (string, error) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	p := publication.Build(d)
	dest := t.TempDir()
	cats, err := locale.ReadRepository(root)
	if err != nil {
		t.Fatal(err)
	}
	m, err := export.Write(filepath.Join(dest, "data"), p, export.Options{Names: locale.Names(cats)})
	if err != nil {
		t.Fatal(err)
	}
	s, err := view.Build(view.Input{Publication: p, Manifest: m, Catalogs: cats, Schemas: schema.Files,
		History: log, BaseURL: record.SiteURL})
	if err != nil {
		t.Fatal(err)
	}
	_, err = hugo.Render(context.Background(), hugo.Config{Root: root, Dest: dest, HugoBinary: hugobin.Path(t)}, s)
	return dest, err
}

func seed(t *testing.T) *record.Dataset {
	t.Helper()
	d, errs := build.Validate(os.DirFS(root))
	if err := errs.Err(); err != nil {
		t.Fatal(err)
	}
	return d
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// checkPage reports what page in dest lacks of want or holds of not.
func checkPage(t *testing.T, dest, page string, want, not []string) {
	t.Helper()
	got := read(t, dest, page)
	for _, w := range want {
		if !strings.Contains(got, w) {
			t.Errorf("%s does not contain %q", page, w)
		}
	}
	for _, w := range not {
		if strings.Contains(got, w) {
			t.Errorf("%s contains %q", page, w)
		}
	}
}

// TestSeedFacts renders the seed and checks the facts the issue names.
func TestSeedFacts(t *testing.T) {
	dest, err := render(t, seed(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		page string
		want []string
	}{
		{"index.html", []string{"$13 billion", "a combined $9 billion", "$4 billion", "not added again", "more than $40 billion", "excluded", "up to $4 billion"}},
		{"companies/aws/index.html", []string{"AI data centres in Incheon and Gyeonggi Province", "AI data hub in Ulsan with SK Group",
			"more than $5 billion", "아마존웹서비스", "United States", "Amazon", `"@type":"Organization"`, "data/companies/aws.csv"}},
		{"regions/kr-26/index.html", []string{"Renault Korea", "Converting the Busan plant", `"@type":"Place"`}},
		// A headline total cites its sources, each once (issue 20).
		{"regions/kr-31/index.html", []string{`<details class="total-sources" open>`, "<summary>Sources of this total: 1</summary>"}},
		{"regions/index.html", []string{"Not stated", "Air Liquide", "shares between $5 billion and $9 billion with other regions", "up to $4 billion"}},
		{"investments/apec-2025-seven-firms-package/index.html", []string{"Parts of this package", "is not itemised"}},
		{"data/index.html", []string{"CC BY 4.0", "@misc{", `"@type":"DataDownload"`, "sha256"}},
		{"about/index.html", []string{"open data publication"}},
		{"methodology/index.html", []string{"Counting rules"}},
		{"404.html", []string{"Page not found"}},
		{"robots.txt", []string{"Sitemap: https://korea-investment-tracker.netlify.app/sitemap.xml"}},
		{"ko/investments/aws-apec-ai-cloud-2025-2028/index.html", []string{`how much goes to Korea. <span lang="ko"><span class="untranslated">`}},
		{"schema/investment.schema.json", []string{`"$id"`}},
		{"data/manifest.json", []string{"sha256"}},
	}
	for _, tt := range tests {
		// A JSON number that reached a template as a float shows as 3.293362e+06.
		checkPage(t, dest, tt.page, tt.want, []string{"e+0"})
	}
	// The data page starts with the files a reader wants, and ends with
	// every file and its hash (issue 20).
	if data := read(t, dest, "data/index.html"); !(0 <= strings.Index(data, `id="start"`) &&
		strings.Index(data, `id="start"`) < strings.Index(data, `id="dictionary"`) &&
		strings.Index(data, `id="dictionary"`) < strings.Index(data, `id="downloads"`)) {
		t.Errorf("the data page does not start with its start files and end with the hashes")
	}
	// No page claims a region has the most: Incheon and Gyeonggi may each
	// hold up to $9 billion of the shared AWS centres, more than Ulsan's $4
	// billion (issue 18).
	for _, page := range []string{"index.html", "regions/index.html", "ko/index.html", "ko/regions/index.html"} {
		checkPage(t, dest, page, nil, []string{"has the most", "가장 많은 지역:"})
	}
	// The charts name the same whole as the headline: the package counts at
	// its exact $9 billion, not as a floor because one of its parts is one.
	if home := read(t, dest, "index.html"); strings.Contains(home, "of at least $13 billion") || !strings.Contains(home, "of $13 billion in all") {
		t.Errorf("home charts do not sum to the headline $13 billion")
	}
}

// TestKoreanPages renders the seed and checks the Korean site: the same
// pages below /ko/, Korean names and amounts in Korean units, hreflang
// alternates both ways, and the Korean versions of content/ pages.
func TestKoreanPages(t *testing.T) {
	dest, err := render(t, seed(t))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		page string
		want []string
	}{
		{"ko/index.html", []string{`<html lang="ko">`, "130억 달러", "90억 달러", "400억 달러 이상", "최대 40억 달러", `hreflang="en"`}},
		{"ko/companies/aws/index.html", []string{"<h1>아마존웹서비스</h1>", `lang="en">Amazon Web Services`, "50억 달러 이상", "90억~130억 달러",
			"2025년 10월", "2031년까지", "미국", "AI 데이터센터", "APEC CEO 서밋", `hreflang="en" href="https://korea-investment-tracker.netlify.app/companies/aws/"`}},
		{"companies/aws/index.html", []string{`hreflang="ko" href="https://korea-investment-tracker.netlify.app/ko/companies/aws/"`, `<a href="/ko/companies/aws/" hreflang="ko" lang="ko"`}},
		{"ko/regions/kr-47/index.html", []string{"경상북도", "포항", "<summary>이 총액의 출처: 2건</summary>"}},
		{"ko/data/index.html", []string{"데이터 사전", "name_ko", `href="/data/investments.csv"`, "여기서 시작하세요",
			"모든 투자 약속, 한 행에 하나씩 (CSV)", "<td>투자 약속의 소문자 식별자(slug)로, .json을 뺀 파일 이름과 같아야 합니다.</td>"}},
		{"ko/methodology/index.html", []string{"집계 규칙"}},
		{"ko/about/index.html", []string{"공개 데이터 간행물"}},
	}
	for _, tt := range tests {
		checkPage(t, dest, tt.page, tt.want, nil)
	}
}

// TestKoreanFallback: where a Korean value or text is missing, the Korean
// pages show the English one, marked, never a blank.
func TestKoreanFallback(t *testing.T) {
	d := seed(t)
	for i, c := range d.Companies {
		if c.ID == "aws" {
			d.Companies[i].NameKo = ""
		}
	}
	for i, p := range d.Pages {
		if p.Path == "companies/aws.ko.md" {
			d.Pages = append(d.Pages[:i], d.Pages[i+1:]...)
			break
		}
	}
	dest, err := render(t, d)
	if err != nil {
		t.Fatal(err)
	}
	checkPage(t, dest, "ko/companies/aws/index.html", []string{`<h1><span lang="en">Amazon Web Services</span> <span class="untranslated">(영문)</span></h1>`,
		`<div class="prose" lang="en">`, "이 글은 아직 번역되지 않아"}, nil)
	checkPage(t, dest, "ko/investments/index.html", []string{`<span lang="en">Amazon Web Services</span></a> <span class="untranslated">(영문)</span>`}, nil)
}

// TestEscapesData renders a company whose name is markup: it must appear
// as text on every page that shows it, and in JSON-LD as escaped JSON.
func TestEscapesData(t *testing.T) {
	d := seed(t)
	const evil = `<img src=x onerror=alert(1)>`
	d.Companies[0].Name = evil
	d.Companies[0].NameKo = evil
	dest, err := render(t, d)
	if err != nil {
		t.Fatal(err)
	}
	id := d.Companies[0].ID
	for _, page := range []string{"companies/index.html", "companies/" + id + "/index.html"} {
		got := read(t, dest, page)
		if strings.Contains(got, "<img") {
			t.Errorf("%s contains an unescaped <img", page)
		}
		if !strings.Contains(got, "&lt;img src=x onerror=alert(1)&gt;") {
			t.Errorf("%s does not show the name as text", page)
		}
	}
}

// TestRawHTMLInMarkdownFails: raw HTML in a profile is a Hugo warning,
// which fails the build, and the error names the Markdown file.
func TestRawHTMLInMarkdownFails(t *testing.T) {
	d := seed(t)
	for i, p := range d.Pages {
		if p.Path == "companies/aws.md" {
			d.Pages[i].Body = []byte("Hello <script>alert(1)</script>\n")
		}
	}
	_, err := render(t, d)
	if err == nil || !strings.HasPrefix(err.Error(), "content/companies/aws.md: ") {
		t.Fatalf("got %v, want an error at content/companies/aws.md", err)
	}
}
