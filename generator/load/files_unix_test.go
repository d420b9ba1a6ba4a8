//go:build unix

package load

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestFilesOnDisk: on a real repository a link to /dev/zero, a link to a
// valid record outside it and a named pipe are reported, and none is
// opened (reading the first would never end, opening the pipe would wait
// for a writer).
func TestFilesOnDisk(t *testing.T) {
	root, outside := t.TempDir(), t.TempDir()
	dir := filepath.Join(root, "data", "companies")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	record := filepath.Join(outside, "x.json")
	if err := os.WriteFile(record, []byte(`{"id": "x", "name": "X", "sources": [{"title": "T"}]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	for name, target := range map[string]string{"zero.json": "/dev/zero", "x.json": record} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.json"), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	fsys := os.DirFS(root)
	files, errs := Files(fsys)
	if len(files) != 0 || len(errs) != 3 {
		t.Fatalf("files %q, errors:\n%v\nwant no files and three errors", files, errs)
	}
	paths := []string{"data/companies/zero.json", "data/companies/x.json", "data/companies/pipe.json"}
	docs, errs := Load(fsys, paths)
	if len(docs) != 0 || len(errs) != 3 {
		t.Fatalf("docs %d, errors:\n%v\nwant none and three errors", len(docs), errs)
	}
	for _, e := range errs {
		if !strings.Contains(e.Msg, "symbolic link") && !strings.Contains(e.Msg, "not a plain file") {
			t.Errorf("%v: want a link or a file that is not plain", e)
		}
	}
}
