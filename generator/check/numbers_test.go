package check

import "testing"

// TestNumberProblem: every spelling of a number is written in plain
// digits or refused with what to write; none is read as something else.
func TestNumberProblem(t *testing.T) {
	tests := []struct {
		lit, want string // want "" for a plain integer
	}{
		{"0", ""},
		{"-12", ""},
		{"9000000000", ""},
		{"9223372036854775807", ""},
		{"9e9", "v is written 9e9: write whole numbers in plain digits, as 9000000000"},
		{"9000000000.0", "v is written 9000000000.0: write whole numbers in plain digits, as 9000000000"},
		{"2.025e3", "v is written 2.025e3: write whole numbers in plain digits, as 2025"},
		{"-0", "v is written -0: write whole numbers in plain digits, as 0"},
		{"1.5", "v is 1.5: records hold whole numbers only (an amount in whole units of its currency)"},
		{"9223372036854775808", "v is 9223372036854775808, too large to hold: the largest whole number a record can hold is 9223372036854775807"},
		{"-9223372036854775808", ""},
		{"1e400", "v is 1e400, too large to hold: the largest whole number a record can hold is 9223372036854775807"},
	}
	for _, tt := range tests {
		t.Run(tt.lit, func(t *testing.T) {
			msg, bad := numberProblem("/v", tt.lit)
			got := ""
			if bad {
				got = msg.In("en")
			}
			if got != tt.want {
				t.Errorf("numberProblem(%s) = %q, want %q", tt.lit, got, tt.want)
			}
			if bad && msg.In("ko") == "" {
				t.Errorf("no Korean form for %s", tt.lit)
			}
		})
	}
}
