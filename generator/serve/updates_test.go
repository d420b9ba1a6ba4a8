package serve

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/korea-investment-tracker/kit/generator/internal/hugobin"
	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
)

// TestNewerChangeCancels: a change that comes while an update is held in
// Hugo cancels that update, Hugo is killed and reaped, and the next
// update shows the newest save.
func TestNewerChangeCancels(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	root := testrepo.Copy(t)
	gate := testrepo.NewGate(t)
	var log lockedBuffer
	s, err := New(Options{Root: root, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	defer os.RemoveAll(filepath.Dir(s.out))
	s.hugo = gate.Hugo(t, hugobin.Path(t))
	ctx, cancel := context.WithCancel(context.Background())
	sess, err := s.session(ctx, "http://127.0.0.1:1/")
	if err != nil {
		t.Fatal(err)
	}
	s.update(ctx, sess, nil) // the first build
	changes := make(chan []string)
	done := make(chan struct{})
	go func() {
		defer close(done)
		s.updates(ctx, sess, changes)
	}()
	defer func() { cancel(); <-done }()

	const rec = "data/companies/renault-korea.json"
	testrepo.Replace(t, root, rec, `"name": "Renault Korea"`, `"name": "Renault Korea (save 1)"`)
	gate.Arm(t)
	changes <- []string{rec}
	pid := gate.Started(t)
	testrepo.Replace(t, root, rec, "(save 1)", "(save 2)")
	changes <- []string{rec}
	s.waitForLog(t, &log, func(l string) bool { return strings.Count(l, "built in ") == 2 })
	if !strings.Contains(log.String(), ": a newer change came\n") {
		t.Errorf("no update was cancelled:\n%s", log.String())
	}
	if !testrepo.Reaped(pid) {
		t.Errorf("Hugo (process %d) is still there after its update was cancelled", pid)
	}
	page, _ := os.ReadFile(filepath.Join(s.out, "companies/renault-korea/index.html"))
	if !bytes.Contains(page, []byte("Renault Korea (save 2)")) {
		t.Errorf("the page does not show the newest save")
	}
}

// waitForLog waits, a shown step at a time, until the log satisfies ok;
// it fails the test after a minute.
func (s *Server) waitForLog(t *testing.T, log *lockedBuffer, ok func(string) bool) {
	t.Helper()
	for {
		_, _, next := s.state()
		if ok(log.String()) {
			return
		}
		select {
		case <-next:
		case <-time.After(time.Minute):
			t.Fatalf("after a minute, the log is still:\n%s", log.String())
		}
	}
}

// lockedBuffer is a log that the updates write while the test reads it.
type lockedBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}
