package hugo

import (
	"os"
	"path"
	"path/filepath"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/view"
)

// pageCounter counts the pages of a site that Hugo has written into a
// folder, for Config.Progress: Hugo says nothing per page. It reads the
// names in the folders that hold the pages' folders, which costs a system
// call per few hundred pages, where asking for each page would cost one.
type pageCounter struct {
	dest string
	// names are, by parent folder, its pages' folder names, each true
	// when the folder was there before Hugo ran (the data page's, which
	// the export writes): its page counts once its index.html is there.
	names map[string]map[string]bool
}

// newPageCounter counts the pages of s (view.Site.Pages) in dest, those
// whose folder counts holds when it is set (Config.Counts).
func newPageCounter(dest string, s view.Site, counts func(folder string) bool) pageCounter {
	pc := pageCounter{dest: dest, names: map[string]map[string]bool{}}
	for _, ls := range s.Langs {
		for _, pg := range ls.Pages {
			if counts != nil && !counts(page.Folder(ls.Lang, pg.Path)) {
				continue
			}
			folder := strings.TrimSuffix(page.Folder(ls.Lang, pg.Path), "/")
			parent, name := path.Split(folder)
			if pc.names[parent] == nil {
				pc.names[parent] = map[string]bool{}
			}
			pc.names[parent][name] = false
		}
	}
	for parent, names := range pc.names {
		for _, name := range pc.present(parent) {
			if _, ok := names[name]; ok {
				names[name] = true
			}
		}
	}
	return pc
}

// count is how many of the pages dest holds: their folders, which Hugo
// creates as it writes a page, or for a folder that was there before,
// its index.html.
func (pc pageCounter) count() int {
	n := 0
	for parent, names := range pc.names {
		for _, name := range pc.present(parent) {
			before, ok := names[name]
			if ok && before {
				_, err := os.Stat(filepath.Join(pc.dest, filepath.FromSlash(parent), name, "index.html"))
				ok = err == nil
			}
			if ok {
				n++
			}
		}
	}
	return n
}

// present lists the names in the folder parent of dest; none when it is
// not there (yet).
func (pc pageCounter) present(parent string) []string {
	f, err := os.Open(filepath.Join(pc.dest, filepath.FromSlash(parent)))
	if err != nil {
		return nil
	}
	defer f.Close()
	names, _ := f.Readdirnames(-1)
	return names
}

// Counting pages waits at least minWait between counts (a terminal draws
// its line ten times a second), and 1/costShare of the time the last
// count took, so that counting holds a core for 1% of the time at most.
const (
	minWait   = 100 * time.Millisecond
	costShare = 0.01
)

// start has watch tell add in a goroutine of its own; the returned stop
// ends it and returns once it told add its last, the count at the end.
func (pc pageCounter) start(add func(int)) (stop func()) {
	quit, done := make(chan struct{}), make(chan struct{})
	go func() {
		defer close(done)
		pc.watch(quit, add)
	}()
	return func() {
		close(quit)
		<-done
	}
}

// watch tells add, now and then and once stop closes, how many more
// pages dest holds than it last told.
func (pc pageCounter) watch(stop <-chan struct{}, add func(int)) {
	t := time.NewTimer(minWait)
	defer t.Stop()
	told := 0
	for {
		var stopped bool
		select {
		case <-stop:
			stopped = true
		case <-t.C:
		}
		start := time.Now()
		n := pc.count()
		add(n - told)
		told = n
		if stopped {
			return
		}
		t.Reset(max(minWait, time.Duration(float64(time.Since(start))/costShare)))
	}
}
