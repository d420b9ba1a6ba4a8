package load

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

// MaxDepth bounds nesting so that a hostile file cannot exhaust the stack.
const MaxDepth = 64

// SyntaxError is a JSON document that cannot be parsed, at a byte offset.
type SyntaxError struct {
	Offset int
	Msg    string
}

func (e *SyntaxError) Error() string { return e.Msg }

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
		return nil, p, p.errorf("unexpected %s after the end of the JSON value", p.describe())
	}
	return v, p, nil
}

func (p *parser) errorf(format string, args ...any) *SyntaxError {
	return &SyntaxError{Offset: p.off, Msg: fmt.Sprintf(format, args...)}
}

// describe names the byte at the current offset for an error message.
func (p *parser) describe() string {
	if p.off >= len(p.src) {
		return "end of file"
	}
	r, _ := utf8.DecodeRune(p.src[p.off:])
	return strconv.QuoteRune(r)
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
		return nil, p.errorf("unexpected end of file: the JSON is incomplete")
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
		return p.errorf("nesting deeper than %d levels", MaxDepth)
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
		done, err := p.next('}', "in an object")
		if done || err != nil {
			return obj, err
		}
	}
}

// next consumes a comma or the closing byte; done is true at the close.
func (p *parser) next(closing byte, where string) (done bool, err error) {
	if p.off >= len(p.src) {
		return false, p.errorf("unexpected end of file: the JSON is incomplete")
	}
	switch p.src[p.off] {
	case closing:
		p.off++
		return true, nil
	case ',':
		p.off++
		p.skipSpace()
		if p.off < len(p.src) && p.src[p.off] == closing {
			return false, p.errorf("trailing comma before %q %s", closing, where)
		}
		return false, nil
	}
	return false, p.errorf("expected ',' or %q %s, found %s", closing, where, p.describe())
}

func (p *parser) member(ptr string, obj map[string]any) error {
	if p.off >= len(p.src) {
		return p.errorf("unexpected end of file: the JSON is incomplete")
	}
	if p.src[p.off] != '"' {
		return p.errorf("expected a quoted field name, found %s", p.describe())
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
		p.errDups = append(p.errDups, &SyntaxError{Offset: keyOff, Msg: fmt.Sprintf("duplicate field %q in one object", key)})
	} else if p.record {
		p.keys[child] = keyOff
	}
	p.skipSpace()
	if p.off >= len(p.src) {
		return p.errorf("unexpected end of file: the JSON is incomplete")
	}
	if p.src[p.off] != ':' {
		return p.errorf("expected ':' after field name %q, found %s", key, p.describe())
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
		done, err := p.next(']', "in an array")
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
				return nil, p.errorf("invalid string: %v", err)
			}
			return s, nil
		case c == '\\':
			escaped = true
			p.off += 2
		case c < 0x20:
			return nil, p.errorf("control character %q in a string; write it as an escape such as \\n", rune(c))
		default:
			p.off++
		}
	}
	p.off = start
	return nil, p.errorf("unterminated string: the JSON is incomplete")
}

func (p *parser) number() (any, error) {
	start := p.off
	for p.off < len(p.src) && isNumberByte(p.src[p.off]) {
		p.off++
	}
	lit := string(p.src[start:p.off])
	if !json.Valid([]byte(lit)) {
		p.off = start
		return nil, p.errorf("invalid number %q", lit)
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
	return nil, p.errorf("unexpected %s: expected a value (string, number, object, array, true, false or null)", p.describe())
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
