package check_test

import (
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/record"
)

func TestTranslateKorean(t *testing.T) {
	tests := []struct{ en, want string }{
		{`unknown field "nmae"; did you mean "name"?`, `알 수 없는 필드 "nmae"입니다. 혹시 "name"인가요?`},
		{`amount.value must be at least 0, not -5`, `amount.value 값은 0 이상이어야 합니다(현재 -5)`},
		{`status "anounced" is not allowed; did you mean "announced"? (allowed: announced, under-way)`,
			`status: 허용되지 않는 값 "anounced"입니다. 혹시 "announced"인가요? (허용되는 값: announced, under-way)`},
		{`missing required field "scope"`, `필수 필드가 없습니다: "scope"`},
		{`missing required field "currency" in amount`, `amount에 필수 필드가 없습니다: "currency"`},
		{`company "aws2" does not exist; did you mean "aws"?`, `company "aws2" — 존재하지 않습니다. 혹시 "aws"인가요?`},
		{`sources[0].published "2025-02-30" is not a real date`, `sources[0].published: "2025-02-30" — 존재하지 않는 날짜입니다`},
		{`a company profile in content/companies/aws.ko.md needs "company: aws" in its front matter`,
			`기업 소개 content/companies/aws.ko.md의 머리말에는 "company: aws"가 있어야 합니다`},
		{`no Korean name ("name_ko"); the Korean pages show the English one, marked as English`,
			`한국어 이름이 없습니다("name_ko"). 한국어 페이지에는 영문 이름이 표시되며 영문임을 밝힙니다`},
		{`link to a javascript: URL is not allowed; use http, https or a relative link`,
			`javascript: 주소로 가는 링크는 허용되지 않습니다. http, https 또는 상대 링크를 쓰세요`},
		{`raw HTML is not rendered on the site; write Markdown instead`, `HTML 태그는 사이트에 표시되지 않습니다. Markdown으로 쓰세요`},
		// A message without a translation stays English rather than vanish.
		{`something new`, `something new`},
	}
	for _, tt := range tests {
		in := &record.Error{Pos: record.Position{File: "data/x.json", Line: 12, Column: 14}, Pointer: "/amount/value", Msg: tt.en}
		got := check.Translate(record.ErrorList{in}, "ko")[0].Error()
		if want := "data/x.json:12:14: " + tt.want + " (at /amount/value)"; got != want {
			t.Errorf("Translate(%q)\n got %q\nwant %q", tt.en, got, want)
		}
		if in.Msg != tt.en {
			t.Errorf("Translate changed its input to %q", in.Msg)
		}
		if en := check.Translate(record.ErrorList{in}, "en")[0].Msg; en != tt.en {
			t.Errorf("Translate to en = %q, want it unchanged", en)
		}
	}
}

func TestMissingKorean(t *testing.T) {
	fsys := fixture(map[string]string{"data/companies/synthetic-co.json": `{"id": "synthetic-co", "name": "Synthetic Co", "synthetic": true,
  "sources": [{"title": "Synthetic test source"}]}`})
	files, _ := load.Files(fsys)
	docs, _ := load.Load(fsys, files)
	var got []string
	for _, e := range check.MissingKorean(docs) {
		if !e.Warning {
			t.Errorf("%v is not a warning", e)
		}
		got = append(got, e.Error())
	}
	want := []string{
		`data/companies/synthetic-co.json:1:32: no Korean name ("name_ko"); the Korean pages show the English one, marked as English (at /name)`,
		`data/investments/synthetic-plant.json:4:12: no Korean title ("title_ko"); the Korean pages show the English one, marked as English (at /title)`,
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestKoreanProfile: a Korean version of a profile (companies/<id>.ko.md)
// names the same company as the English one.
func TestKoreanProfile(t *testing.T) {
	_, errs := runCheck(t, fixture(map[string]string{
		"content/companies/synthetic-co.ko.md": "---\ntitle: 신세틱\ncompany: synthetic-co\n---\n소개.\n",
		"content/companies/other.ko.md":        "---\ntitle: 기타\ncompany: synthetic-co\n---\n소개.\n",
	}))
	got := errs.Error()
	want := `content/companies/other.ko.md:3:10: a company profile in content/companies/other.ko.md needs "company: other" in its front matter (at /company)`
	if got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
}
