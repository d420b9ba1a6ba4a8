package view

import (
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
	b := largeBuilder(t, 1)
	b.log = history.Log{{Commit: "c1", Time: time.Unix(0, 0), Subject: "fix\x1fthe\x1b[31mdata", Op: "changed", Kind: record.CompanyKind, ID: "a"}}
	v := b.changesPage(nil).Params.View.(changesView)
	if got, want := v.Commits[0].Subject, `fix\x1fthe\x1b[31mdata`; got != want {
		t.Errorf("subject %q, want %q", got, want)
	}
}
