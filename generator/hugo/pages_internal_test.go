package hugo

import (
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/view"
)

// TestPageCounter: the pages counted are the pages' folders in the
// destination (lower-cased, the default language at the root), whatever
// else Hugo writes beside them, and a folder there before (the data
// page's, which the export writes) once it holds its index.html, and of
// those only the ones Config.Counts counts when set; start and stop tell
// that many, counted once more at the stop.
func TestPageCounter(t *testing.T) {
	s := view.Site{Langs: []view.Lang{
		{Lang: "en", Pages: []page.Page{{Path: "companies/AWS"}, {Path: "companies/kia"}, {Path: "about"}, {Path: "data"}}},
		{Lang: "ko", Pages: []page.Page{{Path: "companies/AWS"}, {Path: "companies/kia"}, {Path: "about"}}},
	}}
	tests := []struct {
		name    string
		written []string
		counts  func(folder string) bool
		want    int
	}{
		{"none", nil, nil, 0},
		{"not pages", []string{"companies/index.html", "companies/page/2", "data/companies/aws.json", "css/x.css"}, nil, 0},
		{"some", []string{"companies/aws", "ko/about", "ko/companies/index.html"}, nil, 2},
		{"all", []string{"companies/aws", "companies/kia", "about", "data/index.html", "ko/companies/aws", "ko/companies/kia", "ko/about"}, nil, 7},
		{"the data page written", []string{"data/index.html"}, nil, 1},
		{"upper case is not Hugo's", []string{"companies/AWS"}, nil, 0},
		{"only those counted", []string{"companies/aws", "companies/kia", "about", "ko/companies/aws", "ko/about"},
			func(f string) bool { return strings.HasSuffix(f, "/aws/") || f == "ko/about/" }, 3},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dest := t.TempDir()
			if err := os.MkdirAll(filepath.Join(dest, "data", "companies"), 0o755); err != nil { // the export's
				t.Fatal(err)
			}
			pc := newPageCounter(dest, s, tt.counts)
			for _, w := range tt.written {
				if err := write(filepath.Join(dest, filepath.FromSlash(w))); err != nil {
					t.Fatal(err)
				}
			}
			if got := pc.count(); got != tt.want {
				t.Errorf("count() = %d, want %d", got, tt.want)
			}
			var told atomic.Int64
			pc.start(func(n int) { told.Add(int64(n)) })()
			if got := told.Load(); got != int64(tt.want) {
				t.Errorf("start and stop told %d, want %d", got, tt.want)
			}
		})
	}
}

// write creates a file when name ends in .html, else a folder.
func write(name string) error {
	if filepath.Ext(name) != ".html" {
		return os.MkdirAll(name, 0o755)
	}
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, nil, 0o644)
}
