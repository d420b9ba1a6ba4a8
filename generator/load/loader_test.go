package load

import (
	"os"
	"path/filepath"
	"strconv"
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
		{"new size, new time", func(fsys fstest.MapFS, _ *Loader) {
			fsys[p] = &fstest.MapFile{Data: []byte(`{"id": "bc"}`), ModTime: old.Add(time.Minute)}
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
// until it has been still for the window, and then trusted.
func TestLoaderRereadsRecentFiles(t *testing.T) {
	const p = "data/companies/a.json"
	fsys := fstest.MapFS{p: {Data: []byte(`{"id": "a"}`), ModTime: time.Now()}}
	l := Loader{window: 50 * time.Millisecond}
	first, _ := loadOne(t, &l, fsys, p)
	fsys[p].Data = []byte(`{"id": "b"}`) // same size, same time
	second, _ := loadOne(t, &l, fsys, p)
	if first == second || string(second.Src) != `{"id": "b"}` {
		t.Errorf("a file changed within the window was not read again: %q", second.Src)
	}
	time.Sleep(60 * time.Millisecond)
	third, _ := loadOne(t, &l, fsys, p) // read again, now settled
	fourth, _ := loadOne(t, &l, fsys, p)
	if third == second || fourth != third {
		t.Errorf("after the window: read again %v, then reused %v; want true, true", third != second, fourth == third)
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
	if change, _ := statusOf(mustStat(t, t.TempDir())); change.IsZero() {
		t.Skip("no status-change time on this system")
	}
	dir := t.TempDir()
	p := "data/companies/a.json"
	name := filepath.Join(dir, filepath.FromSlash(p))
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
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
	// Kernels with coarse timestamps move the status-change time once a
	// clock tick (1–4 ms): rewrite until it moves.
	before, _ := statusOf(mustStat(t, name))
	for i := 0; i < 100; i++ {
		write(`{"id": "b"}`)
		if after, _ := statusOf(mustStat(t, name)); !after.Equal(before) {
			break
		}
		time.Sleep(time.Millisecond)
	}
	second, _ := l.Load(fsys, []string{p})
	if first[0] == second[0] || string(second[0].Src) != `{"id": "b"}` {
		t.Errorf("the rewritten file was not read again: %q", second[0].Src)
	}
	third, _ := l.Load(fsys, []string{p})
	if third[0] != second[0] {
		t.Error("an unchanged file was read again")
	}
}

// TestLoaderManyFiles loads many files on every core, twice, so that the
// race detector sees the parallel reads of what the Loader knows.
func TestLoaderManyFiles(t *testing.T) {
	fsys := fstest.MapFS{}
	var paths []string
	for i := range 200 {
		p := "data/companies/c" + strconv.Itoa(i) + ".json"
		fsys[p] = &fstest.MapFile{Data: []byte(`{"id": "c` + strconv.Itoa(i) + `"}`), ModTime: time.Now().Add(-time.Hour)}
		paths = append(paths, p)
	}
	var l Loader
	first, errs := l.Load(fsys, paths)
	fsys[paths[7]] = &fstest.MapFile{Data: []byte(`{"id": "changed"}`), ModTime: time.Now().Add(-time.Minute)}
	second, errs2 := l.Load(fsys, paths)
	if len(errs)+len(errs2) > 0 || len(first) != 200 || len(second) != 200 {
		t.Fatalf("loaded %d and %d documents, problems %v %v", len(first), len(second), errs, errs2)
	}
	for i := range second {
		if reused := first[i] == second[i]; reused == (i == 7) {
			t.Errorf("%s: reused %v", paths[i], reused)
		}
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

// TestChangedAndKnown: the first look reads the changed record and page
// files afresh, lists the removed ones and leaves other files out; the
// files around them come from what the Loader last read, as it read them.
func TestChangedAndKnown(t *testing.T) {
	old := time.Now().Add(-time.Hour)
	fsys := fstest.MapFS{
		"data/companies/a.json": {Data: []byte(`{"id": "a"}`), ModTime: old},
		"data/companies/b.json": {Data: []byte(`{"id": "b"}`), ModTime: old},
	}
	var l Loader
	l.Load(fsys, []string{"data/companies/a.json", "data/companies/b.json"})
	fsys["data/companies/a.json"] = &fstest.MapFile{Data: []byte(`{"id": "a2"}`), ModTime: old.Add(time.Minute)}
	docs, removed, errs := Changed(fsys, []string{"data/companies/a.json", "data/companies/.a.json.swp", "content/gone.md", "site/layouts/x.html"})
	if len(errs) != 0 || len(docs) != 1 || string(docs[0].Src) != `{"id": "a2"}` {
		t.Errorf("Changed read %d documents (%v); want the new a.json alone", len(docs), errs)
	}
	if len(removed) != 1 || removed[0] != "content/gone.md" {
		t.Errorf("removed = %v, want [content/gone.md]", removed)
	}
	known, unknown := l.Known([]string{"data/companies/a.json", "data/companies/b.json", "data/companies/c.json"})
	if len(known) != 2 || string(known[0].Src) != `{"id": "a"}` || string(known[1].Src) != `{"id": "b"}` {
		t.Errorf("Known gave %d documents; want a.json as last read, and b.json", len(known))
	}
	if len(unknown) != 1 || unknown[0] != "data/companies/c.json" {
		t.Errorf("unknown = %v, want [data/companies/c.json]", unknown)
	}
}
