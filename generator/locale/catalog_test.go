package locale

import (
	"strings"
	"testing"
	"text/template"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// TestFastMessages: every message of both catalogs that fastOf takes reads
// exactly as text/template executes it, for counts of one and more, and
// with text of the kind that a template would otherwise treat specially.
func TestFastMessages(t *testing.T) {
	fastOnes := 0
	for _, lang := range record.Languages() {
		l := testLocale(t, lang)
		for _, key := range l.cat.keys() {
			m := l.cat[key]
			for _, form := range []struct {
				tpl *template.Template
				f   *fast
			}{{m.one, m.fastOne}, {m.other, m.fastOther}} {
				if form.f == nil {
					continue
				}
				fastOnes++
				for _, count := range []int{1, 3} {
					data := dataFor(form.f.keys, count)
					got, ok := form.f.fill(data)
					var want strings.Builder
					if err := form.tpl.Execute(&want, data); err != nil {
						t.Fatalf("%s %s: %v", lang, key, err)
					}
					if !ok || got != want.String() {
						t.Errorf("%s %s (count %d): fast %q (ok %v), text/template %q", lang, key, count, got, ok, want.String())
					}
				}
			}
		}
	}
	if fastOnes < 20 {
		t.Errorf("only %d messages are fast; fastOf misreads the catalogs", fastOnes)
	}
}

// dataFor gives every key a value: Count the count, others text with
// characters that HTML or templates would treat specially.
func dataFor(keys []string, count int) map[string]any {
	data := map[string]any{"Count": count}
	for _, k := range keys {
		if k != "Count" {
			data[k] = `<"` + k + `" & {{ 합성 }}>`
		}
	}
	return data
}

// TestFastFallsBack: a message that does more than {{ .Key }} is left to
// text/template, and so is data that lacks a key.
func TestFastFallsBack(t *testing.T) {
	tests := []struct {
		name, src string
		fast      bool
	}{
		{"plain fields", "{{ .Shown }} of {{ .Count }}", true},
		{"text only", "one commitment", true},
		{"a condition", "{{ if .Count }}some{{ end }}", false},
		{"a function", "{{ printf \"%d\" .Count }}", false},
		{"a nested field", "{{ .A.B }}", false},
		{"a variable", "{{ $x := .Count }}{{ $x }}", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tpl := template.Must(template.New(tt.name).Option("missingkey=error").Parse(tt.src))
			if got := fastOf(tpl) != nil; got != tt.fast {
				t.Errorf("fastOf(%q) != nil = %v, want %v", tt.src, got, tt.fast)
			}
		})
	}
	f := fastOf(template.Must(template.New("x").Parse("{{ .Shown }} of {{ .Count }}")))
	if _, ok := f.fill(map[string]any{"Count": 3}); ok {
		t.Error("fill without Shown succeeded; text/template must report the missing key")
	}
	n := 3
	if _, ok := f.fill(map[string]any{"Shown": &n, "Count": 3}); ok {
		t.Error("fill printed a pointer; text/template prints what it points to")
	}
}
