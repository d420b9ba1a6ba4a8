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
		{"javascript autolink at its own column", "Text, *more*, then <javascript:alert(1)>.\n", []string{
			"20: link to a javascript: URL is not allowed; use http, https or a relative link"}},
		{"the same autolink twice, each at its own column", "<javascript:x><javascript:x>\n", []string{
			"1: link to a javascript: URL is not allowed; use http, https or a relative link",
			"15: link to a javascript: URL is not allowed; use http, https or a relative link"}},
		{"entity-encoded colon", "[x](javascript&#58;alert(1))\n", []string{
			"1: link to a javascript: URL is not allowed; use http, https or a relative link"}},
		{"named entity colon", "[x](javascript&colon;alert(1))\n", []string{
			"1: link to a javascript: URL is not allowed; use http, https or a relative link"}},
		{"escaped colon", "[x](javascript\\:alert(1))\n", []string{
			"1: link to a javascript: URL is not allowed; use http, https or a relative link"}},
		{"tab inside the scheme", "[x](java&#9;script:alert(1))\n", []string{
			"1: link to a javascript: URL is not allowed; use http, https or a relative link"}},
		{"upper case, in an image", "![x](JaVaScRiPt:alert(1))\n", []string{
			"2: link to a javascript: URL is not allowed; use http, https or a relative link"}},
		{"a colon later in a relative link is fine", "[x](/about/?q=a:b) [y](notes#a:b)\n", nil},
		{"shortcode", "Watch {{< youtube abc >}}.\n", []string{
			`6: Hugo shortcode "{{<" is not allowed: a page is shown as it is written, and Hugo would run a shortcode even inside code; remove it`}},
		{"shortcodes in code, with spaces and escaped", "```\n{{%  param title %}}\n```\n\n`{{<x>}}` {{</* qr */>}}\n", []string{
			`4: Hugo shortcode "{{%" is not allowed: a page is shown as it is written, and Hugo would run a shortcode even inside code; remove it`,
			`31: Hugo shortcode "{{<" is not allowed: a page is shown as it is written, and Hugo would run a shortcode even inside code; remove it`,
			`40: Hugo shortcode "{{<" is not allowed: a page is shown as it is written, and Hugo would run a shortcode even inside code; remove it`}},
		{"braces that are no shortcode", "{{ < x > }} {{ % y % }} {{x}} {{\n", nil},
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
