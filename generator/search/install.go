package search

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"path/filepath"
	"strings"
)

// errNoNpm is returned by install when Pagefind is missing and npm is not
// on the PATH: it says exactly what to install.
var errNoNpm = errors.New("Pagefind is not installed and npm is not on the PATH: install Node.js with npm (https://nodejs.org/) and build again, which installs Pagefind from .ci/package.json, or set PAGEFIND to a pagefind binary")

// installArgs installs .ci/package.json's production dependencies
// (Pagefind alone, not the test tools) as its lock file pins them.
var installArgs = []string{"ci", "--prefix", ".ci", "--omit=dev", "--no-audit", "--no-fund", "--loglevel=error"}

// install installs Pagefind with npm into root/.ci/node_modules, as the
// build compiles the pinned Hugo: once, saying so in one line to note and
// telling phase (when set) "installing Pagefind" while npm runs. It
// returns errNotFound when root has no .ci/package.json and its lock file
// (a copy of the repository without them), and errNoNpm without npm.
func install(ctx context.Context, root string, note io.Writer, phase func(string)) (string, error) {
	ci := filepath.Join(root, ".ci")
	if !isFile(filepath.Join(ci, "package.json")) || !isFile(filepath.Join(ci, "package-lock.json")) {
		return "", errNotFound
	}
	npm, err := exec.LookPath("npm")
	if err != nil {
		return "", errNoNpm
	}
	if note != nil {
		fmt.Fprintln(note, "installing Pagefind (the search index) into .ci/node_modules: npm "+strings.Join(installArgs[:4], " "))
	}
	if phase != nil {
		phase("installing Pagefind")
	}
	cmd := exec.CommandContext(ctx, npm, installArgs...)
	cmd.Dir = root
	var out bytes.Buffer
	cmd.Stdout, cmd.Stderr = &out, &out
	cmd.WaitDelay = waitDelay
	if err := cmd.Run(); err != nil {
		if ctx.Err() != nil {
			return "", ctx.Err()
		}
		return "", fmt.Errorf("npm %s: %v\n%s", strings.Join(installArgs, " "), err, strings.TrimSpace(out.String()))
	}
	return find(root)
}
