package hugo_test

import (
	"strings"
	"testing"
	"time"

	"github.com/korea-investment-tracker/kit/generator/history"
)

// renderHistory renders the seed with log as its git history.
func renderHistory(t *testing.T, log history.Log) string {
	t.Helper()
	dest, err := renderLog(t, seed(t), log)
	if err != nil {
		t.Fatal(err)
	}
	return dest
}

// TestChanges renders the seed with a made-up history: the changes page
// lists each change by commit, newest first, linking records that still
// have a page, and every page says when its data last changed.
func TestChanges(t *testing.T) {
	edit := time.Date(2025, 10, 29, 10, 0, 0, 0, time.UTC)
	seedDay := time.Date(2025, 1, 15, 9, 30, 0, 0, time.UTC)
	dest := renderHistory(t, history.Log{
		{Commit: "c2", Time: edit, Subject: "Ulsan: amount from the press release", Op: "changed",
			Path: "data/investments/aws-ulsan-ai-data-hub.json", Kind: "investment", ID: "aws-ulsan-ai-data-hub",
			Before: []byte(`{"status": "announced"}`), After: []byte(`{"status": "under-way", "amount": {"value": 5000000000, "currency": "USD", "precision": "exact"}}`)},
		{Commit: "c2", Time: edit, Subject: "Ulsan: amount from the press release", Op: "removed",
			Path: "data/companies/gone-co.json", Kind: "company", ID: "gone-co", Before: []byte(`{"name": "Gone Co", "name_ko": "사라진 기업"}`)},
		{Commit: "c2", Time: edit, Subject: "Ulsan: amount from the press release", Op: "removed",
			Path: "data/investments/gone-plant.json", Kind: "investment", ID: "gone-plant", Was: []string{"company/corning"}},
		{Commit: "c1", Time: seedDay, Subject: "Seed", Op: "added", Path: "data/companies/aws.json", Kind: "company", ID: "aws"},
		{Commit: "c1", Time: seedDay, Subject: "Seed", Op: "added", Path: "data/regions/KR-11.json", Kind: "region", ID: "KR-11"},
		{Commit: "c1", Time: seedDay, Subject: "Seed", Op: "added", Path: "content/about.ko.md", Kind: "page", ID: "about.ko.md"},
	})
	const (
		editEN  = `<time datetime="2025-10-29T10:00:00Z">29 October 2025</time>`
		editKO  = `<time datetime="2025-10-29T10:00:00Z">2025년 10월 29일</time>`
		seedEN  = `<time datetime="2025-01-15T09:30:00Z">15 January 2025</time>`
		ownPage = "The data on this page last changed on "
	)
	tests := []struct {
		name, page string
		want, not  []string
	}{
		{"changes page lists a change with its link", "changes/index.html", []string{
			`<h2>` + editEN + `</h2>`,
			`<li>Changed · Commitment: <a href="/investments/aws-ulsan-ai-data-hub/">AI data hub in Ulsan with SK Group</a>` +
				`<br>Amount changed from undisclosed to $5 billion<br>Status changed from Announced to Under way</li>`,
			`<li>Removed · Company: Gone Co</li>`,
			`<p class="note"><small>Commit message: <a href="https://github.com/korea-investment-tracker/kit/commit/c2">Ulsan: amount from the press release</a></small></p>`,
			`<li>Added · Region: <a href="/regions/kr-11/">Seoul</a>`,
			`<li>Added · Page, Korean version: <a href="/about/">About</a>`,
			`<a href="/changes/index.xml" type="application/atom+xml">`,
		}, []string{"No history"}},
		{"Korean changes page", "ko/changes/index.html", []string{
			`<h2>` + editKO + `</h2>`,
			`<a href="/ko/investments/aws-ulsan-ai-data-hub/">SK그룹과 함께하는 울산 AI 데이터 허브</a><br>금액 변경: 비공개 → 50억 달러<br>상태 변경: 발표됨 → 진행 중</li>`,
			`<li>삭제 · 기업: 사라진 기업</li>`,
			`<small>커밋 메시지: <a href="https://github.com/korea-investment-tracker/kit/commit/c2"><span lang="en">Ulsan: amount from the press release</span></a></small>`,
		}, nil},
		{"company counts its commitments' changes", "companies/aws/index.html", []string{
			ownPage + editEN + ".",
			`<link rel="alternate" type="application/atom+xml" href="/companies/aws/index.xml"`,
			`<link rel="alternate" type="application/atom+xml" href="/changes/index.xml"`,
		}, nil},
		{"partner company too", "companies/sk-group/index.html", []string{ownPage + editEN}, nil},
		{"Korean company page", "ko/companies/aws/index.html", []string{"이 페이지의 데이터는 " + editKO + "에 마지막으로 바뀌었습니다."}, nil},
		{"region of the commitment", "regions/kr-31/index.html", []string{ownPage + editEN}, nil},
		{"region with its own change only", "regions/kr-11/index.html", []string{ownPage + seedEN}, nil},
		{"commitment page", "investments/aws-ulsan-ai-data-hub/index.html", []string{ownPage + editEN}, nil},
		{"company of a removed commitment", "companies/corning/index.html", []string{ownPage + editEN}, nil},
		{"record without history shows no date", "companies/air-liquide/index.html", nil, []string{`class="updated"`}},
		{"other pages show the latest change", "about/index.html", []string{"The data last changed on " + editEN}, nil},
		{"home page too", "index.html", []string{"The data last changed on " + editEN}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) { checkPage(t, dest, tt.page, tt.want, tt.not) })
	}
	if got := read(t, dest, "changes/index.html"); strings.Index(got, editEN) > strings.Index(got, seedEN) {
		t.Errorf("changes/index.html lists the older commit first")
	}
}

// TestChangesWithoutHistory: a build outside git (a tarball, a temporary
// folder) says so on the changes page and shows no date anywhere.
func TestChangesWithoutHistory(t *testing.T) {
	dest := renderHistory(t, nil)
	tests := []struct {
		page      string
		want, not []string
	}{
		{"changes/index.html", []string{"No history of changes"}, []string{"<h2><time"}},
		{"ko/changes/index.html", []string{"git 이력 밖에서"}, nil},
		{"companies/aws/index.html", []string{`href="/changes/"`}, []string{`class="updated"`}},
		{"index.html", nil, []string{`class="updated"`}},
	}
	for _, tt := range tests {
		checkPage(t, dest, tt.page, tt.want, tt.not)
	}
}
