package build_test

import (
	"bytes"
	"context"
	"io/fs"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/pagediff"
)

// syntheticCommitment is a record added by TestQuickRebuildMatchesFullBuild;
// it is labelled synthetic, as test data posing as a record must be.
const syntheticCommitment = `{
  "id": "synthetic-test-commitment",
  "company": "aws",
  "title": "Synthetic test commitment",
  "amount": {"value": 1000000, "currency": "USD", "precision": "exact", "stated": "$1 million (synthetic)"},
  "regions": ["KR-31"],
  "kind": "greenfield",
  "status": "announced",
  "scope": "korea",
  "sources": [{"title": "Synthetic data for a test; not a real source", "url": "https://example.org/synthetic"}],
  "synthetic": true
}
`

// TestQuickRebuildMatchesFullBuild: the live preview's quick rebuilds
// (Options.Since) give Hugo only the pages whose input changed, yet leave
// the same site as a full build of the same records, file for file, but
// for the sitemaps (Hugo's, which stay as the last full build wrote them): after a
// title changes, a commitment is added, one is removed, a profile changes,
// and a content page changes, is added and is removed; a change to a
// content section or a page in one, or to a page in a content folder, is a
// full rebuild.
func TestQuickRebuildMatchesFullBuild(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	root := copyRepo(t)
	ctx := context.Background()
	var since pagediff.Snapshot
	c, err := check.New()
	if err != nil {
		t.Fatal(err)
	}
	// As serve does: one Snapshot, Checker and Loader from build to build.
	quick := build.Options{Root: root, Out: filepath.Join(t.TempDir(), "quick"), Preview: true, Since: &since, Checker: c, Loader: new(load.Loader)}
	if _, err := build.Run(ctx, quick); err != nil {
		t.Fatal(err)
	}
	sitemap, err := os.ReadFile(filepath.Join(quick.Out, "sitemap.xml"))
	if err != nil {
		t.Fatal(err)
	}
	investments := filepath.Join(root, "data", "investments")
	steps := []struct {
		name  string
		edit  func() error
		gone  string // a page the step removes
		quick bool   // whether the rebuild can be quick
	}{
		{"a title changes", func() error {
			return replaceIn(filepath.Join(investments, "aws-ulsan-ai-data-hub.json"),
				`"title": "AI data hub in Ulsan with SK Group"`, `"title": "AI data hub in Ulsan, with SK Group"`)
		}, "", true},
		{"a commitment is added", func() error {
			return os.WriteFile(filepath.Join(investments, "synthetic-test-commitment.json"), []byte(syntheticCommitment), 0o644)
		}, "", true},
		{"a commitment is removed", func() error {
			return os.Remove(filepath.Join(investments, "aws-incheon-gyeonggi-ai-data-centres.json"))
		}, "investments/aws-incheon-gyeonggi-ai-data-centres/index.html", true},
		// The datasets do not change: the data page, which lives among
		// them in data/, must stay.
		{"a company profile changes", func() error {
			return replaceIn(filepath.Join(root, "content/companies/aws.md"), "cloud computing business", "cloud-computing business")
		}, "", true},
		// A content page that no content section lists: quick.
		{"a content page changes", func() error {
			return replaceIn(filepath.Join(root, "content/about.md"), "title: About", "title: About the tracker")
		}, "", true},
		{"a content page is added", func() error {
			return writeIn(root, "content/synthetic-notes.md", "---\ntitle: Synthetic notes\n---\nA synthetic page for a test.\n")
		}, "", true},
		// Hugo lists a content section's pages itself: a full render.
		{"a content section is added", func() error {
			if err := writeIn(root, "content/guides/_index.md", "---\ntitle: Synthetic guides\n---\nSynthetic guides for a test.\n"); err != nil {
				return err
			}
			return writeIn(root, "content/guides/first.md", "---\ntitle: A synthetic guide\n---\nA synthetic guide.\n")
		}, "", false},
		{"a page in a content section changes", func() error {
			return replaceIn(filepath.Join(root, "content/guides/first.md"), "title: A synthetic guide", "title: The first synthetic guide")
		}, "", false},
		{"a content page is removed", func() error {
			return os.Remove(filepath.Join(root, "content/synthetic-notes.md"))
		}, "synthetic-notes/index.html", true},
		// Hugo makes up a section for a folder without _index.md and
		// lists its pages: a full render.
		{"a page in a folder without _index.md is added", func() error {
			return writeIn(root, "content/notes/first.md", "---\ntitle: A synthetic note\n---\nA synthetic note for a test.\n")
		}, "", false},
		{"that page changes", func() error {
			return replaceIn(filepath.Join(root, "content/notes/first.md"), "title: A synthetic note", "title: The synthetic note")
		}, "", false},
	}
	for _, step := range steps {
		if err := step.edit(); err != nil {
			t.Fatal(err)
		}
		var tm build.Timings
		q := quick
		q.Timings = &tm
		if _, err := build.Run(ctx, q); err != nil {
			t.Fatalf("%s: quick rebuild: %v", step.name, err)
		}
		full := build.Options{Root: root, Out: filepath.Join(t.TempDir(), "full"), Preview: true}
		if _, err := build.Run(ctx, full); err != nil {
			t.Fatal(err)
		}
		got, want := siteFiles(t, quick.Out), siteFiles(t, full.Out)
		for _, d := range siteDiff(got, want) {
			t.Errorf("%s: the quick rebuild's site: %s", step.name, d)
		}
		now, _ := os.ReadFile(filepath.Join(quick.Out, "sitemap.xml"))
		if step.quick && !bytes.Equal(now, sitemap) {
			t.Errorf("%s: the quick rebuild changed sitemap.xml; it lists only the pages Hugo was given", step.name)
		}
		sitemap = now // a full rebuild writes it anew
		if step.gone != "" {
			if _, ok := got[step.gone]; ok {
				t.Errorf("%s: %s is still there", step.name, step.gone)
			}
		}
		if tm.Files.Written+tm.Files.Removed == 0 || tm.Files.Kept == 0 {
			t.Errorf("%s: %+v, want some files written or removed and the rest kept", step.name, tm.Files)
		}
		// Removing a page nothing lists renders nothing.
		rendersSome := tm.Rendered > 0 || step.gone != ""
		if pages := len(htmlFiles(want)); step.quick && (!tm.Quick || !rendersSome || tm.Rendered >= pages/2) {
			t.Errorf("%s: quick %v, %d pages rendered of %d; want a quick rebuild of a few", step.name, tm.Quick, tm.Rendered, pages)
		}
		if !step.quick && tm.Quick {
			t.Errorf("%s: a quick rebuild; want a full one", step.name)
		}
		t.Logf("%s: quick %v, %d pages rendered; files %+v", step.name, tm.Quick, tm.Rendered, tm.Files)
	}
}

// writeIn writes a new file below root.
func writeIn(root, name, text string) error {
	p := filepath.Join(root, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, []byte(text), 0o644)
}

// siteFiles reads every file of a built site but the sitemaps; folders are
// there too, as "name/" with no bytes, so that one left empty is seen.
func siteFiles(t *testing.T, dir string) map[string][]byte {
	t.Helper()
	out := map[string][]byte{}
	err := filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || p == dir {
			return err
		}
		rel, _ := filepath.Rel(dir, p)
		if d.IsDir() {
			out[filepath.ToSlash(rel)+"/"] = nil
			return nil
		}
		if filepath.Base(rel) == "sitemap.xml" {
			return nil
		}
		out[filepath.ToSlash(rel)], err = os.ReadFile(p)
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	return out
}

// siteDiff says how the files of a site (siteFiles) differ from those a
// full build wrote.
func siteDiff(got, want map[string][]byte) []string {
	var out []string
	for _, name := range slices.Sorted(maps.Keys(want)) {
		if g, ok := got[name]; !ok {
			out = append(out, "lacks "+name)
		} else if !bytes.Equal(g, want[name]) {
			out = append(out, name+" differs from a full build's")
		}
	}
	for _, name := range slices.Sorted(maps.Keys(got)) {
		if _, ok := want[name]; !ok {
			out = append(out, "has "+name+", which a full build lacks")
		}
	}
	return out
}

func htmlFiles(files map[string][]byte) []string {
	var out []string
	for name := range files {
		if strings.HasSuffix(name, ".html") {
			out = append(out, name)
		}
	}
	return out
}

func replaceIn(name, old, new string) error {
	b, err := os.ReadFile(name)
	if err != nil {
		return err
	}
	if !bytes.Contains(b, []byte(old)) {
		return os.ErrNotExist
	}
	return os.WriteFile(name, []byte(strings.Replace(string(b), old, new, 1)), 0o644)
}
