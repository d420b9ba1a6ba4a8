package visible

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestLine(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"plain", "unknown field \"nmae\"", "unknown field \"nmae\""},
		{"hangul", "알 수 없는 필드", "알 수 없는 필드"},
		{"newline", "x\n::warning file=a::forged", `x\n::warning file=a::forged`},
		{"carriage return", "a\rok: all records and pages are valid", `a\rok: all records and pages are valid`},
		{"tab", "a\tb", `a\tb`},
		{"escape", "\x1b[2Kgone", `\x1b[2Kgone`},
		{"nul", "a\x00b", `a\x00b`},
		{"delete", "a\x7f", `a\x7f`},
		{"next line", "a\u0085b", `a\u0085b`},
		{"line separator", "a\u2028b", `a\u2028b`},
		{"paragraph separator", "a\u2029b", `a\u2029b`},
		{"right-to-left override", "a\u202eb", `a\u202eb`},
		{"isolate", "a\u2066b", `a\u2066b`},
		{"not UTF-8", "a\xffb", `a\xffb`},
		{"low byte not UTF-8", "\xc3", `\xc3`},
		{"backslash kept", `a\nb`, `a\nb`},
		{"emoji joiner kept", "👩\u200d💻", "👩\u200d💻"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Line(tt.in); got != tt.want {
				t.Errorf("Line(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// FuzzLine: whatever the input, the result is valid UTF-8 holding no
// character that Line hides.
func FuzzLine(f *testing.F) {
	for _, s := range []string{"", "a\nb", "\xff", "\u202e", "\r\n"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got := Line(s)
		if !utf8.ValidString(got) || strings.ContainsFunc(got, hidden) {
			t.Fatalf("Line(%q) = %q", s, got)
		}
	})
}
