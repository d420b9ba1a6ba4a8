package check_test

import (
	"errors"
	"reflect"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// The fixture is synthetic: it describes no real company or commitment.
const (
	region = `{
  "code": "KR-26",
  "name": "Busan",
  "name_ko": "부산광역시",
  "category": "metropolitan-city",
  "sources": [{"title": "Synthetic test source"}]
}
`
	company = `{
  "id": "synthetic-co",
  "name": "Synthetic Co",
  "synthetic": true,
  "sources": [{"title": "Synthetic test source"}]
}
`
	investment = `{
  "id": "synthetic-plant",
  "company": "synthetic-co",
  "title": "A synthetic plant",
  "amount": {"value": 100, "currency": "USD", "precision": "exact"},
  "announced": "2025-10",
  "regions": ["KR-26"],
  "kind": "greenfield",
  "status": "announced",
  "scope": "korea",
  "synthetic": true,
  "sources": [{"title": "Synthetic test source", "url": "https://example.com/a"}]
}
`
	page = "---\ntitle: Synthetic Co\ncompany: synthetic-co\n---\nA synthetic profile.\n"
)

func fixture(changes map[string]string) fstest.MapFS {
	fsys := fstest.MapFS{
		"data/regions/KR-26.json":               {Data: []byte(region)},
		"data/companies/synthetic-co.json":      {Data: []byte(company)},
		"data/investments/synthetic-plant.json": {Data: []byte(investment)},
		"content/companies/synthetic-co.md":     {Data: []byte(page)},
	}
	for name, data := range changes {
		if data == "" {
			delete(fsys, name)
			continue
		}
		fsys[name] = &fstest.MapFile{Data: []byte(data)}
	}
	return fsys
}

func runCheck(t *testing.T, fsys fstest.MapFS) (*record.Dataset, record.ErrorList) {
	t.Helper()
	files, errs := load.Files(fsys)
	docs, loadErrs := load.Load(fsys, files)
	c, err := check.New()
	if err != nil {
		t.Fatal(err)
	}
	d, checkErrs := c.Check(append(docs, load.Unread(files, docs)...))
	return d, append(append(errs, loadErrs...), checkErrs...).Sort()
}

func TestValidFixture(t *testing.T) {
	d, errs := runCheck(t, fixture(nil))
	if err := errs.Err(); err != nil {
		t.Fatalf("want no errors, got:\n%v", err)
	}
	if got := len(d.Companies) + len(d.Investments) + len(d.Regions) + len(d.Pages); got != 4 {
		t.Errorf("records = %d, want 4", got)
	}
}

// rates is a rate far too large for the largest amounts, to overflow US dollars.
const rates = `{"rates": [{"currency": "KRW", "usd_per_unit": "100000", "date": "2025-10-29", "source": {"title": "Synthetic test rate"}}]}`

// replace edits the investment fixture.
func replace(old, new string) string { return strings.Replace(investment, old, new, 1) }

const inv = "data/investments/synthetic-plant.json"

func TestBadInput(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"truncated", map[string]string{inv: investment[:40]},
			[]string{inv + `:3:12: invalid JSON: unexpected end of file: the JSON is incomplete`}},
		{"trailing comma", map[string]string{inv: replace(`"scope": "korea",`, `"scope": "korea",}`)},
			[]string{inv + `:10:20: invalid JSON: trailing comma before '}' in an object`}},
		{"byte-order mark", map[string]string{inv: "\uFEFF" + investment},
			[]string{inv + `:1:1: file starts with a UTF-8 byte-order mark (BOM); save it as UTF-8 without BOM`}},
		{"invalid UTF-8", map[string]string{inv: replace("A synthetic", "A \xff synthetic")},
			[]string{inv + `:4:15: invalid UTF-8: save the file as UTF-8`}},
		{"duplicate key", map[string]string{inv: replace(`"kind": "greenfield",`, `"kind": "greenfield", "kind": "expansion",`)},
			[]string{inv + `:8:25: duplicate field "kind" in one object`}},
		{"wrong type", map[string]string{inv: replace(`"value": 100`, `"value": "100"`)},
			[]string{inv + `:5:23: amount.value must be integer, not string (at /amount/value)`}},
		{"exponent integer", map[string]string{inv: replace(`"value": 100`, `"value": 1e2`)},
			[]string{inv + `:5:23: amount.value is written 1e2: write whole numbers in plain digits, as 100 (at /amount/value)`}},
		{"decimal integer", map[string]string{inv: replace(`"value": 100`, `"value": 100.0`)},
			[]string{inv + `:5:23: amount.value is written 100.0: write whole numbers in plain digits, as 100 (at /amount/value)`}},
		{"exponent with a fraction", map[string]string{inv: replace(`"value": 100`, `"value": 1.5e2`)},
			[]string{inv + `:5:23: amount.value is written 1.5e2: write whole numbers in plain digits, as 150 (at /amount/value)`}},
		{"fraction reported once", map[string]string{inv: replace(`"value": 100`, `"value": 100.5`)},
			[]string{inv + `:5:23: amount.value must be integer, not number (at /amount/value)`}},
		{"too large, reported once", map[string]string{inv: replace(`"value": 100`, `"value": 1e30`)},
			[]string{inv + `:5:23: amount.value must be at most 1000000000000000, not 1e30 (at /amount/value)`}},
		// A rate far too large for an amount: refused at the amount (its
		// value, or the max of a range), naming the rate and where it is.
		{"US dollars overflow", map[string]string{inv: replace(`"value": 100, "currency": "USD"`, `"value": 1000000000000000, "currency": "KRW"`), "data/rates.json": rates},
			[]string{inv + `:5:23: amount.value 1000000000000000 KRW at 100000 US dollars per unit (the rate at data/rates.json:1:48) is more than 9223372036854775807 US dollars, the most an amount may hold: check the amount and the rate (at /amount/value)`}},
		{"US dollars overflow at the max", map[string]string{inv: replace(`"value": 100, "currency": "USD", "precision": "exact"`, `"value": 1, "max": 1000000000000000, "currency": "KRW", "precision": "range"`), "data/rates.json": rates},
			[]string{inv + `:5:33: amount.max 1000000000000000 KRW at 100000 US dollars per unit (the rate at data/rates.json:1:48) is more than 9223372036854775807 US dollars, the most an amount may hold: check the amount and the rate (at /amount/max)`}},
		{"US dollars that fit", map[string]string{inv: replace(`"value": 100, "currency": "USD"`, `"value": 92233720368547, "currency": "KRW"`), "data/rates.json": rates},
			nil},
		// A basis names a field of the record that states a fact and is set.
		{"basis of a misspelt field", map[string]string{inv: replace(`"kind"`, `"basis": {"annouced": "derived"}, "kind"`)},
			[]string{inv + `:8:13: basis names "annouced", which is not a field of this record that states a fact; did you mean "announced"? (at /basis/annouced)`}},
		{"basis of no fact", map[string]string{inv: replace(`"kind"`, `"basis": {"sources": "derived"}, "kind"`)},
			[]string{inv + `:8:13: basis names "sources", which is not a field of this record that states a fact; basis may name: amount, amount_statements, announced, city, companies, company, kind, milestones, nationwide, note, part_of, partners, period, regions, scope, scope_note, sectors, status, title, title_ko (at /basis/sources)`}},
		{"basis of an unset field", map[string]string{inv: replace(`"kind"`, `"basis": {"announced": "derived", "city": "own"}, "kind"`)},
			[]string{inv + `:8:37: basis names "city", which this record does not set: write the field, or remove it from basis (at /basis/city)`}},
		{"basis not in the allowed set", map[string]string{inv: replace(`"kind"`, `"basis": {"announced": "guessed"}, "kind"`)},
			[]string{inv + `:8:26: basis.announced must be one of reported, derived, own, estimated, not "guessed" (at /basis/announced)`}},
		{"basis of a company", map[string]string{"data/companies/synthetic-co.json": strings.Replace(company, `"synthetic": true,`, `"synthetic": true, "basis": {"name_ko": "own", "announced": "derived"},`, 1)},
			[]string{`data/companies/synthetic-co.json:4:32: basis names "name_ko", which this record does not set: write the field, or remove it from basis (at /basis/name_ko)`,
				`data/companies/synthetic-co.json:4:50: basis names "announced", which is not a field of this record that states a fact; basis may name: country, name, name_ko, parent, sectors, website (at /basis/announced)`}},
		{"missing required field", map[string]string{inv: replace(`"status": "announced",`, ``)},
			[]string{inv + `:1:1: missing required field "status" (at /)`}},
		{"unknown field with suggestion", map[string]string{inv: replace(`"title"`, `"titel"`)},
			[]string{
				inv + `:1:1: missing required field "title" (at /)`,
				inv + `:4:3: unknown field "titel"; did you mean "title"? (at /titel)`,
			}},
		{"dangling reference", map[string]string{inv: replace(`"company": "synthetic-co"`, `"company": "synthetic-cp"`)},
			[]string{inv + `:3:14: company "synthetic-cp" does not exist; did you mean "synthetic-co"? (at /company)`}},
		{"duplicate id", map[string]string{"data/investments/copy.json": investment},
			[]string{
				"data/investments/copy.json:2:9: duplicate id \"synthetic-plant\": data/investments/synthetic-plant.json has it too (at /id)",
				"data/investments/copy.json:2:9: id \"synthetic-plant\" does not match the file name copy.json; a record's file is named by its id (at /id)",
			}},
		// The file named by the id keeps it, though "a-new.json" comes first by name.
		{"duplicate id in a new file", map[string]string{"data/investments/a-new.json": investment},
			[]string{
				"data/investments/a-new.json:2:9: duplicate id \"synthetic-plant\": data/investments/synthetic-plant.json has it too (at /id)",
				"data/investments/a-new.json:2:9: id \"synthetic-plant\" does not match the file name a-new.json; a record's file is named by its id (at /id)",
			}},
		// Neither is named by the id: the later by name is told, naming the other.
		{"duplicate id in two misnamed files", map[string]string{inv: "", "data/investments/a.json": investment, "data/investments/b.json": investment},
			[]string{
				"data/investments/a.json:2:9: id \"synthetic-plant\" does not match the file name a.json; a record's file is named by its id (at /id)",
				"data/investments/b.json:2:9: duplicate id \"synthetic-plant\": data/investments/a.json has it too (at /id)",
				"data/investments/b.json:2:9: id \"synthetic-plant\" does not match the file name b.json; a record's file is named by its id (at /id)",
			}},
		{"empty id", map[string]string{inv: replace(`"id": "synthetic-plant"`, `"id": ""`)},
			[]string{inv + `:2:9: id must not be empty (at /id)`}},
		{"missing id", map[string]string{inv: replace(`"id": "synthetic-plant",`, ``)},
			[]string{inv + `:1:1: missing required field "id" (at /)`}},
		{"id escaping its folder", map[string]string{inv: replace(`"id": "synthetic-plant"`, `"id": "../../etc"`)},
			[]string{
				inv + `:2:9: id "../../etc" does not match the file name synthetic-plant.json; a record's file is named by its id (at /id)`,
				inv + `:2:9: id must be a lower-case slug of letters a-z, digits and single hyphens, like "amkor-technology" (at /id)`,
			}},
		{"unassigned country code", map[string]string{"data/companies/synthetic-co.json": strings.Replace(company, `"name": "Synthetic Co",`, `"name": "Synthetic Co", "country": "QQ",`, 1)},
			[]string{`data/companies/synthetic-co.json:3:38: country "QQ" is not an ISO 3166-1 alpha-2 code (such as US, FR, KR) (at /country)`}},
		{"reserved id", map[string]string{inv: "", "data/investments/page.json": replace(`"id": "synthetic-plant"`, `"id": "page"`)},
			[]string{`data/investments/page.json:2:9: id "page" is reserved for the pages of the lists; choose another id (at /id)`}},
		{"javascript URL", map[string]string{inv: replace(`https://example.com/a`, `javascript:alert(1)`)},
			[]string{inv + `:12:57: sources[0].url must be an http:// or https:// URL (at /sources/0/url)`}},
		{"data URL", map[string]string{inv: replace(`https://example.com/a`, `data:text/html,x`)},
			[]string{inv + `:12:57: sources[0].url must be an http:// or https:// URL (at /sources/0/url)`}},
		{"negative amount", map[string]string{inv: replace(`"value": 100`, `"value": -1`)},
			[]string{inv + `:5:23: amount.value must be at least 0, not -1 (at /amount/value)`}},
		{"absurd amount", map[string]string{inv: replace(`"value": 100`, `"value": 1e400`)},
			[]string{inv + `:5:23: amount.value must be at most 1000000000000000, not 1e400 (at /amount/value)`}},
		{"unknown currency", map[string]string{inv: replace(`"USD"`, `"USX"`)},
			[]string{inv + `:5:40: amount.currency "USX" is not allowed; did you mean "USD"? (allowed: AUD, CAD, CHF, CNY, DKK, EUR, GBP, HKD, INR, JPY, KRW, NOK, SEK, SGD, TWD, USD) (at /amount/currency)`}},
		{"unknown region", map[string]string{inv: replace(`["KR-26"]`, `["KR-99"]`)},
			[]string{inv + `:7:15: region "KR-99" does not exist (at /regions/0)`}},
		{"impossible date", map[string]string{inv: replace(`"2025-10"`, `"2025-02-30"`)},
			[]string{inv + `:6:16: announced "2025-02-30" is not a real date (at /announced)`}},
		{"over the size limit", map[string]string{inv: investment + strings.Repeat(" ", load.MaxFileSize)},
			[]string{inv + `: file is 1048959 bytes, over the limit of 1048576 bytes (1 MiB) for one record`}},
		{"deeply nested", map[string]string{inv: replace(`"status"`, `"x": `+strings.Repeat("[", 100)+`, "status"`)},
			[]string{inv + `:9:71: invalid JSON: nesting deeper than 64 levels`}},
		{"empty file", map[string]string{inv: " \n"},
			[]string{inv + `:1:1: file is empty`}},
		{"broken front matter", map[string]string{"content/companies/synthetic-co.md": "---\ntitle: [unclosed\n---\n"},
			[]string{`content/companies/synthetic-co.md:2:1: invalid front matter: did not find expected ',' or ']'`}},
		{"unknown front matter", map[string]string{"content/companies/synthetic-co.md": "---\ntitle: X\ncompany: synthetic-co\nauthr: me\n---\n"},
			[]string{`content/companies/synthetic-co.md:4:1: unknown field "authr"; allowed fields: company, description, region, synthetic, title (at /authr)`}},
		{"raw HTML and an unsafe link in a profile", map[string]string{"content/companies/synthetic-co.md": "---\ntitle: X\ncompany: synthetic-co\n---\nA profile.\n\n<script>alert(1)</script>\n\nSee [this](javascript:alert(1)) and <b>bold</b>.\n"},
			[]string{
				`content/companies/synthetic-co.md:7:1: raw HTML is not rendered on the site; write Markdown instead`,
				`content/companies/synthetic-co.md:9:6: link to a javascript: URL is not allowed; use http, https or a relative link`,
				`content/companies/synthetic-co.md:9:37: raw HTML is not rendered on the site; write Markdown instead`,
				`content/companies/synthetic-co.md:9:44: raw HTML is not rendered on the site; write Markdown instead`,
			}},
		{"YAML alias bomb", map[string]string{"content/about.md": "---\ntitle: About\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: [*b, *b, *b, *b, *b, *b, *b, *b, *b]\n---\n"},
			[]string{`content/about.md:4:8: front matter may not use YAML aliases (*a); write the value out`}},
		{"JSON comment", map[string]string{inv: replace(`"kind"`, "// a note\n  \"kind\"")},
			[]string{inv + `:8:3: invalid JSON: JSON does not allow comments (//); remove the comment`}},
		{"JSON block comment after a value", map[string]string{inv: replace(`"kind": "greenfield",`, `"kind": "greenfield" /* x */,`)},
			[]string{inv + `:8:24: invalid JSON: JSON does not allow comments (/*); remove the comment`}},
		{"lone surrogate", map[string]string{inv: replace(`"A synthetic plant"`, `"A synthetic \u00e9\ud800 plant"`)},
			[]string{inv + `:4:31: invalid JSON: invalid escape \ud800: half of a UTF-16 surrogate pair is not a character; write the character itself`}},
		{"low surrogate alone", map[string]string{inv: replace(`"A synthetic plant"`, `"\udc00"`)},
			[]string{inv + `:4:13: invalid JSON: invalid escape \udc00: half of a UTF-16 surrogate pair is not a character; write the character itself`}},
		{"surrogate pair is a character", map[string]string{inv: replace(`"A synthetic plant"`, `"A synthetic \ud83c\udfed plant"`)}, nil},
		{"escape in a name", map[string]string{inv: replace(`"A synthetic plant"`, `"A synthetic\u001b[31m plant"`)},
			[]string{inv + `:4:24: title holds the invisible control character U+001B, which no page shows; remove it (at /title)`}},
		{"NUL, BEL, VT, FF", map[string]string{inv: replace(`"title": "A synthetic plant"`, `"title": "A\u0000", "city": "\u0007", "scope_note": "\u000b", "note": "x\fy"`)},
			[]string{
				inv + `:4:14: title holds the invisible control character U+0000, which no page shows; remove it (at /title)`,
				inv + `:4:32: city holds the invisible control character U+0007, which no page shows; remove it (at /city)`,
				inv + `:4:56: scope_note holds the invisible control character U+000B, which no page shows; remove it (at /scope_note)`,
				inv + `:4:75: note holds the invisible control character U+000C, which no page shows; remove it (at /note)`,
			}},
		{"line break and tab in one-line fields", map[string]string{inv: strings.NewReplacer(`"title": "A synthetic plant"`, `"title": "A synthetic\nplant", "city": "Bu\tsan"`,
			`"precision": "exact"`, `"precision": "exact", "stated": "about\u2028$100"`).Replace(investment)},
			[]string{
				inv + `:4:24: title is one line: remove the line break (at /title)`,
				inv + `:4:45: city holds a tab: write a space instead (at /city)`,
				inv + `:5:85: amount.stated is one line: remove the line break (at /amount/stated)`,
			}},
		{"line breaks in long text", map[string]string{inv: replace(`"title": "A synthetic plant"`, `"title": "A synthetic plant", "note": "One.\nTwo.", "scope_note": "A\nB"`)},
			nil},
		{"tab and carriage return in long text", map[string]string{inv: replace(`"title": "A synthetic plant"`, `"title": "A synthetic plant", "note": "One.\tTwo.\r\n"`)},
			[]string{inv + `:4:46: note holds a tab: write a space instead (at /note)`}},
		{"control characters in front matter and body", map[string]string{"content/about.md": "---\ntitle: \"About\\e[2J\"\ndescription: \"a\\nb\"\n---\nLine one.\r\nTab\there, bell \a and \x1b twice \x1b.\r\n"},
			[]string{
				`content/about.md:2:8: title holds the invisible control character U+001B, which no page shows; remove it (at /title)`,
				`content/about.md:3:14: description is one line: remove the line break (at /description)`,
				`content/about.md:6:16: the page holds the invisible control character U+0007, which no page shows; remove it`,
			}},
		{"source URL without a site", map[string]string{inv: replace(`https://example.com/a`, `https://`)},
			[]string{inv + `:12:57: sources[0].url "https://" is not a complete web address: paste the whole address of the page, such as https://www.example.org/news/1 (at /sources/0/url)`}},
		{"the README's placeholder URL", map[string]string{"data/companies/synthetic-co.json": strings.Replace(company, `"name": "Synthetic Co",`, `"name": "Synthetic Co", "website": "https://…",`, 1)},
			[]string{`data/companies/synthetic-co.json:3:38: website "https://…" is not a complete web address: paste the whole address of the page, such as https://www.example.org/news/1 (at /website)`}},
		{"bad URL once", map[string]string{inv: replace(`https://example.com/a`, `not a url`)},
			[]string{inv + `:12:57: sources[0].url must be an http:// or https:// URL (at /sources/0/url)`}},
		{"bad date once", map[string]string{inv: replace(`"2025-10"`, `"2025/10"`)},
			[]string{inv + `:6:16: announced "2025/10" is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD (at /announced)`}},
		// One typo in a company's file: said there, once, and not on every
		// record that names the company.
		{"unreadable company", map[string]string{"data/companies/synthetic-co.json": strings.Replace(company, `"name"`, `,"name"`, 1)},
			[]string{
				`data/companies/synthetic-co.json: company "synthetic-co" could not be read (see the other problems in this file), so the 2 record(s) that name it were not checked against it`,
				`data/companies/synthetic-co.json:3:3: invalid JSON: expected a quoted field name, found ','`,
			}},
		{"former id of two records", map[string]string{
			"data/companies/synthetic-co.json":   strings.Replace(company, `"name"`, `"former_ids": ["old-co"], "name"`, 1),
			"data/companies/synthetic-co-2.json": strings.Replace(strings.Replace(company, "synthetic-co", "synthetic-co-2", 1), `"name"`, `"former_ids": ["x", "old-co"], "name"`, 1)},
			[]string{
				`data/companies/synthetic-co-2.json:3:23: former id "old-co" is also a former id of data/companies/synthetic-co.json: its old URL can redirect to one record only; keep it on one of them (at /former_ids/1)`,
				`data/companies/synthetic-co.json:3:18: former id "old-co" is also a former id of data/companies/synthetic-co-2.json: its old URL can redirect to one record only; keep it on one of them (at /former_ids/0)`,
			}},
		{"former id page", map[string]string{inv: replace(`"kind"`, `"former_ids": ["page"], "kind"`)},
			[]string{inv + `:8:18: former id "page" is reserved for the pages of the lists; remove it (at /former_ids/0)`}},
		{"shortcodes in a profile", map[string]string{"content/companies/synthetic-co.md": "---\ntitle: X\ncompany: synthetic-co\n---\nA profile {{< youtube x >}}.\n\n```\n{{% param title %}}\n```\n"},
			[]string{
				`content/companies/synthetic-co.md:5:11: Hugo shortcode "{{<" is not allowed: a page is shown as it is written, and Hugo would run a shortcode even inside code; remove it`,
				`content/companies/synthetic-co.md:8:1: Hugo shortcode "{{%" is not allowed: a page is shown as it is written, and Hugo would run a shortcode even inside code; remove it`,
			}},
		{"encoded javascript link and autolink", map[string]string{"content/about.md": "---\ntitle: About\n---\nSee [this](javascript&#58;alert(1)).\n\nAnd *here*: <javascript:alert(1)>\n"},
			[]string{
				`content/about.md:4:6: link to a javascript: URL is not allowed; use http, https or a relative link`,
				`content/about.md:6:14: link to a javascript: URL is not allowed; use http, https or a relative link`,
			}},
		{"YAML tag", map[string]string{"content/about.md": "---\ntitle: About\ndescription: !!binary aGVsbG8=\n---\n"},
			[]string{`content/about.md:3:14: front matter may not use YAML tags (!!binary); write the value as plain text`}},
		{"front matter not closed", map[string]string{"content/about.md": "---\ntitle: About\n"},
			[]string{`content/about.md:1:1: front matter is not closed: add a line "---" after its last field`}},
		{"parts exceed package", map[string]string{
			"data/investments/synthetic-package.json": `{"id": "synthetic-package", "companies": ["synthetic-co", "synthetic-co-2"], "title": "P",
"amount": {"value": 50, "currency": "USD", "precision": "exact"}, "kind": "package", "status": "announced", "scope": "korea", "sources": [{"title": "Synthetic"}]}`,
			"data/companies/synthetic-co-2.json": strings.Replace(company, "synthetic-co", "synthetic-co-2", 1),
			inv:                                  replace(`"kind": "greenfield",`, `"kind": "greenfield", "part_of": "synthetic-package",`)},
			[]string{`data/investments/synthetic-package.json:2:21: the parts of this package add up to 100 USD, more than the package's 50 USD (at /amount/value)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := runCheck(t, fixture(tt.files))
			var got []string
			for k, e := range errs {
				got = append(got, e.Error())
				// Every message a contributor can meet has its Korean form.
				if ko := errs.In("ko")[k].Msg; e.Text == nil || ko == e.Msg {
					t.Errorf("no Korean form of %q", e.Msg)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestErrorKinds shows that callers can inspect an error's fields.
func TestErrorKinds(t *testing.T) {
	_, errs := runCheck(t, fixture(map[string]string{inv: replace(`"value": 100`, `"value": -1`)}))
	var e *record.Error
	if !errors.As(errs.Err(), &e) {
		t.Fatalf("errors.As found no *record.Error in %v", errs)
	}
	if e.Pos.File != inv || e.Pos.Line != 5 || e.Pointer != "/amount/value" {
		t.Errorf("got %+v, want %s line 5 at /amount/value", e, inv)
	}
}

// TestDollarOverflowKind: an amount too large in US dollars is a
// *record.Error at the amount, of the message kind "dollar-overflow".
func TestDollarOverflowKind(t *testing.T) {
	_, errs := runCheck(t, fixture(map[string]string{"data/rates.json": rates,
		inv: replace(`"value": 100, "currency": "USD"`, `"value": 1000000000000000, "currency": "KRW"`)}))
	var e *record.Error
	if !errors.As(errs.Err(), &e) {
		t.Fatalf("errors.As found no *record.Error in %v", errs)
	}
	text, ok := e.Text.(message.Text)
	if !ok || text.ID() != "dollar-overflow" || e.Pos.Line != 5 || e.Pointer != "/amount/value" {
		t.Errorf("got %+v, want a dollar-overflow at %s line 5, /amount/value", e, inv)
	}
}

// checkWith checks fsys with c, as runCheck does with a new Checker.
func checkWith(t *testing.T, c *check.Checker, fsys fstest.MapFS) (*record.Dataset, record.ErrorList) {
	t.Helper()
	files, errs := load.Files(fsys)
	docs, loadErrs := load.Load(fsys, files)
	d, checkErrs := c.Check(append(docs, load.Unread(files, docs)...))
	return d, append(append(errs, loadErrs...), checkErrs...).Sort()
}

// TestCheckerRemembers: a Checker used again re-checks only the files whose
// bytes changed, and finds what a new Checker finds, step after step: the
// same problems and the same dataset (it remembers decoded records too).
func TestCheckerRemembers(t *testing.T) {
	c, err := check.New()
	if err != nil {
		t.Fatal(err)
	}
	badCompany := strings.Replace(company, `"name"`, `"nmae"`, 1)
	steps := []struct {
		name  string
		files map[string]string
	}{
		{"valid", nil},
		{"the company is renamed", map[string]string{"data/companies/synthetic-co.json": strings.Replace(company, `"Synthetic Co"`, `"Synthetic Company"`, 1)}},
		{"a company gets an unknown field", map[string]string{"data/companies/synthetic-co.json": badCompany}},
		{"the investment changes too", map[string]string{"data/companies/synthetic-co.json": badCompany, inv: replace(`"value": 100`, `"value": "100"`)}},
		{"the investment is fixed", map[string]string{"data/companies/synthetic-co.json": badCompany}},
		{"the company is removed", map[string]string{"data/companies/synthetic-co.json": ""}},
		{"valid again", nil},
	}
	var last record.ErrorList
	for _, step := range steps {
		fsys := fixture(step.files)
		gotData, got := checkWith(t, c, fsys)
		wantData, want := runCheck(t, fsys)
		if got.Error() != want.Error() {
			t.Errorf("%s: remembering Checker found\n%v\nwant\n%v", step.name, got, want)
		}
		if !reflect.DeepEqual(gotData, wantData) {
			t.Errorf("%s: remembering Checker's dataset\n%+v\nwant\n%+v", step.name, gotData, wantData)
		}
		// The company's problem is the same *Error as in the step before
		// when its bytes did not change: it was not checked again.
		if step.name == "the investment changes too" && !sharesError(got, last, "nmae") {
			t.Errorf("%s: the unchanged company was checked again", step.name)
		}
		last = got
	}
}

// sharesError says whether a and b hold the same *Error whose message has sub.
func sharesError(a, b record.ErrorList, sub string) bool {
	for _, x := range a {
		for _, y := range b {
			if x == y && strings.Contains(x.Msg, sub) {
				return true
			}
		}
	}
	return false
}
