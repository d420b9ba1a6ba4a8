package build

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/search"
)

// Merge joins the folders of every shard of one sharded build (build
// --shard i/n, dirs in any order) into a staging folder beside opt.Out,
// builds the search index of the merged site there from the shards'
// entries (search.Index), and publishes it into
// opt.Out as a build does: a failed merge leaves opt.Out as it was. Files
// are hard-linked from the shards' folders where the file system allows,
// else copied; a file that two shards hold with other bytes is an error.
func Merge(ctx context.Context, opt Options, dirs []string) error {
	opt = opt.withDefaults()
	if err := completeShards(dirs); err != nil {
		return err
	}
	stage, err := os.MkdirTemp(filepath.Dir(opt.Out), ".public-staging-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(stage) // a no-op once published
	if err := os.Chmod(stage, 0o755); err != nil {
		return err
	}
	start := opt.start(StageMerge, -1)
	entries := []search.Entry{}
	for _, dir := range dirs {
		if err := mergeInto(stage, dir, false); err != nil {
			return err
		}
		e, err := search.ReadEntries(filepath.Join(dir, shardSearch))
		if err != nil {
			return err
		}
		entries = append(entries, e...)
	}
	slices.SortFunc(entries, func(a, b search.Entry) int { return strings.Compare(a.URL, b.URL) })
	opt.stage(StageMerge, start)
	start = opt.start(StageSearch, len(entries))
	if err := search.Index(ctx, opt.searchConfig(), stage, entries); err != nil {
		return fmt.Errorf("building the search index: %w", err)
	}
	opt.stage(StageSearch, start)
	start = opt.start(StagePublish, -1)
	_, err = publish(stage, opt.Out)
	opt.stage(StagePublish, start)
	return err
}

// completeShards checks that dirs are the folders of shards 0 to n-1 of
// one n, each once.
func completeShards(dirs []string) error {
	var seen []int
	n := 0
	for _, dir := range dirs {
		sh, err := readMark(dir)
		if err != nil {
			return err
		}
		if n != 0 && sh.Count != n {
			return fmt.Errorf("%s is shard %s, of another split than %d", dir, sh, n)
		}
		if slices.Contains(seen, sh.Index) {
			return fmt.Errorf("%s is shard %s, given twice", dir, sh)
		}
		n = sh.Count
		seen = append(seen, sh.Index)
	}
	if n == 0 || len(seen) != n {
		return fmt.Errorf("%d of %d shards given; every shard's folder is needed", len(seen), n)
	}
	return nil
}

// mergeInto links or copies every file below dir but its shard mark to
// the same place below stage; a file that stage already holds must have
// its bytes (an asset several shards published). With move, dir is
// spent instead: what stage lacks, a folder or a file, is renamed into
// place whole, one call where linking a folder's files took one a file
// and their removal another (a build's own parts: BENCHMARKS.md).
func mergeInto(stage, dir string, move bool) error {
	return filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		rel, _ := filepath.Rel(dir, p)
		if err != nil || rel == "." || rel == shardMark || rel == shardSearch {
			return err
		}
		dst := filepath.Join(stage, rel)
		st, err := os.Lstat(dst)
		switch {
		case err == nil && d.IsDir() && st.IsDir():
			return nil // both hold the folder: join what is in it
		case err == nil:
			return sameFile(p, dst, rel, dir)
		case move:
			return mergeMoved(os.Rename(p, dst), d)
		case d.IsDir():
			return nil // made with its first file
		}
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if os.Link(p, dst) == nil {
			return nil
		}
		return copyFile(p, dst)
	})
}

// sameFile checks that the file p of the shard dir has the bytes of the
// file dst that stage already holds: an asset that several shards
// published, or a defect.
func sameFile(p, dst, rel, dir string) error {
	same, err := sameBytes(p, dst, make([]byte, 64<<10), make([]byte, 64<<10))
	if err != nil || !same {
		return errors.Join(err, fmt.Errorf("%s is in two shards, with other bytes in %s", filepath.ToSlash(rel), dir))
	}
	return nil
}

// mergeMoved is the walk's answer once d has been renamed (err): a moved
// folder's files went with it.
func mergeMoved(err error, d fs.DirEntry) error {
	if err == nil && d.IsDir() {
		return filepath.SkipDir
	}
	return err
}

// copyFile copies src to the new file dst.
func copyFile(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.OpenFile(dst, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return err
	}
	_, err = io.Copy(out, in)
	return errors.Join(err, out.Close())
}
