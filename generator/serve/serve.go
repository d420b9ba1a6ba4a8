// Package serve is the live preview: it builds the site, serves it on
// localhost, watches the sources and rebuilds on change, and tells open pages
// to reload. When the data is invalid it keeps serving and shows the errors
// in place of every page until they are fixed.
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
	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/load"
)

// Options configures the preview. The zero value previews the repository in
// the current folder, debounced by 150 ms.
type Options struct {
	// Build is how each build runs; Out and BaseURL are set by the server.
	Build build.Options
	// Debounce waits this long after the last change before rebuilding, so a
	// burst of saves (a git checkout) makes one build; 0 means 150 ms.
	Debounce time.Duration
	// Log receives one line per build; nil discards.
	Log io.Writer
}

// Server is a running preview.
type Server struct {
	opt     Options
	out     string // the folder the current site is built into
	mu      sync.Mutex
	failure string        // the last build's error, "" when it succeeded
	version int           // counts finished builds, for reloads
	indexed bool          // a build with the search index has succeeded
	since   hugo.Snapshot // the published site's pages, for quick rebuilds
	changed chan struct{} // closed and replaced when a build finishes
}

// New prepares a server that builds into a temporary folder.
func New(opt Options) (*Server, error) {
	if opt.Debounce == 0 {
		opt.Debounce = 150 * time.Millisecond
	}
	if opt.Log == nil {
		opt.Log = io.Discard
	}
	if opt.Build.Root == "" {
		opt.Build.Root = "."
	}
	out, err := os.MkdirTemp("", "kit-serve-")
	if err != nil {
		return nil, err
	}
	return &Server{opt: opt, out: filepath.Join(out, "site"), changed: make(chan struct{})}, nil
}

// Serve builds, then serves on ln and rebuilds on change until ctx ends.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	defer os.RemoveAll(filepath.Dir(s.out))
	s.opt.Build.Out = s.out
	s.opt.Build.BaseURL = "http://" + ln.Addr().String() + "/"
	if s.opt.Build.Checker == nil {
		c, err := check.New()
		if err != nil {
			return err
		}
		s.opt.Build.Checker = c
	}
	if s.opt.Build.Loader == nil {
		s.opt.Build.Loader = new(load.Loader)
	}
	if s.opt.Build.HugoBinary == "" {
		bin, err := hugo.Locate(ctx, s.opt.Build.Root)
		if err != nil {
			return err
		}
		s.opt.Build.HugoBinary = bin
	}
	s.rebuild(ctx, false)
	w, err := newWatcher(s.opt.Build.Root)
	if err != nil {
		return err
	}
	defer w.Close()
	go w.loop(ctx, s.opt.Debounce, func(onlyData bool) { s.rebuild(ctx, onlyData) })
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

// rebuild runs one build and records its outcome for the handler. Once a
// build has made the search index, later ones are previews that keep it
// (build.Options.Preview): Pagefind is the slowest step of a large build.
// After a change to records or pages only (onlyData), a preview is quick:
// Hugo renders just the pages whose input changed (build.Options.Since).
// Any other change (site/, schema/) makes the next build a full one.
func (s *Server) rebuild(ctx context.Context, onlyData bool) {
	start := time.Now()
	opt := s.opt.Build
	opt.Preview = opt.Preview || s.indexed
	if !onlyData {
		s.since = hugo.Snapshot{}
	}
	var t build.Timings
	opt.Since, opt.Timings = &s.since, &t
	_, err := build.Run(ctx, opt)
	s.mu.Lock()
	defer s.mu.Unlock()
	s.indexed = s.indexed || err == nil
	s.failure = ""
	if err != nil {
		s.failure = err.Error()
		fmt.Fprintf(s.opt.Log, "build failed in %s:\n%v\n", time.Since(start).Round(time.Millisecond), err)
	} else {
		fmt.Fprintf(s.opt.Log, "built in %s%s\n", time.Since(start).Round(time.Millisecond), quickNote(t))
	}
	s.version++
	close(s.changed)
	s.changed = make(chan struct{})
}

// quickNote says what a quick rebuild left as it was.
func quickNote(t build.Timings) string {
	if !t.Quick {
		return ""
	}
	return fmt.Sprintf(" (quick: %d pages rendered; the sitemap and the search index are the last full build's)", t.Rendered)
}

// state is the last build's outcome and a channel closed at the next one.
func (s *Server) state() (failure string, version int, next <-chan struct{}) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.failure, s.version, s.changed
}
