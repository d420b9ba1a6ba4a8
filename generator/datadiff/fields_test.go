package datadiff

import (
	"reflect"
	"testing"
)

// TestFields compares two versions of one file as Compare compares records:
// nested fields by dotted path, the $schema line left out, a file that
// does not decode as having no fields.
func TestFields(t *testing.T) {
	tests := []struct {
		name     string
		old, new string
		want     []FieldChange
	}{
		{"same", `{"a": 1}`, `{"a":1}`, nil},
		{"amount and status", `{"$schema": "x", "amount": {"value": 1}, "status": "announced"}`, `{"amount": {"value": 2}, "status": "completed"}`,
			[]FieldChange{{"amount.value", "1", "2"}, {"status", `"announced"`, `"completed"`}}},
		{"added field", `{}`, `{"regions": ["KR-26"]}`, []FieldChange{{"regions[0]", "", `"KR-26"`}}},
		{"not JSON", `{`, `{"a": 1}`, []FieldChange{{"a", "", "1"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := Fields([]byte(tt.old), []byte(tt.new)); !reflect.DeepEqual(got, tt.want) {
				t.Errorf("Fields = %q, want %q", got, tt.want)
			}
		})
	}
}
