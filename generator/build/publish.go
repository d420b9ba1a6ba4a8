package build

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sync"

	"github.com/korea-investment-tracker/kit/generator/export"
)

// syncStats says what publish did to the files of the published folder.
type syncStats struct {
	// Kept are files whose bytes did not change: left untouched, modification time included.
	Kept int
	// Written are new or changed files, each renamed into place whole.
	Written int
	// Removed are files the new site no longer has.
	Removed int
}

// publish puts the finished site in stage at out. The first build renames
// stage to out. Later builds update out file by file, so that a file whose
// bytes did not change keeps its modification time and inode: a deploy or
// an rsync sends only what changed, and a browser's cached copy stays valid.
// A changed or new file is renamed over the old one (stage is beside out,
// on the same file system), so a reader sees a whole old or a whole new
// file; removed files go last. Every check and every renderer has run
// before, so a failed build never reaches this point and out stays as it was.
// The top-level folders named in keep stay in out when stage lacks them.
func publish(stage, out string, keep ...string) (syncStats, error) {
	if _, err := os.Lstat(out); errors.Is(err, fs.ErrNotExist) {
		return syncStats{}, os.Rename(stage, out)
	}
	st, err := syncTree(stage, out, keep)
	if err != nil {
		return st, fmt.Errorf("updating %s: %w", out, err)
	}
	return st, os.RemoveAll(stage)
}

// syncTree makes the files below out those below stage, moving the changed
// ones out of stage, and removes what stage lacks but for the top-level
// folders in keep that stage does not have.
func syncTree(stage, out string, keep []string) (syncStats, error) {
	want, st, err := copyIn(stage, out)
	if err != nil {
		return st, err
	}
	kept := map[string]bool{}
	for _, k := range keep {
		if _, err := os.Lstat(filepath.Join(stage, k)); errors.Is(err, fs.ErrNotExist) {
			kept[filepath.FromSlash(k)] = true
		}
	}
	st.Removed, err = removeMissing(out, want, kept)
	return st, err
}

// copyIn puts every file below stage at the same place below out, leaving
// a file that already has its bytes alone, and returns every path below
// stage (relative, folders too).
func copyIn(stage, out string) (map[string]bool, syncStats, error) {
	var st syncStats
	if fi, err := os.Lstat(out); err != nil {
		return nil, st, err
	} else if !fi.IsDir() {
		return nil, st, fmt.Errorf("%s is not a folder", out)
	}
	want := map[string]bool{}
	var files []string
	err := filepath.WalkDir(stage, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == stage {
			return err
		}
		rel, _ := filepath.Rel(stage, p)
		want[rel] = true
		if d.IsDir() {
			return mkdirOver(filepath.Join(out, rel))
		}
		files = append(files, rel)
		return nil
	})
	if err != nil {
		return nil, st, err
	}
	st, err = syncFiles(stage, out, files)
	return want, st, err
}

// syncFiles syncs each file. Comparing reads both copies of every file:
// two workers keep the disk and a core busy at once.
func syncFiles(stage, out string, files []string) (syncStats, error) {
	var st syncStats
	var mu sync.Mutex
	var firstErr error
	work := make(chan string)
	var wg sync.WaitGroup
	for range 2 {
		wg.Go(func() {
			bufs := [2][]byte{make([]byte, 64<<10), make([]byte, 64<<10)}
			for rel := range work {
				kept, err := syncFile(filepath.Join(stage, rel), filepath.Join(out, rel), bufs)
				mu.Lock()
				switch {
				case err != nil && firstErr == nil:
					firstErr = err
				case kept:
					st.Kept++
				case err == nil:
					st.Written++
				}
				mu.Unlock()
			}
		})
	}
	for _, rel := range files {
		work <- rel
	}
	close(work)
	wg.Wait()
	return st, firstErr
}

// removeMissing removes what is below out but not in want, deepest first,
// so that a folder goes with its files; it leaves the folders in kept
// alone. It returns how many files and folders it removed.
func removeMissing(out string, want, kept map[string]bool) (int, error) {
	var gone []string
	err := filepath.WalkDir(out, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == out {
			return err
		}
		rel, _ := filepath.Rel(out, p)
		if kept[rel] {
			return filepath.SkipDir
		}
		if !want[rel] {
			gone = append(gone, p)
			if d.IsDir() {
				return filepath.SkipDir
			}
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	for _, p := range gone {
		if err := os.RemoveAll(p); err != nil {
			return 0, err
		}
	}
	return len(gone), nil
}

// publishQuick puts a quick rebuild's stage (see Site.Since) into out:
// every file of stage, then removes the dataset files the last export
// listed and this one did not write, and the files of the pages that are
// gone (removed: their folders; not subfolders, which are other pages).
// Everything else in out stays: Hugo rendered only the changed pages, and
// out/data also holds a page (the data page) that this stage may lack.
func publishQuick(stage, out string, removed []string) (syncStats, error) {
	stale, err := staleDatasets(stage, out)
	if err != nil {
		return syncStats{}, fmt.Errorf("updating %s: %w", out, err)
	}
	_, st, err := copyIn(stage, out)
	for _, p := range stale {
		if err != nil {
			break
		}
		err = os.Remove(p)
		st.Removed++
	}
	for _, f := range removed {
		if err != nil {
			break
		}
		var n int
		n, err = removePageFiles(out, filepath.FromSlash(f))
		st.Removed += n
	}
	if err != nil {
		return st, fmt.Errorf("updating %s: %w", out, err)
	}
	return st, os.RemoveAll(stage)
}

// staleDatasets lists the files of out/data that the previous export wrote
// (its manifest.json says which) and this one, in stage/data, did not.
func staleDatasets(stage, out string) ([]string, error) {
	m, err := export.ReadManifest(filepath.Join(out, "data"))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var stale []string
	for _, f := range m.Files {
		rel := filepath.Join("data", filepath.FromSlash(f.Path))
		if _, err := os.Lstat(filepath.Join(stage, rel)); errors.Is(err, fs.ErrNotExist) {
			stale = append(stale, filepath.Join(out, rel))
		}
	}
	return stale, nil
}

// removePageFiles removes the files in a gone page's folder (rel, below
// out), then the folder and its parents up to out while they are empty.
func removePageFiles(out, rel string) (int, error) {
	dir := filepath.Join(out, rel)
	entries, err := os.ReadDir(dir)
	if errors.Is(err, fs.ErrNotExist) {
		return 0, nil
	}
	n := 0
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		if err := os.Remove(filepath.Join(dir, e.Name())); err != nil {
			return n, err
		}
		n++
	}
	// os.Remove fails, harmlessly, on a folder that still holds something.
	for ; rel != "." && os.Remove(filepath.Join(out, rel)) == nil; rel = filepath.Dir(rel) {
	}
	return n, err
}

// mkdirOver makes dir a folder, removing a file that is in its way.
func mkdirOver(dir string) error {
	fi, err := os.Lstat(dir)
	switch {
	case err == nil && fi.IsDir():
		return nil
	case err == nil:
		if err := os.Remove(dir); err != nil {
			return err
		}
	case !errors.Is(err, fs.ErrNotExist):
		return err
	}
	return os.Mkdir(dir, 0o755)
}

// syncFile leaves dst alone when it holds src's bytes (kept is true): when
// src is a link to it, or a file of the same bytes; otherwise it renames
// src over it.
func syncFile(src, dst string, bufs [2][]byte) (kept bool, err error) {
	si, err := os.Lstat(src)
	if err != nil {
		return false, err
	}
	di, err := os.Lstat(dst)
	switch {
	case err == nil && os.SameFile(si, di): // linked from out (package reuse)
		return true, nil
	case err == nil && di.IsDir():
		if err := os.RemoveAll(dst); err != nil {
			return false, err
		}
	case err == nil && di.Mode().IsRegular() && si.Mode().IsRegular() && di.Size() == si.Size():
		same, err := sameBytes(src, dst, bufs[0], bufs[1])
		if err != nil {
			return false, err
		}
		if same {
			return true, nil
		}
	case err != nil && !errors.Is(err, fs.ErrNotExist):
		return false, err
	}
	return false, os.Rename(src, dst)
}

// sameBytes compares two files of the same size, reading them into the buffers.
func sameBytes(a, b string, bufA, bufB []byte) (bool, error) {
	fa, err := os.Open(a)
	if err != nil {
		return false, err
	}
	defer fa.Close()
	fb, err := os.Open(b)
	if err != nil {
		return false, err
	}
	defer fb.Close()
	for {
		na, errA := io.ReadFull(fa, bufA)
		nb, errB := io.ReadFull(fb, bufB)
		if na != nb || !bytes.Equal(bufA[:na], bufB[:nb]) {
			return false, nil
		}
		endA := errors.Is(errA, io.EOF) || errors.Is(errA, io.ErrUnexpectedEOF)
		endB := errors.Is(errB, io.EOF) || errors.Is(errB, io.ErrUnexpectedEOF)
		switch {
		case errA != nil && !endA:
			return false, errA
		case errB != nil && !endB:
			return false, errB
		case endA || endB:
			return endA && endB, nil
		}
	}
}
