package load

import (
	"errors"
	"io"
	"io/fs"
	"path"
	"sort"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// Files lists the record and page files below data/ and content/, sorted,
// and reports every other entry there, so that nothing a contributor adds
// is followed or silently left out: a symbolic link (to /dev/zero, or to
// a record outside the repository), a device or pipe, and a file that is
// no record or page (x.JSON, x.json.txt, a picture in content/). Editors'
// temporary files (.x.json.swp, x.json~, #x.json#) are passed over.
func Files(fsys fs.FS) ([]string, record.ErrorList) {
	var files []string
	var errs record.ErrorList
	for _, root := range []string{"data", "content"} {
		if info, err := fs.Lstat(fsys, root); err == nil && info.Mode()&fs.ModeSymlink != 0 {
			errs = append(errs, fileErr(root, message.Symlink.Text()))
			continue
		}
		err := fs.WalkDir(fsys, root, func(p string, d fs.DirEntry, err error) error {
			switch {
			case err != nil && p == root:
				return err
			case err != nil:
				errs = append(errs, fileErr(p, message.CannotRead.With(unwrapPath(err).Error())))
			case d.IsDir() || temporary(path.Base(p)):
			case !d.Type().IsRegular():
				errs = append(errs, fileErr(p, irregular(d.Type())))
			case kindOf(p) != "":
				files = append(files, p)
			default:
				errs = append(errs, fileErr(p, misnamed(p)))
			}
			return nil
		})
		if err != nil && !errors.Is(err, fs.ErrNotExist) {
			errs = append(errs, fileErr(root, message.Verbatim.With(err.Error())))
		}
	}
	sort.Strings(files)
	return files, errs
}

func fileErr(p string, t message.Text) *record.Error {
	return message.At(record.Position{File: p}, "", t)
}

// temporary says whether name is an editor's temporary, backup or lock
// file (Emacs's .#x.json is a link), which comes and goes while a
// contributor types; it is never read.
func temporary(name string) bool {
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") ||
		len(name) > 2 && strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#")
}

// irregular says what is wrong with a file that is not a plain file.
func irregular(mode fs.FileMode) message.Text {
	if mode&fs.ModeSymlink != 0 {
		return message.Symlink.Text()
	}
	return message.NotRegular.Text()
}

// misnamed says how to name a plain file below data/ or content/ that is
// no record or page.
func misnamed(p string) message.Text {
	dir, name := path.Split(p)
	if strings.HasPrefix(p, "content/") {
		if stem, ok := cutExt(name, ".md", ".markdown"); ok {
			return message.PageFileName.With(dir + stem + ".md")
		}
		return message.NotPage.Text()
	}
	if _, _, ok := record.RecordOf(dir + "x.json"); ok {
		stem, _ := cutExt(name, ".json")
		return message.RecordName.With(dir, dir+stem+".json")
	}
	if strings.HasSuffix(p, ".json") {
		return message.UnexpectedJSON.Text()
	}
	return message.UnexpectedFile.Text()
}

// cutExt is name before the first of exts it holds in any case
// (x.JSON, x.json.txt), or else before its extension (x.txt, x); ok says
// whether it held one of exts.
func cutExt(name string, exts ...string) (stem string, ok bool) {
	lower := strings.ToLower(name)
	for _, ext := range exts {
		if i := strings.Index(lower, ext); i > 0 {
			return name[:i], true
		}
	}
	return strings.TrimSuffix(name, path.Ext(name)), false
}

// readLimited reads p, a plain file whose Lstat is info, or says why it
// will not. The limit holds on what is read, whatever info says: a file
// may grow, or be swapped for a device, between the two.
func readLimited(fsys fs.FS, p string, info fs.FileInfo) ([]byte, *message.Text) {
	if !info.Mode().IsRegular() {
		t := irregular(info.Mode())
		return nil, &t
	}
	if info.Size() > MaxFileSize {
		t := message.TooBig.With(info.Size(), MaxFileSize)
		return nil, &t
	}
	src, err := readAtMost(fsys, p, MaxFileSize)
	switch {
	case errors.Is(err, errNotPlain):
		t := message.NotRegular.Text()
		return nil, &t
	case err != nil:
		t := message.CannotRead.With(unwrapPath(err).Error())
		return nil, &t
	case len(src) > MaxFileSize:
		t := message.TooBigRead.With(MaxFileSize)
		return nil, &t
	}
	return src, nil
}

var errNotPlain = errors.New("not a plain file")

// readAtMost reads p up to limit+1 bytes, refusing what opens as
// anything but a plain file.
func readAtMost(fsys fs.FS, p string, limit int64) ([]byte, error) {
	f, err := fsys.Open(p)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	if st, err := f.Stat(); err != nil {
		return nil, err
	} else if !st.Mode().IsRegular() {
		return nil, errNotPlain
	}
	return io.ReadAll(io.LimitReader(f, limit+1))
}

// Unread is a stand-in for each record file among paths that docs has no
// document for: one that could not be read or decoded, whose problems
// Load has reported. The checker counts its record as existing (by its
// file's name), so that one typo in a company's file is reported once,
// in that file, and not again on every record that names the company.
func Unread(paths []string, docs []*Document) []*Document {
	read := make(map[string]bool, len(docs))
	for _, d := range docs {
		read[d.Path] = true
	}
	var out []*Document
	for _, p := range paths {
		if kind := kindOf(p); !read[p] && kind != "" && kind != Page {
			out = append(out, &Document{Path: p, Kind: kind, Unread: true})
		}
	}
	return out
}
