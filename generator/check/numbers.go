package check

import (
	"encoding/json"
	"fmt"
	"math/big"
	"regexp"
	"slices"

	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// plainInteger is how every number of a record is written: records hold
// whole numbers only (amounts in whole currency units, years), and Go
// reads 9e9 or 9000000000.0 into an integer field as nothing at all.
var plainInteger = regexp.MustCompile(`^(0|-?[1-9][0-9]*)$`)

// numberRules reports each number of a record not written in plain
// digits, or too large to hold, at its position (but where errs has
// reported its value already); the message gives the plain spelling when
// the value is a whole number.
func numberRules(doc *load.Document, errs record.ErrorList) record.ErrorList {
	var out record.ErrorList
	walkNumbers(doc.Value, "", func(ptr string, n json.Number) {
		if t, bad := numberProblem(ptr, string(n)); bad && !reportedAt(errs, ptr) {
			out = append(out, errAt(doc, ptr, t))
		}
	})
	return out
}

// numberProblem says what is wrong with the number literal lit at ptr.
func numberProblem(ptr, lit string) (message.Text, bool) {
	if len(lit) < 19 && plainInteger.MatchString(lit) { // fits in int64: most numbers, no parse
		return message.Text{}, false
	}
	field := message.Field(ptr)
	r, ok := new(big.Rat).SetString(lit)
	switch {
	case !ok || !r.IsInt():
		return message.NotWhole.With(field, lit), true
	case !r.Num().IsInt64():
		return message.TooLarge.With(field, lit), true
	case !plainInteger.MatchString(lit):
		return message.PlainDigits.With(field, lit, r.Num().String()), true
	}
	return message.Text{}, false
}

// walkNumbers calls fn with the pointer and the literal of every number in v.
func walkNumbers(v any, ptr string, fn func(ptr string, n json.Number)) {
	switch v := v.(type) {
	case json.Number:
		fn(ptr, v)
	case map[string]any:
		for k, child := range v {
			walkNumbers(child, load.Pointer(ptr, k), fn)
		}
	case []any:
		for i, child := range v {
			walkNumbers(child, fmt.Sprintf("%s/%d", ptr, i), fn)
		}
	}
}

// reportedAt says whether errs holds a problem with the value at ptr.
func reportedAt(errs record.ErrorList, ptr string) bool {
	return slices.ContainsFunc(errs, func(e *record.Error) bool { return e.Pointer == ptr })
}
