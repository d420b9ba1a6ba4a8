package view

import (
	"testing"

	"github.com/korea-investment-tracker/kit/generator/publication"
)

func TestTotalText(t *testing.T) {
	en, ko := builder{l: testLocale(t, "en")}, builder{l: testLocale(t, "ko")}
	tests := []struct {
		in     publication.Total
		en, ko string
	}{
		{publication.Total{}, "no disclosed amount", "공개된 금액 없음"},
		{publication.Total{USD: 13e9, Counted: 2}, "$13 billion", "130억 달러"},
		{publication.Total{USD: 9e9, Counted: 2, AtLeast: true}, "at least $9 billion", "90억 달러 이상"},
		{publication.Total{USD: 3293362, Counted: 1, Approximate: true}, "about $3,293,362", "약 329만 3,362 달러"},
		{publication.Total{USD: 9e9, Counted: 2, AtLeast: true, Approximate: true}, "at least about $9 billion", "약 90억 달러 이상"},
	}
	for _, tt := range tests {
		if got := en.totalText(tt.in); got != tt.en {
			t.Errorf("en totalText(%+v) = %q, want %q", tt.in, got, tt.en)
		}
		if got := ko.totalText(tt.in); got != tt.ko {
			t.Errorf("ko totalText(%+v) = %q, want %q", tt.in, got, tt.ko)
		}
	}
}

// TestName: a text with an English and a Korean version is shown in the
// page's language, the Korean one beside the English on English pages, and
// the English one, marked, on Korean pages that lack a Korean one.
func TestName(t *testing.T) {
	en, ko := builder{l: testLocale(t, "en")}, builder{l: testLocale(t, "ko")}
	tests := []struct {
		name   string
		b      builder
		en, ko string
		want   link
	}{
		{"English page", en, "Seoul", "서울", link{Name: "Seoul", NameKo: "서울"}},
		{"Korean page", ko, "Seoul", "서울", link{Name: "서울"}},
		{"Korean page, no Korean name", ko, "Seoul", "", link{Name: "Seoul", Lang: "en", Untranslated: true}},
	}
	for _, tt := range tests {
		if got := tt.b.name(tt.en, tt.ko); got != tt.want {
			t.Errorf("%s: name(%q, %q) = %+v, want %+v", tt.name, tt.en, tt.ko, got, tt.want)
		}
	}
}
