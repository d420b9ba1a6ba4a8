package hugo

import (
	"bytes"
	"context"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
)

// Locate returns the path of the pinned Hugo binary, building it once if
// needed. A long-running caller (the live preview) resolves it once, rather
// than paying for `go tool`'s staleness check on every rebuild.
func Locate(ctx context.Context, root string) (string, error) {
	name, args, err := hugoCommand(ctx, Config{Root: root})
	if err != nil || len(args) == 0 {
		return name, err
	}
	// `go tool -n` prints the cached binary's path after building it.
	cmd := exec.CommandContext(ctx, name, append([]string{args[0], "-n"}, args[1:]...)...)
	cmd.Dir = root
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return "", fmt.Errorf("hugo: go tool -n: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	path := strings.TrimSpace(string(out))
	if !filepath.IsAbs(path) {
		return "", fmt.Errorf("hugo: go tool -n printed %q, not a path", path)
	}
	return path, nil
}
