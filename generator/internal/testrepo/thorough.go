package testrepo

import (
	"os"
	"testing"
)

// Thorough reports whether the slow scenarios run: in CI (CI=true, which
// .ci/run sets) or when KIT_THOROUGH is set. Without it they are skipped,
// so that go test ./... stays quick enough to run after every change.
func Thorough() bool { return os.Getenv("CI") == "true" || os.Getenv("KIT_THOROUGH") != "" }

// SkipUnlessThorough skips a slow scenario outside CI, saying how to run it.
func SkipUnlessThorough(t testing.TB) {
	t.Helper()
	if !Thorough() {
		t.Skip("a slow scenario: it runs in CI (.ci/run); KIT_THOROUGH=1 runs it here")
	}
}
