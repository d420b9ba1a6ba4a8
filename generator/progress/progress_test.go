package progress

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// TestLines: the lines a build's stages make, in a pipe and on a terminal,
// with a note written while a stage runs and a step within a stage.
func TestLines(t *testing.T) {
	tests := []struct {
		name string
		tty  bool
		want string
	}{
		{"not a terminal", false, "validate: 1,234 files\nnote\nvalidate: done in 5ms\nfeeds\nfeeds: done in 1.5s\nrender: 7 pages\n"},
		{"terminal", true, "\r\033[Kvalidate: 1,234 files … 0s\r\033[Knote\n\r\033[Kvalidate: 1,234 files … 0s\r\033[Kvalidate: 1,234 files in 5ms\n" +
			"\r\033[Kfeeds … 0s\r\033[Kfeeds in 1.5s\n\r\033[Krender: 7 pages … 0s\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			l := New(&b, tt.tty)
			l.now = func() time.Time { return time.Time{} } // no time passes
			l.tick = time.Hour                              // so no line is redrawn
			l.Start("validate", 1234, "files")
			fmt.Fprintln(l.Writer(&b), "note")
			l.End("hugo", time.Second) // a step within the stage: not shown
			l.End("validate", 5*time.Millisecond)
			l.Start("feeds", -1, "pages")
			l.End("feeds", 1500*time.Millisecond)
			l.Start("render", 7, "pages") // fails: no End
			l.Close()
			if got := b.String(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

func TestCount(t *testing.T) {
	tests := []struct {
		n    int
		want string
	}{{0, "0"}, {999, "999"}, {1000, "1,000"}, {123456, "123,456"}, {1234567, "1,234,567"}, {-1234, "-1,234"}}
	for _, tt := range tests {
		if got := count(tt.n); got != tt.want {
			t.Errorf("count(%d) = %q, want %q", tt.n, got, tt.want)
		}
	}
}
