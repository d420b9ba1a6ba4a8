package main

import (
	"bufio"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestStoppedBuildLeavesNoStaging: a build stopped by Ctrl+C (SIGINT) or
// by SIGTERM (what CI runners and containers send) while Hugo renders
// stops Hugo, removes its staging folder and exits 1, leaving no
// .public-staging-* in the repository and no public/. Hugo is a stand-in
// on PATH that says it is rendering and then waits to be stopped, so the
// signal always arrives mid-build.
func TestStoppedBuildLeavesNoStaging(t *testing.T) {
	if testing.Short() {
		t.Skip("runs whole builds")
	}
	if runtime.GOOS == "windows" {
		t.Skip("no SIGTERM on Windows")
	}
	gen, err := exec.LookPath("generator") // the test binary, put on PATH by TestMain
	if err != nil {
		t.Fatal(err)
	}
	for _, sig := range []syscall.Signal{syscall.SIGINT, syscall.SIGTERM} {
		t.Run(sig.String(), func(t *testing.T) {
			root := stagingRepo(t)
			hugoPID := filepath.Join(t.TempDir(), "hugo.pid")
			cmd := exec.Command(gen, "build", "-v", "-root", root)
			cmd.Env = append(os.Environ(), "PATH="+fakeHugo(t, hugoPID)+string(os.PathListSeparator)+os.Getenv("PATH"))
			stderr, err := cmd.StderrPipe()
			if err != nil {
				t.Fatal(err)
			}
			if err := cmd.Start(); err != nil {
				t.Fatal(err)
			}
			var out strings.Builder
			sc := bufio.NewScanner(stderr)
			for sc.Scan() {
				fmt.Fprintln(&out, sc.Text())
				if sc.Text() == "fake hugo: rendering" {
					if err := cmd.Process.Signal(sig); err != nil {
						t.Fatal(err)
					}
				}
			}
			err = cmd.Wait()
			if cmd.ProcessState.ExitCode() != exitInvalid {
				t.Errorf("build ended with %v, want exit status %d; stderr:\n%s", err, exitInvalid, &out)
			}
			if left, _ := filepath.Glob(filepath.Join(root, ".public-staging-*")); len(left) > 0 {
				t.Errorf("left behind: %v", left)
			}
			if _, err := os.Stat(filepath.Join(root, "public")); !errors.Is(err, os.ErrNotExist) {
				t.Errorf("public/ was published: %v", err)
			}
			requireStopped(t, hugoPID)
		})
	}
}

// stagingRepo is a repository with one region and one company, and the
// site, schemas and Hugo pin of this one.
func stagingRepo(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	files := map[string]string{
		"data/regions/KR-26.json":          `{"code": "KR-26", "name": "Busan", "name_ko": "부산광역시", "category": "metropolitan-city", "sources": [{"title": "ISO 3166-2:KR"}]}`,
		"data/companies/synthetic-co.json": `{"id": "synthetic-co", "name": "Synthetic Co", "synthetic": true, "sources": [{"title": "Synthetic test source"}]}`,
	}
	for name, content := range files {
		p := filepath.Join(root, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, dir := range []string{"site", "schema", "tools"} {
		abs, _ := filepath.Abs(filepath.Join("..", dir))
		if err := os.Symlink(abs, filepath.Join(root, dir)); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// fakeHugo writes a hugo that reports the pinned version and, asked to
// render, writes its process id to pidFile, says so and waits; it returns
// its folder.
func fakeHugo(t *testing.T, pidFile string) string {
	t.Helper()
	mod, err := os.ReadFile(filepath.Join("..", "tools", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	m := regexp.MustCompile(`github\.com/gohugoio/hugo (v\S+)`).FindSubmatch(mod)
	if m == nil {
		t.Fatal("tools/go.mod pins no Hugo")
	}
	dir := t.TempDir()
	script := fmt.Sprintf(`#!/bin/sh
if [ "$1" = version ]; then echo "hugo %s-fake linux/amd64 BuildDate=unknown"; exit 0; fi
echo $$ > %q
echo "fake hugo: rendering"
exec sleep 600
`, m[1], pidFile)
	if err := os.WriteFile(filepath.Join(dir, "hugo"), []byte(script), 0o755); err != nil {
		t.Fatal(err)
	}
	return dir
}

// requireStopped fails when the fake Hugo outlived the build, and ends it.
func requireStopped(t *testing.T, pidFile string) {
	t.Helper()
	b, err := os.ReadFile(pidFile)
	if err != nil {
		t.Fatalf("Hugo never ran: %v", err)
	}
	pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
	if err != nil {
		t.Fatal(err)
	}
	if syscall.Kill(pid, 0) == nil {
		t.Errorf("Hugo (pid %d) still runs after the build ended", pid)
		syscall.Kill(pid, syscall.SIGKILL)
	}
}
