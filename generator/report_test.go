package main

import (
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/record"
)

func TestEscapeWorkflowCommand(t *testing.T) {
	tests := []struct{ name, in, data, property string }{
		{"plain", "data/companies/aws.json", "data/companies/aws.json", "data/companies/aws.json"},
		{"percent", "100%", "100%25", "100%25"},
		{"line breaks", "a\r\nb", "a%0D%0Ab", "a%0D%0Ab"},
		{"comma and colon", "a,b:c", "a,b:c", "a%2Cb%3Ac"},
		{"a forged property", "x.json,line=1::forged", "x.json,line=1::forged", "x.json%2Cline=1%3A%3Aforged"},
		{"escape already there", "%0A", "%250A", "%250A"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := escapeData(tt.in); got != tt.data {
				t.Errorf("escapeData(%q) = %q, want %q", tt.in, got, tt.data)
			}
			if got := escapeProperty(tt.in); got != tt.property {
				t.Errorf("escapeProperty(%q) = %q, want %q", tt.in, got, tt.property)
			}
		})
	}
}

// TestReportForgesNoLine: whatever a contributor puts in a file name or a
// message, report prints one line per problem (each starting with its
// file) and, in GitHub Actions, one annotation per problem, plus the count.
func TestReportForgesNoLine(t *testing.T) {
	forged := "x\n::warning file=README.md,line=1::forged\r\nok: all records and pages are valid\u2028::error::y"
	errs := record.ErrorList{
		{Pos: record.Position{File: "data/companies/a.json", Line: 2, Column: 3}, Pointer: "/" + forged, Msg: `unknown field "` + forged + `"`},
		{Pos: record.Position{File: "data/companies/" + forged + ".json", Line: 1, Column: 1}, Msg: "id does not match"},
		{Pos: record.Position{File: "data/companies/b,c:d.json"}, Msg: forged, Warning: true},
	}
	for _, annotate := range []bool{false, true} {
		var b strings.Builder
		reportIn(&b, errs, annotate, "en")
		lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
		want := len(errs) + 1
		if annotate {
			want += len(errs)
		}
		if len(lines) != want {
			t.Fatalf("annotate=%v: %d lines, want %d:\n%s", annotate, len(lines), want, b.String())
		}
		for i, l := range lines {
			ok := strings.HasPrefix(l, "data/companies/")
			switch {
			case i == len(lines)-1:
				ok = l == "2 problem(s) found"
			case i >= len(errs):
				ok = strings.HasPrefix(l, "::error file=data/companies/") || strings.HasPrefix(l, "::warning file=data/companies/")
			}
			if !ok || strings.ContainsAny(l, "\r\u2028") {
				t.Errorf("annotate=%v: line %d is %q", annotate, i+1, l)
			}
		}
	}
}

// TestPrintQuoted: an error quoting Hugo's output is printed line by line,
// each made visible, and in GitHub Actions between stop-commands and its
// token, so that a line of it starting "::" is not run as a command.
func TestPrintQuoted(t *testing.T) {
	text := "hugo: exit status 1\n::error file=x::forged\n\x1b[2Kgone"
	var plain strings.Builder
	printQuoted(&plain, text, false)
	if want := "hugo: exit status 1\n::error file=x::forged\n\\x1b[2Kgone\n"; plain.String() != want {
		t.Errorf("without annotations got %q, want %q", plain.String(), want)
	}
	var b strings.Builder
	printQuoted(&b, text, true)
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != 5 {
		t.Fatalf("got %d lines, want 5:\n%s", len(lines), b.String())
	}
	token, ok := strings.CutPrefix(lines[0], "::stop-commands::")
	if !ok || len(token) < 16 || strings.Contains(text, token) {
		t.Errorf("first line %q does not stop commands with a fresh token", lines[0])
	}
	if lines[4] != "::"+token+"::" {
		t.Errorf("last line %q does not resume commands with the token %q", lines[4], token)
	}
	if got := strings.Join(lines[1:4], "\n"); got != strings.TrimSuffix(plain.String(), "\n") {
		t.Errorf("between the tokens got %q, want the plain lines", got)
	}
}
