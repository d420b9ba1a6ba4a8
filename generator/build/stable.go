package build

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/export"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/releases"
)

// StableBudget is how many bytes of per-release files a build keeps: the
// newest releases' main files are kept while their sum stays within it,
// and older releases link to their GitHub release's attachments instead.
const StableBudget = 100 << 20

// stable is the per-release files a build keeps: each release's main
// files (stableFile) exported into Dir/<tag>/ as a build of the tag
// publishes them, and which files each kept release has.
type stable struct {
	Dir  string
	Kept map[string][]record.DataFile
}

// stableFile reports whether a dataset file is one of the main files kept
// per release: those at the top of data/ (the whole publication's JSON,
// CSV, SQLite, data package and checksums), not each record's.
func stableFile(path string) bool { return !strings.Contains(path, "/") }

// keeper keeps the main files of the newest releases, newest first, in
// dir/<tag>/, while the bytes kept stay within budget; with dir "" it
// keeps none.
type keeper struct {
	stable
	budget, total int64
	full          bool           // a release did not fit: none older is kept
	opt           export.Options // the site's words, as a build exports with
}

func newKeeper(dir string, budget int64, opt export.Options) *keeper {
	return &keeper{stable: stable{Dir: dir, Kept: map[string][]record.DataFile{}}, budget: budget, opt: opt}
}

// release exports p, the data of rels[i], as a build of its tag writes
// it (that release current, the releases up to it listed), and keeps its
// main files if they fit.
func (k *keeper) release(p *publication.Publication, rels []releases.Published, i int) error {
	if k.Dir == "" || k.full {
		return nil
	}
	r := &rels[i]
	tmp := filepath.Join(k.Dir, r.Tag+".export")
	opt := k.opt
	opt.Release, opt.Releases = r, rels[i:]
	m, err := export.Write(tmp, p, opt)
	if err != nil {
		return err
	}
	files, size, err := mainFiles(tmp, m)
	if err != nil {
		return err
	}
	if k.total+size > k.budget {
		k.full = true
		return os.RemoveAll(tmp)
	}
	k.total += size
	k.Kept[r.Tag] = files
	return keep(tmp, filepath.Join(k.Dir, r.Tag), files)
}

// mainFiles are the main files of an export in dir (its manifest included),
// with their bytes in all.
func mainFiles(dir string, m *record.Manifest) ([]record.DataFile, int64, error) {
	var files []record.DataFile
	var size int64
	for _, f := range m.Files {
		if stableFile(f.Path) {
			files = append(files, f)
			size += f.Bytes
		}
	}
	fi, err := os.Stat(filepath.Join(dir, "manifest.json"))
	if err != nil {
		return nil, 0, err
	}
	files = append(files, record.DataFile{Path: "manifest.json", Bytes: fi.Size(), MediaType: "application/json",
		Description: "The list of the release's files with their sizes and hashes."})
	return files, size + fi.Size(), nil
}

// keep moves files from the export in tmp to dst and removes the rest.
func keep(tmp, dst string, files []record.DataFile) error {
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if err := os.Rename(filepath.Join(tmp, f.Path), filepath.Join(dst, f.Path)); err != nil {
			return err
		}
	}
	return os.RemoveAll(tmp)
}

// placeStable moves the kept files of each release into the staging
// folder's data/releases/<tag>/.
func placeStable(stage string, s stable) error {
	for tag := range s.Kept {
		dst := filepath.Join(stage, "data", "releases", tag)
		if err := os.MkdirAll(filepath.Dir(dst), 0o755); err != nil {
			return err
		}
		if err := os.Rename(filepath.Join(s.Dir, tag), dst); err != nil {
			return err
		}
	}
	return nil
}
