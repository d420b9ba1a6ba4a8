package search

import (
	"context"
	"maps"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestIndex indexes the entries of a two-language site through Index
// and checks that Pagefind made an index per language, told as it began.
func TestIndex(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Pagefind")
	}
	root := filepath.Join("..", "..")
	needPagefind(t, root)
	site := t.TempDir()
	var told []string
	cfg := Config{Root: root, Phase: func(p string) { told = append(told, p) }}
	if err := Index(context.Background(), cfg, site, synthEntries("/companies/amazon/", "/ko/companies/amazon/")); err != nil {
		t.Fatal(err)
	}
	if want := []string{"indexing records: en", "indexing records: ko"}; !slices.Equal(told, want) {
		t.Errorf("phases told %q, want %q", told, want)
	}
	if got, want := pageCounts(t, filepath.Join(site, Bundle)), map[string]int{"en": 1, "ko": 1}; !maps.Equal(got, want) {
		t.Errorf("pages by language %v, want %v", got, want)
	}
	if chunks, err := os.ReadDir(filepath.Join(site, Bundle, "index")); err != nil || len(chunks) == 0 {
		t.Errorf("index chunks: %d, %v; want some", len(chunks), err)
	}
}

// TestIndexWithoutEntries: a site with no page to find has no index,
// and needs no Pagefind (which makes no index of no pages).
func TestIndexWithoutEntries(t *testing.T) {
	site := t.TempDir()
	t.Setenv("PATH", t.TempDir()) // neither Pagefind nor npm
	t.Setenv("PAGEFIND", "")
	var warn strings.Builder
	if err := Index(context.Background(), Config{Root: t.TempDir(), Warn: &warn}, site, []Entry{}); err != nil {
		t.Fatalf("Index = %v; want no error", err)
	}
	if files, _ := os.ReadDir(site); len(files) != 0 || warn.Len() != 0 {
		t.Errorf("wrote %d files and warned %q; want nothing", len(files), warn.String())
	}
}

// TestIndexWithoutPagefind: without a binary the build installs one with
// npm when it can (a fake npm here, which records its arguments and
// installs a fake Pagefind), and otherwise warns, saying what to install,
// and goes on.
func TestIndexWithoutPagefind(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("the fake npm is a shell script")
	}
	tests := []struct {
		name      string
		npm       bool   // a fake npm on the PATH
		ci        bool   // root has .ci/package.json and its lock file
		wantArgs  string // what npm was run with; "" not run
		wantNote  string
		wantPhase string // the phases told, the fake Pagefind telling none
		wantWarn  string
		wantIndex bool
	}{
		{name: "npm installs Pagefind", npm: true, ci: true,
			wantArgs: "ci --prefix .ci --omit=dev --no-audit --no-fund --loglevel=error", wantIndex: true,
			wantNote:  "installing Pagefind (the search index) into .ci/node_modules: npm ci --prefix .ci --omit=dev\n",
			wantPhase: "installing Pagefind, indexing records: en"},
		{name: "no npm", ci: true, wantWarn: "warning: no search index: Pagefind is not installed and npm is not on the PATH: install Node.js with npm"},
		{name: "no package.json", npm: true, wantWarn: "warning: no search index: pagefind not found: run `npm ci --prefix .ci --omit=dev`"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			root, site, bin := t.TempDir(), t.TempDir(), t.TempDir()
			script := strings.ReplaceAll(fakeNpm, "$ORIGPATH", os.Getenv("PATH")) // for mkdir and chmod
			t.Setenv("PATH", bin)
			t.Setenv("PAGEFIND", "")
			if tt.npm {
				writeFile(t, filepath.Join(bin, "npm"), script, 0o755)
			}
			if tt.ci {
				writeFile(t, filepath.Join(root, ".ci", "package.json"), "{}", 0o644)
				writeFile(t, filepath.Join(root, ".ci", "package-lock.json"), "{}", 0o644)
			}
			var warn, note strings.Builder
			var phases []string
			phase := func(p string) { phases = append(phases, p) }
			if err := Index(context.Background(), Config{Root: root, Warn: &warn, Note: &note, Phase: phase}, site, synthEntries("/a/")); err != nil {
				t.Fatalf("Index = %v; want no error", err)
			}
			args, _ := os.ReadFile(filepath.Join(root, "npm-args"))
			if got := strings.TrimSpace(string(args)); got != tt.wantArgs {
				t.Errorf("npm ran with %q, want %q", got, tt.wantArgs)
			}
			if got := strings.Join(phases, ", "); got != tt.wantPhase {
				t.Errorf("phases %q, want %q", got, tt.wantPhase)
			}
			if note.String() != tt.wantNote {
				t.Errorf("note = %q, want %q", note.String(), tt.wantNote)
			}
			if !strings.HasPrefix(warn.String(), tt.wantWarn) || (tt.wantWarn == "") != (warn.Len() == 0) {
				t.Errorf("warning = %q, want it to start %q", warn.String(), tt.wantWarn)
			}
			if got := isFile(filepath.Join(site, Bundle, "pagefind.js")); got != tt.wantIndex {
				t.Errorf("index written = %v, want %v", got, tt.wantIndex)
			}
		})
	}
}

// fakeNpm records its arguments in npm-args and installs, where npm puts
// Pagefind's native binary, a script that writes an empty pagefind.js
// where it is told to write its index.
var fakeNpm = `#!/bin/sh
export PATH="$ORIGPATH"
echo "$@" > npm-args
bin=.ci/node_modules/@pagefind/` + platform() + `/bin
mkdir -p $bin
printf '#!/bin/sh\nPATH="%s"\nmkdir -p "$4" && : > "$4/pagefind.js"\n' "$PATH" > $bin/pagefind_extended
chmod +x $bin/pagefind_extended
`

func writeFile(t *testing.T, name, text string, mode os.FileMode) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(name), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(name, []byte(text), mode); err != nil {
		t.Fatal(err)
	}
}
