package build

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
)

// TestStableBudget: the newest releases' files are kept while their bytes
// fit the budget, and no older one once one did not fit.
func TestStableBudget(t *testing.T) {
	if testing.Short() {
		t.Skip("exports three releases five times")
	}
	root := testrepo.Copy(t)
	testrepo.Git(t, root, "init", "-q", "-b", "main")
	tags := []string{"data-2026.01.01", "data-2026.01.02", "data-2026.01.03"}
	for k, tag := range tags {
		testrepo.Write(t, root, "content/release.md", "---\ntitle: Release\n---\n\nRelease "+tag+".\n")
		if k == 1 { // a bigger release in the middle
			testrepo.Replace(t, root, "data/investments/aws-ulsan-ai-data-hub.json", `"title": "`, `"title": "A much longer title that makes this release the larger one: `)
		}
		testrepo.Git(t, root, "add", "-A")
		testrepo.Git(t, root, "commit", "-q", "-m", tag)
		testrepo.Git(t, root, "tag", tag)
	}
	all, err := readReleases(context.Background(), root, t.TempDir(), 1<<40)
	if err != nil {
		t.Fatal(err)
	}
	size := func(tag string) int64 {
		var n int64
		for _, f := range all.stable.Kept[tag] {
			n += f.Bytes
		}
		return n
	}
	tests := []struct {
		name   string
		budget int64
		want   []string
	}{
		{"none fits", size(tags[2]) - 1, nil},
		{"the newest", size(tags[2]), []string{tags[2]}},
		{"not past one that does not fit", size(tags[2]) + size(tags[1]) - 1, []string{tags[2]}},
		{"all", size(tags[2]) + size(tags[1]) + size(tags[0]), []string{tags[2], tags[1], tags[0]}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			h, err := readReleases(context.Background(), root, dir, tt.budget)
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, r := range h.rels {
				if _, ok := h.stable.Kept[r.Tag]; ok {
					got = append(got, r.Tag)
				}
			}
			if !slices.Equal(got, tt.want) {
				t.Errorf("kept %q, want %q", got, tt.want)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != len(tt.want) {
				t.Errorf("%s holds %d entries, want %d: %v", dir, len(entries), len(tt.want), entries)
			}
			for _, tag := range got {
				if _, err := os.Stat(filepath.Join(dir, tag, "korea-investment-tracker.sqlite")); err != nil {
					t.Error(err)
				}
			}
		})
	}
}
