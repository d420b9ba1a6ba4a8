// Package progress shows the stages of long work as they run, so that a
// slow step does not look like a hung one. On a terminal each stage is one
// line, rewritten in place with its running time, and with how many of its
// units are done where the stage counts them (Count), until it ends;
// elsewhere (CI, a pipe, a test) each stage is a line as it starts and a
// line as it ends, with no control sequences.
package progress

import (
	"fmt"
	"io"
	"os"
	"strconv"
	"sync"
	"sync/atomic"
	"time"
)

// Lines writes the stages' lines to one writer. Its methods may be called
// from any goroutine.
type Lines struct {
	mu    sync.Mutex
	w     io.Writer
	tty   bool
	line  string        // the stage in progress, as its start line says it; "" none
	name  string        // the stage in progress
	size  int           // its size, -1 when not known
	unit  string        // what its size counts
	began time.Time     // when it started
	step  string        // its step: what its counter counts, or a phase ("" none)
	done  *atomic.Int64 // the step's counter; nil when it counts nothing
	stop  chan struct{}
	// now and tick are time.Now and how often a terminal's stage line
	// is drawn again (its running time, its counter); tests fix them.
	now  func() time.Time
	tick time.Duration
}

// New writes to w, rewriting lines in place when tty is set (Terminal).
func New(w io.Writer, tty bool) *Lines {
	return &Lines{w: w, tty: tty, now: time.Now, tick: 100 * time.Millisecond}
}

// Terminal reports whether w is a terminal, where lines may be rewritten.
func Terminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// Start shows that the stage name starts, with n of unit to do (n < 0:
// not known). A stage in progress that did not end is left as it was.
func (l *Lines) Start(name string, n int, unit string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.finish()
	l.name, l.size, l.unit, l.began = name, n, unit, l.now()
	l.step, l.done = "", nil
	l.line = name
	if n >= 0 {
		l.line += ": " + count(n) + " " + unit
	}
	if !l.tty {
		fmt.Fprintln(l.w, l.line)
		return
	}
	l.draw()
	l.stop = make(chan struct{})
	go l.ticks(l.stop, l.tick)
}

// Count starts a step of the stage in progress that counts its units
// from zero: a terminal's stage line shows "n of size unit step" when it
// is drawn again (at most every tick), step "" being the stage's units
// themselves. It returns what adds n units done, which any goroutine may
// call as often as each unit: it costs an atomic add. Elsewhere than on a
// terminal, and with no stage of known size in progress, nothing counts.
func (l *Lines) Count(step string) (add func(n int)) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if !l.tty || l.line == "" || l.size < 0 {
		return func(int) {}
	}
	done := new(atomic.Int64)
	l.step, l.done = step, done
	return func(n int) { done.Add(int64(n)) }
}

// Step names a step of the stage in progress that counts nothing (a
// phase of a program that tells no more): a terminal's stage line shows
// it after the stage's when it is drawn again.
func (l *Lines) Step(step string) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.line != "" {
		l.step, l.done = step, nil
	}
}

// End shows that the stage name took d; a stage other than the one in
// progress (a step within it) is not shown.
func (l *Lines) End(name string, d time.Duration) {
	l.mu.Lock()
	defer l.mu.Unlock()
	if name != l.name || l.line == "" {
		return
	}
	took := d.Round(time.Millisecond).String()
	if l.tty {
		l.stopTicks()
		fmt.Fprintf(l.w, "\r\033[K%s in %s\n", l.line, took)
	} else {
		fmt.Fprintf(l.w, "%s: done in %s\n", name, took)
	}
	l.line, l.name, l.done = "", "", nil
}

// Writer returns a writer for other lines (notes, warnings, Hugo's
// output) written to w while stages show: on a terminal the stage line is
// cleared before and drawn again after each.
func (l *Lines) Writer(w io.Writer) io.Writer {
	if !l.tty {
		return w
	}
	return writerFunc(func(p []byte) (int, error) {
		l.mu.Lock()
		defer l.mu.Unlock()
		if l.line != "" {
			fmt.Fprint(l.w, "\r\033[K")
		}
		n, err := w.Write(p)
		if l.line != "" && len(p) > 0 && p[len(p)-1] == '\n' {
			l.draw()
		}
		return n, err
	})
}

// Close ends the lines: a stage that did not end (the work failed) keeps
// its line, ended.
func (l *Lines) Close() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.finish()
}

// finish ends the line of a stage in progress that did not end.
func (l *Lines) finish() {
	if l.tty && l.line != "" {
		l.stopTicks()
		fmt.Fprintln(l.w)
	}
	l.line, l.name, l.done = "", "", nil
}

func (l *Lines) stopTicks() {
	if l.stop != nil {
		close(l.stop)
		l.stop = nil
	}
}

// ticks redraws the stage line with its running time until stop closes.
func (l *Lines) ticks(stop <-chan struct{}, tick time.Duration) {
	t := time.NewTicker(tick)
	defer t.Stop()
	for {
		select {
		case <-stop:
			return
		case <-t.C:
			l.redraw(stop)
		}
	}
}

// redraw draws the stage line again, unless stop has closed (the stage
// ended while the tick waited for the lock) or no stage is in progress.
func (l *Lines) redraw(stop <-chan struct{}) {
	l.mu.Lock()
	defer l.mu.Unlock()
	select {
	case <-stop:
	default:
		if l.line != "" {
			l.draw()
		}
	}
}

// draw rewrites the terminal's line: the stage, its count when it counts
// or its step, and its running time.
func (l *Lines) draw() {
	line := l.line
	switch {
	case l.done != nil:
		line = fmt.Sprintf("%s: %s of %s %s", l.name, count(int(l.done.Load())), count(l.size), l.unit)
		if l.step != "" {
			line += " " + l.step
		}
	case l.step != "":
		line += ", " + l.step
	}
	fmt.Fprintf(l.w, "\r\033[K%s … %s", line, l.now().Sub(l.began).Truncate(100*time.Millisecond))
}

// count writes n with thousands separated by commas: 12,345.
func count(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0 && s[i-1] != '-'; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

type writerFunc func([]byte) (int, error)

func (f writerFunc) Write(p []byte) (int, error) { return f(p) }
