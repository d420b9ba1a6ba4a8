// Package releases provides the publication's versions: a release is a git
// tag named data-YYYY.MM.DD on a commit of main (a second release on one
// day is data-YYYY.MM.DD.2, then .3, …). Git keeps them, so a reader can
// name a version, and the build can say what changed from one to the next.
package releases

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/history"
)

// prefix starts every release's tag.
const prefix = "data-"

// Release is one tagged version of the data.
type Release struct {
	// Tag is the git tag, such as "data-2026.01.31.2".
	Tag string
	// Version is the tag without its prefix ("2026.01.31.2"), as a
	// citation or the data package names it.
	Version string
	// Day is the release's day, from its name; Seq is 1 for the day's
	// first release, 2 for ".2", and so on.
	Day time.Time
	Seq int
	// Commit is the tagged commit's hash, and Time its commit time.
	Commit string
	Time   time.Time
}

// parse reads a release's tag; ok is false for any other name (a day that
// does not exist, a ".1" or ".01", a leading zero missing).
func parse(tag string) (r Release, ok bool) {
	rest, found := strings.CutPrefix(tag, prefix)
	if !found || len(rest) < len("2006.01.02") {
		return Release{}, false
	}
	day, err := time.Parse("2006.01.02", rest[:10])
	if err != nil {
		return Release{}, false
	}
	seq := 1
	if suffix := rest[10:]; suffix != "" {
		n, err := strconv.Atoi(strings.TrimPrefix(suffix, "."))
		if suffix[0] != '.' || err != nil || n < 2 || strconv.Itoa(n) != suffix[1:] {
			return Release{}, false
		}
		seq = n
	}
	return Release{Tag: tag, Version: rest, Day: day, Seq: seq}, true
}

// name is the tag of the seq'th release on day (seq 1 has no suffix).
func name(day time.Time, seq int) string {
	tag := prefix + day.UTC().Format("2006.01.02")
	if seq > 1 {
		tag += "." + strconv.Itoa(seq)
	}
	return tag
}

// next is the tag for a new release on day, after the releases in tags
// (any names; those that are not releases are passed over).
func next(tags []string, day time.Time) string {
	seq := 1
	d := day.UTC().Format(time.DateOnly)
	for _, t := range tags {
		if r, ok := parse(t); ok && r.Day.Format(time.DateOnly) == d {
			seq = max(seq, r.Seq+1)
		}
	}
	return name(day, seq)
}

// newer orders releases newest first.
func newer(a, b Release) int {
	if c := b.Day.Compare(a.Day); c != 0 {
		return c
	}
	return b.Seq - a.Seq
}

// Read lists the releases in the history of repo's HEAD, newest first.
// Where there can be none (not a git checkout, no git, a shallow clone
// whose history is cut, no release tag yet) it returns none and why, in
// a few words, so that a build says so and goes on.
func Read(ctx context.Context, repo string) (rs []Release, none string, err error) {
	shallow, err := history.Git(ctx, repo, "rev-parse", "--is-shallow-repository")
	if errors.Is(err, history.ErrNoRepository) {
		return nil, "not a git checkout", nil
	}
	if err != nil {
		return nil, "", err
	}
	if strings.TrimSpace(string(shallow)) == "true" {
		return nil, "a shallow clone", nil
	}
	out, err := history.Git(ctx, repo, "tag", "--merged", "HEAD", "--list", prefix+"*",
		"--format=%(refname:strip=2)%00%(objectname)%00%(*objectname)%00%(committerdate:iso-strict)%00%(*committerdate:iso-strict)")
	if err != nil {
		// A repository without a commit has no HEAD to ask about.
		if _, headErr := history.Git(ctx, repo, "rev-parse", "--verify", "-q", "HEAD"); headErr != nil {
			return nil, "no commit yet", nil
		}
		return nil, "", err
	}
	if rs, err = parseTags(out); err != nil || len(rs) > 0 {
		return rs, "", err
	}
	return nil, "no " + prefix + "YYYY.MM.DD tag yet", nil
}

// parseTags reads Read's git tag lines: name, object, the commit an
// annotated tag points at, and the dates of both (the first for a
// lightweight tag, which is the commit itself).
func parseTags(out []byte) ([]Release, error) {
	var rs []Release
	for line := range bytes.Lines(out) {
		f := strings.Split(strings.TrimSuffix(string(line), "\n"), "\x00")
		if len(f) != 5 {
			return nil, fmt.Errorf("git tag: unexpected line %q", line)
		}
		r, ok := parse(f[0])
		if !ok {
			continue
		}
		r.Commit, r.Time = f[1], parseTime(f[3])
		if f[2] != "" { // annotated: the commit it tags
			r.Commit, r.Time = f[2], parseTime(f[4])
		}
		rs = append(rs, r)
	}
	slices.SortFunc(rs, newer)
	return rs, nil
}

// parseTime reads git's strict ISO date, the zero time if it is not one.
func parseTime(s string) time.Time {
	t, err := time.Parse(time.RFC3339, s)
	if err != nil {
		return time.Time{}
	}
	return t.UTC()
}

// Published is a release with what its data held and what changed since
// the release before it.
type Published struct {
	Release
	// Data is the release's counts and Korea's total.
	Data datadiff.Side
	// Previous is the release before (its tag), "" for the first; Delta
	// is the change since it, nil for the first.
	Previous string
	Delta    *datadiff.Report
}

// Tag makes HEAD of repo the next release of day (an annotated tag, Next
// after every tag there is) and returns its name; it makes none, and
// returns "", when data/ and content/ are the same as at the newest
// release in HEAD's history. Pushing the tag is the caller's.
func Tag(ctx context.Context, repo string, day time.Time) (string, error) {
	rs, none, err := Read(ctx, repo)
	if err != nil {
		return "", err
	}
	if none == "a shallow clone" || none == "not a git checkout" {
		return "", fmt.Errorf("cannot tag %s", none)
	}
	if len(rs) > 0 {
		_, err := history.Git(ctx, repo, "diff", "--quiet", rs[0].Commit, "HEAD", "--", "data", "content")
		if err == nil {
			return "", nil
		}
		if !strings.Contains(err.Error(), "exit status 1") {
			return "", err
		}
	}
	all, err := history.Git(ctx, repo, "tag", "--list", prefix+"*")
	if err != nil {
		return "", err
	}
	tag := next(strings.Fields(string(all)), day)
	_, err = history.Git(ctx, repo, "tag", "-a", "-m", "Data release "+tag, tag, "HEAD")
	return tag, err
}
