package main

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// TestNetlifyMatchesTheProject keeps netlify.toml in step with the rest of
// the repository: the Go toolchain of go.mod, the Hugo of tools/go.mod, and
// the README's build command (plus the deploy's URL: the build installs
// Pagefind itself).
func TestNetlifyMatchesTheProject(t *testing.T) {
	netlify := readRepoFile(t, "netlify.toml")
	tests := []struct {
		name, got, want string
	}{
		{"GO_VERSION", match(t, netlify, `GO_VERSION = "([^"]+)"`), match(t, readRepoFile(t, "go.mod"), `(?m)^toolchain go(\S+)$`)},
		{"HUGO_VERSION", "v" + match(t, netlify, `HUGO_VERSION = "([^"]+)"`), match(t, readRepoFile(t, "tools/go.mod"), `github.com/gohugoio/hugo (v\S+)`)},
	}
	for _, tt := range tests {
		if tt.got != tt.want {
			t.Errorf("%s = %q, want %q", tt.name, tt.got, tt.want)
		}
	}
	build := "go run ./generator build"
	if !strings.Contains(readRepoFile(t, "README.md"), build+"   #") {
		t.Fatalf("README no longer gives %q as the build command", build)
	}
	commands := regexp.MustCompile(`(?m)^\s*command = "(.*)"$`).FindAllStringSubmatch(netlify, -1)
	if len(commands) != 3 {
		t.Fatalf("netlify.toml has %d build commands, want 3 (production, deploy previews, branches)", len(commands))
	}
	want := regexp.MustCompile(`^` + regexp.QuoteMeta(build) + ` -baseURL \\"\$(URL|DEPLOY_PRIME_URL)\\"$`)
	for _, c := range commands {
		if !want.MatchString(c[1]) {
			t.Errorf("netlify command %q is not the README's build command plus the base URL", c[1])
		}
	}
}

func readRepoFile(t *testing.T, name string) string {
	t.Helper()
	b, err := os.ReadFile("../" + name)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func match(t *testing.T, s, re string) string {
	t.Helper()
	m := regexp.MustCompile(re).FindStringSubmatch(s)
	if m == nil {
		t.Fatalf("no match for %s", re)
	}
	return m[1]
}
