// Package thorough says whether the test suite's slow scenarios run: in
// CI (CI=true, which .ci/run sets) or when KIT_THOROUGH is set. Without
// it they are skipped or sampled, so that go test ./... stays quick
// enough to run after every change.
package thorough

import (
	"os"
	"testing"
)

// On reports whether the slow scenarios run.
func On() bool { return os.Getenv("CI") == "true" || os.Getenv("KIT_THOROUGH") != "" }

// Require skips a slow scenario outside CI, saying how to run it.
func Require(t testing.TB) {
	t.Helper()
	if !On() {
		t.Skip("a slow scenario: it runs in CI (.ci/run); KIT_THOROUGH=1 runs it here")
	}
}
