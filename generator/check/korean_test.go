package check_test

import (
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/load"
)

// TestKoreanMessages: check's problems read in Korean, at the same
// positions and pointers; values such as field names and ids stay as written.
func TestKoreanMessages(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"unknown field", map[string]string{inv: replace(`"title"`, `"titel"`)},
			inv + `:1:1: 필수 필드가 없습니다: "title" (at /)` + "\n" +
				inv + `:4:3: 알 수 없는 필드 "titel"입니다. 혹시 "title"인가요? (at /titel)`},
		{"negative amount", map[string]string{inv: replace(`"value": 100`, `"value": -5`)},
			inv + `:5:23: amount.value 값은 0 이상이어야 합니다(현재 -5) (at /amount/value)`},
		{"missing field in an object", map[string]string{inv: replace(`"currency": "USD", `, ``)},
			inv + `:5:13: amount에 필수 필드가 없습니다: "currency" (at /amount)`},
		{"dangling reference", map[string]string{inv: replace(`"company": "synthetic-co"`, `"company": "synthetic-cp"`)},
			inv + `:3:14: company "synthetic-cp" — 존재하지 않습니다. 혹시 "synthetic-co"인가요? (at /company)`},
		{"impossible date", map[string]string{inv: replace(`"2025-10"`, `"2025-02-30"`)},
			inv + `:6:16: announced: "2025-02-30" — 존재하지 않는 날짜입니다 (at /announced)`},
		{"JSON syntax", map[string]string{inv: replace(`"scope": "korea",`, `"scope": "korea",}`)},
			inv + `:10:20: 올바르지 않은 JSON입니다: '}' 앞에 남는 쉼표가 있습니다 (객체 안)`},
		{"US dollars overflow", map[string]string{inv: replace(`"value": 100, "currency": "USD"`, `"value": 1000000000000000, "currency": "KRW"`), "data/rates.json": rates},
			inv + `:5:23: amount.value 1000000000000000 KRW — 100000(단위당 미국 달러, 환율 위치: data/rates.json:1:48)로 환산하면 금액에 담을 수 있는 최대값인 9223372036854775807 미국 달러를 넘습니다. 금액과 환율을 확인하세요 (at /amount/value)`},
		{"basis of a misspelt field", map[string]string{inv: replace(`"kind"`, `"basis": {"annouced": "derived"}, "kind"`)},
			inv + `:8:13: basis에 적힌 "annouced"는 이 기록에서 사실을 담는 필드가 아닙니다. 혹시 "announced"인가요? (at /basis/annouced)`},
		{"basis of an unset field", map[string]string{inv: replace(`"kind"`, `"basis": {"city": "own"}, "kind"`)},
			inv + `:8:13: basis에 적힌 "city"는 이 기록에 없는 필드입니다. 그 필드를 쓰거나 basis에서 지우세요 (at /basis/city)`},
		{"unsafe link", map[string]string{"content/about.md": "---\ntitle: About\n---\nSee [this](javascript:alert(1)).\n"},
			`content/about.md:4:6: javascript: 주소로 가는 링크는 허용되지 않습니다. http, https 또는 상대 링크를 쓰세요`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := runCheck(t, fixture(tt.files))
			if got := errs.In("ko").Error(); got != tt.want {
				t.Errorf("got\n%s\nwant\n%s", got, tt.want)
			}
			if en := errs.In("en").Error(); en != errs.Error() {
				t.Errorf("In(\"en\") = %q, want the messages as checked, %q", en, errs.Error())
			}
		})
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
