// Package search builds the site's full-text index with Pagefind from
// the pages' search records, after Hugo has rendered the pages. Pagefind
// comes from npm (the pagefind package in .ci/package.json ships the
// binary for each platform in an optional dependency, so nothing is
// downloaded at install). When it is
// missing and npm is on the PATH, Index installs it (install.go). A build
// on a machine without npm has no Pagefind: it warns and the site goes
// without an index, and the search page's plain listing is the way in.
package search

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/internal/cputime"
)

// errNotFound is returned by find when no Pagefind binary is installed.
var errNotFound = errors.New("pagefind not found: run `npm ci --prefix .ci --omit=dev` (or set PAGEFIND to its binary) to build the search index")

// Bundle is the folder, below the site, that the index and its scripts go
// into; the search page loads Bundle/pagefind.js.
const Bundle = "pagefind"

// find returns the Pagefind binary: $PAGEFIND when set; else the native
// binary of the npm package in root/.ci/node_modules (run directly, so
// Node is not needed); else pagefind_extended or pagefind on the PATH. (npm's
// wrapper script runs that same native binary, so it is no fallback.)
func find(root string) (string, error) {
	if p := os.Getenv("PAGEFIND"); p != "" {
		return p, nil
	}
	modules := filepath.Join(root, ".ci", "node_modules")
	exe := ""
	if runtime.GOOS == "windows" {
		exe = ".exe"
	}
	native := filepath.Join(modules, "@pagefind", platform(), "bin", "pagefind_extended"+exe)
	if isFile(native) {
		return native, nil
	}
	for _, name := range []string{"pagefind_extended", "pagefind"} {
		if p, err := exec.LookPath(name); err == nil {
			return p, nil
		}
	}
	return "", errNotFound
}

// platform is the npm package suffix for this machine: linux-x64, darwin-arm64.
func platform() string {
	arch := runtime.GOARCH
	if arch == "amd64" {
		arch = "x64"
	}
	return runtime.GOOS + "-" + arch
}

func isFile(p string) bool {
	st, err := os.Stat(p)
	return err == nil && !st.IsDir()
}

// Config says how Index builds a site's index; the zero value indexes
// the site of the current folder's repository silently.
type Config struct {
	// Root is the repository folder, whose .ci holds Pagefind.
	Root string
	// Warn is told when there is no Pagefind (nil: not told); Note, in one
	// line, when Index installs it.
	Warn, Note io.Writer
	// Phase, when set, is told each step of the index's making as it
	// starts ("installing Pagefind", "indexing records: en").
	Phase func(string)
	// PagesPerIndex is the most pages of a language one Pagefind process
	// indexes from entries: its memory grows with them, so more pages make
	// several indexes of the language, which the search page merges
	// (Pieces). 0 is DefaultPagesPerIndex; negative, one per language.
	PagesPerIndex int
	// Ran, when set, is told the CPU time (user and system) of each
	// Pagefind process as it ends.
	Ran func(cpu time.Duration)
}

// DefaultPagesPerIndex bounds a Pagefind process, whose memory grows with
// the pages it holds, within the build's memory budget (BENCHMARKS.md).
const DefaultPagesPerIndex = 30000

// Index writes the search index of entries (Entries) into
// siteDir/pagefind: each entry, written as a small page, is indexed in
// place of its rendered page, one language at a time (runPieces). When
// Pagefind is missing it installs it (install). Without Pagefind it warns
// and returns nil, so that a build with only Go still succeeds; without
// entries it writes nothing, as Pagefind makes no index of no pages.
// When ctx ends, Pagefind is killed.
func Index(ctx context.Context, cfg Config, siteDir string, entries []Entry) error {
	if len(entries) == 0 {
		return nil
	}
	bin, err := find(cfg.Root)
	if errors.Is(err, errNotFound) {
		bin, err = install(ctx, cfg.Root, cfg.Note, cfg.Phase)
	}
	if errors.Is(err, errNotFound) || errors.Is(err, errNoNpm) {
		if cfg.Warn != nil {
			fmt.Fprintf(cfg.Warn, "warning: no search index: %v\n", err)
		}
		return nil
	}
	if err != nil {
		return err
	}
	return runPieces(ctx, cfg, bin, siteDir, pieces(entries, cfg.PagesPerIndex))
}

// pagefind has a Pagefind binary index the pages below the folder pages
// into the folder out, telling ran (when set) its CPU time; on failure
// the error holds its output.
func pagefind(ctx context.Context, bin, pages, out string, ran func(time.Duration)) error {
	cmd := exec.CommandContext(ctx, bin, "--site", pages, "--output-path", out, "--silent")
	var log bytes.Buffer
	cmd.Stdout, cmd.Stderr = &log, &log
	cmd.WaitDelay = waitDelay
	err := cmd.Run()
	if ran != nil {
		ran(cputime.Of(cmd.ProcessState))
	}
	if err != nil {
		if ctx.Err() != nil {
			return ctx.Err()
		}
		return fmt.Errorf("pagefind: %v\n%s", err, strings.TrimSpace(log.String()))
	}
	return nil
}

// waitDelay bounds the wait for Pagefind's output once it is killed: a
// child it started could hold the pipe open.
const waitDelay = time.Second
