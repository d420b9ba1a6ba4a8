// Package hugobin gives tests the pinned Hugo, located once per test
// binary. It is apart from testrepo so that the tests that need no Hugo do
// not link package hugo and all it renders with.
package hugobin

import (
	"context"
	"sync"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
)

// located is the pinned Hugo, located once: `go tool` checks that its
// build is up to date on every run, which costs seconds.
var located = sync.OnceValues(func() (string, error) {
	root, err := testrepo.Root()
	if err != nil {
		return "", err
	}
	return hugo.Locate(context.Background(), root, nil)
})

// Path is the pinned Hugo's binary, for build.Options.HugoBinary: a build
// that is not given it runs Hugo through `go tool`, seconds slower.
func Path(t testing.TB) string {
	t.Helper()
	bin, err := located()
	if err != nil {
		t.Fatal(err)
	}
	return bin
}
