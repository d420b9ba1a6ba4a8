package hugo

import (
	"context"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/thorough"
)

// TestCompiles: the module cache holds the pinned Hugo once located, and
// `go build -n` tells a Hugo whose packages are in the build
// cache (this machine's, where Hugo was compiled) from one that would be
// compiled (an empty cache), without compiling either.
func TestCompiles(t *testing.T) {
	if testing.Short() {
		t.Skip("runs go build -n over Hugo's packages")
	}
	goCmd, err := exec.LookPath("go")
	if err != nil {
		t.Skip(err)
	}
	root, _ := filepath.Abs(filepath.Join("..", ".."))
	if _, err := Locate(context.Background(), root, nil); err != nil { // compiles Hugo if need be
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		gocache string // "" the machine's
		want    bool
	}{
		{"cached", "", false},
		{"empty cache", t.TempDir(), true},
	}
	version, err := pinnedVersion(filepath.Join(root, "tools", "go.mod"))
	if err != nil {
		t.Fatal(err)
	}
	if !downloaded(context.Background(), goCmd, version) {
		t.Errorf("downloaded(%s) = false after Locate", version)
	}
	if downloaded(context.Background(), goCmd, "v0.0.1") {
		t.Error("downloaded(v0.0.1) = true")
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if tt.gocache != "" && !thorough.On() {
				t.Skip("planning Hugo's build from an empty cache is slow: it runs in CI (.ci/run); KIT_THOROUGH=1 runs it here")
			}
			if tt.gocache != "" {
				t.Setenv("GOCACHE", tt.gocache)
			}
			if got := compiles(context.Background(), root, goCmd); got != tt.want {
				t.Errorf("compiles = %v, want %v", got, tt.want)
			}
		})
	}
}
