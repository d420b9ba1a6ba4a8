package datadiff

import (
	"bytes"
	stdhtml "html"
	"os"
	"regexp"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/visible"
	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	gmhtml "github.com/yuin/goldmark/renderer/html"
)

// en is the site's English locale, whose words the report uses.
func en(t *testing.T) locale.Locale {
	t.Helper()
	cats, err := locale.ReadCatalogs(os.DirFS("../../site"))
	if err != nil {
		t.Fatal(err)
	}
	return locale.New("en", cats["en"])
}

func usd(lo, hi int64) publication.Total { return publication.Total{Min: lo, Max: &hi, Counted: 1} }

// nothing is the total of a row that is absent.
func nothing() publication.Total {
	var zero int64
	return publication.Total{Max: &zero}
}

func TestMarkdown(t *testing.T) {
	tests := []struct {
		name string
		r    Report
		want []string
	}{
		{"no change", Report{}, []string{"No record changed."}},
		{"counts and an escaped name", Report{
			Changes: []Change{{Kind: "company", ID: "synthetic-a", Op: "added"}, {Kind: "investment", ID: "synthetic-b", Op: "removed"}},
			Totals:  []TotalChange{{Breakdown: "company", Key: "synthetic-a", Name: "Synthetic | Pipe Co", Old: nothing(), New: usd(5, 5)}},
			Korea:   [2]publication.Total{nothing(), usd(5, 5)},
		}, []string{"1 added, 0 changed, 1 removed.", "| company | `Synthetic \\| Pipe Co` | no commitment recorded | $5 | +$5 |",
			"Korea's total: no commitment recorded → $5 (+$5)"}},
		// The seed's package remainder and its regions, each interval in the site's words.
		{"intervals", Report{
			Changes: []Change{{Kind: "investment", ID: "x", Op: "changed"}},
			Totals: []TotalChange{
				{Breakdown: "region", Key: "not-itemised", Name: "Not itemised", Old: usd(4e9, 4e9), New: usd(0, 4e9)},
				{Breakdown: "region", Key: "multiple", Name: "Several regions", Old: nothing(), New: usd(5e9, 9e9)},
				{Breakdown: "region", Key: "KR-26", Name: "Busan", Old: publication.Total{Undisclosed: 1}, New: usd(0, 4e9)},
				{Breakdown: "company", Key: "c", Name: "C", Old: usd(1e9, 1e9), New: publication.Total{Min: 5e9, Approximate: true}},
			},
			Korea: [2]publication.Total{{Min: 9e9}, usd(13e9, 13e9)},
		}, []string{
			"Korea's total: at least $9 billion → $13 billion (smallest +$4 billion, largest now $13 billion (was unbounded))",
			"| region | `Not itemised` | $4 billion | up to $4 billion | smallest -$4 billion, largest +$0 |",
			"| region | `Several regions` | no commitment recorded | between $5 billion and $9 billion | smallest +$5 billion, largest +$9 billion |",
			"| region | `Busan` | undisclosed | up to $4 billion | smallest +$0, largest now $4 billion (was unbounded) |",
			"| company | `C` | $1 billion | at least about $5 billion | smallest +$4 billion, largest now unbounded (was $1 billion) |",
		}},
		{"capped list", Report{Changes: make([]Change, maxListed+3)}, []string{"…and 3 more records"}},
	}
	l := en(t)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			tt.r.Markdown(&b, l)
			for _, w := range tt.want {
				if !strings.Contains(b.String(), w) {
					t.Errorf("got:\n%s\nwant it to contain %q", b.String(), w)
				}
			}
		})
	}
}

func TestCode(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "aws", "`aws`"},
		{"empty", "", ""},
		{"backtick inside", "a`b", "``a`b``"},
		{"longest run wins", "a``b`c", "```a``b`c```"},
		{"starts with a backtick", "`x", "`` `x ``"},
		{"ends with a backtick", "x`", "`` x` ``"},
		{"leading space kept", " a", "`  a `"},
		{"all spaces", "  ", "`  `"},
		{"line break escaped", "a\n# b", "`a\\n# b`"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := code(tt.in); got != tt.want {
				t.Errorf("code(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

func TestCell(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"no pipe", "`a`", "`a`"},
		{"pipe", "`a|b`", "`a\\|b`"},
		{"pipe after a backslash", "`a\\|b`", "`a\\\\\\|b`"},
		{"pipe after two backslashes", "`a\\\\|b`", "`a\\\\\\|b`"},
		{"backslash elsewhere", "`a\\b|`", "`a\\b\\|`"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := cell(tt.in); got != tt.want {
				t.Errorf("cell(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// hostile are contributors' strings that GitHub would interpret as
// Markdown or HTML if the diff did not escape them, and how a table cell
// shows each: as it is, except that a table cannot show "\|" (cell).
var hostile = []struct{ in, inTable string }{
	{"@octocat please look", ""},
	{"![x](https://evil.example/x.png)", ""},
	{"<img src=x onerror=alert(1)>", ""},
	{"a`b``c` **bold**", ""},
	{"x | y", ""},
	{`x\|y`, `x\\|y`},
	{"line\n# heading", ""},
	{"see https://evil.example and #1", ""},
	{"<details><summary>hi</summary>", ""},
}

// TestMarkdownShowsContributorsText renders the diff with GitHub's flavour
// of Markdown (goldmark, with raw HTML let through as GitHub lets some
// through): every contributor string ends up inside a code element, the
// table keeps its five cells a row, and nothing outside code holds a
// mention, link, image, heading or tag made from their text.
func TestMarkdownShowsContributorsText(t *testing.T) {
	var r Report
	for i, h := range hostile {
		r.Changes = append(r.Changes, Change{Kind: "company", ID: h.in, Op: "changed",
			Fields: []FieldChange{{Path: h.in, Old: h.in, New: h.in}}})
		r.Totals = append(r.Totals, TotalChange{Breakdown: "company", Name: h.in, Old: nothing(), New: usd(int64(i), int64(i))})
	}
	out := renderGFM(t, r)
	codes := regexp.MustCompile(`(?s)<code>(.*?)</code>`)
	shown := map[string]int{}
	for _, m := range codes.FindAllStringSubmatch(out, -1) {
		shown[stdhtml.UnescapeString(m[1])]++
	}
	for _, h := range hostile {
		// Each is shown as an id, a path, an old and a new value, and a table cell.
		want := map[string]int{visible.Line(h.in): 5}
		if h.inTable != "" {
			want = map[string]int{visible.Line(h.in): 4, h.inTable: 1}
		}
		for s, n := range want {
			if shown[s] != n {
				t.Errorf("%q is shown in code %d times, want %d (code elements: %v)", s, shown[s], n, shown)
			}
		}
	}
	rest := codes.ReplaceAllString(out, "")
	for _, bad := range []string{"octocat", "evil.example", "<img", "<a ", "<h1", "<strong>bold", "<details", "alert"} {
		if strings.Contains(rest, bad) {
			t.Errorf("outside code, the rendered diff holds %q:\n%s", bad, rest)
		}
	}
	for _, row := range regexp.MustCompile(`(?s)<tr>(.*?)</tr>`).FindAllStringSubmatch(out, -1) {
		if n := strings.Count(row[1], "<td") + strings.Count(row[1], "<th"); n != 5 {
			t.Errorf("a table row has %d cells, want 5: %s", n, row[1])
		}
	}
}

// renderGFM renders the report's Markdown as GitHub would, raw HTML included.
func renderGFM(t *testing.T, r Report) string {
	t.Helper()
	var md strings.Builder
	r.Markdown(&md, en(t))
	var html bytes.Buffer
	gm := goldmark.New(goldmark.WithExtensions(extension.GFM), goldmark.WithRendererOptions(gmhtml.WithUnsafe()))
	if err := gm.Convert([]byte(md.String()), &html); err != nil {
		t.Fatal(err)
	}
	return html.String()
}
