package tabular

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"
)

// neutraliseCase is a case of testdata/neutralise.json, the one table of
// cases for neutralise and for the same rule in site/static/js/filters.js
// (export.TestFiltersNeutralise).
type neutraliseCase struct{ Name, In, Want string }

func neutraliseCases(t *testing.T) []neutraliseCase {
	t.Helper()
	b, err := os.ReadFile("testdata/neutralise.json")
	if err != nil {
		t.Fatal(err)
	}
	var cases []neutraliseCase
	if err := json.Unmarshal(b, &cases); err != nil {
		t.Fatal(err)
	}
	return cases
}

func TestNeutralise(t *testing.T) {
	cases := neutraliseCases(t)
	for _, tt := range cases {
		t.Run(tt.Name, func(t *testing.T) {
			if got := neutralise(tt.In); got != tt.Want {
				t.Errorf("neutralise(%q) = %q, want %q", tt.In, got, tt.Want)
			}
			if got := unneutralise(neutralise(tt.In)); got != tt.In {
				t.Errorf("unneutralise(neutralise(%q)) = %q", tt.In, got)
			}
		})
	}
	// The table covers each trigger, alone and after a quote, so that the
	// script is held to all of them.
	for c := range 256 {
		if !isTrigger(byte(c)) {
			continue
		}
		for _, prefix := range []string{"", "'"} {
			if !slices.ContainsFunc(cases, func(tt neutraliseCase) bool { return strings.HasPrefix(tt.In, prefix+string(rune(c))) }) {
				t.Errorf("testdata/neutralise.json has no case starting with %q", prefix+string(rune(c)))
			}
		}
	}
}

// FuzzNeutralise: the rule is reversible and never leaves a trigger first.
func FuzzNeutralise(f *testing.F) {
	for _, s := range []string{"", "=", "'=", "''", "'a", "-5", "\t"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		n := neutralise(s)
		if unneutralise(n) != s {
			t.Errorf("round trip of %q gives %q", s, unneutralise(n))
		}
		if n != "" && isTrigger(n[0]) {
			t.Errorf("neutralise(%q) = %q starts with a trigger", s, n)
		}
	})
}

// FuzzWriteRow: encoding/csv reads back what writeRow wrote.
func FuzzWriteRow(f *testing.F) {
	f.Add("a", "b,c", `"q"`)
	f.Add(" lead", "multi\nline", "")
	f.Fuzz(func(t *testing.T, a, b, c string) {
		in := []string{a, b, c}
		if slices.ContainsFunc(in, func(s string) bool { return strings.ContainsRune(s, '\r') }) || strings.Join(in, "") == "" {
			t.Skip("encoding/csv turns \\r\\n into \\n inside a cell and skips empty lines")
		}
		var buf bytes.Buffer
		writeRow(&buf, in, nil)
		got, err := csv.NewReader(&buf).Read()
		if err != nil || !slices.Equal(got, in) {
			t.Errorf("wrote %q, read %q (%v)", in, got, err)
		}
	})
}

func TestWriteCell(t *testing.T) {
	tests := []struct{ name, in, want string }{
		{"empty", "", ""},
		{"plain", "Amazon Web Services", "Amazon Web Services"},
		{"hangul", "아마존웹서비스", "아마존웹서비스"},
		{"comma", "Seoul, Incheon", `"Seoul, Incheon"`},
		{"quote", `the "AI hub"`, `"the ""AI hub"""`},
		{"only quotes", `""`, `""""""`},
		{"line feed", "a\nb", "\"a\nb\""},
		{"carriage return", "a\rb", "\"a\rb\""},
		{"leading space", " a", `" a"`},
		{"inner space", "a b", "a b"},
		{"trailing quote", `5"`, `"5"""`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			writeCell(&b, tt.in)
			if got := b.String(); got != tt.want {
				t.Errorf("writeCell(%q) = %q, want %q", tt.in, got, tt.want)
			}
		})
	}
}

// unneutralise undoes neutralise: it is what a reader of the spreadsheet
// flavour does to get a text cell's original value (see the README).
func unneutralise(s string) string {
	if len(s) > 1 && s[0] == '\'' && (isTrigger(s[1]) || s[1] == '\'') {
		return s[1:]
	}
	return s
}
