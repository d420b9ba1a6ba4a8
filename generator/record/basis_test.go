package record

import (
	"reflect"
	"slices"
	"testing"
)

// TestBasisFieldsEmbedded: a type that embeds a record (the published
// commitment embeds Investment) allows the record's keys and its own.
func TestBasisFieldsEmbedded(t *testing.T) {
	type published struct {
		Investment
		CompanyName string `json:"company_name"`
	}
	got := BasisFields(reflect.TypeFor[published]())
	for _, want := range []string{"announced", "amount", "company_name"} {
		if !slices.Contains(got, want) {
			t.Errorf("BasisFields lacks %q: %q", want, got)
		}
	}
	if slices.Contains(got, "id") || slices.Contains(got, "") {
		t.Errorf("BasisFields has a key that states no fact: %q", got)
	}
}
