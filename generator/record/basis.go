package record

import (
	"reflect"
	"slices"
	"strings"
)

// notFacts are the fields of a record that state no fact of their own, so
// no basis names them.
var notFacts = []string{"$schema", "id", "former_ids", "basis", "sources", "synthetic"}

// BasisFields are the JSON names of the fields of the record type t (a
// struct, or a pointer to one, its embedded structs' fields included)
// that a basis may name, those that state a fact, sorted: the schema
// generator lists them and check holds each record's basis to them, so
// the two cannot disagree.
func BasisFields(t reflect.Type) []string {
	if t.Kind() == reflect.Pointer {
		t = t.Elem()
	}
	var out []string
	for _, f := range reflect.VisibleFields(t) { // an embedded record's fields too, as encoding/json promotes them
		if f.Anonymous {
			continue
		}
		name, _, _ := strings.Cut(f.Tag.Get("json"), ",")
		if name != "" && name != "-" && !slices.Contains(notFacts, name) {
			out = append(out, name)
		}
	}
	slices.Sort(out)
	return out
}
