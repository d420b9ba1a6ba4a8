package progress

import (
	"fmt"
	"regexp"
	"strings"
	"sync"
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

// TestCounter: a stage's counter as a terminal's line shows it each time
// it is drawn again (a tick), step by step, and a step that counts
// nothing; elsewhere nothing is drawn, and with no size known nothing
// counts.
func TestCounter(t *testing.T) {
	tests := []struct {
		name string
		tty  bool
		size int
		want string
	}{
		{"terminal", true, 1234, "\r\033[Kvalidate: 1,234 files … 0s" +
			"\r\033[Kvalidate: 0 of 1,234 files read … 0s" +
			"\r\033[Kvalidate: 1,000 of 1,234 files read … 0s" +
			"\r\033[Kvalidate: 2 of 1,234 files checked … 0s" +
			"\r\033[Kvalidate: 1,234 files in 5ms\n" +
			"\r\033[Ksearch: 1,234 pages … 0s\r\033[Ksearch: 1,234 pages, parsing files … 0s\r\033[Ksearch: 1,234 pages, writing files … 0s\n"},
		{"not a terminal", false, 1234, "validate: 1,234 files\nvalidate: done in 5ms\nsearch: 1,234 pages\n"},
		{"size not known", true, -1, "\r\033[Kvalidate … 0s\r\033[Kvalidate … 0s\r\033[Kvalidate … 0s\r\033[Kvalidate … 0s\r\033[Kvalidate in 5ms\n" +
			"\r\033[Ksearch … 0s\r\033[Ksearch, parsing files … 0s\r\033[Ksearch, writing files … 0s\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b strings.Builder
			l := New(&b, tt.tty)
			l.now = func() time.Time { return time.Time{} }
			l.tick = time.Hour // the test draws the ticks itself
			tick := func() {
				if l.tty {
					l.redraw(nil)
				}
			}
			l.Start("validate", tt.size, "files")
			read := l.Count("read")
			tick()
			read(999)
			read(1)
			tick()
			checked := l.Count("checked")
			read(5) // a step that ended: no longer shown
			checked(2)
			tick()
			l.End("validate", 5*time.Millisecond)
			checked(1) // a stage that ended: nothing drawn
			tick()
			l.Start("search", tt.size, "pages")
			l.Step("parsing files")
			tick()
			l.Count("indexed")(3)
			l.Step("writing files") // a step that counts nothing ends the count
			tick()
			l.Close()
			if got := b.String(); got != tt.want {
				t.Errorf("got  %q\nwant %q", got, tt.want)
			}
		})
	}
}

// TestCounterConcurrent: adders on several goroutines while the ticker
// draws (run with -race); every line drawn is a whole one, and the stage
// ends with its start line and time.
func TestCounterConcurrent(t *testing.T) {
	var b strings.Builder
	l := New(&b, true)
	l.now = func() time.Time { return time.Time{} }
	l.tick = time.Millisecond
	l.Start("render", 4000, "pages")
	add := l.Count("")
	var wg sync.WaitGroup
	for range 4 {
		wg.Go(func() {
			for range 1000 {
				add(1)
			}
		})
	}
	wg.Wait()
	l.End("render", time.Second)
	drawn := regexp.MustCompile(`^(render: 4,000 pages|render: [\d,]+ of 4,000 pages) … 0s$`)
	segs := strings.Split(b.String(), "\r\033[K")
	for _, s := range segs[1 : len(segs)-1] {
		if !drawn.MatchString(s) {
			t.Errorf("drew %q", s)
		}
	}
	if got, want := segs[len(segs)-1], "render: 4,000 pages in 1s\n"; got != want {
		t.Errorf("last line %q, want %q", got, want)
	}
}
