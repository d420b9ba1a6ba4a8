package serve

import (
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestHandlerLoopbackOnly: the preview answers only requests for a loopback name,
// so that a page whose own name resolves to 127.0.0.1 (DNS rebinding)
// cannot read it.
func TestHandlerLoopbackOnly(t *testing.T) {
	tests := []struct {
		host string
		want int
	}{
		{"127.0.0.1:1313", http.StatusOK},
		{"localhost:1313", http.StatusOK},
		{"[::1]:1313", http.StatusOK},
		{"localhost", http.StatusOK},
		{"127.0.0.1", http.StatusOK},
		{"[::1]", http.StatusOK},
		{"LocalHost:8080", http.StatusOK},
		{"evil.example:1313", http.StatusForbidden},
		{"evil.example", http.StatusForbidden},
		{"127.0.0.1.nip.io:1313", http.StatusForbidden},
		{"localhost.evil.example:1313", http.StatusForbidden},
		{"127.0.0.2:1313", http.StatusForbidden},
		{"0.0.0.0:1313", http.StatusForbidden},
		{"[::ffff:127.0.0.1]:1313", http.StatusForbidden},
		{"", http.StatusForbidden},
	}
	h := (&Server{}).handler()
	for _, tt := range tests {
		t.Run(tt.host, func(t *testing.T) {
			for _, p := range []string{scriptPath, "/", eventsPath} {
				if p != scriptPath && tt.want == http.StatusOK {
					continue // a zero Server has no site or builds to serve
				}
				r := httptest.NewRequest("GET", p, nil)
				r.Host = tt.host
				w := httptest.NewRecorder()
				h.ServeHTTP(w, r)
				if w.Code != tt.want {
					t.Errorf("GET %s with Host %q: %d, want %d", p, tt.host, w.Code, tt.want)
				}
			}
		})
	}
}

// TestHandlerServePage: a page is served with the reload script; a missing page
// is a 404 showing the site's 404 page (the Korean one below /ko/), never
// a 200; after a failed build, pages show the errors.
func TestHandlerServePage(t *testing.T) {
	site := t.TempDir()
	files := map[string]string{
		"index.html":       "<html><body>home</body></html>",
		"about/index.html": "<html><body>about</body></html>",
		"404.html":         "<html><body>not found</body></html>",
		"ko/index.html":    "<html><body>홈</body></html>",
		"ko/404.html":      "<html><body>페이지를 찾을 수 없습니다</body></html>",
		"css/site.css":     "body{}",
		"data/x/y.json":    "{}",
	}
	for name, content := range files {
		p := filepath.Join(site, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	bare := t.TempDir() // a site without a 404 page
	tests := []struct {
		name, dir, failure, path string
		code                     int
		body                     string
	}{
		{"home", site, "", "/", 200, "home"},
		{"a folder's page", site, "", "/about/", 200, "about"},
		{"without its slash", site, "", "/about", 200, "about"},
		{"a file", site, "", "/css/site.css", 200, "body{}"},
		{"missing page", site, "", "/nope/", 404, "not found"},
		{"missing page without a slash", site, "", "/nope", 404, "not found"},
		{"missing file", site, "", "/css/nope.css", 404, "not found"},
		{"folder without a page", site, "", "/data/x/", 404, "not found"},
		{"missing Korean page", site, "", "/ko/companies/nope/", 404, "페이지를 찾을 수 없습니다"},
		{"above the site", site, "", "/../../etc/passwd", 404, "not found"},
		{"no 404 page", bare, "", "/nope/", 404, "404 page not found"},
		{"failed build, a page", site, "x.json:1:1: boom", "/", 500, "x.json:1:1: boom"},
		{"failed build, missing page", site, "x.json:1:1: boom", "/nope/", 500, "x.json:1:1: boom"},
		{"failed build, a file", site, "x.json:1:1: boom", "/css/site.css", 200, "body{}"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			w := httptest.NewRecorder()
			r := httptest.NewRequest("GET", "/", nil)
			r.URL.Path = tt.path
			servePage(w, r, tt.dir, tt.failure)
			if w.Code != tt.code || !strings.Contains(w.Body.String(), tt.body) {
				t.Errorf("GET %s: %d %q, want %d with %q", tt.path, w.Code, w.Body, tt.code, tt.body)
			}
			if html := strings.HasPrefix(w.Header().Get("Content-Type"), "text/html"); html && tt.code != 500 && tt.dir == site &&
				!strings.Contains(w.Body.String(), scriptPath) {
				t.Errorf("GET %s: the page has no reload script", tt.path)
			}
		})
	}
}
