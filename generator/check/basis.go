package check

import (
	"reflect"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// basisRules refuses, at its key, a basis entry that names no field of the
// record that states a fact (record.BasisFields, with a suggestion for a
// typo), or a field the record leaves out: a mark of basis on nothing
// would say nothing. A basis value outside the allowed set is the schema's
// to refuse.
func basisRules(doc *load.Document, t reflect.Type) record.ErrorList {
	obj, _ := doc.Value.(map[string]any)
	basis, ok := obj["basis"].(map[string]any)
	if !ok {
		return nil
	}
	allowed := record.BasisFields(t)
	var errs record.ErrorList
	for _, key := range sortedKeys(basis) {
		ptr := load.Pointer("/basis", key)
		var msg message.Text
		switch _, set := obj[key]; {
		case !slices.Contains(allowed, key):
			msg = unknownBasisMessage(key, allowed)
		case !set:
			msg = message.BasisUnset.With(key)
		default:
			continue
		}
		errs = append(errs, message.At(doc.KeyPos(ptr), ptr, msg))
	}
	return errs
}

func unknownBasisMessage(key string, allowed []string) message.Text {
	if near := suggest(key, allowed); near != "" {
		return message.BasisUnknownNear.With(key, near)
	}
	return message.BasisUnknown.With(key, strings.Join(allowed, ", "))
}
