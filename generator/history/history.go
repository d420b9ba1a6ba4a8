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
	"io"
	"os/exec"
	"path"
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
	return withRemovedRelations(ctx, repo, log), nil
}

// withRemovedRelations fills Was for each removed commitment from the file as
// it was in the commit before its removal, read for all of them by one git
// process. A file git cannot show, or that does not decode, concerns nothing.
func withRemovedRelations(ctx context.Context, repo string, log Log) Log {
	var removed []int
	var specs []string
	for i, c := range log {
		if c.Op == "removed" && c.Kind == "investment" {
			removed = append(removed, i)
			specs = append(specs, c.Commit+"^:"+c.Path)
		}
	}
	if len(specs) == 0 {
		return log
	}
	blobs := readBlobs(ctx, repo, specs)
	for n, i := range removed {
		var rec record.Investment
		if blobs[n] == nil || json.Unmarshal(blobs[n], &rec) != nil {
			continue
		}
		log[i].Was = Concerns(rec)
	}
	return log
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
		// "<sha> blob <size>", or "<spec> missing"
		f := strings.Fields(header)
		if len(f) != 3 {
			continue
		}
		size, err := strconv.Atoi(f[2])
		if err != nil {
			break
		}
		blob := make([]byte, size+1) // the content and its closing newline
		if _, err := io.ReadFull(r, blob); err != nil {
			break
		}
		blobs[i] = blob[:size]
	}
	return blobs
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
