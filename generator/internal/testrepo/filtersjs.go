package testrepo

import (
	"encoding/json"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/thorough"
)

// RunFiltersJS runs a Node script (script, from the calling package) on
// site/static/js/filters.js and the cases, written as JSON, and fails
// unless it prints "ok: N cases" for all of them. Without Node it skips,
// but fails in CI; under -short it skips.
func RunFiltersJS[C any](t *testing.T, script string, cases []C) {
	t.Helper()
	if testing.Short() {
		t.Skip("runs Node")
	}
	node, err := exec.LookPath("node")
	if err != nil {
		if thorough.On() {
			t.Fatal("no node: apt-get install nodejs")
		}
		t.Skip("no node: apt-get install nodejs")
	}
	b, err := json.Marshal(cases)
	if err != nil {
		t.Fatal(err)
	}
	file := filepath.Join(t.TempDir(), "cases.json")
	if err := os.WriteFile(file, b, 0o644); err != nil {
		t.Fatal(err)
	}
	script, _ = filepath.Abs(script)
	_, here, _, _ := runtime.Caller(0)
	filters := filepath.Join(filepath.Dir(here), "..", "..", "..", "site", "static", "js", "filters.js")
	out, err := exec.Command(node, script, filters, file).CombinedOutput()
	if err != nil {
		t.Fatalf("node: %v\n%s", err, out)
	}
	if want := fmt.Sprintf("ok: %d cases\n", len(cases)); string(out) != want {
		t.Errorf("node printed %q, want %q", out, want)
	}
}
