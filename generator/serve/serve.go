// Package serve is the live preview: it builds the site, serves it on
// localhost, watches the sources and updates the site on change
// (preview.Session), and tells open pages to reload. When the data is
// invalid it keeps serving and shows the errors in place of every page
// until they are fixed.
package serve

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/preview"
)

// Options configures the preview. The zero value previews the repository in
// the current folder, debounced by 150 ms.
type Options struct {
	// Root is the repository root; "" is the current folder.
	Root string
	// Debounce waits this long after the last change before updating, so
	// a burst of saves (a git checkout) makes one update; 0 means 150 ms.
	Debounce time.Duration
	// Log receives one line per step of each update, and the build's
	// warnings; nil discards.
	Log io.Writer
}

// Server is a running preview.
type Server struct {
	opt     Options
	hugo    string // the Hugo binary; "" locates the pinned one
	out     string // the folder the current site is built into
	mu      sync.Mutex
	failure string        // the last build's error, "" when it succeeded
	version int           // counts the steps shown, for reloads
	changed chan struct{} // closed and replaced when a step is shown
}

// New prepares a server that builds into a temporary folder.
func New(opt Options) (*Server, error) {
	if opt.Debounce == 0 {
		opt.Debounce = 150 * time.Millisecond
	}
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	if opt.Root == "" {
		opt.Root = "."
	}
	out, err := os.MkdirTemp("", "kit-serve-")
	if err != nil {
		return nil, err
	}
	return &Server{opt: opt, out: filepath.Join(out, "site"), changed: make(chan struct{})}, nil
}

// Serve builds, then serves on ln and updates the site on change until ctx ends.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	defer s.removeSite()
	sess, err := s.session(ctx, "http://"+ln.Addr().String()+"/")
	if err != nil {
		return err
	}
	w, err := newWatcher(s.opt.Root)
	if err != nil {
		return err
	}
	defer w.Close()
	s.update(ctx, sess, nil) // the first build, before the first page is served
	changes := make(chan []string)
	go w.loop(ctx, s.opt.Debounce, changes)
	updated := make(chan struct{})
	go func() {
		defer close(updated)
		s.updates(ctx, sess, changes)
	}()
	defer func() { <-updated }() // the site is not removed under an update
	srv := &http.Server{Handler: s.handler(), ReadHeaderTimeout: 5 * time.Second}
	go func() {
		<-ctx.Done()
		srv.Close()
	}()
	if err := srv.Serve(ln); !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// session is the preview's Session, building into s.out for baseURL.
func (s *Server) session(ctx context.Context, baseURL string) (*preview.Session, error) {
	return preview.New(ctx, preview.Options{Root: s.opt.Root, Out: s.out, BaseURL: baseURL, HugoBinary: s.hugo,
		Warn: s.opt.Log, Note: s.opt.Log, Shown: s.shown})
}

// removeSite removes the preview's site when the server stops, which takes
// a while for a large site: the log says so, lest a stopped server look hung.
func (s *Server) removeSite() {
	fmt.Fprintln(s.opt.Log, "stopped; removing the preview's files")
	os.RemoveAll(filepath.Dir(s.out))
}

// updates updates the site with each set of changed paths from changes,
// one update at a time. A set that comes while an update runs cancels it
// (the Session redoes, in the next update, what it did not finish), so
// the newest save is shown as soon as can be. It returns when ctx ends
// and the update in flight has stopped.
func (s *Server) updates(ctx context.Context, sess *preview.Session, changes <-chan []string) {
	cancel := context.CancelCauseFunc(func(error) {})
	done := make(chan struct{})
	close(done)
	for {
		select {
		case <-ctx.Done():
			cancel(ctx.Err())
			<-done
			return
		case c := <-changes:
			cancel(errNewerChange)
			<-done
			var uctx context.Context
			uctx, cancel = context.WithCancelCause(ctx)
			done = make(chan struct{})
			go func() {
				defer close(done)
				s.update(uctx, sess, c)
			}()
		}
	}
}

// errNewerChange is why updates cancels an update.
var errNewerChange = errors.New("a newer change came")

// update runs one update of the site; its steps are shown as they end
// (shown), and a cancelled one is logged with the cause.
func (s *Server) update(ctx context.Context, sess *preview.Session, changed []string) {
	start := time.Now()
	if _, err := sess.Update(ctx, changed); err != nil && ctx.Err() != nil {
		fmt.Fprintf(s.opt.Log, "update cancelled after %s: %v\n", elapsed(start), context.Cause(ctx))
	}
}

// shown logs a step of an update and has open pages reload when it
// changed what they show: the site, or the errors shown in its place.
func (s *Server) shown(st preview.Step) {
	took := st.Took.Round(time.Millisecond)
	invalid := errors.As(st.Err, new(*build.InvalidError))
	switch {
	case st.Kind == preview.FirstLook && invalid:
		s.show(st.Err.Error(), fmt.Sprintf("first look in %s: the changed files are invalid; checking the whole:\n%v", took, st.Err))
	case st.Kind == preview.FirstLook && st.Err != nil:
		fmt.Fprintf(s.opt.Log, "first look failed, rebuilding: %v\n", st.Err)
	case st.Kind == preview.FirstLook && st.Pages > 0:
		s.show("", fmt.Sprintf("first look in %s: %d changed pages rendered", took, st.Pages))
	case st.Kind == preview.Rebuild && st.Err != nil:
		s.show(st.Err.Error(), fmt.Sprintf("build failed in %s:\n%v", took, st.Err))
	case st.Kind == preview.Rebuild:
		s.show("", fmt.Sprintf("built in %s%s", took, quickNote(st)))
	}
}

// elapsed is the time since start, for the log.
func elapsed(start time.Time) time.Duration { return time.Since(start).Round(time.Millisecond) }

// show has the handler serve failure (the error page) or, when it is "",
// the site, logs line, and has open pages reload.
func (s *Server) show(failure, line string) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failure = failure
	fmt.Fprintln(s.opt.Log, line)
	s.version++
	close(s.changed)
	s.changed = make(chan struct{})
}

// quickNote says what a quick rebuild left as it was.
func quickNote(st preview.Step) string {
	if !st.Quick {
		return ""
	}
	return fmt.Sprintf(" (quick: %d pages rendered; the search index is the last full build's)", st.Pages)
}

// state is the last build's outcome and a channel closed at the next one.
func (s *Server) state() (failure string, version int, next <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.failure, s.version, s.changed
}
