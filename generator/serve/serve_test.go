package serve

import (
	"context"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
)

func get(t *testing.T, url string) (int, string) {
	t.Helper()
	resp, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// waitFor polls url until the page satisfies ok, and returns how long that took.
func waitFor(t *testing.T, url, what string, ok func(int, string) bool) time.Duration {
	t.Helper()
	start := time.Now()
	for time.Since(start) < 60*time.Second {
		if ok(get(t, url)) {
			return time.Since(start)
		}
		time.Sleep(20 * time.Millisecond)
	}
	code, body := get(t, url)
	t.Fatalf("after 60s, %s: still %d %.500s", what, code, body)
	return 0
}

// TestServeSurvivesFaults starts the preview, breaks a record, fixes it,
// deletes one and saves in a burst, renames the data folder away and back,
// and half-saves a file, checking the served page each time.
func TestServeSurvivesFaults(t *testing.T) {
	t.Parallel()
	if testing.Short() {
		t.Skip("builds the site with Hugo several times")
	}
	root := testrepo.Copy(t)
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	var log lockedBuffer
	s, err := New(Options{Root: root, Log: &log})
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error)
	go func() { done <- s.Serve(ctx, ln) }()
	defer func() { cancel(); <-done }()

	base := "http://" + ln.Addr().String()
	company := base + "/companies/renault-korea/"
	waitFor(t, company, "first build", func(code int, body string) bool {
		return code == 200 && strings.Contains(body, "Renault Korea") && strings.Contains(body, "/__kit/reload.js")
	})

	record := filepath.Join(root, "data/companies/renault-korea.json")
	good, _ := os.ReadFile(record)
	os.WriteFile(record, []byte(strings.Replace(string(good), `"name": "Renault Korea"`, `"name": "Renault Korea",`, 1)), 0o644)
	took := waitFor(t, company, "broken record shown as an error", func(code int, body string) bool {
		return code == 500 && strings.Contains(body, "data/companies/renault-korea.json:4:")
	})
	t.Logf("error shown %s after the save", took)

	rename := strings.Replace(string(good), `"name": "Renault Korea"`, `"name": "Renault Korea Motors (edited)"`, 1)
	builds := log.builds()
	os.WriteFile(record, []byte(rename), 0o644)
	took = waitFor(t, company, "fixed record", func(code int, body string) bool {
		return code == 200 && strings.Contains(body, "Renault Korea Motors (edited)")
	})
	t.Logf("changed record shown %s after the save", took)
	if last := log.after(t, builds); !strings.Contains(last, "(quick: ") {
		t.Errorf("a changed record was not a quick rebuild: %q", last)
	}

	// Now that the last build is good, the changed record's own pages
	// are shown first, then the quick rebuild renders the rest.
	builds = log.builds()
	os.WriteFile(record, []byte(strings.Replace(rename, "(edited)", "(edited twice)", 1)), 0o644)
	took = waitFor(t, company, "record changed again", func(code int, body string) bool {
		return code == 200 && strings.Contains(body, "Renault Korea Motors (edited twice)")
	})
	t.Logf("changed record shown %s after the save", took)
	log.after(t, builds)
	lines := strings.Split(strings.TrimSpace(log.String()), "\n")
	if look := lines[len(lines)-2]; !strings.HasPrefix(look, "first look in ") || !strings.HasSuffix(look, ": 2 changed pages rendered") {
		t.Errorf("the line before the quick rebuild's is %q, want a first look at the record's two pages", look)
	}

	// A burst of saves, ending with the profile page deleted: the preview settles on the final state.
	profile := filepath.Join(root, "content/companies/renault-korea.md")
	for i := range 5 {
		os.WriteFile(profile, []byte("---\ntitle: Renault Korea\ncompany: renault-korea\n---\nDraft "+string(rune('a'+i))+"\n"), 0o644)
	}
	os.Remove(profile)
	waitFor(t, company, "deleted profile", func(code int, body string) bool {
		return code == 200 && !strings.Contains(body, "Draft ") && !strings.Contains(body, "Busan plant to build electric vehicles")
	})

	// A watched folder renamed away and back (as a checkout of another branch does).
	data, moved := filepath.Join(root, "data"), filepath.Join(root, "data.moved")
	if err := os.Rename(data, moved); err != nil {
		t.Fatal(err)
	}
	waitFor(t, company, "data/ renamed away", func(code int, body string) bool { return code != 200 })
	if err := os.Rename(moved, data); err != nil {
		t.Fatal(err)
	}
	waitFor(t, company, "data/ renamed back", func(code int, body string) bool {
		return code == 200 && strings.Contains(body, "Renault Korea")
	})

	// A folder made while serving is watched: a page saved in it later
	// shows too (the watcher reads the folders again only when one may
	// have been made, not after every save).
	guides := filepath.Join(root, "content/guides")
	if err := os.Mkdir(guides, 0o755); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(filepath.Join(guides, "_index.md"), []byte("---\ntitle: Synthetic guides\n---\nSynthetic guides for a test.\n"), 0o644)
	waitFor(t, base+"/guides/", "a new folder's section", func(code int, body string) bool {
		return code == 200 && strings.Contains(body, "Synthetic guides for a test.")
	})
	os.WriteFile(filepath.Join(guides, "first.md"), []byte("---\ntitle: A synthetic guide\n---\nA synthetic guide.\n"), 0o644)
	waitFor(t, base+"/guides/first/", "a page saved in the new folder", func(code int, body string) bool {
		return code == 200 && strings.Contains(body, "A synthetic guide.")
	})

	// A half-saved file (truncated JSON) is an error, not a crash; the server keeps serving.
	os.WriteFile(record, good[:len(good)/2], 0o644)
	waitFor(t, company, "half-saved file", func(code int, body string) bool { return code == 500 })
	os.WriteFile(record, good, 0o644)
	waitFor(t, company, "restored record", func(code int, body string) bool {
		return code == 200 && strings.Contains(body, "Renault Korea") && !strings.Contains(body, "(edited)")
	})

	// A change to the templates' words changes every page, though no
	// page's data did: a full build, not a quick one, shows it.
	i18n := filepath.Join(root, "site/i18n/en.yaml")
	words, _ := os.ReadFile(i18n)
	builds = log.builds()
	os.WriteFile(i18n, []byte(strings.Replace(string(words), "skip_to_content: Skip to content", "skip_to_content: Skip to the content", 1)), 0o644)
	waitFor(t, company, "changed site/", func(code int, body string) bool {
		return code == 200 && strings.Contains(body, "Skip to the content")
	})
	if last := log.after(t, builds); strings.Contains(last, "quick") {
		t.Errorf("a change to site/ was a quick rebuild: %q", last)
	}
}

// builds counts the builds logged so far.
func (l *lockedBuffer) builds() int {
	l.mu.Lock()
	defer l.mu.Unlock()
	return strings.Count(l.b.String(), "built in ") + strings.Count(l.b.String(), "build failed in ")
}

// after waits until a build after the first n is logged (the page can be
// served before its build's line is written) and returns that line.
func (l *lockedBuffer) after(t *testing.T, n int) string {
	t.Helper()
	for start := time.Now(); l.builds() <= n; time.Sleep(10 * time.Millisecond) {
		if time.Since(start) > 60*time.Second {
			t.Fatalf("no build logged after build %d:\n%s", n, l.String())
		}
	}
	lines := strings.Split(strings.TrimSpace(l.String()), "\n")
	return lines[len(lines)-1]
}
