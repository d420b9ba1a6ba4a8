package testrepo

import (
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"
)

// A Gate holds a stand-in program (Hugo) at its start until the test lets
// it go, once each time the gate is armed: a test makes a render as long
// as it needs, without sleeping. It works through named pipes.
type Gate struct{ dir string }

// NewGate makes a gate, unarmed.
func NewGate(t testing.TB) *Gate {
	t.Helper()
	g := &Gate{dir: t.TempDir()}
	for _, name := range []string{"started", "release"} {
		if out, err := exec.Command("mkfifo", filepath.Join(g.dir, name)).CombinedOutput(); err != nil {
			t.Fatalf("mkfifo: %v\n%s", err, out)
		}
	}
	return g
}

// Arm has the next program that passes the gate stop there. It may be
// called from any goroutine.
func (g *Gate) Arm(t testing.TB) {
	t.Helper()
	if err := os.WriteFile(filepath.Join(g.dir, "armed"), nil, 0o644); err != nil {
		t.Error(err)
	}
}

// Started waits until a program stops at the armed gate and returns its
// process id. It fails the test after a minute: the program never came.
func (g *Gate) Started(t testing.TB) int {
	t.Helper()
	got := make(chan string, 1)
	go func() {
		b, _ := os.ReadFile(filepath.Join(g.dir, "started")) // blocks until the program writes
		got <- string(b)
	}()
	select {
	case s := <-got:
		pid, err := strconv.Atoi(strings.TrimSpace(s))
		if err != nil {
			t.Fatalf("the gate's program wrote %q, not its process id", s)
		}
		return pid
	case <-time.After(time.Minute):
		t.Fatal("no program stopped at the gate within a minute")
		return 0
	}
}

// Release lets the program stopped at the gate go on; without one it does nothing.
func (g *Gate) Release() {
	f, err := os.OpenFile(filepath.Join(g.dir, "release"), os.O_WRONLY|syscall.O_NONBLOCK, 0)
	if err != nil { // no program is waiting (ENXIO)
		return
	}
	f.Write([]byte("go\n"))
	f.Close()
}

// Hugo writes a stand-in for the Hugo binary real that stops at g before
// each render while g is armed, and returns its path; `hugo version`
// passes straight through. The stand-in becomes Hugo (exec), so the
// process id that g reports is Hugo's.
func (g *Gate) Hugo(t testing.TB, real string) string {
	t.Helper()
	script := fmt.Sprintf(`#!/bin/sh
if [ "$1" != version ] && rm %[1]q 2>/dev/null; then
	echo $$ > %[2]q
	read x < %[3]q
fi
exec %[4]q "$@"
`, filepath.Join(g.dir, "armed"), filepath.Join(g.dir, "started"), filepath.Join(g.dir, "release"), real)
	p := filepath.Join(t.TempDir(), "hugo")
	if err := os.WriteFile(p, []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return p
}

// Reaped says whether the process pid is gone, its exit collected: a
// killed process that nobody waited for would still be there (a zombie).
func Reaped(pid int) bool {
	return errors.Is(syscall.Kill(pid, 0), syscall.ESRCH)
}
