package search

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIndex indexes a two-language site of two pages and checks that
// Pagefind made an index per language.
func TestIndex(t *testing.T) {
	bin, err := find(filepath.Join("..", ".."))
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal(err)
		}
		t.Skip(err)
	}
	dir := t.TempDir()
	pages := map[string]string{
		"index.html":    `<!doctype html><html lang="en"><head><title>Amazon</title></head><body><main data-pagefind-body><h1>Amazon</h1><p lang="ko">아마존</p><span data-pagefind-meta="kind">Company</span></main></body></html>`,
		"ko/index.html": `<!doctype html><html lang="ko"><head><title>아마존</title></head><body><main data-pagefind-body><h1>아마존</h1><p lang="en">Amazon</p></main></body></html>`,
	}
	for name, html := range pages {
		if err := os.MkdirAll(filepath.Dir(filepath.Join(dir, name)), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, name), []byte(html), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if err := run(context.Background(), bin, dir); err != nil {
		t.Fatal(err)
	}
	entries, err := os.ReadDir(filepath.Join(dir, Bundle, "index"))
	if err != nil {
		t.Fatal(err)
	}
	if len(entries) == 0 {
		t.Fatal("no index chunks")
	}
	entry, err := os.ReadFile(filepath.Join(dir, Bundle, "pagefind-entry.json"))
	if err != nil {
		t.Fatal(err)
	}
	for _, lang := range []string{`"en"`, `"ko"`} {
		if !strings.Contains(string(entry), lang) {
			t.Errorf("pagefind-entry.json has no %s index: %s", lang, entry)
		}
	}
}

// TestIndexWithoutPagefind: without a binary the build warns and goes on.
func TestIndexWithoutPagefind(t *testing.T) {
	t.Setenv("PATH", t.TempDir())
	t.Setenv("PAGEFIND", "")
	var warn strings.Builder
	if err := Index(context.Background(), t.TempDir(), t.TempDir(), &warn); err != nil {
		t.Fatalf("Index = %v; want no error", err)
	}
	if !strings.Contains(warn.String(), "npm ci --prefix .ci") {
		t.Errorf("warning %q does not say how to install Pagefind", warn.String())
	}
}
