package build

import (
	"os"
	"path/filepath"
	"syscall"
	"testing"
	"time"
)

func writeTree(t *testing.T, dir string, files map[string]string) {
	t.Helper()
	for name, body := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// inode is a file's inode and modification time, which a kept file keeps.
func inode(t *testing.T, p string) (uint64, time.Time) {
	t.Helper()
	fi, err := os.Stat(p)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Sys().(*syscall.Stat_t).Ino, fi.ModTime()
}

// TestPublishUpdatesFileByFile: a rebuild leaves files with the same bytes
// untouched, replaces changed ones, adds new ones, removes the rest, and
// turns a file into a folder and back.
func TestPublishUpdatesFileByFile(t *testing.T) {
	dir := t.TempDir()
	out, stage := filepath.Join(dir, "public"), filepath.Join(dir, "stage")
	writeTree(t, stage, map[string]string{"index.html": "home", "a/index.html": "a", "b/index.html": "b",
		"gone/index.html": "gone", "x": "file", "y/index.html": "folder", "pagefind/pagefind.js": "index"})
	if _, err := publish(stage, out); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(stage); !os.IsNotExist(err) {
		t.Fatalf("stage is still there after the first publish: %v", err)
	}
	aIno, aTime := inode(t, filepath.Join(out, "a/index.html"))
	time.Sleep(10 * time.Millisecond)

	writeTree(t, stage, map[string]string{"index.html": "home, changed", "a/index.html": "a", "b/index.html": "B",
		"new/index.html": "new", "x/index.html": "now a folder", "y": "now a file"})
	st, err := publish(stage, out, "pagefind")
	if err != nil {
		t.Fatal(err)
	}
	if want := (syncStats{Kept: 1, Written: 5, Removed: 1}); st != want {
		t.Errorf("stats %+v, want %+v", st, want)
	}
	if ino, mtime := inode(t, filepath.Join(out, "a/index.html")); ino != aIno || !mtime.Equal(aTime) {
		t.Errorf("an unchanged file was rewritten: inode %d→%d, mtime %v→%v", aIno, ino, aTime, mtime)
	}
	for name, want := range map[string]string{"index.html": "home, changed", "b/index.html": "B", "new/index.html": "new",
		"x/index.html": "now a folder", "y": "now a file", "pagefind/pagefind.js": "index"} {
		if b, err := os.ReadFile(filepath.Join(out, filepath.FromSlash(name))); err != nil || string(b) != want {
			t.Errorf("%s: %q, %v; want %q", name, b, err, want)
		}
	}
	if _, err := os.Stat(filepath.Join(out, "gone")); !os.IsNotExist(err) {
		t.Errorf("a removed page's folder is still there: %v", err)
	}
	if _, err := os.Stat(stage); !os.IsNotExist(err) {
		t.Errorf("stage is still there: %v", err)
	}

	// Without keep, a folder the new site lacks goes.
	writeTree(t, stage, map[string]string{"index.html": "home, changed"})
	if _, err := publish(stage, out); err != nil {
		t.Fatal(err)
	}
	entries, _ := os.ReadDir(out)
	if len(entries) != 1 {
		t.Errorf("out holds %d entries, want only index.html", len(entries))
	}
}

func TestSameBytes(t *testing.T) {
	dir := t.TempDir()
	big := make([]byte, 200<<10)
	for i := range big {
		big[i] = byte(i)
	}
	other := append([]byte(nil), big...)
	other[len(other)-1]++
	writeTree(t, dir, map[string]string{"a": string(big), "b": string(big), "c": string(other), "e1": "", "e2": ""})
	bufs := [2][]byte{make([]byte, 64<<10), make([]byte, 64<<10)}
	for _, c := range []struct {
		a, b string
		want bool
	}{{"a", "b", true}, {"a", "c", false}, {"e1", "e2", true}} {
		got, err := sameBytes(filepath.Join(dir, c.a), filepath.Join(dir, c.b), bufs[0], bufs[1])
		if err != nil || got != c.want {
			t.Errorf("sameBytes(%s, %s) = %v, %v; want %v", c.a, c.b, got, err, c.want)
		}
	}
}
