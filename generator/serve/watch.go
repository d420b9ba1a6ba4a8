package serve

import (
	"context"
	"io/fs"
	"maps"
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
// It reads every folder, data/investments/ with all its files, so the
// loop calls it only after a change that may have made a folder.
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

// batch is what the watcher saw between two deliveries.
type batch struct {
	// paths are the changed paths below the root, with forward slashes;
	// "." when events may have been lost.
	paths map[string]bool
	// newFolders is set when a change may have made a folder to watch:
	// one created, a watched folder appearing at the root, lost events.
	newFolders bool
}

func (b *batch) add(p string) {
	if b.paths == nil {
		b.paths = map[string]bool{}
	}
	b.paths[p] = true
}

// loop sends out what changed once the events have been quiet for the
// debounce time, until ctx ends.
func (w *watcher) loop(ctx context.Context, debounce time.Duration, out chan<- []string) {
	timer := time.NewTimer(time.Hour)
	timer.Stop()
	var b batch
	for {
		select {
		case <-ctx.Done():
			return
		case ev, ok := <-w.Events:
			if !ok {
				return
			}
			if w.relevant(ev) {
				b.add(w.rel(ev.Name))
				b.newFolders = b.newFolders || w.mayMakeFolder(ev)
				timer.Reset(debounce)
			}
		case <-w.Errors:
			b.add(".") // events may have been lost
			b.newFolders = true
			timer.Reset(debounce)
		case <-timer.C:
			if b.newFolders {
				w.addAll()
			}
			select {
			case out <- slices.Sorted(maps.Keys(b.paths)):
			case <-ctx.Done():
				return
			}
			b = batch{}
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

// rel is name's slash path below the root ("data/companies/aws.json", or
// "data" for the folder itself), or "." when it is not below it.
func (w *watcher) rel(name string) string {
	rel, err := filepath.Rel(w.root, name)
	if err != nil || strings.HasPrefix(rel, "..") {
		return "."
	}
	return filepath.ToSlash(rel)
}
