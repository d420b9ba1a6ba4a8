package build_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/internal/hugobin"
)

// rebuildKeepsUnchangedFiles: after one record changes, a rebuild
// rewrites the pages that show it and leaves every other file as it was,
// inode and modification time included, so a deploy sends only what changed.
func rebuildKeepsUnchangedFiles(t *testing.T, root string) {
	ctx := context.Background()
	pub := filepath.Join(root, "public")
	stat := func(name string) (uint64, int64, []byte) {
		t.Helper()
		p := filepath.Join(pub, filepath.FromSlash(name))
		fi, err := os.Stat(p)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := os.ReadFile(p)
		return fi.Sys().(*syscall.Stat_t).Ino, fi.ModTime().UnixNano(), b
	}
	const changed, unrelated = "investments/aws-ulsan-ai-data-hub/index.html", "companies/corning/index.html"
	const dataset = "data/regions.csv" // no title in it
	_, _, changedBefore := stat(changed)
	unIno, unTime, _ := stat(unrelated)
	dataIno, dataTime, _ := stat(dataset)

	// The same records again: nothing is written.
	published := stamps(t, pub)
	if _, err := build.Run(ctx, build.Options{Root: root, HugoBinary: hugobin.Path(t)}); err != nil {
		t.Fatal(err)
	}
	if n := rewritten(published, stamps(t, pub)); n != 0 {
		t.Errorf("a rebuild of the same records rewrote %d files", n)
	}

	record := filepath.Join(root, "data/investments/aws-ulsan-ai-data-hub.json")
	b, err := os.ReadFile(record)
	if err != nil {
		t.Fatal(err)
	}
	b = []byte(strings.Replace(string(b), `"title": "AI data hub in Ulsan with SK Group"`, `"title": "AI data hub in Ulsan, with SK Group"`, 1))
	if err := os.WriteFile(record, b, 0o644); err != nil {
		t.Fatal(err)
	}
	published = stamps(t, pub)
	if _, err := build.Run(ctx, build.Options{Root: root, HugoBinary: hugobin.Path(t)}); err != nil {
		t.Fatal(err)
	}
	if _, _, after := stat(changed); bytes.Equal(after, changedBefore) || !bytes.Contains(after, []byte("AI data hub in Ulsan, with SK Group")) {
		t.Errorf("%s did not change with its record", changed)
	}
	if ino, mtime, _ := stat(unrelated); ino != unIno || mtime != unTime {
		t.Errorf("%s was rewritten though its bytes did not change", unrelated)
	}
	if ino, mtime, _ := stat(dataset); ino != dataIno || mtime != dataTime {
		t.Errorf("%s was rewritten though its bytes did not change", dataset)
	}
	// A commitment is in some fifteen dataset files (the bulk CSV, JSON,
	// Parquet and workbook, the flat table, its own file and the index, its
	// company's and regions' files, the descriptors) besides its pages.
	if n := rewritten(published, stamps(t, pub)); n == 0 || n > len(published)/8 {
		t.Errorf("after one record changed, %d of %d files were rewritten", n, len(published))
	}
	// The stage linked unchanged datasets and feeds from public/ (package
	// reuse) and is gone: no published file may still share its data.
	filepath.WalkDir(pub, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		if fi, err := os.Lstat(p); err == nil && fi.Sys().(*syscall.Stat_t).Nlink != 1 {
			t.Errorf("%s has %d links after publishing", p, fi.Sys().(*syscall.Stat_t).Nlink)
		}
		return nil
	})
}

// stamp is what a file keeps when it is left alone: its inode and
// modification time.
type stamp struct {
	ino   uint64
	mtime int64
}

// stamps are the stamps of every file below dir, by path.
func stamps(t *testing.T, dir string) map[string]stamp {
	t.Helper()
	out := map[string]stamp{}
	err := filepath.WalkDir(dir, func(p string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		fi, err := os.Lstat(p)
		if err == nil {
			out[p] = stamp{fi.Sys().(*syscall.Stat_t).Ino, fi.ModTime().UnixNano()}
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// rewritten counts the files of after that are new or not left alone since before.
func rewritten(before, after map[string]stamp) int {
	n := 0
	for p, st := range after {
		if before[p] != st {
			n++
		}
	}
	return n
}
