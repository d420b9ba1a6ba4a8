package export

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"io/fs"
	"maps"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// TestGolden pins the files a reviewer should see change: refresh with -update.
func TestGolden(t *testing.T) {
	dir, _ := writeTo(t, trickyDataset())
	for _, name := range []string{"manifest.json", "datapackage.json", "investments.csv", "companies.csv",
		"sources.csv", "summary.csv", "investments.json", "companies/synthetic-co-1.json", "regions/KR-11.csv", "dtypes.json"} {
		t.Run(name, func(t *testing.T) {
			b, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			golden(t, filepath.Join("tricky", name), b)
		})
	}
}

// tree reads every file below dir, by slash path.
func tree(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = b
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// shuffled is d with every list of records in a random order.
func shuffled(d *record.Dataset, seed uint64) *record.Dataset {
	r := rand.New(rand.NewPCG(seed, seed))
	out := &record.Dataset{Companies: slices.Clone(d.Companies), Investments: slices.Clone(d.Investments),
		Regions: slices.Clone(d.Regions), Rates: slices.Clone(d.Rates)}
	r.Shuffle(len(out.Companies), func(i, j int) { out.Companies[i], out.Companies[j] = out.Companies[j], out.Companies[i] })
	r.Shuffle(len(out.Investments), func(i, j int) { out.Investments[i], out.Investments[j] = out.Investments[j], out.Investments[i] })
	r.Shuffle(len(out.Regions), func(i, j int) { out.Regions[i], out.Regions[j] = out.Regions[j], out.Regions[i] })
	return out
}

// TestDeterministic: two builds from the same records, in the same or
// another order, give byte-identical folders, the SQLite file included.
func TestDeterministic(t *testing.T) {
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			dirA, _ := writeTo(t, f.data)
			dirB := writeFresh(t, f.data)
			dirC := writeFresh(t, shuffled(f.data, 7))
			a := tree(t, dirA)
			for name, other := range map[string]string{"second build": dirB, "shuffled input": dirC} {
				b := tree(t, other)
				if got, want := slices.Sorted(maps.Keys(b)), slices.Sorted(maps.Keys(a)); !slices.Equal(got, want) {
					t.Fatalf("%s: files %v, want %v", name, got, want)
				}
				for p := range a {
					if !bytes.Equal(a[p], b[p]) {
						t.Errorf("%s: %s differs", name, p)
					}
				}
			}
		})
	}
}

// TestManifest: the manifest lists every file on disk but itself, with its
// true size and hash; SHA256SUMS lists the same files but manifest.json.
func TestManifest(t *testing.T) {
	dir, m := writeTo(t, trickyDataset())
	files := tree(t, dir)
	if got := readJSON[record.Manifest](t, filepath.Join(dir, manifestPath)); !equalManifest(&got, m) {
		t.Errorf("manifest.json differs from the returned Manifest")
	}
	var sums strings.Builder
	for _, f := range m.Files {
		b, ok := files[f.Path]
		sum := sha256.Sum256(b)
		if !ok || f.Bytes != int64(len(b)) || f.SHA256 != hex.EncodeToString(sum[:]) {
			t.Errorf("%s: manifest says %d bytes %s; disk has %d bytes (present %v)", f.Path, f.Bytes, f.SHA256, len(b), ok)
		}
		if f.MediaType == "" || f.Description == "" {
			t.Errorf("%s: no media type or description", f.Path)
		}
		if f.Path != checksumsPath {
			sums.WriteString(f.SHA256 + "  " + f.Path + "\n")
		}
		delete(files, f.Path)
	}
	if delete(files, manifestPath); len(files) > 0 {
		t.Errorf("files not in the manifest: %v", slices.Sorted(maps.Keys(files)))
	}
	if got, err := os.ReadFile(filepath.Join(dir, checksumsPath)); err != nil || string(got) != sums.String() {
		t.Errorf("SHA256SUMS:\n%s\nwant:\n%s", got, sums.String())
	}
}

func equalManifest(a, b *record.Manifest) bool {
	return a.Version == b.Version && slices.Equal(a.Files, b.Files)
}

// TestWriteNeedsNewFolder: Write fills a new folder; a folder that holds
// anything is refused before a file is written, and the folder is left as
// it was (a build writes into a new staging folder, never into public/).
func TestWriteNeedsNewFolder(t *testing.T) {
	dir, _ := writeTo(t, trickyDataset())
	before := tree(t, dir)
	_, err := Write(dir, publication.Build(trickyDataset()), testOptions(t))
	if err == nil || !strings.Contains(err.Error(), "not empty") {
		t.Fatalf("Write into a full folder: err = %v, want a 'not empty' error", err)
	}
	if after := tree(t, dir); !maps.EqualFunc(before, after, bytes.Equal) {
		t.Errorf("the refused Write changed the folder")
	}
	empty := t.TempDir()
	if _, err := Write(empty, publication.Build(trickyDataset()), testOptions(t)); err != nil {
		t.Errorf("Write into an empty folder: %v", err)
	}
}

// TestProgress: the number of files Write says it will write is the
// number it writes (each told once) and the folder holds, for the seed
// and for the tricky fixture.
func TestProgress(t *testing.T) {
	for _, tt := range []struct {
		name string
		d    *record.Dataset
	}{{"seed", loadSeed(t)}, {"tricky", trickyDataset()}} {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			var said int
			var wrote atomic.Int64
			progress := func(n int) func() { said = n; return func() { wrote.Add(1) } }
			opt := testOptions(t)
			opt.Progress = progress
			if _, err := Write(dir, publication.Build(tt.d), opt); err != nil {
				t.Fatal(err)
			}
			files := len(tree(t, dir))
			if said != files || int(wrote.Load()) != files {
				t.Errorf("said %d files, told %d written; the folder holds %d", said, wrote.Load(), files)
			}
		})
	}
}

func mustWrite(t *testing.T, dir string, d *record.Dataset) {
	t.Helper()
	if _, err := Write(dir, publication.Build(d), testOptions(t)); err != nil {
		t.Fatal(err)
	}
}

// TestEveryColumnDescribed: every column in the data package has a
// description, taken from the schemas where the column mirrors a JSON field.
func TestEveryColumnDescribed(t *testing.T) {
	dir, m := writeTo(t, trickyDataset())
	dp := readPackage(t, dir)
	if dp.Version != m.Version || !strings.HasPrefix(dp.Version, formatVersion+"+") {
		t.Errorf("version %q, manifest %q", dp.Version, m.Version)
	}
	for _, r := range dp.Resources {
		for _, f := range r.Schema.Fields {
			if len(f.Description) < 10 {
				t.Errorf("%s.%s: description %q", r.Name, f.Name, f.Description)
			}
		}
		if f := fileOf(m, r.Path); r.Bytes != f.Bytes || r.Hash != "sha256:"+f.SHA256 {
			t.Errorf("%s: bytes %d hash %s, manifest %d %s", r.Path, r.Bytes, r.Hash, f.Bytes, f.SHA256)
		}
	}
	if len(dp.Files) != len(dp.Resources)+4 {
		t.Errorf("%d other files listed, want a Parquet file per table, the workbook, dtypes.json, the database and its Datasette metadata", len(dp.Files))
	}
	for _, r := range dp.Files {
		if f := fileOf(m, r.Path); r.Bytes != f.Bytes || r.Bytes == 0 || r.Hash != "sha256:"+f.SHA256 {
			t.Errorf("%s: bytes %d hash %s, manifest %d %s", r.Path, r.Bytes, r.Hash, f.Bytes, f.SHA256)
		}
	}
}

func fileOf(m *record.Manifest, path string) record.DataFile {
	i := slices.IndexFunc(m.Files, func(f record.DataFile) bool { return f.Path == path })
	if i < 0 {
		return record.DataFile{}
	}
	return m.Files[i]
}
