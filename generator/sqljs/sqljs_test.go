package sqljs

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestCopy copies an installed engine file by file, and without one warns
// once and copies nothing, so that the site still builds.
func TestCopy(t *testing.T) {
	for _, c := range []struct {
		name      string
		installed bool
		warning   string
	}{
		{"installed", true, ""},
		{"not installed", false, "sql.js-httpvfs is not installed"},
	} {
		t.Run(c.name, func(t *testing.T) {
			root, site := t.TempDir(), t.TempDir()
			if c.installed {
				for _, f := range files {
					p := filepath.Join(root, ".ci", "node_modules", pkg, filepath.FromSlash(f.from))
					if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
						t.Fatal(err)
					}
					if err := os.WriteFile(p, []byte(f.to), 0o644); err != nil {
						t.Fatal(err)
					}
				}
			}
			var warn bytes.Buffer
			if err := Copy(root, site, "sqljs/", &warn); err != nil {
				t.Fatal(err)
			}
			if got := warn.String(); c.warning == "" && got != "" || !strings.Contains(got, c.warning) {
				t.Errorf("warning %q, want %q", got, c.warning)
			}
			for _, f := range files {
				b, err := os.ReadFile(filepath.Join(site, "sqljs", f.to))
				if c.installed && (err != nil || string(b) != f.to) {
					t.Errorf("%s: %q, %v; want the installed file", f.to, b, err)
				}
				if !c.installed && err == nil {
					t.Errorf("%s copied with no engine installed", f.to)
				}
			}
		})
	}
}
