package main

import (
	"crypto/sha256"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/korea-investment-tracker/kit/generator/internal/hugobin"
	"github.com/korea-investment-tracker/kit/generator/internal/thorough"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"generator": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line scenarios in testdata/script/*.txtar.
// A script finds the repository at $REPO and, unless -short, the pinned
// Hugo as `hugo` on its PATH (a build would otherwise run `go tool`,
// which needs the Go caches the script's environment leaves out).
func TestScripts(t *testing.T) {
	repo, err := filepath.Abs("..")
	if err != nil {
		t.Fatal(err)
	}
	bin := t.TempDir()
	if !testing.Short() {
		if err := os.Symlink(hugobin.Path(t), filepath.Join(bin, "hugo")); err != nil {
			t.Fatal(err)
		}
	}
	testscript.Run(t, testscript.Params{
		Dir:  "testdata/script",
		Cmds: map[string]func(*testscript.TestScript, bool, []string){"linkrepo": linkRepo, "cmptree": cmpTree},
		// [thorough] holds where the slow scenarios run (thorough.On).
		Condition: func(cond string) (bool, error) {
			if cond != "thorough" {
				return false, fmt.Errorf("unknown condition %q", cond)
			}
			return thorough.On(), nil
		},
		Setup: func(env *testscript.Env) error {
			env.Setenv("REPO", repo)
			env.Setenv("PATH", bin+string(os.PathListSeparator)+env.Getenv("PATH"))
			return nil
		},
	})
}

// linkRepo is the script command "linkrepo": it links the repository's
// site/, schema/, tools/, go.mod and go.sum into the script's folder, so
// that "generator build" renders the script's data and content as the
// real site would (with the pinned Hugo that TestScripts puts on PATH).
// A script that builds starts with "[short] skip".
func linkRepo(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 0 {
		ts.Fatalf("usage: linkrepo")
	}
	root := ts.Getenv("REPO")
	for _, name := range []string{"site", "schema", "tools", "go.mod", "go.sum"} {
		ts.Check(os.Symlink(filepath.Join(root, name), ts.MkAbs(name)))
	}
}

// cmpTree is the script command "cmptree a b": the folders a and b hold
// the same files (regular files, by path) with the same bytes; it names
// the first few that differ.
func cmpTree(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 2 {
		ts.Fatalf("usage: cmptree dir1 dir2")
	}
	a, b := treeFiles(ts, ts.MkAbs(args[0])), treeFiles(ts, ts.MkAbs(args[1]))
	var diffs []string
	for name, ha := range a {
		if hb, ok := b[name]; !ok {
			diffs = append(diffs, "only in "+args[0]+": "+name)
		} else if ha != hb {
			diffs = append(diffs, "differs: "+name)
		}
	}
	for name := range b {
		if _, ok := a[name]; !ok {
			diffs = append(diffs, "only in "+args[1]+": "+name)
		}
	}
	slices.Sort(diffs)
	if len(diffs) > 0 {
		ts.Fatalf("%d files differ:\n%s", len(diffs), strings.Join(diffs[:min(len(diffs), 20)], "\n"))
	}
	ts.Logf("%d files, the same", len(a))
}

// treeFiles is the SHA-256 of every file below dir, by slash path.
func treeFiles(ts *testscript.TestScript, dir string) map[string][32]byte {
	out := map[string][32]byte{}
	ts.Check(filepath.WalkDir(dir, func(p string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		b, err := os.ReadFile(p)
		rel, _ := filepath.Rel(dir, p)
		out[filepath.ToSlash(rel)] = sha256.Sum256(b)
		return err
	}))
	return out
}
