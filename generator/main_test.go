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
	testscript.Run(t, testscript.Params{Dir: "testdata/script", Setup: func(env *testscript.Env) error {
		env.Setenv("REPO", repo)
		env.Setenv("PATH", bin+string(os.PathListSeparator)+env.Getenv("PATH"))
		return nil
	}})
}
