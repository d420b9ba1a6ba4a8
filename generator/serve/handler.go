package serve

import (
	"bytes"
	"fmt"
	"html/template"
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
	return mux
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
	file := s.resolve(r.URL.Path)
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
	w.Write(injectScript(b))
}

// resolve maps a URL path to a file of the built site; a folder means its index.html.
func (s *Server) resolve(urlPath string) string {
	p := filepath.Join(s.out, filepath.FromSlash(path.Clean("/"+urlPath)))
	if info, err := os.Stat(p); err == nil && info.IsDir() {
		return filepath.Join(p, "index.html")
	}
	if _, err := os.Stat(p); err != nil && path.Ext(urlPath) == "" {
		return filepath.Join(s.out, "404.html")
	}
	return p
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
