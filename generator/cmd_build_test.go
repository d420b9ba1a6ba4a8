package main

import (
	"strings"
	"testing"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
)

// TestShowProgress: what a build's stages draw on stdout when it is not a
// terminal (a line as each starts and ends, no control sequences, and no
// counter or step: no one is asked to count) and with -q (nothing: no one
// is told). The terminal's lines are progress's tests.
func TestShowProgress(t *testing.T) {
	tests := []struct {
		name  string
		quiet bool
		want  string
	}{
		{"not a terminal", false, "validate: 1,234 files\nvalidate: done in 5ms\nsearch: 7 pages\nsearch: done in 1s\n"},
		{"quiet", true, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var stdout, stderr strings.Builder
			var opt build.Options
			lines := showProgress(&opt, &stdout, &stderr, tt.quiet)
			if opt.Count != nil || opt.Step != nil {
				t.Errorf("Count or Step set: a counter would be asked for on no terminal")
			}
			if told := lines != nil || opt.Start != nil || opt.Note != nil; told == tt.quiet {
				t.Fatalf("quiet %v, yet lines, Start or Note set: %v", tt.quiet, told)
			}
			if !tt.quiet {
				opt.Start(build.StageValidate, 1234)
				lines.End(string(build.StageValidate), 5*time.Millisecond)
				opt.Start(build.StageSearch, 7)
				lines.End(string(build.StageSearch), time.Second)
				lines.Close()
			}
			if got := stdout.String(); got != tt.want {
				t.Errorf("stdout %q, want %q", got, tt.want)
			}
			if stderr.Len() > 0 {
				t.Errorf("stderr %q, want none", stderr.String())
			}
		})
	}
}
