package datadiff

import (
	"strings"
	"testing"
)

func TestMarkdown(t *testing.T) {
	tests := []struct {
		name string
		r    Report
		want []string
	}{
		{"no change", Report{}, []string{"No record changed."}},
		{"counts and an escaped name", Report{
			Changes: []Change{{Kind: "company", ID: "synthetic-a", Op: "added"}, {Kind: "investment", ID: "synthetic-b", Op: "removed"}},
			Totals:  []TotalChange{{Breakdown: "company", Key: "synthetic-a", Name: "Synthetic | Pipe Co", New: 5}},
			Korea:   [2]int64{0, 5},
		}, []string{"1 added, 0 changed, 1 removed.", "| company | Synthetic \\| Pipe Co | $0 | $5 | +$5 |"}},
		{"capped list", Report{Changes: make([]Change, maxListed+3)}, []string{"…and 3 more records"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			tt.r.Markdown(&b)
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("got:\n%s\nwant it to contain %q", b.String(), w)
				}
			}
		})
	}
}
