package history

import (
	"context"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"
)

// gitRepo is a temporary git repository whose commits have fixed dates.
type gitRepo struct {
	t   *testing.T
	dir string
	n   int // commits made, for their dates
}

func newGitRepo(t *testing.T) *gitRepo {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatal("git not found; CI must install it")
		}
		t.Skip("git not found")
	}
	r := &gitRepo{t: t, dir: t.TempDir()}
	r.git("init", "-q", "-b", "main")
	return r
}

func (r *gitRepo) git(args ...string) string {
	r.t.Helper()
	cmd := exec.Command("git", append([]string{"-C", r.dir}, args...)...)
	date := time.Date(2025, 1, 1+r.n, 12, 0, 0, 0, time.UTC).Format(time.RFC3339)
	cmd.Env = append(os.Environ(), "GIT_CONFIG_GLOBAL=/dev/null", "GIT_CONFIG_NOSYSTEM=1",
		"GIT_AUTHOR_NAME=test", "GIT_AUTHOR_EMAIL=t@example.com", "GIT_AUTHOR_DATE="+date,
		"GIT_COMMITTER_NAME=test", "GIT_COMMITTER_EMAIL=t@example.com", "GIT_COMMITTER_DATE="+date)
	out, err := cmd.CombinedOutput()
	if err != nil {
		r.t.Fatalf("git %q: %v\n%s", args, err, out)
	}
	return strings.TrimSpace(string(out))
}

func (r *gitRepo) write(name, content string) {
	r.t.Helper()
	p := filepath.Join(r.dir, filepath.FromSlash(name))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		r.t.Fatal(err)
	}
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		r.t.Fatal(err)
	}
}

// commit commits every change with msg kept byte for byte, and returns its hash.
func (r *gitRepo) commit(msg string) string {
	r.t.Helper()
	r.n++
	f := filepath.Join(r.t.TempDir(), "msg")
	if err := os.WriteFile(f, []byte(msg), 0o644); err != nil {
		r.t.Fatal(err)
	}
	r.git("add", "-A")
	r.git("commit", "-q", "--allow-empty-message", "--cleanup=verbatim", "-F", f)
	return r.git("rev-parse", "HEAD")
}

func day(n int) time.Time { return time.Date(2025, 1, 1+n, 12, 0, 0, 0, time.UTC) }

// TestReadAnyBytes: commit messages and file names are data, whatever bytes
// they hold (git log's own separators, tabs, line breaks, bytes that are
// not UTF-8); a merge adds no change; a removed commitment still names what
// it concerned, read back from git, even among files with odd names.
func TestReadAnyBytes(t *testing.T) {
	r := newGitRepo(t)
	inv := `{"company": "aws", "regions": ["KR-31"]}`
	names := []string{"data/investments/with space.json", "data/investments/tab\there.json",
		"data/investments/new\nline.json", "data/investments/plain.json"}
	for _, n := range names {
		r.write(n, inv)
	}
	r.write("content/한국.md", "---\ntitle: x\n---\n")
	r.write(`data/companies/quote".json`, "{}")
	first := r.commit("separators \x1f and \x1e, a\ttab\n\nand a body \x1f\n")
	r.git("checkout", "-q", "-b", "side")
	r.write("data/companies/side.json", "{}")
	side := r.commit("not UTF-8: \xff\xfe") // git shows it as it likes: compared below with git's own %s
	r.git("checkout", "-q", "main")
	r.write("data/companies/main.json", "{}")
	mainOnly := r.commit("")
	r.n++
	r.git("merge", "-q", "--no-ff", "-m", "merge \x1f side", "side")
	for _, n := range names {
		if err := os.Remove(filepath.Join(r.dir, filepath.FromSlash(n))); err != nil {
			t.Fatal(err)
		}
	}
	removal := r.commit("a subject\nwrapped over two lines\n")

	got, err := Read(context.Background(), r.dir)
	if err != nil {
		t.Fatalf("Read: %v", err)
	}
	was := []string{"company/aws", "region/KR-31"}
	subject := "a subject wrapped over two lines"
	want := Log{
		{Commit: removal, Time: day(5), Subject: subject, Op: "removed", Path: names[2], Kind: "investment", ID: "new\nline"},
		{Commit: removal, Time: day(5), Subject: subject, Op: "removed", Path: names[3], Kind: "investment", Before: []byte(inv), ID: "plain", Was: was},
		{Commit: removal, Time: day(5), Subject: subject, Op: "removed", Path: names[1], Kind: "investment", Before: []byte(inv), ID: "tab\there", Was: was},
		{Commit: removal, Time: day(5), Subject: subject, Op: "removed", Path: names[0], Kind: "investment", Before: []byte(inv), ID: "with space", Was: was},
		{Commit: mainOnly, Time: day(3), Subject: "", Op: "added", Path: "data/companies/main.json", Kind: "company", ID: "main"},
		{Commit: side, Time: day(2), Subject: r.git("log", "-1", "--format=%s", side), Op: "added", Path: "data/companies/side.json", Kind: "company", ID: "side"},
	}
	for _, p := range []string{"content/한국.md", `data/companies/quote".json`, names[2], names[3], names[1], names[0]} {
		c := Change{Commit: first, Time: day(1), Subject: "separators \x1f and \x1e, a\ttab", Op: "added", Path: p}
		c.Kind, c.ID = identify(p)
		want = append(want, c)
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got:\n%s\nwant:\n%s", show(got), show(want))
	}
}

func show(l Log) string {
	var b strings.Builder
	for _, c := range l {
		b.WriteString(strings.ReplaceAll(strings.Join([]string{c.Commit[:7], c.Time.Format(time.RFC3339), c.Subject, c.Op, c.Path, c.Kind, c.ID, strings.Join(c.Was, " ")}, " | "), "\n", `\n`) + "\n")
	}
	return b.String()
}

// TestReadContents: a changed record's file before and after its commit,
// and a removed one's before, are read back, so that the changes page can
// say what changed and name what is gone; an added record and a page
// carry none.
func TestReadContents(t *testing.T) {
	r := newGitRepo(t)
	v1 := `{"id": "p", "title": "Plant", "title_ko": "공장", "status": "announced"}`
	v2 := `{"id": "p", "title": "Plant", "title_ko": "공장", "status": "completed"}`
	r.write("data/investments/p.json", v1)
	r.write("content/about.md", "---\ntitle: x\n---\n")
	r.commit("add")
	r.write("data/investments/p.json", v2)
	r.write("content/about.md", "---\ntitle: y\n---\n")
	r.commit("change")
	os.Remove(filepath.Join(r.dir, "data/investments/p.json"))
	r.commit("remove")
	log, err := Read(context.Background(), r.dir)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name          string
		c             Change
		before, after string
		en, ko        string
	}{
		{"removed", log[0], v2, "", "Plant", "공장"},
		{"changed page", log[1], "", "", "", ""},
		{"changed record", log[2], v1, v2, "Plant", "공장"},
		{"added", log[3], "", "", "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if string(tt.c.Before) != tt.before || string(tt.c.After) != tt.after {
				t.Errorf("%s %s: before %q, after %q; want %q, %q", tt.c.Op, tt.c.Path, tt.c.Before, tt.c.After, tt.before, tt.after)
			}
			if en, ko := tt.c.FormerName(); en != tt.en || ko != tt.ko {
				t.Errorf("FormerName = %q, %q; want %q, %q", en, ko, tt.en, tt.ko)
			}
		})
	}
}

// TestContentsBounded: past the newest max record changes, a change keeps
// no files (its words are left out), yet a removed commitment still names
// what it concerned.
func TestContentsBounded(t *testing.T) {
	r := newGitRepo(t)
	r.write("data/investments/a.json", `{"company": "aws", "regions": ["KR-31"], "status": "announced"}`)
	r.write("data/investments/b.json", `{"status": "announced"}`)
	r.commit("add")
	r.write("data/investments/b.json", `{"status": "completed"}`)
	r.commit("change b")
	os.Remove(filepath.Join(r.dir, "data/investments/a.json"))
	r.commit("remove a")
	out, err := Git(context.Background(), r.dir, "log", "-z", "--no-renames", "--name-status", "--format=%x00%H%x00%cI%x00%s", "--", "data")
	if err != nil {
		t.Fatal(err)
	}
	log, err := parse(out)
	if err != nil {
		t.Fatal(err)
	}
	log = withContents(context.Background(), r.dir, log, 1)
	if removed := log[0]; removed.Before == nil || strings.Join(removed.Was, " ") != "company/aws region/KR-31" {
		t.Errorf("the newest change (a removal) keeps %q, concerns %q; want its file and aws, KR-31", removed.Before, removed.Was)
	}
	if changed := log[1]; changed.Before != nil || changed.After != nil {
		t.Errorf("the change past the bound keeps %q → %q, want no files", changed.Before, changed.After)
	}
	log, _ = parse(out)
	if c := withContents(context.Background(), r.dir, log, 0)[0]; c.Before != nil || strings.Join(c.Was, " ") != "company/aws region/KR-31" {
		t.Errorf("with no files kept, the removal keeps %q, concerns %q; want none, aws and KR-31", c.Before, c.Was)
	}
}

// TestReadOutsideGit: a folder that is not a git checkout has no history
// and no error.
func TestReadOutsideGit(t *testing.T) {
	newGitRepo(t) // skips without git
	got, err := Read(context.Background(), t.TempDir())
	if err != nil || got != nil {
		t.Errorf("Read = %v, %v; want nil, nil", got, err)
	}
}

func TestParse(t *testing.T) {
	tests := []struct {
		name, out string
		want      int // changes
		err       bool
	}{
		{"empty", "", 0, false},
		{"one file", "\x00h\x002025-01-01T00:00:00Z\x00s\x00\nA\x00data/x.json\x00", 1, false},
		{"a merge then a commit", "\x00m\x002025-01-02T00:00:00Z\x00merge\x00\x00h\x002025-01-01T00:00:00Z\x00s\x00\nM\x00a\x00D\x00b\x00", 2, false},
		{"a subject of separators", "\x00h\x002025-01-01T00:00:00Z\x00\x1e\x1f\n\t\x00\nA\x00p\x00", 1, false},
		{"cut short", "\x00h\x002025-01-01T00:00:00Z", 0, true},
		{"bad date", "\x00h\x00yesterday\x00s\x00\nA\x00p\x00", 0, true},
		{"bad status", "\x00h\x002025-01-01T00:00:00Z\x00s\x00\n?\x00p\x00", 0, true},
		{"no leading field", "h\x002025-01-01T00:00:00Z\x00s\x00", 0, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := parse([]byte(tt.out))
			if (err != nil) != tt.err || len(got) != tt.want {
				t.Errorf("parse(%q) = %d changes, %v; want %d, error %v", tt.out, len(got), err, tt.want, tt.err)
			}
		})
	}
}
