package serve

import (
	"bytes"
	"fmt"
	"html/template"
	"net"
	"net/http"
	"os"
	"path"
	"path/filepath"
	"strings"
)

// The preview's own endpoints, under a prefix no page uses.
const (
	eventsPath = "/__kit/events"
	scriptPath = "/__kit/reload.js"
)

// reloadScript reloads the page when a newer build finishes. It is served as
// a file, not inline, so the site's Content-Security-Policy still holds.
const reloadScript = `(function () {
  var seen = null;
  var es = new EventSource("` + eventsPath + `");
  es.onmessage = function (e) {
    if (seen !== null && e.data !== seen) { location.reload(); }
    seen = e.data;
  };
})();
`

var scriptTag = []byte(`<script src="` + scriptPath + `" defer></script>`)

func (s *Server) handler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc(eventsPath, s.events)
	mux.HandleFunc(scriptPath, func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		fmt.Fprint(w, reloadScript)
	})
	mux.HandleFunc("/", s.page)
	return loopbackOnly(mux)
}

// loopbackOnly answers 403 to a request for any host but localhost,
// 127.0.0.1 or [::1] (on any port). A web page that points a name of its
// own at 127.0.0.1 (DNS rebinding) would otherwise read the preview as
// same-origin; its requests carry that name as their Host.
func loopbackOnly(h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if !isLoopbackHost(r.Host) {
			http.Error(w, "the preview answers only at localhost, 127.0.0.1 and [::1]", http.StatusForbidden)
			return
		}
		h.ServeHTTP(w, r)
	})
}

// isLoopbackHost reports whether a Host header names this machine's
// loopback interface: localhost, 127.0.0.1 or ::1, with or without a port.
func isLoopbackHost(host string) bool {
	if h, _, err := net.SplitHostPort(host); err == nil {
		host = h
	} else if strings.HasPrefix(host, "[") && strings.HasSuffix(host, "]") {
		host = host[1 : len(host)-1]
	}
	return strings.EqualFold(host, "localhost") || host == "127.0.0.1" || host == "::1"
}

// events streams the build version to the page (server-sent events).
func (s *Server) events(w http.ResponseWriter, r *http.Request) {
	w.Header().Set("Content-Type", "text/event-stream")
	w.Header().Set("Cache-Control", "no-store")
	flusher, _ := w.(http.Flusher)
	for {
		_, version, next := s.state()
		fmt.Fprintf(w, "data: %d\n\n", version)
		if flusher != nil {
			flusher.Flush()
		}
		select {
		case <-next:
		case <-r.Context().Done():
			return
		}
	}
}

// page serves the built site, or the errors when the last build failed.
func (s *Server) page(w http.ResponseWriter, r *http.Request) {
	failure, _, _ := s.state()
	servePage(w, r, s.out, failure)
}

// servePage serves the file of the site in dir at r's path; HTML gets the
// reload script, or the error page when failure (the last build's error)
// is not "". A path with no file gets the site's 404 page with status 404.
func servePage(w http.ResponseWriter, r *http.Request, dir, failure string) {
	file, status := resolve(dir, r.URL.Path)
	isHTML := strings.HasSuffix(file, ".html")
	if failure != "" && isHTML {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		w.WriteHeader(http.StatusInternalServerError)
		errorPage.Execute(w, failure)
		return
	}
	if !isHTML {
		http.ServeFile(w, r, file)
		return
	}
	b, err := os.ReadFile(file)
	if err != nil {
		http.NotFound(w, r)
		return
	}
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	w.Write(injectScript(b))
}

// resolve maps a URL path to a file of the site in dir (a folder means its
// index.html) and the status to answer with: 200, or 404 with the nearest
// 404.html above the path, so that a missing Korean page gets the Korean
// one, as on Netlify (build's _redirects).
func resolve(dir, urlPath string) (string, int) {
	clean := path.Clean("/" + urlPath)
	p := filepath.Join(dir, filepath.FromSlash(clean))
	if info, err := os.Stat(p); err == nil && !info.IsDir() {
		return p, http.StatusOK
	} else if err == nil {
		if index := filepath.Join(p, "index.html"); isFile(index) {
			return index, http.StatusOK
		}
	}
	for d := path.Dir(clean); ; d = path.Dir(d) {
		page := filepath.Join(dir, filepath.FromSlash(d), "404.html")
		if isFile(page) || d == "/" {
			return page, http.StatusNotFound
		}
	}
}

func isFile(p string) bool {
	info, err := os.Stat(p)
	return err == nil && !info.IsDir()
}

// injectScript adds the reload script before </body> of a served page; the
// built files on disk are not changed.
func injectScript(page []byte) []byte {
	i := bytes.LastIndex(page, []byte("</body>"))
	if i < 0 {
		return append(page, scriptTag...)
	}
	return bytes.Join([][]byte{page[:i], scriptTag, page[i:]}, nil)
}

var errorPage = template.Must(template.New("error").Parse(`<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Build failed</title>
<meta name="viewport" content="width=device-width, initial-scale=1"></head>
<body><main><h1>Build failed</h1>
<p>Fix the problems below and save; this page reloads by itself.</p>
<pre id="kit-build-errors">{{.}}</pre></main>
<script src="` + scriptPath + `" defer></script></body></html>
`))
