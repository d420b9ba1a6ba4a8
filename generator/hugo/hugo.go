// Package hugo is the adapter to Hugo: it writes a site's views (package
// view) as the JSON that the Hugo project in site/ reads through content
// adapters, finds the pinned Hugo binary, runs it with warnings as errors,
// and maps Hugo's errors to file:line:col messages. For the live preview
// it renders only the pages whose view changed, into a folder of its own,
// and moves them into place.
//
// No Go file imports Hugo: Hugo runs as a separate program, pinned in
// tools/go.mod, so its dependencies stay out of the generator's module graph.
package hugo

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"time"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/pagediff"
	"github.com/korea-investment-tracker/kit/generator/view"
	"github.com/korea-investment-tracker/kit/schema"
)

// Config says where Render reads and writes. Its zero value, with Dest set,
// renders the repository in the current directory.
type Config struct {
	// Root is the repository root, where site/ and tools/go.mod are; "" is the current directory.
	Root string
	// SiteDir is the Hugo project; "" is Root/site.
	SiteDir string
	// Dest is the folder Hugo writes into; it must be set. Files already there
	// are kept, so export writes Dest/data first.
	Dest string
	// HugoBinary is a hugo to run instead of looking one up; it must be the pinned version.
	HugoBinary string
	// Stdout and Stderr receive Hugo's output; nil discards it.
	Stdout, Stderr io.Writer
	// Note, when set, is told in one line when the pinned Hugo is compiled
	// before it runs (once on a machine; it takes minutes).
	Note io.Writer
	// Ran, when set, is told how long each run of Hugo took, and the CPU
	// time (user and system) it used.
	Ran func(wall, cpu time.Duration)
	// Progress, when set, is told now and then while Hugo runs how many
	// more of the pages it renders (view.Site.Pages) it has written: a
	// build's live counter. They are counted in Dest (pageCounter), a
	// last time when Hugo is done.
	Progress func(n int)
	// Counts, when set, is which pages Progress counts, by folder
	// (page.Folder); nil counts them all. A part of a build in parts
	// renders its pages' ancestors too, which another part counts.
	Counts func(folder string) bool
	// Since, when not nil, makes renders quick for the live preview. It
	// holds the Snapshot of the last render into the site the caller keeps
	// (zero before the first): Render then gives Hugo only the pages whose
	// view changed since, and reports them in its Result, or renders all
	// when it cannot tell (pagediff.Snapshot.ChangedSince). Render stores the
	// new snapshot in it. Changes to site/ are not seen: the caller resets
	// it then. RenderFirst forgets the pages it renders from it.
	Since *pagediff.Snapshot
}

// Result says what Render did.
type Result struct {
	// Quick is set when Hugo rendered only the pages whose view changed
	// since Config.Since: their folders below Dest are in Rendered, and
	// the folders of pages that no longer exist in Removed. Nothing else
	// in Dest comes from Hugo then: the caller keeps the rest of the
	// previous site.
	Quick             bool
	Rendered, Removed []string
}

// withDefaults fills the zero fields and makes every path absolute, since
// Hugo runs in another working directory.
func (c Config) withDefaults() (Config, error) {
	if c.Dest == "" {
		return c, fmt.Errorf("hugo: Config.Dest is empty")
	}
	var err error
	if c.Root, err = filepath.Abs(cmp.Or(c.Root, ".")); err != nil {
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
	if c.Stdout == nil {
		c.Stdout = io.Discard
	}
	if c.Stderr == nil {
		c.Stderr = io.Discard
	}
	return c, nil
}

// Render has Hugo write the site s into cfg.Dest. Hugo's own errors come
// back as a record.ErrorList of file:line:col messages. With cfg.Since set
// it may render only what changed (see Config.Since and Result).
func Render(ctx context.Context, cfg Config, s view.Site) (Result, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return Result{}, err
	}
	if cfg.Since == nil {
		return Result{}, renderAll(ctx, cfg, s, true)
	}
	snap, err := pagediff.Of(s, *cfg.Since)
	if err != nil {
		return Result{}, err
	}
	res := Result{Quick: true}
	changed, removed, ok := snap.ChangedSince(*cfg.Since)
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

// RenderFirst has Hugo render the live preview's first look (view.First)
// into cfg.Dest, which holds a site rendered before: only the pages in
// folders are moved into place. It forgets them from cfg.Since, if set,
// since they no longer hold what it says, so that the next quick render
// renders them again whatever their view is then.
func RenderFirst(ctx context.Context, cfg Config, s view.Site, folders []string) error {
	if len(folders) == 0 {
		return nil
	}
	cfg, err := cfg.withDefaults()
	if err != nil {
		return err
	}
	if cfg.Since != nil {
		cfg.Since.Forget(folders)
	}
	return renderChanged(ctx, cfg, s, folders)
}

// renderAll gives Hugo every page of s and has it write the site into
// cfg.Dest. oneOff says that nothing reads s afterwards.
func renderAll(ctx context.Context, cfg Config, s view.Site, oneOff bool) error {
	in, err := prepare(cfg, s)
	if err != nil {
		return err
	}
	if oneOff {
		// Hugo is the peak of a one-off build, and the pages' views are
		// garbage once written: give their memory back before it starts.
		// The live preview skips this, its rebuilds should be quick.
		debug.FreeOSMemory()
	}
	return in.Run(ctx)
}

// Input is a site written as Hugo's input (Prepare), for Run to render:
// the site's views may be garbage by then, which is how a build in parts
// holds no views while its Hugo processes run.
type Input struct {
	cfg        Config
	work, base string
	blame      blame
	counter    *pageCounter
}

// Prepare writes s as Hugo's input for a render into cfg.Dest (a full
// render: Config.Since is not read). Run renders it, or Close removes it.
func Prepare(cfg Config, s view.Site) (*Input, error) {
	cfg, err := cfg.withDefaults()
	if err != nil {
		return nil, err
	}
	return prepare(cfg, s)
}

func prepare(cfg Config, s view.Site) (*Input, error) {
	work, err := os.MkdirTemp("", "kit-hugo-")
	if err != nil {
		return nil, err
	}
	in := &Input{cfg: cfg, work: work, base: s.BaseURL, blame: blameOf(s.Pages())}
	if cfg.Progress != nil {
		pc := newPageCounter(cfg.Dest, s, cfg.Counts)
		in.counter = &pc
	}
	if err := writeInput(work, cfg.SiteDir, s); err != nil {
		return nil, errors.Join(err, in.Close())
	}
	return in, nil
}

// Run has Hugo render the input into the Config's Dest and removes the input.
func (in *Input) Run(ctx context.Context) error {
	defer in.Close()
	if in.counter != nil {
		defer in.counter.start(in.cfg.Progress)()
	}
	return run(ctx, in.cfg, in.work, in.base, in.blame)
}

// Close removes the input; Run does so itself.
func (in *Input) Close() error { return os.RemoveAll(in.work) }

// renderChanged gives Hugo only the pages in the changed folders (with
// their translations and ancestors: pagediff.Select), has it render them
// into a folder of its own, and moves the changed pages' files into
// cfg.Dest. Hugo's other output there (sections it made up, the sitemap)
// is dropped.
func renderChanged(ctx context.Context, cfg Config, s view.Site, changed []string) error {
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
	if err := renderAll(ctx, quick, pagediff.Select(s, changed), false); err != nil {
		return err
	}
	return moveRendered(tmp, cfg.Dest, changed)
}

// errIncomplete is a quick render that missed a page; Render then renders all.
var errIncomplete = errors.New("quick render incomplete")

// moveRendered moves the page Hugo wrote for each changed folder (its
// index.html; Hugo writes no other file for a page, and at a home folder
// the others are the site's, such as the sitemap, which a quick render
// would get wrong) from the quick render's destination into dest. A page
// missing there means the quick render did not render it: an error, so
// that Render renders everything instead (a first look leaves it to the
// rebuild that follows).
func moveRendered(from, dest string, changed []string) error {
	for _, f := range changed {
		name := filepath.Join(filepath.FromSlash(f), "index.html")
		if _, err := os.Stat(filepath.Join(from, name)); err != nil {
			return fmt.Errorf("%w: Hugo wrote no %sindex.html", errIncomplete, f)
		}
		if err := os.MkdirAll(filepath.Join(dest, filepath.FromSlash(f)), 0o755); err != nil {
			return err
		}
		if err := os.Rename(filepath.Join(from, name), filepath.Join(dest, name)); err != nil {
			return err
		}
	}
	return nil
}

// writeInput lays out Hugo's generated input in work:
//
//	work/data/kit/<lang>/pages.json  every page the content adapter adds, per language
//	work/data/kit/<lang>/home.json   the home page's view, per language
//	work/data/kit/<lang>/updated.json when the data last changed, per language
//	work/static/schema/       the JSON Schemas, so their $id URLs resolve
//	work/config.toml          mounts joining site/ and work/, and cache folders
func writeInput(work, siteDir string, s view.Site) error {
	files := map[string]any{}
	for _, ls := range s.Langs {
		files["data/kit/"+ls.Lang+"/pages.json"] = ls.Pages
		files["data/kit/"+ls.Lang+"/home.json"] = ls.Home
		files["data/kit/"+ls.Lang+"/updated.json"] = ls.Updated
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
	return writeFile(filepath.Join(work, "config.toml"), append(languagesConfig(s.Langs), mountsConfig(work, siteDir)...))
}

// languagesConfig declares the site's languages to Hugo as the view has
// them (record.Languages, with the title and name from each language's
// catalog), the default first, so that Go and Hugo share one list.
func languagesConfig(langs []view.Lang) []byte {
	var b bytes.Buffer
	q := func(s string) string { j, _ := json.Marshal(s); return string(j) }
	fmt.Fprintf(&b, "defaultContentLanguage = %s\ntitle = %s\n\n", q(langs[0].Lang), q(langs[0].Title))
	for k, l := range langs {
		fmt.Fprintf(&b, "[languages.%s]\nweight = %d\nlabel = %s\nlocale = %s\ntitle = %s\n\n", l.Lang, k+1, q(l.Label), q(l.Lang), q(l.Title))
	}
	return b.Bytes()
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

// writeJSON writes v as compact JSON, which only Hugo reads. A list of
// pages is encoded a page at a time, so that no copy of the whole is held.
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
	pages, ok := v.([]page.Page)
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
