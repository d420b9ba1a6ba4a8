package dataview

import (
	"strings"
	"testing"
	"time"

	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// TestChangedPage maps a changed file to the page that shows it, as Hugo
// publishes it (lower case), so that the changes page can link it.
func TestChangedPage(t *testing.T) {
	tests := []struct {
		name string
		c    history.Change
		want string
	}{
		{"company", history.Change{Kind: "company", ID: "aws"}, "companies/aws"},
		{"commitment", history.Change{Kind: "investment", ID: "aws-ulsan-ai-data-hub"}, "investments/aws-ulsan-ai-data-hub"},
		{"region code in lower case", history.Change{Kind: "region", ID: "KR-47"}, "regions/kr-47"},
		{"page", history.Change{Kind: "page", ID: "about.md"}, "about"},
		{"translation shares its page", history.Change{Kind: "page", ID: "about.ko.md"}, "about"},
		{"profile", history.Change{Kind: "page", ID: "regions/KR-47.ko.md"}, "regions/kr-47"},
		{"section index", history.Change{Kind: "page", ID: "guides/_index.md"}, "guides"},
		{"other data file", history.Change{Path: "data/rates.json"}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := changedPage(tt.c); got != tt.want {
				t.Errorf("changedPage(%+v) = %q, want %q", tt.c, got, tt.want)
			}
		})
	}
}

// TestChangesShowSubjectsAsText: a commit subject's control characters
// (any byte is data in git) reach the changes page written out, never raw.
func TestChangesShowSubjectsAsText(t *testing.T) {
	b := testBuilder(t, "en")
	b.log = history.Log{{Commit: "c1", Time: time.Unix(0, 0), Subject: "fix\x1fthe\x1b[31mdata", Op: "changed", Kind: record.CompanyKind, ID: "a"}}
	v := b.ChangesPage(nil).Params.View.(changesView)
	if got, want := v.Commits[0].Subject, `fix\x1fthe\x1b[31mdata`; got != want {
		t.Errorf("subject %q, want %q", got, want)
	}
}

// TestChangeWords: a change is said in the page's language from the
// record's files before and after: a commitment's amount and status from
// … to … in the site's words, the other fields by name, and nothing for
// an added record or one whose files history could not read.
func TestChangeWords(t *testing.T) {
	const life = `{"id": "p", "title": "Plant", "milestones": [{"kind": "announced", "date": "2025"}, {"kind": "groundbreaking", "date": "2026"}]}`
	const was = `{"id": "p", "title": "Plant", "status": "announced", "amount": {"value": 4000000000, "currency": "USD", "precision": "exact"}}`
	tests := []struct {
		name, lang string
		c          history.Change
		want       []string
	}{
		{"amount and status", "en", changed(was, `{"id": "p", "title": "Plant", "status": "under-way", "amount": {"value": 5000000000, "currency": "USD", "precision": "at_least"}}`),
			[]string{"Amount changed from $4 billion to at least $5 billion", "Status changed from Announced to Under way"}},
		{"amount and status in Korean", "ko", changed(was, `{"id": "p", "title": "Plant", "status": "under-way", "amount": {"value": 5000000000, "currency": "USD", "precision": "at_least"}}`),
			[]string{"금액 변경: 40억 달러 → 50억 달러 이상", "상태 변경: 발표됨 → 진행 중"}},
		{"amount withdrawn", "en", changed(was, `{"id": "p", "title": "Plant", "status": "announced"}`),
			[]string{"Amount changed from $4 billion to undisclosed"}},
		{"only the source's wording", "en", changed(was, `{"id": "p", "title": "Plant", "status": "announced", "amount": {"value": 4000000000, "currency": "USD", "precision": "exact", "stated": "$4bn"}}`),
			[]string{"Fields changed: amount"}},
		{"other fields, once each", "en", changed(was, `{"id": "p", "title": "Plant!", "status": "announced", "amount": {"value": 4000000000, "currency": "USD", "precision": "exact"}, "sources": [{"title": "a"}, {"title": "b"}]}`),
			[]string{"Fields changed: sources; title"}},
		{"status and amount now from the record's life", "en", changed(was, `{"id": "p", "title": "Plant",
			"milestones": [{"kind": "announced", "date": "2025"}, {"kind": "groundbreaking", "date": "2026"}],
			"amount_statements": [{"amount": {"value": 4000000000, "currency": "USD", "precision": "exact"}, "stated_by": "company", "date": "2025"}]}`),
			[]string{"Status changed from Announced to Under way", "Announced, 2025", "Groundbreaking, 2026",
				"Amount stated: $4 billion (stated by: The company), 2025", "No longer listed: the amount $4 billion (stated by: nobody named), undated",
				"Fields changed: amount"}},
		{"a milestone added, in Korean", "ko", changed(life, strings.Replace(life, `]`, `, {"kind": "operating", "date": "2027-03"}]`, 1)),
			[]string{"상태 변경: 진행 중 → 완료", "가동 또는 완공, 2027년 3월"}},
		{"a company", "ko", history.Change{Op: "changed", Kind: record.CompanyKind, Before: []byte(`{"name": "A"}`), After: []byte(`{"name": "A", "name_ko": "에이"}`)},
			[]string{"바뀐 필드: name_ko"}},
		{"added", "en", history.Change{Op: "added", Kind: record.InvestmentKind, After: []byte(was)}, nil},
		{"no files", "en", history.Change{Op: "changed", Kind: record.InvestmentKind}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ChangeWords(testLocale(t, tt.lang), tt.c)
			if strings.Join(got, "|") != strings.Join(tt.want, "|") {
				t.Errorf("ChangeWords = %q, want %q", got, tt.want)
			}
		})
	}
}

// changed is a commitment's change from one file to another.
func changed(before, after string) history.Change {
	return history.Change{Op: "changed", Kind: record.InvestmentKind, ID: "p", Before: []byte(before), After: []byte(after)}
}

// TestChangesPageWords: the changes page says what moved beside each
// change, names a removed record by its former title in the page's
// language, and links the commit whose subject it shows second.
func TestChangesPageWords(t *testing.T) {
	b := testBuilder(t, "ko")
	b.log = history.Log{
		{Commit: "c2", Time: time.Unix(0, 0), Subject: "drop", Op: "removed", Kind: record.InvestmentKind, ID: "gone",
			Before: []byte(`{"title": "Gone", "title_ko": "사라진 약속"}`)},
		changed(`{"status": "announced"}`, `{"status": "completed"}`),
	}
	b.log[1].Commit = "c1"
	v := b.ChangesPage(nil).Params.View.(changesView)
	if got := v.Commits[0].Changes[0].Record.Name; got != "사라진 약속" {
		t.Errorf("removed record named %q, want its former Korean title", got)
	}
	if got := v.Commits[1].Changes[0].Words; strings.Join(got, "") != "상태 변경: 발표됨 → 완료" {
		t.Errorf("words %q, want the status's move in Korean", got)
	}
	if got, want := v.Commits[0].Commit, record.RepositoryURL+"/commit/c2"; got != want {
		t.Errorf("commit link %q, want %q", got, want)
	}
}
