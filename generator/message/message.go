// Package message is the catalog of what check and load say about the
// data, and of the labels the published data gives its own keys
// (catalog.go): each message is defined once, by an id, with its
// English and Korean forms and the types of its arguments, so that
// rewording one form cannot lose the other and a call cannot pass the
// wrong arguments.
package message

import (
	"fmt"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// Message is one entry of the catalog: its id and its format strings in
// English and Korean (fmt verbs; %[n]s where Korean needs another order).
type Message struct {
	id, en, ko string
}

// Text is a message with its arguments, written in a language by In.
type Text struct {
	m    *Message
	args []any
}

// ID is the message's id in the catalog.
func (t Text) ID() string { return t.m.id }

// In writes the message in lang, "en" or "ko"; any other is English. An
// argument that is itself a Text or a Field is written in lang too.
func (t Text) In(lang string) string {
	format := t.m.en
	if lang == "ko" {
		format = t.m.ko
	}
	args := make([]any, len(t.args))
	for i, a := range t.args {
		if w, ok := a.(record.Text); ok {
			a = w.In(lang)
		}
		args[i] = a
	}
	return fmt.Sprintf(format, args...)
}

// String is the message in English.
func (t Text) String() string { return t.In("en") }

// At is the error t at pos, about the value at pointer ("" for none).
func At(pos record.Position, pointer string, t Text) *record.Error {
	return &record.Error{Pos: pos, Pointer: pointer, Msg: t.String(), Text: t}
}

// M0 is a message without arguments.
type M0 struct{ Message }

// Text is the message.
func (m *M0) Text() Text { return Text{&m.Message, nil} }

// M1 is a message with one argument of type A.
type M1[A any] struct{ Message }

// With is the message with its argument.
func (m *M1[A]) With(a A) Text { return Text{&m.Message, []any{a}} }

// M2 is a message with two arguments.
type M2[A, B any] struct{ Message }

// With is the message with its arguments.
func (m *M2[A, B]) With(a A, b B) Text { return Text{&m.Message, []any{a, b}} }

// M3 is a message with three arguments.
type M3[A, B, C any] struct{ Message }

// With is the message with its arguments.
func (m *M3[A, B, C]) With(a A, b B, c C) Text { return Text{&m.Message, []any{a, b, c}} }

// M4 is a message with four arguments.
type M4[A, B, C, D any] struct{ Message }

// With is the message with its arguments.
func (m *M4[A, B, C, D]) With(a A, b B, c C, d D) Text {
	return Text{&m.Message, []any{a, b, c, d}}
}

// Field names the value at a JSON pointer the way a reader does:
// /sources/0/url is sources[0].url, and the pointer "" is the record.
type Field string

// In writes the field's name; only the whole record's is translated.
func (f Field) In(lang string) string {
	switch {
	case f == "" || f == "/":
		return TheRecord.Text().In(lang)
	}
	var b strings.Builder
	for _, part := range strings.Split(strings.TrimPrefix(string(f), "/"), "/") {
		part = strings.NewReplacer("~1", "/", "~0", "~").Replace(part)
		if part != "" && strings.Trim(part, "0123456789") == "" {
			b.WriteString("[" + part + "]")
			continue
		}
		if b.Len() > 0 {
			b.WriteByte('.')
		}
		b.WriteString(part)
	}
	return b.String()
}
