// Package hugo renders the site: it turns the publication into the
// normalised JSON that the Hugo project in site/ reads through content
// adapters, finds the pinned Hugo binary, runs it with warnings as errors,
// and maps Hugo's errors to file:line:col messages.
//
// No Go file imports Hugo: Hugo runs as a separate program, pinned in
// tools/go.mod, so its dependencies stay out of the generator's module graph.
package hugo

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"hash/maphash"
	"io"
	"io/fs"
	"net/url"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/schema"
)

// defaultBaseURL is where the site is published, the base of the schemas' $id.
const defaultBaseURL = "https://korea-investment-tracker.netlify.app/"

// Config says where Render reads and writes. Its zero value, with Dest set,
// renders the repository in the current directory.
type Config struct {
	// Root is the repository root, where site/ and tools/go.mod are; "" is the current directory.
	Root string
	// SiteDir is the Hugo project; "" is Root/site.
	SiteDir string
	// Dest is the folder Hugo writes into; it must be set. Files already there
	// are kept, so export writes Dest/data (with data/manifest.json) first.
	Dest string
	// BaseURL is the published site's absolute URL; "" is the production URL.
	BaseURL string
	// HugoBinary is a hugo to run instead of looking one up; it must be the pinned version.
	HugoBinary string
	// Stdout and Stderr receive Hugo's output; nil discards it.
	Stdout, Stderr io.Writer
	// Ran, when set, is told how long each run of Hugo took.
	Ran func(time.Duration)
	// Since, when not nil, makes renders quick for the live preview. It
	// holds the Snapshot of the last render into the site the caller keeps
	// (zero before the first): Render then gives Hugo only the pages whose
	// input changed since, and reports them in its Result, or renders all
	// when it cannot tell (no snapshot yet, or what every page reads, such
	// as the dates from git, changed). Render stores the new snapshot in it.
	// Changes to site/ are not seen: the caller resets it then.
	// RenderFirst forgets the pages it renders from it.
	Since *Snapshot
	// History is the data's changes from git (history.Read), for the
	// /changes/ page and the date each page says its data last changed.
	// The caller reads it once and hands the same log to the feeds; nil
	// (no history) lists no changes and shows no dates.
	History history.Log
}

// withDefaults fills the zero fields and makes every path absolute, since
// Hugo runs in another working directory.
func (c Config) withDefaults() (Config, error) {
	if c.Dest == "" {
		return c, fmt.Errorf("hugo: Config.Dest is empty")
	}
	var err error
	if c.Root, err = filepath.Abs(cmpOr(c.Root, ".")); err != nil {
		return c, err
	}
	if c.SiteDir == "" {
		c.SiteDir = filepath.Join(c.Root, "site")
	}
	if c.SiteDir, err = filepath.Abs(c.SiteDir); err != nil {
		return c, err
	}
	if c.Dest, err = filepath.Abs(c.Dest); err != nil {
		return c, err
	}
	c.BaseURL = cmpOr(c.BaseURL, defaultBaseURL)
	if !strings.HasSuffix(c.BaseURL, "/") {
		c.BaseURL += "/"
	}
	if c.Stdout == nil {
		c.Stdout = io.Discard
	}
	if c.Stderr == nil {
		c.Stderr = io.Discard
	}
	return c, nil
}

// Render writes the site for p into cfg.Dest. It refuses, before running
// Hugo, pages that would publish to the same path; Hugo's own errors come
// back as a record.ErrorList of file:line:col messages. With cfg.Since set
// it may render only what changed (see Config.Since and Result).
func Render(ctx context.Context, cfg Config, p *publication.Publication) (Result, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return Result{}, err
	}
	s, m, err := siteOf(cfg, p)
	if err != nil {
		return Result{}, err
	}
	if cfg.Since == nil {
		return Result{}, renderAll(ctx, cfg, s, true)
	}
	seed := cfg.Since.seed
	if cfg.Since.pages == nil {
		seed = maphash.MakeSeed()
	}
	snap, err := snapshot(s, seed)
	if err != nil {
		return Result{}, err
	}
	snap.manifest = m
	res := Result{Quick: true}
	changed, removed, ok := snap.changedSince(*cfg.Since)
	if ok {
		res.Rendered, res.Removed = changed, removed
		err = renderChanged(ctx, cfg, s, changed)
	}
	if !ok || errors.Is(err, errIncomplete) {
		res = Result{}
		err = renderAll(ctx, cfg, s, false)
	}
	if err == nil {
		*cfg.Since = snap
	}
	return res, err
}

// siteOf reads what the pages need besides the publication (pageInputs,
// the schemas' documentation) and builds every page's view. It returns
// the dataset manifest too, which a Snapshot keeps for the first look.
func siteOf(cfg Config, p *publication.Publication) (site, manifest, error) {
	u, m, cats, err := pageInputs(cfg, nil)
	if err != nil {
		return nil, nil, err
	}
	dict, err := dictionary(schema.Files)
	if err != nil {
		return nil, nil, err
	}
	s, err := buildSite(p, u, m, dict, cats, cfg.History)
	return s, m, err
}

// pageInputs are what every page reads besides the publication: its URLs,
// the dataset manifest (for the downloads), read from cfg.Dest unless m
// is it already, and the message catalogs.
func pageInputs(cfg Config, m manifest) (urls, manifest, map[string]catalog, error) {
	u, err := newURLs(cfg.BaseURL)
	if err != nil {
		return urls{}, manifest{}, nil, err
	}
	if m == nil {
		if m, err = readManifest(filepath.Join(cfg.Dest, "data", "manifest.json")); err != nil {
			return urls{}, manifest{}, nil, err
		}
	}
	cats := map[string]catalog{}
	for _, lang := range languages {
		if cats[lang], err = readCatalog(cfg.SiteDir, lang); err != nil {
			return urls{}, manifest{}, nil, err
		}
	}
	return u, m, cats, nil
}

// renderAll gives Hugo every page of s and has it write the site into
// cfg.Dest. oneOff says that nothing reads s afterwards.
func renderAll(ctx context.Context, cfg Config, s site, oneOff bool) error {
	work, err := os.MkdirTemp("", "kit-hugo-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(work)
	if err := writeInput(work, cfg.SiteDir, s); err != nil {
		return err
	}
	blame := blameOf(s.allPages())
	if oneOff {
		// Hugo is the peak of a one-off build, and the pages' views are
		// garbage once written: give their memory back before it starts.
		// The live preview skips this, its rebuilds should be quick.
		debug.FreeOSMemory()
	}
	return run(ctx, cfg, work, blame)
}

// renderChanged gives Hugo only the pages in the changed folders (with
// their translations and ancestors: selectPages), has it render them into
// a folder of its own, and moves the changed pages' files into cfg.Dest.
// Hugo's other output there (sections it made up, the sitemap) is dropped.
func renderChanged(ctx context.Context, cfg Config, s site, changed []string) error {
	if len(changed) == 0 {
		return nil
	}
	tmp, err := os.MkdirTemp(cfg.Dest, ".quick-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(tmp)
	quick := cfg
	quick.Dest = tmp
	if err := renderAll(ctx, quick, selectPages(s, changed), false); err != nil {
		return err
	}
	return moveRendered(tmp, cfg.Dest, changed)
}

func newURLs(base string) (urls, error) {
	parsed, err := url.Parse(base)
	if err != nil || !parsed.IsAbs() {
		return urls{}, fmt.Errorf("hugo: base URL %q is not an absolute URL", base)
	}
	return urls{base: "/" + strings.TrimPrefix(parsed.Path, "/"), abs: base}, nil
}

// writeInput lays out Hugo's generated input in work:
//
//	work/data/kit/<lang>/pages.json  every page the content adapter adds, per language
//	work/data/kit/<lang>/home.json   the home page's view, per language
//	work/data/kit/<lang>/updated.json when the data last changed, per language
//	work/static/schema/       the JSON Schemas, so their $id URLs resolve
//	work/config.toml          mounts joining site/ and work/, and cache folders
func writeInput(work, siteDir string, s site) error {
	files := map[string]any{}
	for _, ls := range s {
		files["data/kit/"+ls.lang+"/pages.json"] = ls.pages
		files["data/kit/"+ls.lang+"/home.json"] = ls.home
		files["data/kit/"+ls.lang+"/updated.json"] = ls.updated
	}
	for name, v := range files {
		if err := writeJSON(filepath.Join(work, name), v); err != nil {
			return err
		}
	}
	err := fs.WalkDir(schema.Files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := fs.ReadFile(schema.Files, name)
		if err != nil {
			return err
		}
		return writeFile(filepath.Join(work, "static", "schema", name), b)
	})
	if err != nil {
		return err
	}
	return writeFile(filepath.Join(work, "config.toml"), mountsConfig(work, siteDir))
}

// mountsConfig mounts the checked-in project and the generated input
// together. Declaring a mount replaces Hugo's default for that component,
// so every component used is listed.
func mountsConfig(work, siteDir string) []byte {
	var b bytes.Buffer
	q := func(s string) string { j, _ := json.Marshal(filepath.ToSlash(s)); return string(j) }
	fmt.Fprintf(&b, "resourceDir = %s\n\n[module]\n", q(filepath.Join(work, "resources")))
	mounts := [][2]string{
		{filepath.Join(siteDir, "content"), "content"},
		{filepath.Join(siteDir, "layouts"), "layouts"},
		{filepath.Join(siteDir, "assets"), "assets"},
		{filepath.Join(siteDir, "static"), "static"},
		{filepath.Join(work, "static"), "static"},
		{filepath.Join(work, "data"), "data"},
	}
	for _, m := range mounts {
		fmt.Fprintf(&b, "[[module.mounts]]\nsource = %s\ntarget = %s\n", q(m[0]), q(m[1]))
	}
	return b.Bytes()
}

// writeJSON writes v as compact JSON, which only Hugo reads: indenting
// was the generator's largest cost at 10,000 commitments. A list of pages
// is encoded a page at a time, so that no copy of the whole is held.
func writeJSON(name string, v any) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	f, err := os.Create(name)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 256<<10)
	err = encodeJSON(w, v)
	if err == nil {
		err = w.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

func encodeJSON(w *bufio.Writer, v any) error {
	pages, ok := v.([]page)
	if !ok {
		b, err := json.Marshal(v)
		if err != nil {
			return err
		}
		_, err = w.Write(b)
		return err
	}
	w.WriteByte('[')
	for k, pg := range pages {
		if k > 0 {
			w.WriteByte(',')
		}
		b, err := json.Marshal(pg)
		if err != nil {
			return err
		}
		if _, err := w.Write(b); err != nil {
			return err
		}
	}
	return w.WriteByte(']')
}

func writeFile(name string, b []byte) error {
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		return err
	}
	return os.WriteFile(name, b, 0o644)
}
