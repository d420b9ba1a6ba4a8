package benchmark

import (
	"os"
	"os/exec"
	"testing"
	"time"
)

// TestDescendants: a poll finds the peak of a process this one started
// and of that process's own child, and leaves the processes of others
// out, once seen never read again.
func TestDescendants(t *testing.T) {
	if _, err := os.Stat("/proc/self/stat"); err != nil {
		t.Skip("no /proc:", err)
	}
	cmd := exec.Command("sh", "-c", "sleep 5 & wait")
	if err := cmd.Start(); err != nil {
		t.Skip(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	d := &descendants{peaks: map[string]int64{}, others: map[int]bool{}}
	for deadline := time.Now().Add(5 * time.Second); d.peak("sleep") == 0 && time.Now().Before(deadline); {
		d.poll()
		time.Sleep(20 * time.Millisecond)
	}
	if d.peak("sh") <= 0 || d.peak("sleep") <= 0 {
		t.Errorf("peaks %v; want sh and its child sleep", d.peaks)
	}
	if d.others[cmd.Process.Pid] || !d.others[1] {
		t.Errorf("others %v: want process 1 and not the child %d", d.others, cmd.Process.Pid)
	}
}
