package sitetest

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
)

// The markers each probe would bring into the site.
const (
	envMarker    = "kit-env-marker"
	remoteMarker = "kit-remote-marker"
	fileMarker   = "kit-file-marker"
)

// TestHugoSecurityPolicy: with site/hugo.toml's [security] section, a
// whole build whose template reads the environment (getenv), fetches a
// remote resource (resources.GetRemote, through a local proxy that counts
// requests, so no network is needed) and reads a file outside the project
// (readFile) renders nothing from any of them and sends no request. The
// same build without the section renders the environment and the remote
// resource: the probes work, and the policy is what stops them. (Hugo
// keeps readFile inside the project either way.) Contributors' Markdown
// never reaches a template (check refuses shortcodes), so the probe is a
// template, put into a copy of site/.
func TestHugoSecurityPolicy(t *testing.T) {
	// Not parallel: it sets the process's environment, which the parallel
	// tests, run after it, must not see.
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	var requests atomic.Int64
	proxy := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		requests.Add(1)
		fmt.Fprint(w, remoteMarker)
	}))
	defer proxy.Close()
	t.Setenv("HTTP_PROXY", proxy.URL)
	t.Setenv("CI", envMarker)
	secret := filepath.Join(t.TempDir(), "secret.txt")
	if err := os.WriteFile(secret, []byte(fileMarker), 0o644); err != nil {
		t.Fatal(err)
	}
	probe := `{{ with try (getenv "CI") }}{{ .Value }}{{ end }}
{{ with try (resources.GetRemote "http://kit-policy.example/") }}{{ with .Value }}{{ .Content }}{{ end }}{{ end }}
{{ with try (readFile "` + secret + `") }}{{ .Value }}{{ end }}
{{ with try (readFile "../../../../../../../..` + secret + `") }}{{ .Value }}{{ end }}
`
	got := buildProbe(t, probe, true)
	for _, m := range []string{envMarker, remoteMarker, fileMarker} {
		if strings.Contains(got, m) {
			t.Errorf("with the policy, the build rendered %s:\n%s", m, got)
		}
	}
	if n := requests.Load(); n != 0 {
		t.Errorf("with the policy, the build sent %d request(s)", n)
	}
	got = buildProbe(t, probe, false)
	if !strings.Contains(got, envMarker) || !strings.Contains(got, remoteMarker) || requests.Load() == 0 {
		t.Errorf("without the policy, the probe should read the environment and the remote resource; it rendered:\n%s", got)
	}
	if strings.Contains(got, fileMarker) {
		t.Errorf("without the policy, readFile read outside the project:\n%s", got)
	}
}

// buildProbe builds a one-company repository whose robots.txt template is
// probe, with a copy of the repository's site/ (without its [security]
// section unless policy), and returns the rendered robots.txt.
func buildProbe(t *testing.T, probe string, policy bool) string {
	t.Helper()
	root := t.TempDir()
	if err := os.CopyFS(filepath.Join(root, "site"), os.DirFS("../../site")); err != nil {
		t.Fatal(err)
	}
	for _, name := range []string{"schema", "tools", "go.mod", "go.sum"} {
		abs, _ := filepath.Abs(filepath.Join("../..", name))
		if err := os.Symlink(abs, filepath.Join(root, name)); err != nil {
			t.Fatal(err)
		}
	}
	config := filepath.Join(root, "site", "hugo.toml")
	b, err := os.ReadFile(config)
	if err != nil {
		t.Fatal(err)
	}
	before, _, found := strings.Cut(string(b), "\n[security]\n")
	if !found {
		t.Fatal("site/hugo.toml has no [security] section")
	}
	if !policy {
		b = []byte(before)
	}
	files := map[string]string{
		"site/hugo.toml":                   string(b),
		"site/layouts/robots.txt":          probe,
		"data/regions/KR-26.json":          `{"code": "KR-26", "name": "Busan", "name_ko": "부산광역시", "category": "metropolitan-city", "sources": [{"title": "ISO 3166-2:KR"}]}`,
		"data/companies/synthetic-co.json": `{"id": "synthetic-co", "name": "Synthetic Co", "synthetic": true, "sources": [{"title": "Synthetic test source"}]}`,
	}
	for name, data := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := build.Run(context.Background(), build.Options{Root: root}); err != nil {
		return "the build failed: " + err.Error()
	}
	out, err := os.ReadFile(filepath.Join(root, "public", "robots.txt"))
	if err != nil {
		t.Fatal(err)
	}
	return string(out)
}
