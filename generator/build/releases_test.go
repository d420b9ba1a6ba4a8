package build_test

import (
	"context"
	"encoding/csv"
	"encoding/json"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/internal/hugobin"
	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
)

// releaseRepo is a copy of the seed repository in git with four releases
// made by the test, and what each release changed, as changes.csv rows
// (kind, id, change, field, old, new).
func releaseRepo(t *testing.T) (root string, tags []string, want map[string][][]string) {
	t.Helper()
	root = testrepo.Copy(t)
	git := func(args ...string) { testrepo.Git(t, root, args...) }
	release := func(msg, tag string) {
		git("add", "-A")
		git("commit", "-q", "-m", msg)
		git("tag", "-a", "-m", tag, tag)
		tags = append([]string{tag}, tags...)
	}
	git("init", "-q", "-b", "main")
	release("seed", "data-2026.01.01")
	inv := "data/investments/aws-ulsan-ai-data-hub.json"
	added := strings.NewReplacer(`"id": "aws-ulsan-ai-data-hub"`, `"id": "aws-test-release"`).Replace(read(t, root, inv))
	testrepo.Write(t, root, "data/investments/aws-test-release.json", added)
	release("add a commitment", "data-2026.01.02")
	testrepo.Replace(t, root, inv, `"value": 4000000000`, `"value": 4500000000`)
	// Ulsan's status is its groundbreaking milestone's: another record's changes.
	changed := "data/investments/aws-incheon-gyeonggi-ai-data-centres.json"
	testrepo.Replace(t, root, changed, `"status": "announced"`, `"status": "under-way"`)
	release("change an amount and a status", "data-2026.01.02.2")
	if err := os.Remove(filepath.Join(root, "data/investments/aws-test-release.json")); err != nil {
		t.Fatal(err)
	}
	release("remove a commitment", "data-2026.01.03")
	want = map[string][][]string{
		"data-2026.01.02": {{"investment", "aws-test-release", "added", "", "", ""}},
		"data-2026.01.02.2": {
			{"investment", "aws-incheon-gyeonggi-ai-data-centres", "changed", "status", "announced", "under-way"},
			{"investment", "aws-ulsan-ai-data-hub", "changed", "amount.value", "4000000000", "4500000000"}},
		"data-2026.01.03": {{"investment", "aws-test-release", "removed", "", "", ""}},
	}
	return root, tags, want
}

func read(t *testing.T, root, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(root, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

// changesRows reads a changes.csv, header included.
func changesRows(t *testing.T, b []byte) [][]string {
	t.Helper()
	rows, err := csv.NewReader(strings.NewReader(string(b))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// checkDelta compares a changes.csv with the rows a release should have.
func checkDelta(t *testing.T, tag string, b []byte, want [][]string) {
	t.Helper()
	got := changesRows(t, b)
	want = append([][]string{{"kind", "id", "change", "field", "old", "new"}}, want...)
	if !slices.EqualFunc(got, want, slices.Equal) {
		t.Errorf("%s changes.csv:\n got %q\nwant %q", tag, got, want)
	}
}

// TestReleaseDeltas: each release's delta against the one before, field
// by field, from the data at each tag; the first release has none.
func TestReleaseDeltas(t *testing.T) {
	root, tags, want := releaseRepo(t)
	rels, none, err := build.Releases(context.Background(), root)
	if err != nil || none != "" {
		t.Fatalf("Releases: %q, %v", none, err)
	}
	var got []string
	for _, r := range rels {
		got = append(got, r.Tag)
		if r.Delta == nil {
			if r.Tag != tags[len(tags)-1] {
				t.Errorf("%s has no delta", r.Tag)
			}
			continue
		}
		checkDelta(t, r.Tag, datadiff.DeltaCSV(*r.Delta), want[r.Tag])
	}
	if !slices.Equal(got, tags) {
		t.Errorf("releases %q, want %q", got, tags)
	}
	if rels[1].Data.Investments != rels[0].Data.Investments+1 || rels[1].Data.Korea.Min == rels[2].Data.Korea.Min {
		t.Errorf("counts and totals do not move with the changes: %+v", rels)
	}
}

// TestNoReleaseHistory: a folder that is not a git checkout has no releases,
// and says why.
func TestNoReleaseHistory(t *testing.T) {
	rels, none, err := build.Releases(context.Background(), t.TempDir())
	if err != nil || len(rels) != 0 || none != "not a git checkout" {
		t.Errorf("Releases = %v, %q, %v; want none, not a git checkout", rels, none, err)
	}
}

// TestReleasesSite: the built site has a page per release in English and
// Korean, its delta files field by field, a releases feed that reads as
// Atom in each language, and a data page that names the current release.
func TestReleasesSite(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	t.Setenv("PAGEFIND", "")
	root, tags, want := releaseRepo(t)
	// A maintainer adds the DOIs Zenodo minted (README, "Releases").
	testrepo.Write(t, root, "CITATION.cff", "cff-version: 1.2.0\ndoi: 10.5281/zenodo.100\nidentifiers:\n"+
		"  - type: doi\n    value: 10.5281/zenodo.102\n    description: data-2026.01.02\n")
	if _, err := build.Run(context.Background(), build.Options{Root: root, HugoBinary: hugobin.Path(t)}); err != nil {
		t.Fatal(err)
	}
	public := filepath.Join(root, "public")
	for _, lang := range []string{"", "ko/"} {
		list := read(t, public, lang+"releases/index.html")
		for _, tag := range tags {
			page := read(t, public, lang+"releases/"+tag+"/index.html")
			if !strings.Contains(list, "/"+lang+"releases/"+tag+"/") || !strings.Contains(page, tag) {
				t.Errorf("%sreleases/: %s not listed or its page does not name it", lang, tag)
			}
		}
		checkFeed(t, read(t, public, lang+"releases/index.xml"), tags)
	}
	for tag, rows := range want {
		checkDelta(t, tag, []byte(read(t, public, "data/releases/"+tag+"/changes.csv")), rows)
		for _, f := range []string{"changes.json", "summary-delta.json", "changes.datapackage.json"} {
			read(t, public, "data/releases/"+tag+"/"+f)
		}
	}
	t.Run("a release's files are a build of its tag", func(t *testing.T) { stableFilesReproduce(t, root, tags) })
	if dp := read(t, public, "data/datapackage.json"); !strings.Contains(dp, `"version": "2026.01.03"`) {
		t.Errorf("datapackage.json does not name release 2026.01.03")
	}
	if data := read(t, public, "data/index.html"); !strings.Contains(data, "data-2026.01.03") {
		t.Errorf("the data page does not name the current release")
	}
	checkCitable(t, public)
	// The changes page says what the release's commits changed, in words.
	for page, wants := range map[string][]string{
		"changes/index.html":    {"<br>Amount changed from $4 billion to $4.5 billion</li>", "<br>Status changed from Announced to Under way</li>"},
		"ko/changes/index.html": {"<br>금액 변경: 40억 달러 → 45억 달러</li>", "<br>상태 변경: 발표됨 → 진행 중</li>"},
	} {
		for _, want := range wants {
			if !strings.Contains(read(t, public, page), want) {
				t.Errorf("%s does not say %q", page, want)
			}
		}
	}
}

// checkCitable: every file of the data package names the current release
// and its day; a citation gives a DOI only where CITATION.cff names one
// (the concept DOI for the current release, which has none of its own; its
// own for data-2026.01.02; none for data-2026.01.01).
func checkCitable(t *testing.T, public string) {
	t.Helper()
	var dp struct {
		Version, DateModified string
		Resources             []struct{ Name, Version, DateModified string }
	}
	if err := json.Unmarshal([]byte(read(t, public, "data/datapackage.json")), &dp); err != nil {
		t.Fatal(err)
	}
	for _, r := range dp.Resources {
		if r.Version != "2026.01.03" || r.DateModified != "2026-01-03" {
			t.Errorf("resource %s: version %q of %q, want 2026.01.03 of 2026-01-03", r.Name, r.Version, r.DateModified)
		}
	}
	tests := []struct {
		page      string
		want, not []string
	}{
		{"data/index.html", []string{"version 2026.01.03. Licensed under CC BY 4.0. https://doi.org/10.5281/zenodo.100",
			"doi          = {10.5281/zenodo.100}", `"identifier":"https://doi.org/10.5281/zenodo.100"`, `"dateModified":"2026-01-03"`}, nil},
		{"ko/data/index.html", []string{"버전 2026.01.03. CC BY 4.0 라이선스. https://doi.org/10.5281/zenodo.100"}, nil},
		{"releases/data-2026.01.02/index.html", []string{`DOI: <a href="https://doi.org/10.5281/zenodo.102">10.5281/zenodo.102</a>`}, nil},
		{"releases/data-2026.01.01/index.html", nil, []string{"doi.org"}},
	}
	for _, tt := range tests {
		got := read(t, public, tt.page)
		for _, w := range tt.want {
			if !strings.Contains(got, w) {
				t.Errorf("%s lacks %q", tt.page, w)
			}
		}
		for _, n := range tt.not {
			if strings.Contains(got, n) {
				t.Errorf("%s has %q", tt.page, n)
			}
		}
	}
}

// checkFeed reads a releases feed as Atom: one entry per release, newest first.
func checkFeed(t *testing.T, text string, tags []string) {
	t.Helper()
	var f struct {
		XMLName xml.Name `xml:"http://www.w3.org/2005/Atom feed"`
		ID      string   `xml:"id"`
		Updated string   `xml:"updated"`
		Entries []struct {
			ID      string `xml:"id"`
			Title   string `xml:"title"`
			Updated string `xml:"updated"`
		} `xml:"entry"`
	}
	if err := xml.Unmarshal([]byte(text), &f); err != nil {
		t.Fatalf("releases feed: %v", err)
	}
	if f.ID == "" || f.Updated == "" || len(f.Entries) != len(tags) {
		t.Fatalf("releases feed: id %q, updated %q, %d entries; want %d", f.ID, f.Updated, len(f.Entries), len(tags))
	}
	for k, e := range f.Entries {
		_, err := time.Parse(time.RFC3339, e.Updated)
		if !strings.Contains(e.Title, tags[k]) || !strings.HasPrefix(e.ID, "https://") || err != nil {
			t.Errorf("entry %d: %+v, want %s", k, e, tags[k])
		}
	}
}

// stableFilesReproduce: the files kept for a release are byte for byte
// those a build of its tag publishes, rebuilt later in a clean clone (and,
// for the newest release, those of the build itself); so are the delta
// files of the releases before it.
func stableFilesReproduce(t *testing.T, root string, tags []string) {
	public := filepath.Join(root, "public", "data")
	tag := tags[1] // an older release, data changed since
	clone := filepath.Join(t.TempDir(), "clone")
	for _, args := range [][]string{{"clone", "-q", root, clone}, {"-C", clone, "checkout", "-q", tag}} {
		if out, err := exec.Command("git", args...).CombinedOutput(); err != nil {
			t.Fatalf("git %q: %v\n%s", args, err, out)
		}
	}
	if _, err := build.Run(context.Background(), build.Options{Root: clone, HugoBinary: hugobin.Path(t)}); err != nil {
		t.Fatal(err)
	}
	rebuilt := filepath.Join(clone, "public", "data")
	same := func(a, b string) {
		t.Helper()
		x, y := read(t, a, ""), read(t, b, "")
		if x != y {
			t.Errorf("%s and %s differ", a, b)
		}
	}
	for _, name := range stableNames(t, filepath.Join(public, "releases", tag)) {
		same(filepath.Join(public, "releases", tag, name), filepath.Join(rebuilt, name))
		same(filepath.Join(public, "releases", tags[0], name), filepath.Join(public, name))
	}
	for _, older := range tags[1 : len(tags)-1] {
		same(filepath.Join(public, "releases", older, "changes.csv"), filepath.Join(rebuilt, "releases", older, "changes.csv"))
	}
}

// stableNames are the files kept for a release: the main files, not its
// delta files.
func stableNames(t *testing.T, dir string) []string {
	t.Helper()
	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, e := range entries {
		if !strings.HasPrefix(e.Name(), "changes") && e.Name() != "summary-delta.json" {
			names = append(names, e.Name())
		}
	}
	if !slices.Contains(names, "investments.csv") || !slices.Contains(names, "korea-investment-tracker.sqlite") || !slices.Contains(names, "datapackage.json") {
		t.Fatalf("%s keeps %q, want the main files", dir, names)
	}
	return names
}
