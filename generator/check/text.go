package check

import (
	"fmt"
	"net/url"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// longText are the fields (by name) that hold running text and may break
// lines: an investment's note and scope note and a source's quote. Every
// other text is one line: a name, a title, an id, an address.
var longText = []string{"note", "scope_note", "quote"}

// addressFields are the fields (by name) that hold a web address.
var addressFields = []string{"url", "website"}

// textRules checks the text of a record or a page for what no schema says:
// characters that should never reach a page, a CSV or the database (a
// control character anywhere; a line break or a tab in a one-line field),
// and web addresses with no site in them ("https://", the README's
// "https://…"). A value that already has a problem in errs (the schema's,
// an unknown field's) is not checked again, so that it is reported once.
func textRules(doc *load.Document, errs record.ErrorList) record.ErrorList {
	reported := map[string]bool{}
	for _, e := range errs {
		reported[e.Pointer] = true
	}
	var out record.ErrorList
	walkStrings(doc.Value, "", func(ptr, name, s string) {
		if reported[ptr] {
			return
		}
		if e := controls(doc, ptr, s, slices.Contains(longText, name)); e != nil {
			out = append(out, e)
		} else if slices.Contains(addressFields, name) && !webAddress(s) {
			out = append(out, errAt(doc, ptr, message.WebAddress.With(message.Field(ptr), s)))
		}
	})
	if doc.Kind == load.Page {
		out = append(out, bodyControls(doc)...)
	}
	return out
}

// walkStrings calls fn with the pointer, the field name and the value of
// every string in v.
func walkStrings(v any, ptr string, fn func(ptr, name, s string)) {
	switch v := v.(type) {
	case map[string]any:
		for k, child := range v {
			p := load.Pointer(ptr, k)
			if s, ok := child.(string); ok {
				fn(p, k, s)
			} else {
				walkStrings(child, p, fn)
			}
		}
	case []any:
		for i, child := range v {
			p := fmt.Sprintf("%s/%d", ptr, i)
			if s, ok := child.(string); ok {
				fn(p, "", s)
			} else {
				walkStrings(child, p, fn)
			}
		}
	}
}

// controls reports the first character of s that its field may not hold,
// where it is written.
func controls(doc *load.Document, ptr, s string, long bool) *record.Error {
	field := message.Field(ptr)
	for i, r := range s {
		var t message.Text
		switch {
		case r == '\n' && long:
			continue
		case !long && (r == '\n' || r == '\r' || r == '\u2028' || r == '\u2029' || r == '\u0085'):
			t = message.LineBreak.With(field)
		case r == '\t':
			t = message.TabChar.With(field)
		case isControl(r) || r == '\u2028' || r == '\u2029':
			t = message.ControlInText.With(field, codePoint(r))
		default:
			continue
		}
		return message.At(doc.CharPos(ptr, i), ptr, t)
	}
	return nil
}

// isControl says whether r is a control character (C0, DEL or C1): none
// shows on a page, and some act (ESC in a terminal, NUL in C strings).
func isControl(r rune) bool { return unicode.Is(unicode.Cc, r) }

func codePoint(r rune) string { return fmt.Sprintf("U+%04X", r) }

// bodyControls reports the first control character on each line of a
// page's Markdown other than a tab and a line ending (\r\n included, as
// Windows editors save it).
func bodyControls(doc *load.Document) record.ErrorList {
	var errs record.ErrorList
	off := 0
	for line := range strings.Lines(string(doc.Body)) {
		if i := strings.IndexFunc(line, bodyControl); i >= 0 {
			r, _ := utf8.DecodeRuneInString(line[i:])
			errs = append(errs, message.At(doc.BodyPos(off+i), "", message.ControlInPage.With(codePoint(r))))
		}
		off += len(line)
	}
	return errs
}

// bodyControl says whether r is a control character that Markdown has no
// use for: all but a tab and a line ending.
func bodyControl(r rune) bool { return r != '\n' && r != '\r' && r != '\t' && isControl(r) }

// webAddress says whether s, an http or https URL by the schema, names a
// site: a host of at least two labels of letters, digits and hyphens
// (www.example.org, 한국.kr), not "https://" alone or "https://…".
func webAddress(s string) bool {
	u, err := url.Parse(s)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return true // not an http URL: the schema reports it
	}
	labels := strings.Split(strings.TrimSuffix(u.Hostname(), "."), ".")
	if len(labels) < 2 {
		return false
	}
	for _, l := range labels {
		if l == "" || strings.HasPrefix(l, "-") || strings.HasSuffix(l, "-") ||
			strings.ContainsFunc(l, func(r rune) bool { return r != '-' && !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
			return false
		}
	}
	return true
}
