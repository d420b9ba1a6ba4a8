package search

import (
	"context"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// TestIndex indexes a two-language site of two pages and checks that
// Pagefind made an index per language.
func TestIndex(t *testing.T) {
	bin, err := find(filepath.Join("..", ".."))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	dir := t.TempDir()
	pages := map[string]string{
		"index.html":    `<!doctype html><html lang="en"><head><title>Amazon</title></head><body><main data-pagefind-body><h1>Amazon</h1><p lang="ko">아마존</p><span data-pagefind-meta="kind">Company</span></main></body></html>`,
		"ko/index.html": `<!doctype html><html lang="ko"><head><title>아마존</title></head><body><main data-pagefind-body><h1>아마존</h1><p lang="en">Amazon</p></main></body></html>`,
	}
	for name, html := range pages {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(html), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	var told []string
	if err := crawl(context.Background(), bin, dir, func(p string) { told = append(told, p) }); err != nil {
		t.Fatal(err)
	}
	if !slices.Contains(told, "parsing files") {
		t.Errorf("phases told %q, want \"parsing files\" among them", told)
	}
	entries, err := os.ReadDir(filepath.Join(dir, Bundle, "index"))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) == 0 {
		t.Fatal("no index chunks")
	}
	entry, err := os.ReadFile(filepath.Join(dir, Bundle, "pagefind-entry.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{`"en"`, `"ko"`} {
		if !strings.Contains(string(entry), lang) {
			t.Errorf("pagefind-entry.json has no %s index: %s", lang, entry)
		}
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
			wantPhase: "installing Pagefind"},
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
			if err := Index(context.Background(), Config{Root: root, Warn: &warn, Note: &note, Phase: phase}, site, nil); err != nil {
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
printf '#!/bin/sh\nPATH="%s"\nif [ "$3" = --output-path ]; then o="$4"; else o="$2/$4"; fi\nmkdir -p "$o" && : > "$o/pagefind.js"\n' "$PATH" > $bin/pagefind_extended
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

// TestPhases: Pagefind's phase headings, told as their lines end however
// the output is cut into writes; other lines are not phases.
func TestPhases(t *testing.T) {
	out := "Running Pagefind v1.6.0 (Extended)\nSource:       \"public\"\n\n[Walking source directory]\nFound 2327 files matching **/*.{html}\n\n" +
		"[Parsing files]\nFound a data-pagefind-body element on the site.\n[x\n[]\n\n[Building search indexes]\nTotal: \n  Indexed 2320 pages\n[Unfinished]"
	want := []string{"walking source directory", "parsing files", "building search indexes"}
	for _, size := range []int{1, 7, len(out)} {
		var told []string
		p := &phases{tell: func(s string) { told = append(told, s) }}
		for b := []byte(out); len(b) > 0; b = b[min(size, len(b)):] {
			if n, err := p.Write(b[:min(size, len(b))]); err != nil || n != min(size, len(b)) {
				t.Fatalf("Write = %d, %v", n, err)
			}
		}
		if !slices.Equal(told, want) {
			t.Errorf("writes of %d bytes: told %q, want %q", size, told, want)
		}
	}
}
