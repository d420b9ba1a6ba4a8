package main

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
	"github.com/rogpeppe/go-internal/testscript"
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
		if err := os.Symlink(testrepo.HugoBinary(t), filepath.Join(bin, "hugo")); err != nil {
			t.Fatal(err)
		}
	}
	testscript.Run(t, testscript.Params{
		Dir:  "testdata/script",
		Cmds: map[string]func(*testscript.TestScript, bool, []string){"linkrepo": linkRepo},
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
