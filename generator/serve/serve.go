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
	"maps"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"sync"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/pagediff"
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
	failure string            // the last build's error, "" when it succeeded
	version int               // counts finished builds, for reloads
	indexed bool              // a build with the search index has succeeded (rebuild's own)
	since   pagediff.Snapshot // the published site's pages, for quick rebuilds
	changed chan struct{}     // closed and replaced when a build finishes
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
	defer s.removeSite()
	s.opt.Build.Out = s.out
	s.opt.Build.BaseURL = "http://" + ln.Addr().String() + "/"
	opt, err := BuildOptions(ctx, s.opt.Build)
	if err != nil {
		return err
	}
	s.opt.Build = opt
	s.rebuild(ctx, change{})
	w, err := newWatcher(s.opt.Build.Root)
	if err != nil {
		return err
	}
	defer w.Close()
	go w.loop(ctx, s.opt.Debounce, func(c change) { s.rebuild(ctx, c) })
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

// removeSite removes the preview's site when the server stops. At 100k
// commitments that is 470,000 files, half a minute on a slow disk: the
// log says so, lest a stopped server look hung.
func (s *Server) removeSite() {
	fmt.Fprintln(s.opt.Log, "stopped; removing the preview's files")
	os.RemoveAll(filepath.Dir(s.out))
}

// BuildOptions completes opt as the preview builds with it, from build to
// build: one Checker and one Loader, which remember what they read, and
// the pinned Hugo located once rather than looked up by every build. The
// benchmark times the preview's rebuilds with them too.
func BuildOptions(ctx context.Context, opt build.Options) (build.Options, error) {
	if opt.Checker == nil {
		c, err := check.New()
		if err != nil {
			return opt, err
		}
		opt.Checker = c
	}
	if opt.Loader == nil {
		opt.Loader = new(load.Loader)
	}
	if opt.HugoBinary == "" {
		bin, err := hugo.Locate(ctx, opt.Root)
		if err != nil {
			return opt, err
		}
		opt.HugoBinary = bin
	}
	return opt, nil
}

// rebuild runs one build and records its outcome for the handler. Once a
// build has made the search index, later ones are previews that keep it
// (build.Options.Preview): Pagefind is the slowest step of a large build.
// After a change to records or pages only (c.onlyData), the pages of the
// changed files are shown first (firstLook), then a quick rebuild has Hugo
// render just the other pages whose input changed (build.Options.Since).
// Any other change (site/, schema/) makes the next build a full one.
func (s *Server) rebuild(ctx context.Context, c change) {
	start := time.Now()
	if !c.onlyData {
		s.since = pagediff.Snapshot{}
	} else {
		s.firstLook(ctx, slices.Sorted(maps.Keys(c.files)))
	}
	opt := s.opt.Build
	opt.Preview = opt.Preview || s.indexed
	var t build.Timings
	opt.Since, opt.Timings = &s.since, &t
	_, err := build.Run(ctx, opt)
	s.indexed = s.indexed || err == nil
	took := elapsed(start)
	s.finish(err, took, fmt.Sprintf("built in %s%s", took, quickNote(t)))
}

// firstLookMax is the most files a first look is for: it is for an edit;
// after a checkout that changed many records the quick rebuild alone is
// quicker than rendering every one of their pages twice.
const firstLookMax = 10

// firstLook renders the pages of the changed records and profiles alone
// (build.FirstLook) and has open pages reload, so that the page being
// edited shows the change while the quick rebuild works out the rest.
// When the changed files are invalid it shows their problems at once; the
// rebuild then shows those of the whole (a record that named one removed).
// After a failed build it leaves all to the rebuild, which shows whether
// the failure is gone: the first look needs a good build before it.
func (s *Server) firstLook(ctx context.Context, files []string) {
	start := time.Now()
	if failure, _, _ := s.state(); failure != "" || len(files) == 0 || len(files) > firstLookMax {
		return
	}
	n, err := build.FirstLook(ctx, s.opt.Build, files)
	took := elapsed(start)
	switch {
	case errors.As(err, new(*build.InvalidError)):
		s.show(err.Error(), fmt.Sprintf("first look in %s: the changed files are invalid; checking the whole:\n%v", took, err))
	case err != nil:
		fmt.Fprintf(s.opt.Log, "first look failed, rebuilding: %v\n", err)
	case n > 0:
		s.show("", fmt.Sprintf("first look in %s: %d changed pages rendered", took, n))
	}
}

// elapsed is the time since start, for the log.
func elapsed(start time.Time) time.Duration { return time.Since(start).Round(time.Millisecond) }

// finish records a build's outcome for the handler, logs it (done is the
// line for a success), and has open pages reload.
func (s *Server) finish(err error, took time.Duration, done string) {
	if err != nil {
		s.show(err.Error(), fmt.Sprintf("build failed in %s:\n%v", took, err))
		return
	}
	s.show("", done)
}

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
