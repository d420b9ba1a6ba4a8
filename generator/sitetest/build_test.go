package sitetest

import (
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
)

// buildSeed runs the real pipeline (validate, export, render) on the
// repository's seed data into a temporary folder (or $KIT_SITE_OUT when set,
// to keep it for a look) and returns the folder.
func buildSeed(t *testing.T) string {
	t.Helper()
	out := os.Getenv("KIT_SITE_OUT")
	if out == "" {
		out = filepath.Join(t.TempDir(), "site")
	}
	if _, err := build.Run(context.Background(), build.Options{Root: "../..", Out: out, BaseURL: "http://127.0.0.1/"}); err != nil {
		t.Fatal(err)
	}
	return out
}

func TestBuild(t *testing.T) { buildSeed(t) }
