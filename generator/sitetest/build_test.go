package sitetest

import (
	"context"
	"os"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/hugo"
	"github.com/korea-investment-tracker/kit/generator/publication"
)

// buildSeed renders the seed site into a temporary folder (or $KIT_SITE_OUT
// when set, to keep it for a look) and returns the folder.
func buildSeed(t *testing.T) string {
	t.Helper()
	d, err := LoadSeed("../..")
	if err != nil {
		t.Fatal(err)
	}
	p := publication.Build(d)
	dest := os.Getenv("KIT_SITE_OUT")
	if dest == "" {
		dest = t.TempDir()
	}
	if err := FakeExport(dest, p); err != nil {
		t.Fatal(err)
	}
	if err := hugo.Render(context.Background(), hugo.Config{Root: "../..", Dest: dest, BaseURL: "http://127.0.0.1/"}, p); err != nil {
		t.Fatal(err)
	}
	return dest
}

func TestBuild(t *testing.T) { buildSeed(t) }
