package markdown

import (
	"fmt"
	"strings"
	"testing"
)

func TestCheck(t *testing.T) {
	tests := []struct {
		name, body string
		want       []string // "offset: message"
	}{
		{"plain Markdown", "A *synthetic* profile with [a link](https://example.org/) and [another](/methodology/).\n", nil},
		{"script block", "Intro.\n\n<script>alert(1)</script>\n", []string{"8: raw HTML is not rendered on the site; write Markdown instead"}},
		{"inline HTML", "Text with <b>bold</b>.\n", []string{
			"10: raw HTML is not rendered on the site; write Markdown instead",
			"17: raw HTML is not rendered on the site; write Markdown instead",
		}},
		{"javascript link", "See [this](javascript:alert(1)).\n", []string{"5: link to a javascript: URL is not allowed; use http, https or a relative link"}},
		{"data image", "![x](data:image/png;base64,AAAA)\n", []string{"2: link to a data: URL is not allowed; use http, https or a relative link"}},
		{"mailto is fine", "Write to <mailto:data@example.org>.\n", nil},
	}
	c := New()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, p := range c.Check([]byte(tt.body)) {
				got = append(got, fmt.Sprintf("%d: %s", p.Offset, p.Text))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
