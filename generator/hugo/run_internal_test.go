package hugo

import (
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
)

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
	const rawHTML = "content/companies/aws.md: raw HTML is not allowed in Markdown; Hugo would omit it"
	tests := []struct{ name, out, want string }{
		{"errors", `Start building sites …
ERROR error building site: render: failed to render pages: render of "/repo/site/content/_content.gotmpl:/companies/aws" failed: "/repo/site/layouts/companies/page.html:3:12": execute of template failed: boom
ERROR error building site: process: "/repo/site/content/_content.gotmpl:/companies/aws": Raw HTML omitted
`, rawHTML + "\nsite/layouts/companies/page.html:3:12: execute of template failed: boom"},
		// --panicOnWarning: Hugo may exit on the warning without an ERROR line.
		{"warning only", `WARN  Raw HTML omitted while rendering "/repo/site/content/_content.gotmpl:/companies/aws"; see https://gohugo.io/
You can suppress this warning by adding the following to your project configuration:
`, rawHTML},
		{"warning and its error, reported once", `WARN  Raw HTML omitted while rendering "/repo/site/content/_content.gotmpl:/companies/aws"; see x
ERROR error building site: process: "/repo/site/content/_content.gotmpl:/companies/aws": Raw HTML omitted
`, rawHTML},
	}
	for _, tt := range tests {
		got := mapErrors(tt.out, "/repo", blameOf([]page.Page{{Path: "companies/aws", Source: "data/companies/aws.json", Markdown: "content/companies/aws.md"}})).Error()
		if got != tt.want {
			t.Errorf("%s: got\n%s\nwant\n%s", tt.name, got, tt.want)
		}
	}
}
