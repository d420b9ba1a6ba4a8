package load

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/korea-investment-tracker/kit/generator/message"
)

// MaxDepth bounds nesting so that a hostile file cannot exhaust the stack.
const MaxDepth = 64

// SyntaxError is a JSON document that cannot be parsed, at a byte offset.
type SyntaxError struct {
	Offset int
	Text   message.Text
}

func (e *SyntaxError) Error() string { return e.Text.String() }

// parser is a small JSON parser that rejects what encoding/json lets through
// silently (duplicate keys and invalid UTF-8) and, when asked, records the
// byte offset of every value and object key by JSON pointer. Recording is
// off on the first pass: most records are valid and never need a position,
// and building the pointers cost a fifth of the validation time.
type parser struct {
	src     []byte
	off     int
	depth   int
	record  bool           // fill values and keys
	values  map[string]int // pointer -> offset of the value
	keys    map[string]int // pointer -> offset of the member's key
	errDups []*SyntaxError // duplicate keys: reported, parsing goes on
}

// parseJSON parses src into values like encoding/json with UseNumber.
// With positions it also records where every value and key is.
func parseJSON(src []byte, positions bool) (any, *parser, error) {
	p := &parser{src: src, record: positions}
	if positions {
		p.values, p.keys = map[string]int{}, map[string]int{}
	}
	p.skipSpace()
	v, err := p.value("")
	if err != nil {
		return nil, p, err
	}
	p.skipSpace()
	if p.off < len(p.src) {
		return nil, p, p.unexpected(message.AfterValue.With(p.describe()))
	}
	return v, p, nil
}

// fail is the syntax error t at the current offset.
func (p *parser) fail(t message.Text) *SyntaxError {
	return &SyntaxError{Offset: p.off, Text: t}
}

// unexpected is the syntax error t at the current offset, unless a
// comment starts there: JSON has none, and a contributor used to
// JavaScript or JSONC should be told so in those words.
func (p *parser) unexpected(t message.Text) *SyntaxError {
	for _, c := range []string{"//", "/*"} {
		if bytes.HasPrefix(p.src[p.off:], []byte(c)) {
			return p.fail(message.JSONComment.With(c))
		}
	}
	return p.fail(t)
}

// describe names the character at the current offset for an error message.
func (p *parser) describe() message.Text {
	if p.off >= len(p.src) {
		return message.EndOfFile.Text()
	}
	r, _ := utf8.DecodeRune(p.src[p.off:])
	return message.Verbatim.With(strconv.QuoteRune(r))
}

func (p *parser) skipSpace() {
	for p.off < len(p.src) {
		switch p.src[p.off] {
		case ' ', '\t', '\n', '\r':
			p.off++
		default:
			return
		}
	}
}

func (p *parser) value(ptr string) (any, error) {
	if p.off >= len(p.src) {
		return nil, p.fail(message.Incomplete.Text())
	}
	if p.record {
		p.values[ptr] = p.off
	}
	switch c := p.src[p.off]; {
	case c == '{':
		return p.object(ptr)
	case c == '[':
		return p.array(ptr)
	case c == '"':
		return p.str()
	case c == '-' || (c >= '0' && c <= '9'):
		return p.number()
	}
	return p.literal()
}

func (p *parser) enter() error {
	p.depth++
	if p.depth > MaxDepth {
		return p.fail(message.TooDeep.With(MaxDepth))
	}
	return nil
}

func (p *parser) object(ptr string) (any, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	obj := map[string]any{}
	p.off++
	p.skipSpace()
	if p.off < len(p.src) && p.src[p.off] == '}' {
		p.off++
		return obj, nil
	}
	for {
		if err := p.member(ptr, obj); err != nil {
			return nil, err
		}
		p.skipSpace()
		done, err := p.next('}', message.InObject.Text())
		if done || err != nil {
			return obj, err
		}
	}
}

// next consumes a comma or the closing byte; done is true at the close.
func (p *parser) next(closing byte, where message.Text) (done bool, err error) {
	if p.off >= len(p.src) {
		return false, p.fail(message.Incomplete.Text())
	}
	switch p.src[p.off] {
	case closing:
		p.off++
		return true, nil
	case ',':
		p.off++
		p.skipSpace()
		if p.off < len(p.src) && p.src[p.off] == closing {
			return false, p.fail(message.TrailingComma.With(rune(closing), where))
		}
		return false, nil
	}
	return false, p.unexpected(message.ExpectedComma.With(rune(closing), where, p.describe()))
}

func (p *parser) member(ptr string, obj map[string]any) error {
	if p.off >= len(p.src) {
		return p.fail(message.Incomplete.Text())
	}
	if p.src[p.off] != '"' {
		return p.unexpected(message.ExpectedName.With(p.describe()))
	}
	keyOff := p.off
	k, err := p.str()
	if err != nil {
		return err
	}
	key := k.(string)
	var child string
	if p.record {
		child = Pointer(ptr, key)
	}
	if _, dup := obj[key]; dup {
		p.errDups = append(p.errDups, &SyntaxError{Offset: keyOff, Text: message.DuplicateField.With(key)})
	} else if p.record {
		p.keys[child] = keyOff
	}
	p.skipSpace()
	if p.off >= len(p.src) {
		return p.fail(message.Incomplete.Text())
	}
	if p.src[p.off] != ':' {
		return p.fail(message.ExpectedColon.With(key, p.describe()))
	}
	p.off++
	p.skipSpace()
	v, err := p.value(child)
	if err != nil {
		return err
	}
	if _, dup := obj[key]; !dup {
		obj[key] = v
	}
	return nil
}

func (p *parser) array(ptr string) (any, error) {
	if err := p.enter(); err != nil {
		return nil, err
	}
	defer func() { p.depth-- }()
	arr := []any{}
	p.off++
	p.skipSpace()
	if p.off < len(p.src) && p.src[p.off] == ']' {
		p.off++
		return arr, nil
	}
	for {
		var child string
		if p.record {
			child = ptr + "/" + strconv.Itoa(len(arr))
		}
		v, err := p.value(child)
		if err != nil {
			return nil, err
		}
		arr = append(arr, v)
		p.skipSpace()
		done, err := p.next(']', message.InArray.Text())
		if done || err != nil {
			return arr, err
		}
	}
}

// str scans a string; only a string with escapes goes through encoding/json.
func (p *parser) str() (any, error) {
	start := p.off
	p.off++
	escaped := false
	for p.off < len(p.src) {
		switch c := p.src[p.off]; {
		case c == '"' && !escaped:
			p.off++
			return string(p.src[start+1 : p.off-1]), nil
		case c == '"':
			p.off++
			var s string
			if err := json.Unmarshal(p.src[start:p.off], &s); err != nil {
				p.off = start
				return nil, p.fail(message.InvalidString.With(err.Error()))
			}
			return s, nil
		case c == '\\':
			escaped = true
			if lone := p.loneSurrogate(); lone != "" {
				return nil, p.fail(message.LoneSurrogate.With(lone))
			}
			p.off += 2
		case c < 0x20:
			return nil, p.fail(message.ControlChar.With(rune(c)))
		default:
			p.off++
		}
	}
	p.off = start
	return nil, p.fail(message.Unterminated.Text())
}

// loneSurrogate is the escape at p.off when it is half of a UTF-16
// surrogate pair without its other half (\ud800), which encoding/json
// would decode as U+FFFD without a word; "" otherwise. A whole pair is
// one character: p.off moves to its second half.
func (p *parser) loneSurrogate() string {
	r, ok := p.hexEscape(p.off)
	if !ok || !utf16.IsSurrogate(r) {
		return ""
	}
	if low, ok := p.hexEscape(p.off + 6); ok && r < 0xdc00 && low >= 0xdc00 && utf16.IsSurrogate(low) {
		p.off += 6
		return ""
	}
	return string(p.src[p.off : p.off+6])
}

// hexEscape decodes the escape \uXXXX at offset at, if there is one.
func (p *parser) hexEscape(at int) (rune, bool) {
	if at+6 > len(p.src) || p.src[at] != '\\' || p.src[at+1] != 'u' {
		return 0, false
	}
	n, err := strconv.ParseUint(string(p.src[at+2:at+6]), 16, 16)
	return rune(n), err == nil
}

func (p *parser) number() (any, error) {
	start := p.off
	for p.off < len(p.src) && isNumberByte(p.src[p.off]) {
		p.off++
	}
	lit := string(p.src[start:p.off])
	if !json.Valid([]byte(lit)) {
		p.off = start
		return nil, p.fail(message.InvalidNumber.With(lit))
	}
	return json.Number(lit), nil
}

func isNumberByte(c byte) bool {
	return c >= '0' && c <= '9' || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E'
}

func (p *parser) literal() (any, error) {
	for _, lit := range []struct {
		text string
		v    any
	}{{"true", true}, {"false", false}, {"null", nil}} {
		if bytes.HasPrefix(p.src[p.off:], []byte(lit.text)) {
			p.off += len(lit.text)
			return lit.v, nil
		}
	}
	return nil, p.unexpected(message.ExpectedValue.With(p.describe()))
}

// Pointer appends an object key to a JSON pointer, escaped as RFC 6901 says.
func Pointer(parent, key string) string { return parent + "/" + escapePointer(key) }

// escapePointer escapes a key for a JSON pointer (RFC 6901).
func escapePointer(s string) string {
	if !strings.ContainsAny(s, "~/") {
		return s
	}
	out := make([]byte, 0, len(s))
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '~':
			out = append(out, '~', '0')
		case '/':
			out = append(out, '~', '1')
		default:
			out = append(out, s[i])
		}
	}
	return string(out)
}
