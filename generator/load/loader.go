package load

import (
	"errors"
	"io/fs"
	"time"

	"github.com/korea-investment-tracker/kit/generator/parallel"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// racyWindow is how recently before a load a file may have changed and
// still be trusted by its identity the next time. A file changed again
// within the file system's clock tick of its last change keeps its
// modification time, and may keep its size, so such a file is read again
// (Git's "racily clean" entries). Two seconds covers the coarsest clocks
// (FAT's); the cost is one more read of a file that was just saved.
const racyWindow = 2 * time.Second

// A Loader loads files as Load does and remembers each document it
// returned with its file's identity (see fileID), so that loading the
// repository again reads and parses only the files whose identity
// changed: the live preview loads every file after each save, and at
// 10,000 companies reading and parsing them was most of its validation.
// The zero value is ready to use; a Loader is not safe for concurrent use.
type Loader struct {
	known  map[string]known // by path, what the last Load returned
	window time.Duration    // racyWindow when zero; a test sets it below zero to trust every file
	// Done, when set, is told as each file is loaded, from several
	// goroutines at once: a build's live counter.
	Done func()
}

// known is a document and the identity its file had when it was read;
// settled is false when the file had changed within racyWindow of that.
type known struct {
	id      fileID
	settled bool
	doc     *Document
}

// fileID is what tells a changed file from an unchanged one without
// reading it: its size and modification time, and where the system has
// them (Linux) its status-change time and inode, which no tool can set
// back, so that a file replaced by one of the same size and an old
// modification time (tar, rsync, cp -p) is still read again.
type fileID struct {
	size        int64
	mod, change int64 // Unix nanoseconds; change is 0 where unknown
	inode       uint64
}

func idOf(info fs.FileInfo) fileID {
	change, inode := statusOf(info)
	id := fileID{size: info.Size(), mod: info.ModTime().UnixNano(), inode: inode}
	if !change.IsZero() {
		id.change = change.UnixNano()
	}
	return id
}

// Load reads and decodes the named files like the package's Load, reusing
// each document whose file's identity is the one it had when last read,
// unless the file had changed within racyWindow before that read.
func (l *Loader) Load(fsys fs.FS, paths []string) ([]*Document, record.ErrorList) {
	window := l.window
	if window == 0 {
		window = racyWindow
	}
	settledBefore := time.Now().Add(-window).UnixNano()
	loaded := make([]known, len(paths))
	perFile := make([]record.ErrorList, len(paths))
	parallel.For(len(paths), func(i int) error {
		loaded[i], perFile[i] = l.loadFile(fsys, paths[i], settledBefore)
		if l.Done != nil {
			l.Done()
		}
		return nil
	})
	docs := make([]*Document, 0, len(paths))
	var errs record.ErrorList
	next := make(map[string]known, len(paths))
	for i, k := range loaded {
		errs = append(errs, perFile[i]...)
		if k.doc != nil && len(perFile[i]) == 0 {
			docs = append(docs, k.doc)
			next[paths[i]] = k
		}
	}
	l.known = next // files that are gone, or failed to load, are forgotten
	return docs, errs
}

// loadFile returns the known document for p when its file is unchanged,
// and otherwise reads it; a file changed since settledBefore (Unix
// nanoseconds) is not settled. It only reads l.known, so it may run on
// every core.
func (l *Loader) loadFile(fsys fs.FS, p string, settledBefore int64) (known, record.ErrorList) {
	if kindOf(p) == "" {
		return known{}, notRecord(p)
	}
	info, err := fs.Lstat(fsys, p) // a link is refused, not followed
	if err != nil {
		return known{}, record.ErrorList{{Pos: record.Position{File: p}, Msg: "cannot read: " + unwrapPath(err).Error()}}
	}
	id := idOf(info)
	if last, ok := l.known[p]; ok && last.settled && last.id == id {
		return last, nil
	}
	doc, errs := loadFileWith(fsys, p, info)
	settled := id.mod < settledBefore && id.change < settledBefore
	return known{id: id, settled: settled, doc: doc}, errs
}

// Known returns the documents the last Load returned for paths, and the
// paths it holds none for. It reads no file: the live preview's first
// look takes the files around the changed ones from here, as the last
// build read them.
func (l *Loader) Known(paths []string) (docs []*Document, unknown []string) {
	for _, p := range paths {
		if k, ok := l.known[p]; ok {
			docs = append(docs, k.doc)
		} else {
			unknown = append(unknown, p)
		}
	}
	return docs, unknown
}

// Changed reads the record and page files among paths afresh, as Load
// does, without remembering them, and lists those that no longer exist.
// Other paths (an editor's swap file, a template) are left out: they are
// no record's, and the whole build reports a misplaced record.
func Changed(fsys fs.FS, paths []string) (docs []*Document, removed []string, errs record.ErrorList) {
	var present []string
	for _, p := range paths {
		if kindOf(p) == "" {
			continue
		}
		if _, err := fs.Stat(fsys, p); errors.Is(err, fs.ErrNotExist) {
			removed = append(removed, p)
		} else {
			present = append(present, p)
		}
	}
	docs, errs = Load(fsys, present)
	return docs, removed, errs
}
