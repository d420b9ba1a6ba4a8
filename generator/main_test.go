package main

import (
	"context"
	"os"
	"path/filepath"
	"sync"
	"testing"

	"github.com/rogpeppe/go-internal/testscript"

	"github.com/korea-investment-tracker/kit/generator/hugo"
)

func TestMain(m *testing.M) {
	testscript.Main(m, map[string]func(){
		"generator": func() { os.Exit(run(os.Args[1:], os.Stdout, os.Stderr)) },
	})
}

// TestScripts runs the command-line scenarios in testdata/script/*.txtar.
func TestScripts(t *testing.T) {
	testscript.Run(t, testscript.Params{
		Dir:  "testdata/script",
		Cmds: map[string]func(*testscript.TestScript, bool, []string){"linkrepo": linkRepo},
	})
}

// pinnedHugo is the pinned Hugo binary, located (and built) once.
var pinnedHugo = sync.OnceValues(func() (string, error) {
	root, err := filepath.Abs("..")
	if err != nil {
		return "", err
	}
	return hugo.Locate(context.Background(), root)
})

// linkRepo is the script command "linkrepo": it links the repository's
// site/, schema/, tools/, go.mod and go.sum into the script's folder and
// puts the pinned Hugo on its PATH, so that "generator build" renders the
// script's data and content as the real site would. A script that builds
// starts with "[short] skip".
func linkRepo(ts *testscript.TestScript, neg bool, args []string) {
	if neg || len(args) != 0 {
		ts.Fatalf("usage: linkrepo")
	}
	bin, err := pinnedHugo()
	ts.Check(err)
	root, err := filepath.Abs("..")
	ts.Check(err)
	for _, name := range []string{"site", "schema", "tools", "go.mod", "go.sum"} {
		ts.Check(os.Symlink(filepath.Join(root, name), ts.MkAbs(name)))
	}
	dir := ts.MkAbs(".bin")
	ts.Check(os.Mkdir(dir, 0o755))
	ts.Check(os.Symlink(bin, filepath.Join(dir, "hugo")))
	ts.Setenv("PATH", dir+string(os.PathListSeparator)+ts.Getenv("PATH"))
}
