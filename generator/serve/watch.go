package serve

import (
	"context"
	"io/fs"
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

// loop calls rebuild once the events have been quiet for the debounce
// time. onlyData tells rebuild whether every change since the last call was
// to a record or a page (data/, content/): a quick rebuild can show those.
func (w *watcher) loop(ctx context.Context, debounce time.Duration, rebuild func(onlyData bool)) {
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	onlyData := true
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if w.relevant(ev) {
				onlyData = onlyData && w.inData(ev.Name)
				timer.Reset(debounce)
			}
		case <-w.Errors:
			onlyData = false // events may have been lost
			timer.Reset(debounce)
		case <-timer.C:
			w.addAll()
			rebuild(onlyData)
			onlyData = true
		}
	}
}

// inData reports whether name is below data/ or content/ (not one of
// those folders itself, which appears at the root when renamed).
func (w *watcher) inData(name string) bool {
	rel, err := filepath.Rel(w.root, name)
	if err != nil {
		return false
	}
	first, rest, _ := strings.Cut(filepath.ToSlash(rel), "/")
	return rest != "" && (first == "data" || first == "content")
}
