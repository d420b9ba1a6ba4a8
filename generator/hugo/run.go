package hugo

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"time"

	"github.com/korea-investment-tracker/kit/generator/internal/cputime"
	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// run runs the pinned Hugo over the generated input and maps its errors.
func run(ctx context.Context, cfg Config, work, baseURL string, b blame) error {
	name, err := locate(ctx, cfg)
	if err != nil {
		return err
	}
	args := []string{
		"--source", cfg.SiteDir,
		"--config", filepath.Join(cfg.SiteDir, "hugo.toml") + "," + filepath.Join(work, "config.toml"),
		"--destination", cfg.Dest,
		"--baseURL", baseURL,
		"--cacheDir", filepath.Join(work, "cache"),
		"--environment", "production",
		"--panicOnWarning", "--printPathWarnings", "--printI18nWarnings",
		"--noBuildLock", "--noTimes", "--noChmod",
	}
	cmd := exec.CommandContext(ctx, name, args...)
	cmd.Dir = cfg.Root
	cmd.Env = hugoEnv(os.Environ())
	// os/exec copies stdout and stderr in two goroutines: the buffer both
	// go into is locked.
	var out lockedBuffer
	cmd.Stdout = io.MultiWriter(cfg.Stdout, &out)
	cmd.Stderr = io.MultiWriter(cfg.Stderr, &out)
	// When ctx ends, Hugo is killed; a child it started could hold its
	// output open, which Wait then stops waiting for.
	cmd.WaitDelay = time.Second
	start := time.Now()
	err = cmd.Run()
	if cfg.Ran != nil {
		cfg.Ran(time.Since(start), cputime.Of(cmd.ProcessState))
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		if l := mapErrors(out.String(), cfg.Root, b); len(l) > 0 {
			return l
		}
		return fmt.Errorf("hugo: %v\n%s", err, lastLines(out.String(), 20))
	}
	return nil
}

// lockedBuffer is a bytes.Buffer that two goroutines may write.
type lockedBuffer struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (l *lockedBuffer) Write(p []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.Write(p)
}

func (l *lockedBuffer) String() string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.b.String()
}

// hugoEnv drops HUGO_* variables: Hugo reads them as configuration, and a
// build must not depend on the shell it runs in (Netlify sets some).
func hugoEnv(env []string) []string {
	var out []string
	for _, kv := range env {
		if !strings.HasPrefix(kv, "HUGO_") {
			out = append(out, kv)
		}
	}
	return out
}

// hugoCommand finds the pinned Hugo: Config.HugoBinary, else a hugo on
// PATH at exactly the pinned version, else `go tool` with tools/go.mod,
// which builds Hugo once and caches it.
func hugoCommand(ctx context.Context, cfg Config) (string, []string, error) {
	modfile := filepath.Join(cfg.Root, "tools", "go.mod")
	want, err := pinnedVersion(modfile)
	if err != nil {
		return "", nil, err
	}
	if cfg.HugoBinary != "" {
		got, err := binaryVersion(ctx, cfg.HugoBinary)
		if err != nil {
			return "", nil, err
		}
		if got != want {
			return "", nil, fmt.Errorf("hugo: %s is Hugo %s; the site is pinned to %s in %s", cfg.HugoBinary, got, want, modfile)
		}
		return cfg.HugoBinary, nil, nil
	}
	if path, err := exec.LookPath("hugo"); err == nil {
		if got, err := binaryVersion(ctx, path); err == nil && got == want {
			return path, nil, nil
		}
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		return "", nil, fmt.Errorf("hugo: neither hugo %s nor the go command is on PATH", want)
	}
	return goCmd, []string{"tool", "-modfile=" + modfile, "hugo"}, nil
}

// pinnedVersion reads Hugo's version from tools/go.mod, the one place it is pinned.
func pinnedVersion(modfile string) (string, error) {
	b, err := os.ReadFile(modfile)
	if err != nil {
		return "", fmt.Errorf("hugo: reading the pinned version: %v", err)
	}
	return versionInGoMod(b, modfile)
}

func versionInGoMod(b []byte, modfile string) (string, error) {
	sc := bufio.NewScanner(bytes.NewReader(b))
	for sc.Scan() {
		f := strings.Fields(sc.Text())
		if len(f) >= 2 && f[0] == "github.com/gohugoio/hugo" {
			return f[1], nil
		}
		if len(f) >= 3 && f[0] == "require" && f[1] == "github.com/gohugoio/hugo" {
			return f[2], nil
		}
	}
	return "", fmt.Errorf("hugo: %s does not require github.com/gohugoio/hugo", modfile)
}

// binaryVersion runs `hugo version`; its output starts
// "hugo v0.165.0-<commit>+extended linux/amd64 ...".
func binaryVersion(ctx context.Context, bin string) (string, error) {
	out, err := exec.CommandContext(ctx, bin, "version").Output()
	if err != nil {
		return "", fmt.Errorf("hugo: %s version: %v", bin, err)
	}
	return parseVersion(string(out))
}

func parseVersion(out string) (string, error) {
	f := strings.Fields(out)
	if len(f) < 2 || f[0] != "hugo" {
		return "", fmt.Errorf("hugo: cannot read a version from %q", strings.TrimSpace(out))
	}
	v, _, _ := strings.Cut(f[1], "-")
	v, _, _ = strings.Cut(v, "+")
	return v, nil
}

var (
	// filePos is a position Hugo quotes: "/abs/site/layouts/page.html:12:5".
	filePos = regexp.MustCompile(`"([^"\n]+?):(\d+):(\d+)":\s*`)
	// adapterPage is a page a content adapter added: "/abs/site/content/_content.gotmpl:/companies/aws".
	adapterPage = regexp.MustCompile(`"[^"\n]*_content\.gotmpl:/([^"\n]*)"`)
)

// blame names, by lower-cased page path, the file each page comes from
// (sources) and the file its Markdown comes from (markdown), for Hugo's
// errors. It is made before Hugo runs so that the pages' views can be
// garbage meanwhile.
type blame struct{ sources, markdown map[string]string }

func blameOf(pages []page.Page) blame {
	b := blame{sources: map[string]string{}, markdown: map[string]string{}}
	for _, p := range pages {
		b.sources[strings.ToLower(p.Path)] = p.Source
		b.markdown[strings.ToLower(p.Path)] = cmp.Or(p.Markdown, p.Source)
	}
	return b
}

// mapErrors turns Hugo's ERROR lines into positioned errors: template
// positions become paths relative to the repository, and a page made by the
// content adapter is blamed on the record or Markdown file it comes from.
func mapErrors(out, root string, b blame) record.ErrorList {
	var l record.ErrorList
	seen := map[string]bool{}
	for line := range strings.Lines(out) {
		// With --panicOnWarning a warning fails the build too, and Hugo does
		// not always repeat it as an ERROR line before it exits.
		msg, ok := cutLevel(strings.TrimSpace(line))
		if !ok {
			continue
		}
		var pos record.Position
		pg := adapterPage.FindStringSubmatch(msg)
		if pg != nil && strings.Contains(msg, "Raw HTML omitted") {
			// The Markdown is at fault, not the template that renders it.
			pos.File = cmp.Or(b.markdown[strings.ToLower(pg[1])], "page /"+pg[1])
			msg = "raw HTML is not allowed in Markdown; Hugo would omit it"
		} else if m := filePos.FindStringSubmatchIndex(msg); m != nil {
			pos.File = relTo(root, msg[m[2]:m[3]])
			fmt.Sscan(msg[m[4]:m[5]], &pos.Line)
			fmt.Sscan(msg[m[6]:m[7]], &pos.Column)
			msg = msg[m[1]:]
		} else if pg != nil {
			pos.File = cmp.Or(b.sources[strings.ToLower(pg[1])], "page /"+pg[1])
		} else {
			pos.File = "hugo"
		}
		e := &record.Error{Pos: pos, Msg: msg}
		if !seen[e.Error()] { // a warning and the error it became
			seen[e.Error()] = true
			l = append(l, e)
		}
	}
	return l.Sort()
}

// cutLevel strips Hugo's ERROR or WARN prefix from a log line.
func cutLevel(line string) (string, bool) {
	if msg, ok := strings.CutPrefix(line, "ERROR "); ok {
		return strings.TrimSpace(msg), true
	}
	msg, ok := strings.CutPrefix(line, "WARN ")
	return strings.TrimSpace(msg), ok
}

func relTo(root, name string) string {
	if rel, err := filepath.Rel(root, name); err == nil && !strings.HasPrefix(rel, "..") {
		return filepath.ToSlash(rel)
	}
	return name
}

func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}
