// Package history reads when each record changed from the repository's git
// history, for the /changes/ page, the Atom feeds and the "data last changed"
// line on every page. Git is the record of changes: every edit to the data
// arrives as a reviewed commit, so no date field has to be kept by hand.
package history

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"os/exec"
	"strconv"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// Change is one commit's change to one record or page.
type Change struct {
	Commit  string
	Time    time.Time
	Subject string
	Op      string // "added", "changed" or "removed"
	Path    string // the file, from the repository root
	Kind    string // "company", "investment", "region", "page" or "" for other data files
	ID      string // the record's id, or the page's path below content/
	// Was names, for a removed commitment, the companies and regions it
	// concerned before it went ("company/aws", "region/KR-31"), so that their
	// feeds and dates still show its removal.
	Was []string
	// Before and After are a record's file before and after the commit:
	// both for a changed record, Before for a removed one, so that the
	// changes page and the feeds can say what changed (amount from … to …)
	// and name a record that is gone. Nil where git cannot show them.
	Before, After []byte
}

// Log is the changes to data/ and content/, newest first.
type Log []Change

// Read runs git log in repo. Outside a git repository, or without git, it
// returns an empty log and no error: a build from a tarball has no history.
func Read(ctx context.Context, repo string) (Log, error) {
	out, err := Git(ctx, repo, "log", "-z", "--no-renames", "--name-status",
		"--format=%x00%H%x00%cI%x00%s", "--", "data", "content")
	if errors.Is(err, ErrNoRepository) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	log, err := parse(out)
	if err != nil {
		return nil, err
	}
	return withContents(ctx, repo, log, contentsMax), nil
}

// contentsMax bounds the changes whose files a log keeps (Before,
// After), newest first, so that a long history costs a bounded memory: the
// changes page and the feeds word the newest changes, and name an older
// one without its words.
const contentsMax = 2000

// withContents reads, by one git process, the files of the newest
// max changed and removed records before and after their commit
// (Before, After), and fills Was for every removed commitment from its
// file before the removal. A file git cannot show, or that does not
// decode, concerns nothing; so does a path with a line break, which
// cannot be asked for on cat-file's one line.
func withContents(ctx context.Context, repo string, log Log, max int) Log {
	type want struct {
		i           int
		after, keep bool
	}
	var wants []want
	var specs []string
	kept := 0
	for i, c := range log {
		if c.Kind == "" || c.Kind == record.PageKind || c.Op == "added" || strings.Contains(c.Path, "\n") {
			continue
		}
		keep := kept < max
		if keep {
			kept++
		}
		if keep || c.Op == "removed" && c.Kind == record.InvestmentKind {
			wants = append(wants, want{i, false, keep})
			specs = append(specs, c.Commit+"^:"+c.Path)
		}
		if keep && c.Op == "changed" {
			wants = append(wants, want{i, true, keep})
			specs = append(specs, c.Commit+":"+c.Path)
		}
	}
	if len(specs) == 0 {
		return log
	}
	blobs := readBlobs(ctx, repo, specs)
	for n, w := range wants {
		c := &log[w.i]
		var rec record.Investment
		switch {
		case w.after:
			c.After = blobs[n]
		case c.Op == "removed" && c.Kind == record.InvestmentKind && blobs[n] != nil && json.Unmarshal(blobs[n], &rec) == nil:
			c.Was = Concerns(rec)
		}
		if !w.after && w.keep {
			c.Before = blobs[n]
		}
	}
	return log
}

// FormerName is a record's name in English and Korean from its file
// before the change (a company's or region's name, a commitment's title),
// for a record that is gone; empty where history holds no file.
func (c Change) FormerName() (en, ko string) {
	var n struct {
		Name    string `json:"name"`
		NameKo  string `json:"name_ko"`
		Title   string `json:"title"`
		TitleKo string `json:"title_ko"`
	}
	if c.Before == nil || json.Unmarshal(c.Before, &n) != nil {
		return "", ""
	}
	if c.Kind == record.InvestmentKind {
		return n.Title, n.TitleKo
	}
	return n.Name, n.NameKo
}

// Concerns names the companies and regions a commitment concerns, as keys
// like Was: "company/aws", "region/KR-31".
func Concerns(i record.Investment) []string {
	var keys []string
	for _, id := range i.CompanyIDs() {
		keys = append(keys, "company/"+id)
	}
	for _, code := range i.Regions {
		keys = append(keys, "region/"+code)
	}
	return keys
}

// readBlobs reads git objects named like "<commit>^:<path>" with one
// `git cat-file --batch`; a missing object, or any failure, is nil.
func readBlobs(ctx context.Context, repo string, specs []string) [][]byte {
	blobs := make([][]byte, len(specs))
	cmd := exec.CommandContext(ctx, "git", "-C", repo, "cat-file", "--batch")
	cmd.Stdin = strings.NewReader(strings.Join(specs, "\n") + "\n")
	out, err := cmd.Output()
	if err != nil {
		return blobs
	}
	r := bufio.NewReader(bytes.NewReader(out))
	for i := range specs {
		header, err := r.ReadString('\n')
		if err != nil {
			break
		}
		size, ok := blobSize(header)
		if !ok {
			continue // "<spec> missing": no content follows
		}
		blob := make([]byte, size+1) // the content and its closing newline
		if _, err := io.ReadFull(r, blob); err != nil {
			break
		}
		blobs[i] = blob[:size]
	}
	return blobs
}

// blobSize reads cat-file's header "<sha> blob <size>"; any other line
// ("<spec> missing", where the spec may hold spaces) has no content.
func blobSize(header string) (int, bool) {
	f := strings.Fields(header)
	if len(f) != 3 || f[1] != "blob" {
		return 0, false
	}
	size, err := strconv.Atoi(f[2])
	return size, err == nil && size >= 0
}

// ErrNoRepository is Git's error outside a git checkout or without git:
// a build from a tarball has no history, which is no failure.
var ErrNoRepository = errors.New("not a git checkout (or git is not installed)")

// Git runs git with args in repo and returns its output; a failure names
// the command and git's own message.
func Git(ctx context.Context, repo string, args ...string) ([]byte, error) {
	cmd := exec.CommandContext(ctx, "git", append([]string{"-C", repo}, args...)...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if strings.Contains(stderr.String(), "not a git repository") || isNotFound(err) {
			return nil, ErrNoRepository
		}
		return nil, fmt.Errorf("git %s: %v: %s", args[0], err, strings.TrimSpace(stderr.String()))
	}
	return out, nil
}

func isNotFound(err error) bool {
	_, ok := err.(*exec.Error)
	return ok
}

// parse reads git log -z's output: fields ended by NUL, so that a commit
// subject or a file name may hold any other byte (git cuts a subject at a
// NUL). Each commit is an empty field (the format's leading %x00), hash,
// date and subject, then a status and a path per file; git starts the
// first status with a newline, and a merge has none.
func parse(out []byte) (Log, error) {
	f := strings.Split(string(out), "\x00")
	var log Log
	for i := 0; i < len(f)-1; {
		if f[i] != "" || i+4 > len(f) {
			return nil, fmt.Errorf("git log: unexpected output %q", f[i])
		}
		hash, date, subject := f[i+1], f[i+2], f[i+3]
		t, err := time.Parse(time.RFC3339, date)
		if err != nil {
			return nil, fmt.Errorf("git log: commit %s: %v", hash, err)
		}
		for i += 4; i+1 < len(f) && f[i] != ""; i += 2 {
			status := strings.TrimPrefix(f[i], "\n")
			if status == "" || !strings.Contains("ACDMRTUXB", status[:1]) {
				return nil, fmt.Errorf("git log: commit %s: unexpected status %q", hash, f[i])
			}
			c := Change{Commit: hash, Time: t.UTC(), Subject: subject, Op: op(status), Path: f[i+1]}
			c.Kind, c.ID = identify(c.Path)
			log = append(log, c)
		}
	}
	return log, nil
}

func op(status string) string {
	switch status[:1] {
	case "A":
		return "added"
	case "D":
		return "removed"
	}
	return "changed"
}

// identify names the record a file holds, from where it lives
// (record.RecordOf), or the page of content/ it is.
func identify(file string) (kind, id string) {
	if kind, id, ok := record.RecordOf(file); ok {
		return kind, id
	}
	if p, ok := strings.CutPrefix(file, "content/"); ok {
		return record.PageKind, p
	}
	return "", ""
}

// LastChanged is the time of the newest change to a record, or the zero time.
func (l Log) LastChanged(kind, id string) time.Time {
	for _, c := range l {
		if c.Kind == kind && c.ID == id {
			return c.Time
		}
	}
	return time.Time{}
}

// Latest is the time of the newest change to any data, or the zero time.
func (l Log) Latest() time.Time {
	if len(l) == 0 {
		return time.Time{}
	}
	return l[0].Time
}
