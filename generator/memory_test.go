package main

import (
	"runtime/debug"
	"testing"
)

// TestLimitMemory: a build sets its soft memory limit, unless GOMEMLIMIT
// says otherwise.
func TestLimitMemory(t *testing.T) {
	before := debug.SetMemoryLimit(-1)
	t.Cleanup(func() { debug.SetMemoryLimit(before) })
	tests := []struct {
		name, env string
		set       int64 // the limit in force before, as GOMEMLIMIT would have set it
		want      int64
	}{
		{"unset", "", before, memoryLimit},
		{"GOMEMLIMIT", "1GiB", 1 << 30, 1 << 30},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Setenv("GOMEMLIMIT", tt.env)
			debug.SetMemoryLimit(tt.set)
			if got := limitMemory(); got != tt.want {
				t.Errorf("limit %d, want %d", got, tt.want)
			}
		})
	}
}
