package serve

import (
	"context"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/fsnotify/fsnotify"
)

// watchedDirs are the folders whose changes trigger a rebuild.
var watchedDirs = []string{"data", "content", "schema", "site"}

type watcher struct {
	*fsnotify.Watcher
	root string
}

func newWatcher(root string) (*watcher, error) {
	fw, err := fsnotify.NewWatcher()
	if err != nil {
		return nil, err
	}
	w := &watcher{Watcher: fw, root: root}
	// The root itself, not recursively: a watched folder renamed away and
	// back (a git checkout of another branch) shows only there.
	w.Add(root)
	w.addAll()
	return w, nil
}

// relevant says whether an event concerns the sources: anything inside a
// watched folder, or one of those folders appearing or going at the root;
// not other files at the root (an editor's backup of README.md).
func (w *watcher) relevant(ev fsnotify.Event) bool {
	if filepath.Clean(filepath.Dir(ev.Name)) != filepath.Clean(w.root) {
		return true
	}
	return slices.Contains(watchedDirs, filepath.Base(ev.Name))
}

// addAll watches every folder below the watched ones; fsnotify is not
// recursive, and folders come and go (a renamed folder, a git checkout).
// It reads every folder, data/investments/ with its 100,000 files at
// 100k commitments (0.15 s), so the loop calls it only after a change
// that may have made a folder (newFolders).
func (w *watcher) addAll() {
	for _, d := range watchedDirs {
		filepath.WalkDir(filepath.Join(w.root, d), func(p string, de fs.DirEntry, err error) error {
			if err == nil && de.IsDir() {
				w.Add(p)
			}
			return nil
		})
	}
}

// change is what the watcher saw between two rebuilds.
type change struct {
	// onlyData is set when every change was to a record or a page (in
	// data/ or content/): a quick rebuild can show those.
	onlyData bool
	// files are those changes' paths below the root, with forward slashes.
	files map[string]bool
	// newFolders is set when a change may have made a folder to watch:
	// one created, a watched folder appearing at the root, lost events.
	newFolders bool
}

// loop calls rebuild once the events have been quiet for the debounce
// time, with what changed since the last call.
func (w *watcher) loop(ctx context.Context, debounce time.Duration, rebuild func(change)) {
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	c := change{onlyData: true}
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if w.relevant(ev) {
				c.add(w.inData(ev.Name))
				c.newFolders = c.newFolders || w.mayMakeFolder(ev)
				timer.Reset(debounce)
			}
		case <-w.Errors:
			c.onlyData, c.newFolders = false, true // events may have been lost
			timer.Reset(debounce)
		case <-timer.C:
			if c.newFolders {
				w.addAll()
			}
			rebuild(c)
			c = change{onlyData: true}
		}
	}
}

// mayMakeFolder says whether ev may have made a folder to watch: a folder
// created or moved in below the watched ones, or anything at the root (a
// watched folder renamed back).
func (w *watcher) mayMakeFolder(ev fsnotify.Event) bool {
	if filepath.Clean(filepath.Dir(ev.Name)) == filepath.Clean(w.root) {
		return true
	}
	if !ev.Has(fsnotify.Create) {
		return false
	}
	info, err := os.Stat(ev.Name)
	return err == nil && info.IsDir()
}

// add notes a change: rel is the file's path in data/ or content/, "" for
// any other change.
func (c *change) add(rel string) {
	c.onlyData = c.onlyData && rel != ""
	if rel == "" {
		return
	}
	if c.files == nil {
		c.files = map[string]bool{}
	}
	c.files[rel] = true
}

// inData is name's slash path below the root when it is below data/ or
// content/ (not one of those folders itself, which appears at the root
// when renamed), and "" otherwise.
func (w *watcher) inData(name string) string {
	rel, err := filepath.Rel(w.root, name)
	if err != nil {
		return ""
	}
	rel = filepath.ToSlash(rel)
	first, rest, _ := strings.Cut(rel, "/")
	if rest == "" || (first != "data" && first != "content") {
		return ""
	}
	return rel
}
