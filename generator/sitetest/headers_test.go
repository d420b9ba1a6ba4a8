package sitetest

import (
	"bufio"
	"net/http"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// siteHeaders reads the headers netlify.toml sets for every page ("/*"):
// the Content-Security-Policy among them. The test server sends them, so
// the browser tests see the site as the host serves it, and a script or
// style the policy blocks is a console error that fails them. Reading the
// file rather than copying the policy keeps the tests from drifting.
func siteHeaders(t *testing.T) http.Header {
	t.Helper()
	f, err := os.Open(filepath.Join("..", "..", "netlify.toml"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	h, err := parseHeaders(f, "/*")
	if err != nil {
		t.Fatalf("netlify.toml: %v", err)
	}
	if h.Get("Content-Security-Policy") == "" {
		t.Fatal(`netlify.toml sets no Content-Security-Policy for "/*"`)
	}
	return h
}

// parseHeaders reads the values of the [[headers]] tables for one path
// pattern. It knows only the TOML netlify.toml uses there: tables, and
// keys with one-line double-quoted strings.
func parseHeaders(f *os.File, pattern string) (http.Header, error) {
	h := http.Header{}
	var inHeaders, inValues, match bool
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		switch {
		case line == "" || strings.HasPrefix(line, "#"):
			continue
		case line == "[[headers]]":
			inHeaders, inValues, match = true, false, false
			continue
		case line == "[headers.values]":
			inValues = inHeaders
			continue
		case strings.HasPrefix(line, "["):
			inHeaders, inValues = false, false
			continue
		}
		key, value, ok := strings.Cut(line, "=")
		if !ok || !inHeaders {
			continue
		}
		key = strings.TrimSpace(key)
		v, err := strconv.Unquote(strings.TrimSpace(value))
		if err != nil {
			return nil, err
		}
		switch {
		case !inValues && key == "for":
			match = v == pattern
		case inValues && match:
			h.Set(key, v)
		}
	}
	return h, sc.Err()
}

// TestCSPViolationFails checks the check: a page that breaks the policy,
// served as the site is, must show up among the problems a test reports.
func TestCSPViolationFails(t *testing.T) {
	t.Parallel()
	chrome := needChrome(t)
	dir := t.TempDir()
	page := `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>CSP</title>` +
		`<style>body { color: red }</style></head><body><script>document.title = "ran"</script></body></html>`
	if err := os.WriteFile(filepath.Join(dir, "index.html"), []byte(page), 0o644); err != nil {
		t.Fatal(err)
	}
	base := serve(t, dir)
	ctx := newBrowser(t, chrome)
	probs := watchProblems(t, ctx, base)
	if err := chromedp.Do(ctx, chromedp.Navigate(base+"/")); err != nil {
		t.Fatal(err)
	}
	title, err := chromedp.Run(ctx, chromedp.Title())
	if err != nil {
		t.Fatal(err)
	}
	if title == "ran" {
		t.Error("an inline script ran: the test server does not send the site's Content-Security-Policy")
	}
	var got []string
	for _, want := range []string{"script-src", "style-src"} {
		for wait := 0; !strings.Contains(strings.Join(got, "\n"), want) && wait < 50; wait++ {
			time.Sleep(20 * time.Millisecond) // the browser reports asynchronously
			got = append(got, probs.take()...)
		}
		if !strings.Contains(strings.Join(got, "\n"), want) {
			t.Errorf("no problem reported for the blocked inline %s; reported: %q", strings.TrimSuffix(want, "-src"), got)
		}
	}
}
