// Package visible shows contributors' text where it must not act: in the
// checker's output, which GitHub Actions reads for workflow commands, and
// in the data diff posted on pull requests. A string passed through Line
// is one line that reads as itself: nothing in it can start a new line,
// move the cursor, or reorder what follows.
package visible

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Line returns s with each character that would not show as itself on one
// line (control characters, line and paragraph separators, bidirectional
// controls, bytes that are not UTF-8) written as its Go escape: a newline
// as \n, ESC as \x1b, U+202E as \u202e.
func Line(s string) string {
	if utf8.ValidString(s) && !strings.ContainsFunc(s, hidden) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		r, size := utf8.DecodeRuneInString(s)
		switch {
		case r == utf8.RuneError && size == 1:
			fmt.Fprintf(&b, `\x%02x`, s[0])
		case hidden(r):
			q := strconv.QuoteRune(r)
			b.WriteString(q[1 : len(q)-1])
		default:
			b.WriteString(s[:size])
		}
		s = s[size:]
	}
	return b.String()
}

// hidden reports whether r would not show as itself on a line.
func hidden(r rune) bool {
	return unicode.IsControl(r) || r == '\u2028' || r == '\u2029' || unicode.Is(unicode.Bidi_Control, r)
}
