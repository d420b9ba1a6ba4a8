package load

import (
	"io/fs"
	"strings"
	"testing"
	"testing/fstest"
	"time"
	"unicode/utf8"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// TestFiles: every entry below data/ and content/ is a record or page to
// read, or a problem at its path that says what to do; only editors'
// temporary files are passed over.
func TestFiles(t *testing.T) {
	link := func(target string) *fstest.MapFile {
		return &fstest.MapFile{Data: []byte(target), Mode: fs.ModeSymlink}
	}
	file := &fstest.MapFile{Data: []byte("{}")}
	fsys := fstest.MapFS{
		"data/companies/a.json":       file,
		"data/companies/b.JSON":       file,
		"data/companies/c.json.txt":   file,
		"data/companies/d":            file,
		"data/companies/zero.json":    link("/dev/zero"),
		"data/companies/outside.json": link("../../../elsewhere/x.json"),
		"data/companies/.a.json.swp":  file,
		"data/companies/a.json~":      file,
		"data/companies/#a.json#":     file,
		"data/companies/.#a.json":     link("user@host.1234"),
		"data/investments/pipe.json":  {Mode: fs.ModeNamedPipe},
		"data/regions":                link("/etc"),
		"data/company/b.json":         file,
		"data/README.md":              file,
		"data/rates.json":             file,
		"content/about.md":            file,
		"content/About.MD":            file,
		"content/notes.markdown":      file,
		"content/logo.png":            file,
		"content/guides":              link("../site"),
	}
	files, errs := Files(fsys)
	if got, want := strings.Join(files, "\n"), "content/about.md\ndata/companies/a.json\ndata/rates.json"; got != want {
		t.Errorf("files:\n%s\nwant:\n%s", got, want)
	}
	want := []string{
		"content/About.MD: is not a page: a page is a Markdown file whose name ends in .md in lower case; rename it content/About.md",
		"content/guides: is a symbolic link: check and build read only files kept in the repository itself, never what a link points to; put the file itself here",
		"content/logo.png: is not a page: content/ holds only Markdown pages (<name>.md), and the site publishes nothing else from it",
		"content/notes.markdown: is not a page: a page is a Markdown file whose name ends in .md in lower case; rename it content/notes.md",
		"data/README.md: is not a record: records go in data/companies/, data/investments/ or data/regions/, one <id>.json file each",
		"data/companies/b.JSON: is not a record: a record in data/companies/ is named by its id and ends in .json in lower case; rename it data/companies/b.json",
		"data/companies/c.json.txt: is not a record: a record in data/companies/ is named by its id and ends in .json in lower case; rename it data/companies/c.json",
		"data/companies/d: is not a record: a record in data/companies/ is named by its id and ends in .json in lower case; rename it data/companies/d.json",
		"data/companies/outside.json: is a symbolic link: check and build read only files kept in the repository itself, never what a link points to; put the file itself here",
		"data/companies/zero.json: is a symbolic link: check and build read only files kept in the repository itself, never what a link points to; put the file itself here",
		"data/company/b.json: unexpected JSON file: records go in data/companies/, data/investments/ or data/regions/",
		"data/investments/pipe.json: is not a plain file (a device, pipe or socket): records and pages are plain text files",
		"data/regions: is a symbolic link: check and build read only files kept in the repository itself, never what a link points to; put the file itself here",
	}
	if got := errs.Sort().Error(); got != strings.Join(want, "\n") {
		t.Errorf("errors:\n%s\nwant:\n%s", got, strings.Join(want, "\n"))
	}
}

// TestLoadRefusesLinks: a path named to Load (as the preview names a
// changed file) that is a link or no plain file is refused, not followed.
func TestLoadRefusesLinks(t *testing.T) {
	fsys := fstest.MapFS{
		"data/companies/x.json": {Data: []byte("data/companies/y.json"), Mode: fs.ModeSymlink},
		"data/companies/y.json": {Data: []byte(`{"id": "y"}`)},
		"data/companies/p.json": {Mode: fs.ModeNamedPipe},
	}
	docs, errs := Load(fsys, []string{"data/companies/x.json", "data/companies/p.json"})
	if len(docs) != 0 || len(errs) != 2 {
		t.Fatalf("docs %d, errors %v; want none and two", len(docs), errs)
	}
	for _, e := range errs.Sort() {
		if !strings.Contains(e.Msg, "symbolic link") && !strings.Contains(e.Msg, "not a plain file") {
			t.Errorf("%v: want a link or a file that is not plain", e)
		}
	}
}

// growing is a file system whose one file says it is small and is not.
type growing struct{ fstest.MapFS }

func (g growing) Lstat(name string) (fs.FileInfo, error) {
	info, err := fs.Stat(g.MapFS, name)
	return smallInfo{info}, err
}

type smallInfo struct{ fs.FileInfo }

func (smallInfo) Size() int64 { return 10 }

// TestSizeLimitOnWhatIsRead: the limit holds on the bytes read, whatever
// the file's size said before.
func TestSizeLimitOnWhatIsRead(t *testing.T) {
	const p = "data/companies/big.json"
	big := `{"id": "big", "name": "` + strings.Repeat("x", 2*MaxFileSize) + `"}`
	fsys := growing{fstest.MapFS{p: {Data: []byte(big), ModTime: time.Now()}}}
	docs, errs := Load(fsys, []string{p})
	if len(docs) != 0 || errs.Error() != p+": file is over the limit of 1048576 bytes (1 MiB) for one record" {
		t.Errorf("docs %d, errors %v", len(docs), errs)
	}
}

// TestUnread: a stand-in for each record file that did not load, none for
// a page or for a file that did.
func TestUnread(t *testing.T) {
	paths := []string{"content/about.md", "data/companies/a.json", "data/companies/b.json", "data/rates.json"}
	got := Unread(paths, []*Document{{Path: "data/companies/a.json"}})
	if len(got) != 2 || got[0].Path != "data/companies/b.json" || got[0].Kind != Company || !got[0].Unread || got[1].Kind != Rates {
		t.Errorf("got %+v %+v", got[0], got[1])
	}
}

// TestCharPos: where a character of a decoded string is written.
func TestCharPos(t *testing.T) {
	src := `{"a": "x\u001by", "b": "\u00e9\ud83d\ude00\n!", "c": "한\t"}`
	d := &Document{Path: "f.json", Src: []byte(src), lines: lineStarts([]byte(src))}
	if errs := d.decodeJSON(); len(errs) > 0 {
		t.Fatal(errs)
	}
	tests := []struct {
		ptr  string
		i    int
		want string
	}{
		{"/a", 0, "f.json:1:8"},
		{"/a", 1, "f.json:1:9"},  // \u001b
		{"/a", 2, "f.json:1:15"}, // y
		{"/b", 6, "f.json:1:43"}, // \n after é (2 bytes) and the emoji (4)
		{"/c", 3, "f.json:1:56"}, // \t after 한 (3 bytes)
	}
	for _, tt := range tests {
		if got := d.CharPos(tt.ptr, tt.i).String(); got != tt.want {
			t.Errorf("%s byte %d: got %s, want %s", tt.ptr, tt.i, got, tt.want)
		}
	}
}

// TestColumnsFromMarks: a column counted from the nearest mark is the
// column counted from the line's start, at every character of a text of
// long lines mixing Hangul and ASCII.
func TestColumnsFromMarks(t *testing.T) {
	src := []byte(strings.Repeat("한국 investment 투자 "+strings.Repeat("x", 300)+"\n", 4) + strings.Repeat("가", 500))
	d := &Document{Path: "f", Src: src, lines: lineStarts(src), marks: runeMarks(src)}
	line, start := 1, 0
	for off := 0; off <= len(src); off++ {
		if off > 0 && src[off-1] == '\n' {
			line, start = line+1, off
		}
		if off < len(src) && !utf8.RuneStart(src[off]) {
			continue // positions are of characters, not of bytes inside one
		}
		want := record.Position{File: "f", Line: line, Column: utf8.RuneCount(src[start:off]) + 1}
		if got := d.position(off); got != want {
			t.Fatalf("offset %d: got %v, want %v", off, got, want)
		}
	}
}
