package load

import (
	"os"
	"path/filepath"
	"testing"
	"testing/fstest"
	"time"
)

// loadOne loads path alone with l and returns its document (nil if it
// did not load) and how many problems were reported.
func loadOne(t *testing.T, l *Loader, fsys fstest.MapFS, p string) (*Document, int) {
	t.Helper()
	docs, errs := l.Load(fsys, []string{p})
	if len(docs) == 0 {
		return nil, len(errs)
	}
	return docs[0], len(errs)
}

func TestLoaderReusesUnchangedFiles(t *testing.T) {
	const p = "data/companies/a.json"
	old := time.Now().Add(-time.Hour)
	tests := []struct {
		name   string
		change func(fsys fstest.MapFS, l *Loader)
		reused bool
	}{
		{"unchanged", func(fstest.MapFS, *Loader) {}, true},
		{"new bytes, new time", func(fsys fstest.MapFS, _ *Loader) {
			fsys[p] = &fstest.MapFile{Data: []byte(`{"id": "b"}`), ModTime: old.Add(time.Minute)}
		}, false},
		{"same size, new time", func(fsys fstest.MapFS, _ *Loader) {
			fsys[p] = &fstest.MapFile{Data: []byte(`{"id": "z"}`), ModTime: old.Add(time.Minute)}
		}, false},
		{"new size, same time", func(fsys fstest.MapFS, _ *Loader) {
			fsys[p] = &fstest.MapFile{Data: []byte(`{"id": "abc"}`), ModTime: old}
		}, false},
		{"removed, then back", func(fsys fstest.MapFS, l *Loader) {
			data := fsys[p]
			delete(fsys, p)
			l.Load(fsys, []string{p})
			fsys[p] = data
		}, false}, // a file gone is forgotten
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{p: {Data: []byte(`{"id": "a"}`), ModTime: old}}
			var l Loader
			first, _ := loadOne(t, &l, fsys, p)
			tt.change(fsys, &l)
			second, _ := loadOne(t, &l, fsys, p)
			if got := first == second; got != tt.reused {
				t.Errorf("document reused = %v, want %v", got, tt.reused)
			}
			if string(second.Src) != string(fsys[p].Data) {
				t.Errorf("second load has %q, the file %q", second.Src, fsys[p].Data)
			}
		})
	}
}

// A file changed just before a load may change again within the same
// clock tick without its identity showing it: it is read every time
// until it has been still for racyWindow.
func TestLoaderRereadsRecentFiles(t *testing.T) {
	const p = "data/companies/a.json"
	fsys := fstest.MapFS{p: {Data: []byte(`{"id": "a"}`), ModTime: time.Now()}}
	var l Loader
	first, _ := loadOne(t, &l, fsys, p)
	fsys[p].Data = []byte(`{"id": "b"}`) // same size, same time
	second, _ := loadOne(t, &l, fsys, p)
	if first == second || string(second.Src) != `{"id": "b"}` {
		t.Errorf("a file changed within the window was not read again: %q", second.Src)
	}
}

func TestLoaderForgetsFailures(t *testing.T) {
	const p = "data/companies/a.json"
	fsys := fstest.MapFS{p: {Data: []byte(`{"id": `), ModTime: time.Now().Add(-time.Hour)}}
	var l Loader
	for i := range 2 {
		if doc, n := loadOne(t, &l, fsys, p); doc != nil || n != 1 {
			t.Errorf("load %d: got a document %v and %d problems, want none and 1", i, doc != nil, n)
		}
	}
}

// On Linux a file rewritten with its old size and modification time put
// back (as tar or cp -p do) is still read again: its status-change time
// moved, and no tool can set that back.
func TestLoaderSeesStatusChange(t *testing.T) {
	if _, inode := statusOf(mustStat(t, t.TempDir())); inode == 0 {
		t.Skip("no status-change time on this system")
	}
	dir := t.TempDir()
	p := "data/companies/a.json"
	name := filepath.Join(dir, filepath.FromSlash(p))
	os.MkdirAll(filepath.Dir(name), 0o755)
	old := time.Now().Add(-time.Hour)
	write := func(s string) {
		if err := os.WriteFile(name, []byte(s), 0o644); err != nil {
			t.Fatal(err)
		}
		if err := os.Chtimes(name, old, old); err != nil {
			t.Fatal(err)
		}
	}
	write(`{"id": "a"}`)
	l := Loader{window: -time.Hour} // trust even what changed just now
	fsys := os.DirFS(dir)
	first, _ := l.Load(fsys, []string{p})
	write(`{"id": "b"}`)
	second, _ := l.Load(fsys, []string{p})
	if first[0] == second[0] || string(second[0].Src) != `{"id": "b"}` {
		t.Errorf("the rewritten file was not read again: %q", second[0].Src)
	}
	third, _ := l.Load(fsys, []string{p})
	if third[0] != second[0] {
		t.Error("an unchanged file was read again")
	}
}

func mustStat(t *testing.T, name string) os.FileInfo {
	t.Helper()
	info, err := os.Stat(name)
	if err != nil {
		t.Fatal(err)
	}
	return info
}
