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
	"fmt"
	"os/exec"
	"path"
	"strings"
	"time"
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
}

// Log is the changes to data/ and content/, newest first.
type Log []Change

// Read runs git log in repo. Outside a git repository, or without git, it
// returns an empty log and no error: a build from a tarball has no history.
func Read(ctx context.Context, repo string) (Log, error) {
	cmd := exec.CommandContext(ctx, "git", "-C", repo, "log", "--no-renames", "--name-status",
		"--format=%x1e%H%x1f%cI%x1f%s", "--", "data", "content")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		if strings.Contains(stderr.String(), "not a git repository") || isNotFound(err) {
			return nil, nil
		}
		return nil, fmt.Errorf("git log: %v: %s", err, strings.TrimSpace(stderr.String()))
	}
	log, err := parse(out)
	if err != nil {
		return nil, err
	}
	for i, c := range log {
		if c.Op == "removed" && c.Kind == "investment" {
			log[i].Was = relatedBefore(ctx, repo, c)
		}
	}
	return log, nil
}

// relatedBefore reads a removed commitment as it was in the commit before
// its removal, and names the companies and regions it concerned. A file git
// cannot show or that is not valid JSON concerns nothing.
func relatedBefore(ctx context.Context, repo string, c Change) []string {
	out, err := exec.CommandContext(ctx, "git", "-C", repo, "show", c.Commit+"^:"+c.Path).Output()
	if err != nil {
		return nil
	}
	var rec struct {
		Company   string   `json:"company"`
		Partners  []string `json:"partners"`
		Companies []string `json:"companies"`
		Regions   []string `json:"regions"`
	}
	if json.Unmarshal(out, &rec) != nil {
		return nil
	}
	var was []string
	for _, id := range append(append([]string{rec.Company}, rec.Partners...), rec.Companies...) {
		if id != "" {
			was = append(was, "company/"+id)
		}
	}
	for _, code := range rec.Regions {
		was = append(was, "region/"+code)
	}
	return was
}

func isNotFound(err error) bool {
	_, ok := err.(*exec.Error)
	return ok
}

// parse reads git log's output: a record separator, then hash, date and
// subject separated by unit separators, then one name-status line per file.
func parse(out []byte) (Log, error) {
	var log Log
	for _, entry := range bytes.Split(out, []byte{0x1e}) {
		if len(bytes.TrimSpace(entry)) == 0 {
			continue
		}
		changes, err := parseEntry(entry)
		if err != nil {
			return nil, err
		}
		log = append(log, changes...)
	}
	return log, nil
}

func parseEntry(entry []byte) ([]Change, error) {
	sc := bufio.NewScanner(bytes.NewReader(entry))
	sc.Scan()
	head := strings.Split(sc.Text(), "\x1f")
	if len(head) != 3 {
		return nil, fmt.Errorf("git log: unexpected line %q", sc.Text())
	}
	t, err := time.Parse(time.RFC3339, head[1])
	if err != nil {
		return nil, fmt.Errorf("git log: %v", err)
	}
	var out []Change
	for sc.Scan() {
		status, file, ok := strings.Cut(sc.Text(), "\t")
		if !ok {
			continue
		}
		c := Change{Commit: head[0], Time: t.UTC(), Subject: head[2], Op: op(status), Path: file}
		c.Kind, c.ID = identify(file)
		out = append(out, c)
	}
	return out, nil
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

// identify names the record a file holds, from where it lives.
func identify(file string) (kind, id string) {
	dir, name := path.Split(file)
	base := strings.TrimSuffix(name, ".json")
	switch {
	case strings.HasPrefix(file, "content/"):
		return "page", strings.TrimPrefix(file, "content/")
	case dir == "data/companies/":
		return "company", base
	case dir == "data/investments/":
		return "investment", base
	case dir == "data/regions/":
		return "region", base
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

// Filter keeps the changes for which keep is true.
func (l Log) Filter(keep func(Change) bool) Log {
	var out Log
	for _, c := range l {
		if keep(c) {
			out = append(out, c)
		}
	}
	return out
}
