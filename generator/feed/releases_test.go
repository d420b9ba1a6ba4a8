package feed_test

import (
	"path/filepath"
	"testing"
	"time"

	"github.com/korea-investment-tracker/kit/generator/feed"
)

// TestWriteReleases: the releases feed in a language's folder, newest
// entry first, dated by it; without releases it is an empty feed dated the
// epoch, so that a build stays reproducible.
func TestWriteReleases(t *testing.T) {
	day := func(d int) time.Time { return time.Date(2026, 1, d, 12, 0, 0, 0, time.UTC) }
	tests := []struct {
		name        string
		folder      string
		entries     []feed.Entry
		wantUpdated string
		wantIDs     []string
	}{
		{"none", "", nil, "1970-01-01T00:00:00Z", nil},
		{"two, in Korean", "ko", []feed.Entry{
			{Tag: "data-2026.01.02", Title: "릴리스 data-2026.01.02", URL: "https://example.org/ko/releases/data-2026.01.02/", Summary: "s", Updated: day(2)},
			{Tag: "data-2026.01.01", Title: "릴리스 data-2026.01.01", URL: "https://example.org/ko/releases/data-2026.01.01/", Summary: "s", Updated: day(1)},
		}, "2026-01-02T12:00:00Z", []string{"https://example.org/ko/releases/data-2026.01.02/", "https://example.org/ko/releases/data-2026.01.01/"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			if err := feed.WriteReleases(dir, tt.folder, "https://example.org/releases/", "Releases", "Site", tt.entries); err != nil {
				t.Fatal(err)
			}
			f := readFeed(t, filepath.Join(dir, tt.folder, "releases", "index.xml"))
			if f.Updated != tt.wantUpdated || len(f.Entries) != len(tt.wantIDs) {
				t.Fatalf("updated %q with %d entries, want %q with %d", f.Updated, len(f.Entries), tt.wantUpdated, len(tt.wantIDs))
			}
			for k, e := range f.Entries {
				if e.ID != tt.wantIDs[k] || e.Link.Href != tt.wantIDs[k] || e.Title != tt.entries[k].Title {
					t.Errorf("entry %d = %+v, want id and link %s", k, e, tt.wantIDs[k])
				}
			}
		})
	}
}
