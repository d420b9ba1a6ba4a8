package releases

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// TestNames: the one rule for a release's tag, read (parse) and made (next).
func TestNames(t *testing.T) {
	day := time.Date(2026, 1, 31, 0, 0, 0, 0, time.UTC)
	tests := []struct {
		name    string
		tag     string
		ok      bool
		version string
		seq     int
	}{
		{"first of a day", "data-2026.01.31", true, "2026.01.31", 1},
		{"second", "data-2026.01.31.2", true, "2026.01.31.2", 2},
		{"tenth", "data-2026.01.31.10", true, "2026.01.31.10", 10},
		{"no .1", "data-2026.01.31.1", false, "", 0},
		{"leading zero", "data-2026.01.31.02", false, "", 0},
		{"no such day", "data-2026.02.30", false, "", 0},
		{"short month", "data-2026.1.31", false, "", 0},
		{"dashes", "data-2026-01-31", false, "", 0},
		{"other prefix", "v2026.01.31", false, "", 0},
		{"trailing text", "data-2026.01.31x", false, "", 0},
		{"empty suffix", "data-2026.01.31.", false, "", 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r, ok := parse(tt.tag)
			if ok != tt.ok || r.Version != tt.version || r.Seq != tt.seq {
				t.Fatalf("parse(%q) = %q seq %d ok %v; want %q seq %d ok %v", tt.tag, r.Version, r.Seq, ok, tt.version, tt.seq, tt.ok)
			}
			if ok && (!r.Day.Equal(day) || name(r.Day, r.Seq) != tt.tag) {
				t.Errorf("parse(%q): day %v, name gives %q", tt.tag, r.Day, name(r.Day, r.Seq))
			}
		})
	}
	nexts := []struct {
		name string
		tags []string
		want string
	}{
		{"none yet", nil, "data-2026.01.31"},
		{"another day", []string{"data-2026.01.30"}, "data-2026.01.31"},
		{"second", []string{"data-2026.01.31"}, "data-2026.01.31.2"},
		{"after the highest", []string{"data-2026.01.31.3", "data-2026.01.31", "v1"}, "data-2026.01.31.4"},
	}
	for _, tt := range nexts {
		t.Run("next "+tt.name, func(t *testing.T) {
			if got := next(tt.tags, day); got != tt.want {
				t.Errorf("next(%q) = %q, want %q", tt.tags, got, tt.want)
			}
		})
	}
}

// git runs git in dir with a fixed identity and date, for tests.
func git(t *testing.T, dir string, args ...string) string {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=test", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_AUTHOR_DATE=2026-01-31T12:00:00Z",
		"GIT_COMMITTER_NAME=test", "GIT_COMMITTER_EMAIL=t@example.com", "GIT_COMMITTER_DATE=2026-01-31T12:00:00Z")
	out, err := cmd.CombinedOutput()
	if err != nil {
		t.Fatalf("git %q: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

// TestRead: releases newest first, annotated or not, only those in HEAD's
// history; a folder that is no checkout, a checkout without a commit or a
// tag, and a shallow clone have none, and say why.
func TestRead(t *testing.T) {
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git not found")
	}
	ctx := context.Background()
	dir := t.TempDir()
	wantNone := func(name, dir, why string) {
		t.Helper()
		rs, none, err := Read(ctx, dir)
		if err != nil || len(rs) != 0 || none != why {
			t.Errorf("%s: Read = %v, %q, %v; want none, %q", name, rs, none, err, why)
		}
	}
	wantNone("plain folder", dir, "not a git checkout")
	git(t, dir, "init", "-q", "-b", "main")
	wantNone("no commit", dir, "no commit yet")
	git(t, dir, "commit", "-q", "--allow-empty", "-m", "one")
	first := git(t, dir, "rev-parse", "HEAD")
	wantNone("no tag", dir, "no data-YYYY.MM.DD tag yet")
	git(t, dir, "tag", "data-2026.01.30", first)
	git(t, dir, "tag", "not-a-release", first)
	git(t, dir, "commit", "-q", "--allow-empty", "-m", "two")
	second := git(t, dir, "rev-parse", "HEAD")
	git(t, dir, "tag", "-a", "-m", "release", "data-2026.01.30.2", second)
	git(t, dir, "checkout", "-q", "-b", "side", first)
	git(t, dir, "commit", "-q", "--allow-empty", "-m", "side")
	git(t, dir, "tag", "data-2026.02.01")
	git(t, dir, "checkout", "-q", "main")

	rs, none, err := Read(ctx, dir)
	if err != nil || none != "" {
		t.Fatalf("Read: %q, %v", none, err)
	}
	var got []string
	for _, r := range rs {
		got = append(got, r.Tag+" "+r.Commit[:7])
	}
	want := []string{"data-2026.01.30.2 " + second[:7], "data-2026.01.30 " + first[:7]}
	if strings.Join(got, ",") != strings.Join(want, ",") {
		t.Errorf("Read = %q, want %q", got, want)
	}
	if rs[0].Time.IsZero() {
		t.Errorf("the annotated tag's commit has no time")
	}

	shallow := filepath.Join(t.TempDir(), "shallow")
	git(t, dir, "clone", "-q", "--depth=1", "file://"+dir, shallow)
	wantNone("shallow clone", shallow, "a shallow clone")
}
