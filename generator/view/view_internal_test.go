package view

import (
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

func TestTotalText(t *testing.T) {
	en, ko := builder{Kit: page.Kit{L: testLocale(t, "en")}}, builder{Kit: page.Kit{L: testLocale(t, "ko")}}
	n := func(v int64) *int64 { return &v }
	tests := []struct {
		in     publication.Total
		en, ko string
	}{
		{publication.Total{Max: n(0)}, "no commitment recorded", "기록된 투자 약속 없음"},
		{publication.Total{Undisclosed: 2}, "undisclosed", "비공개"},
		{publication.Total{Min: 13e9, Max: n(13e9), Counted: 2}, "$13 billion", "130억 달러"},
		{publication.Total{Min: 9e9, Counted: 2}, "at least $9 billion", "90억 달러 이상"},
		{publication.Total{Min: 0, Max: n(4e9), Counted: 1}, "up to $4 billion", "최대 40억 달러"},
		{publication.Total{Min: 5e9, Max: n(9e9), Counted: 1}, "between $5 billion and $9 billion", "50억~90억 달러"},
		{publication.Total{Min: 3293362, Max: n(3293362), Counted: 1, Approximate: true}, "about $3,293,362", "약 329만 3,362 달러"},
		{publication.Total{Min: 9e9, Counted: 2, Approximate: true}, "at least about $9 billion", "약 90억 달러 이상"},
	}
	for _, tt := range tests {
		if got := en.TotalText(tt.in); got != tt.en {
			t.Errorf("en totalText(%+v) = %q, want %q", tt.in, got, tt.en)
		}
		if got := ko.TotalText(tt.in); got != tt.ko {
			t.Errorf("ko totalText(%+v) = %q, want %q", tt.in, got, tt.ko)
		}
	}
}

// TestName: a text with an English and a Korean version is shown in the
// page's language, the Korean one beside the English on English pages, and
// the English one, marked, on Korean pages that lack a Korean one.
func TestName(t *testing.T) {
	en, ko := builder{Kit: page.Kit{L: testLocale(t, "en")}}, builder{Kit: page.Kit{L: testLocale(t, "ko")}}
	tests := []struct {
		name   string
		b      builder
		en, ko string
		want   page.Link
	}{
		{"English page", en, "Seoul", "서울", page.Link{Name: "Seoul", NameKo: "서울"}},
		{"Korean page", ko, "Seoul", "서울", page.Link{Name: "서울"}},
		{"Korean page, no Korean name", ko, "Seoul", "", page.Link{Name: "Seoul", Lang: "en", Untranslated: true}},
	}
	for _, tt := range tests {
		if got := tt.b.name(tt.en, tt.ko); got != tt.want {
			t.Errorf("%s: name(%q, %q) = %+v, want %+v", tt.name, tt.en, tt.ko, got, tt.want)
		}
	}
}

// TestCountingTextOneFullStop: a scope note that ends its sentence does
// not leave two full stops around the parenthesis ("Korea.).").
func TestCountingTextOneFullStop(t *testing.T) {
	b := largeBuilder(t, 1)
	i := b.p.Investments[0]
	i.Scope, i.ScopeNote = record.ScopeMultinational, "14 economies; the share of Korea is not stated."
	got := b.countingText(i)
	if want := "(14 economies; the share of Korea is not stated)."; !strings.HasSuffix(got, want) {
		t.Errorf("countingText = %q, want it to end %q", got, want)
	}
}

// TestTotalSources: a total cites each source of its commitments once, and
// of the package that bounds a part, counted in the page's language; a
// total of no commitment cites nothing.
func TestTotalSources(t *testing.T) {
	herald := record.Source{Title: "AWS joins", Publisher: "The Korea Herald", URL: "https://example.org/a"}
	pkg := &publication.Investment{Investment: record.Investment{ID: "pkg", Sources: []record.Source{herald, {Title: "No link", Publisher: "Yonhap"}}}}
	part := &publication.Investment{Investment: record.Investment{ID: "part", Sources: []record.Source{{Title: "No link", Publisher: "Yonhap"}}}, Package: pkg}
	own := &publication.Investment{Investment: record.Investment{ID: "own", Sources: []record.Source{herald, {Title: "Other", URL: "https://example.org/b"}}}}
	tests := []struct {
		name, lang string
		counted    []*publication.Investment
		summary    string
		titles     string
	}{
		{"each once", "en", []*publication.Investment{own, part}, "Sources of this total: 3", "AWS joins|Other|No link"},
		{"in Korean", "ko", []*publication.Investment{part}, "이 총액의 출처: 2건", "No link|AWS joins"},
		{"one", "en", []*publication.Investment{{Investment: record.Investment{Sources: []record.Source{herald}}}}, "Sources of this total: 1", "AWS joins"},
		{"none", "en", nil, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b := largeBuilder(t, 1)
			b.L = testLocale(t, tt.lang)
			v := b.totalSources(tt.counted)
			var summary, titles string
			if v != nil {
				summary = v.Summary
				var ts []string
				for _, s := range v.Sources {
					ts = append(ts, s.Title)
				}
				titles = strings.Join(ts, "|")
			}
			if summary != tt.summary || titles != tt.titles {
				t.Errorf("totalSources = %q, %q; want %q, %q", summary, titles, tt.summary, tt.titles)
			}
		})
	}
}
