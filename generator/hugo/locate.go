package hugo

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// Locate returns the path of the pinned Hugo binary, building it once if
// needed. A long-running caller (the live preview) resolves it once, rather
// than paying for `go tool`'s staleness check on every rebuild.
func Locate(ctx context.Context, root string, note io.Writer) (string, error) {
	return locate(ctx, Config{Root: root, Note: note})
}

// locate is Locate for cfg: when `go tool` has to compile Hugo first, it
// says so to cfg.Note before the long wait (compileNote).
func locate(ctx context.Context, cfg Config) (string, error) {
	name, args, err := hugoCommand(ctx, cfg)
	if err != nil || len(args) == 0 {
		return name, err
	}
	// `go tool -n` prints the cached binary's path after building it.
	cmd := exec.CommandContext(ctx, name, append([]string{args[0], "-n"}, args[1:]...)...)
	cmd.Dir = cfg.Root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	answered := watchCompile(ctx, cfg, name)
	out, err := cmd.Output()
	answered()
	if err != nil {
		return "", fmt.Errorf("hugo: go tool -n: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	path := strings.TrimSpace(string(out))
	if !filepath.IsAbs(path) {
		return "", fmt.Errorf("hugo: go tool -n printed %q, not a path", path)
	}
	return path, nil
}

// watchCompile runs compileNote while `go tool -n` runs; the function it
// returns stops it once `go tool -n` has answered.
func watchCompile(ctx context.Context, cfg Config, goCmd string) (answered func()) {
	ctx, cancel := context.WithCancel(ctx)
	noted := make(chan struct{})
	go func() {
		defer close(noted)
		compileNote(ctx, cfg, goCmd)
	}()
	return func() {
		cancel()
		<-noted
	}
}

// compileWait is how long `go tool -n` may take before compileNote asks
// whether it is compiling: a cached Hugo is found well within it, so the
// usual build pays for no second look.
const compileWait = 1500 * time.Millisecond

// compileNote tells cfg.Note, when `go tool -n` has not answered within
// compileWait (ctx ends when it does) and Hugo's module is not yet
// downloaded or `go build -n` shows its packages compiling, that this
// once the build compiles Hugo.
func compileNote(ctx context.Context, cfg Config, goCmd string) {
	if cfg.Note == nil {
		return
	}
	select {
	case <-ctx.Done():
		return
	case <-time.After(compileWait):
	}
	version, err := pinnedVersion(filepath.Join(cfg.Root, "tools", "go.mod"))
	if err == nil && (!downloaded(ctx, goCmd, version) || compiles(ctx, cfg.Root, goCmd)) && ctx.Err() == nil {
		fmt.Fprintf(cfg.Note, "compiling the pinned Hugo %s, once, about 3 minutes here\n", version)
	}
}

// downloaded reports whether the module cache holds Hugo at version: on a
// new machine it does not, and that is known at once.
func downloaded(ctx context.Context, goCmd, version string) bool {
	out, err := exec.CommandContext(ctx, goCmd, "env", "GOMODCACHE").Output()
	if err != nil {
		return true // not known: compiles decides
	}
	dir := filepath.Join(strings.TrimSpace(string(out)), "github.com", "gohugoio", "hugo@"+version)
	_, err = os.Stat(dir)
	return err == nil
}

// compiles reports whether building Hugo would compile any package of
// it: `go build -n` prints only the steps the build cache cannot skip, and
// Hugo's main package is always among them.
func compiles(ctx context.Context, root, goCmd string) bool {
	cmd := exec.CommandContext(ctx, goCmd, "build", "-n", "-modfile="+filepath.Join(root, "tools", "go.mod"), "-o", os.DevNull, "github.com/gohugoio/hugo")
	cmd.Dir = root
	var out bytes.Buffer
	cmd.Stderr = &out
	if cmd.Run() != nil {
		return false
	}
	return strings.Count(out.String(), "_pkg_.a -trimpath") > 1
}
