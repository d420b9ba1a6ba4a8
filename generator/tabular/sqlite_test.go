package tabular

import "testing"

func TestExactFloat(t *testing.T) {
	tests := []struct {
		in   string
		want float64
		ok   bool
	}{
		{"0.00068", 0.00068, true},
		{"1.160", 1.16, true},
		{"1", 1, true},
		{"0.12345678901234567890123", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got, err := exactFloat(tt.in)
			if (err == nil) != tt.ok || got != tt.want {
				t.Errorf("exactFloat(%q) = %v, %v; want %v, ok %v", tt.in, got, err, tt.want, tt.ok)
			}
		})
	}
}
