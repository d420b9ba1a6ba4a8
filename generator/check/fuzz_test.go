package check_test

import (
	"io/fs"
	"maps"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// Bounds of a fuzzed repository, and of the memory checking it may take.
const (
	fuzzMaxBytes = 64 << 10
	fuzzMaxFiles = 64
	fuzzMaxAlloc = 256 << 20
)

// FuzzRepo checks whole small repositories made from the fuzzer's bytes,
// read as a txtar archive: its files' names and contents are the
// repository's records, pages and anything else; a file named
// "link:<path>" is a symbolic link to its content. Whatever the bytes:
// check does not panic, allocates a bounded amount, places every problem
// in a file of the repository, and when it says ok, every record file is
// published at a URL of its own (records, their former ids and pages
// never meet, and no page is at a name the site keeps) and none is left
// out. Whether the build then succeeds runs Hugo, far too slow for each
// input: TestBuildAgreesWithCheck does it for generated repositories. The
// seed corpus is the check fixture and the command-line scenarios in
// ../testdata/script, so plain `go test` runs it.
func FuzzRepo(f *testing.F) {
	f.Add(archive(fixture(nil)))
	scripts, _ := filepath.Glob("../testdata/script/*.txtar")
	for _, name := range scripts {
		if b, err := os.ReadFile(name); err == nil {
			f.Add(b)
		}
	}
	c, err := check.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, b []byte) {
		fsys := repoOf(b)
		if fsys == nil {
			t.Skip("too big")
		}
		var before, after runtime.MemStats
		runtime.ReadMemStats(&before)
		d, errs := checkWith(t, c, fsys)
		runtime.ReadMemStats(&after)
		if n := after.TotalAlloc - before.TotalAlloc; n > fuzzMaxAlloc {
			t.Errorf("checking %d bytes allocated %d", len(b), n)
		}
		for _, e := range errs {
			if first, _, _ := strings.Cut(e.Pos.File, "/"); fsys[e.Pos.File] == nil && e.Pos.File != first {
				t.Errorf("a problem outside the repository's files: %v", e)
			}
		}
		if errs.Err() == nil {
			ownURLs(t, fsys, d)
		}
	})
}

// repoOf is the repository of the txtar archive b, or nil when it is
// over the bounds. (It reads the archive itself: go-internal's
// txtar.Parse panics on the line "-- --".)
func repoOf(b []byte) fstest.MapFS {
	if len(b) > fuzzMaxBytes {
		return nil
	}
	fsys := fstest.MapFS{}
	var file *fstest.MapFile
	for line := range strings.Lines(string(b)) {
		name, isMarker := marker(line)
		switch {
		case isMarker && len(fsys) == fuzzMaxFiles:
			return nil
		case isMarker:
			file = &fstest.MapFile{}
			if target, link := strings.CutPrefix(name, "link:"); link {
				name, file.Mode = target, fs.ModeSymlink
			}
			if fs.ValidPath(name) && name != "." {
				fsys[name] = file
			}
		case file != nil && file.Mode == fs.ModeSymlink:
			file.Data = append(file.Data, strings.TrimSpace(line)...)
		case file != nil:
			file.Data = append(file.Data, line...)
		}
	}
	return fsys
}

// marker is the file name of a txtar marker line, "-- name --".
func marker(line string) (string, bool) {
	line = strings.TrimRight(line, "\r\n")
	if len(line) < len("-- x --") || !strings.HasPrefix(line, "-- ") || !strings.HasSuffix(line, " --") {
		return "", false
	}
	return strings.TrimSpace(line[3 : len(line)-3]), true
}

// archive writes a MapFS as a txtar archive.
func archive(fsys fstest.MapFS) []byte {
	var b strings.Builder
	for _, name := range slices.Sorted(maps.Keys(fsys)) {
		b.WriteString("-- " + name + " --\n" + string(fsys[name].Data))
	}
	return []byte(b.String())
}

// ownURLs: d, which check accepted from fsys, holds every record file of
// fsys under its file's name, and every record, former id and page is at
// a URL of its own, and no page at a name the site keeps.
func ownURLs(t *testing.T, fsys fstest.MapFS, d *record.Dataset) {
	t.Helper()
	urls := map[string]string{}
	claim := func(url, what string) {
		if prev, taken := urls[url]; taken {
			t.Errorf("check says ok, and /%s is both %s's and %s's", url, prev, what)
		}
		urls[url] = what
	}
	published := map[string]bool{}
	for _, c := range d.Companies {
		published["data/companies/"+c.ID+".json"] = true
		claim(record.RecordURL(record.CompanyKind, c.ID), "company "+c.ID)
		for _, old := range c.FormerIDs {
			claim(record.RecordURL(record.CompanyKind, old), "company "+c.ID+"'s former id")
		}
	}
	for _, i := range d.Investments {
		published["data/investments/"+i.ID+".json"] = true
		claim(record.RecordURL(record.InvestmentKind, i.ID), "commitment "+i.ID)
		for _, old := range i.FormerIDs {
			claim(record.RecordURL(record.InvestmentKind, old), "commitment "+i.ID+"'s former id")
		}
	}
	for _, r := range d.Regions {
		published["data/regions/"+r.Code+".json"] = true
		claim(record.RecordURL(record.RegionKind, r.Code), "region "+r.Code)
	}
	pages := map[string]string{} // URL -> the English page's file
	for _, p := range d.Pages {
		published["content/"+p.Path] = true
		if _, _, profile := record.ProfileOf(p.Path); profile {
			continue
		}
		u := record.PageURL(p.Path)
		if record.Reserved(u) != record.NotReserved {
			t.Errorf("check says ok, and content/%s is at /%s, which the site keeps", p.Path, u)
		}
		if base, _ := record.PageLang(p.Path); pages[u] == "" || pages[u] == base {
			pages[u] = base // a page and its translation share their URL
			continue
		}
		claim(u, "content/"+p.Path)
	}
	for u, base := range pages {
		claim(u, "content/"+base)
	}
	for name, f := range fsys {
		if _, _, isRecord := record.RecordOf(name); (isRecord || strings.HasPrefix(name, "content/")) && f.Mode.IsRegular() && !published[name] && !temporary(name) {
			t.Errorf("check says ok, and %s is not published", name)
		}
	}
}

// temporary says whether the file p is named like an editor's temporary
// file (.x.swp, x~, #x#), which load.Files passes over.
func temporary(p string) bool {
	name := path.Base(p)
	return strings.HasPrefix(name, ".") || strings.HasSuffix(name, "~") ||
		len(name) > 2 && strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#")
}
