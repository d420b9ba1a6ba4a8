package cputime

import (
	"os/exec"
	"testing"
	"time"
)

// TestChildren: a child's CPU time, as its ProcessState says (Of), is
// added to Children's once it is waited for; Self counts this process's.
func TestChildren(t *testing.T) {
	if Self() == 0 {
		t.Skip("no CPU times on this platform")
	}
	before := Children()
	cmd := exec.Command("sh", "-c", "i=0; while [ $i -lt 50000 ]; do i=$((i+1)); done")
	if err := cmd.Run(); err != nil {
		t.Skip(err)
	}
	// The kernel sums its children's times in finer units than the
	// microseconds it gives each: the two may differ in rounding.
	if got, want := Children()-before, Of(cmd.ProcessState); want <= 0 || (got-want).Abs() > 2*time.Millisecond {
		t.Errorf("Children grew by %v; the child used %v", got, want)
	}
	if Of(nil) != 0 {
		t.Errorf("Of(nil) = %v, want 0", Of(nil))
	}
}
