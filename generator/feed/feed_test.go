package feed_test

import (
	"cmp"
	"context"
	"encoding/xml"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/feed"
	"github.com/korea-investment-tracker/kit/generator/history"
	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// scratchRepo makes a git repository with three commits of synthetic data:
// two records added, one changed, one removed.
func scratchRepo(t *testing.T) string {
	t.Helper()
	if _, err := exec.LookPath("git"); err != nil {
		t.Skip("git is not installed")
	}
	dir := t.TempDir()
	steps := []struct {
		date  string
		msg   string
		apply func()
	}{
		{"2025-10-29T10:00:00+09:00", "Add Synthetic Co and its plant", func() {
			write(t, dir, "data/companies/synthetic-co.json", `{"id": "synthetic-co"}`)
			write(t, dir, "data/investments/synthetic-plant.json", `{"id": "synthetic-plant", "v": 1}`)
			write(t, dir, "data/investments/synthetic-other.json", `{"id": "synthetic-other", "title": "Another plant", "company": "synthetic-co", "regions": ["KR-26"]}`)
		}},
		{"2025-11-02T09:30:00+09:00", "Correct the plant's amount", func() {
			write(t, dir, "data/investments/synthetic-plant.json", `{"id": "synthetic-plant", "v": 2}`)
		}},
		{"2025-11-05T12:00:00Z", "Remove a duplicate", func() {
			os.Remove(filepath.Join(dir, "data/investments/synthetic-other.json"))
		}},
	}
	git(t, dir, "", "init", "-q")
	for _, s := range steps {
		s.apply()
		git(t, dir, "", "add", "-A")
		git(t, dir, s.date, "commit", "-q", "-m", s.msg)
	}
	return dir
}

func write(t *testing.T, dir, name, content string) {
	t.Helper()
	p := filepath.Join(dir, name)
	os.MkdirAll(filepath.Dir(p), 0o755)
	if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func git(t *testing.T, dir, date string, args ...string) {
	t.Helper()
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = append(os.Environ(), "GIT_AUTHOR_NAME=test", "GIT_AUTHOR_EMAIL=t@example.com",
		"GIT_COMMITTER_NAME=test", "GIT_COMMITTER_EMAIL=t@example.com",
		"GIT_AUTHOR_DATE="+date, "GIT_COMMITTER_DATE="+date)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}

func TestHistory(t *testing.T) {
	log, err := history.Read(context.Background(), scratchRepo(t))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, c := range log {
		got = append(got, c.Time.Format("2006-01-02T15:04Z")+" "+c.Op+" "+c.Kind+" "+c.ID)
	}
	want := []string{
		"2025-11-05T12:00Z removed investment synthetic-other",
		"2025-11-02T00:30Z changed investment synthetic-plant",
		"2025-10-29T01:00Z added company synthetic-co",
		"2025-10-29T01:00Z added investment synthetic-other",
		"2025-10-29T01:00Z added investment synthetic-plant",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if got := strings.Join(log[0].Was, " "); got != "company/synthetic-co region/KR-26" {
		t.Errorf("the removed commitment was related to %q, want its company and region as they were", got)
	}
	if got := log.LastChanged("investment", "synthetic-plant").Format("2006-01-02"); got != "2025-11-02" {
		t.Errorf("plant last changed %s, want 2025-11-02", got)
	}
}

func TestHistoryOutsideGit(t *testing.T) {
	log, err := history.Read(context.Background(), t.TempDir())
	if err != nil || len(log) != 0 {
		t.Errorf("got %v, %v; want an empty log and no error", log, err)
	}
}

type feedXML struct {
	Title   string `xml:"title"`
	Updated string `xml:"updated"`
	Entries []struct {
		ID      string `xml:"id"`
		Title   string `xml:"title"`
		Updated string `xml:"updated"`
		Link    struct {
			Href string `xml:"href,attr"`
		} `xml:"link"`
		Summary string `xml:"summary"`
	} `xml:"entry"`
}

func readFeed(t *testing.T, path string) feedXML {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var f feedXML
	if err := xml.Unmarshal(b, &f); err != nil {
		t.Fatalf("%s is not valid XML: %v", path, err)
	}
	return f
}

// english is the data's language as a test's catalog words it: the feeds
// take the site's name and feed_site from it, and nothing else.
var english = feed.Lang{
	T: func(key string, data map[string]any) string {
		switch key {
		case "site_title":
			return "Example Tracker"
		case "feed_site":
			return data["Site"].(string) + ": every change"
		case "list_separator":
			return " / "
		}
		return "(" + key + ")"
	},
	Name: func(en, _ string) string { return en },
	// Words shows the fields a change moved, from the files history read.
	Words: func(c history.Change) []string {
		var out []string
		if c.Op != "changed" {
			return nil
		}
		for _, f := range datadiff.Fields(c.Before, c.After) {
			out = append(out, f.Path+": "+f.Old+" → "+f.New)
		}
		return out
	},
}

func TestFeeds(t *testing.T) {
	log, err := history.Read(context.Background(), scratchRepo(t))
	if err != nil {
		t.Fatal(err)
	}
	p := publication.Build(&record.Dataset{
		Companies:   []record.Company{{ID: "synthetic-co", Name: "Synthetic Co", Synthetic: true}},
		Regions:     []record.Region{{Code: "KR-26", Name: "Busan"}},
		Investments: []record.Investment{{ID: "synthetic-plant", Company: "synthetic-co", Title: "A synthetic plant", Regions: []string{"KR-26"}, Synthetic: true}},
	})
	out := t.TempDir()
	if err := feed.Write(out, "https://example.org/", p, log, feed.Options{Langs: []feed.Lang{english}}); err != nil {
		t.Fatal(err)
	}
	all := readFeed(t, filepath.Join(out, "changes/index.xml"))
	if len(all.Entries) != 5 || all.Updated != "2025-11-05T12:00:00Z" || all.Title != "Example Tracker: every change" {
		t.Errorf("site feed %q: %d entries updated %s, want Example Tracker: every change with 5 updated 2025-11-05T12:00:00Z",
			all.Title, len(all.Entries), all.Updated)
	}
	company := readFeed(t, filepath.Join(out, "companies/synthetic-co/index.xml"))
	var titles []string
	for _, e := range company.Entries {
		titles = append(titles, e.Title+" <"+e.Link.Href+"> "+e.Summary)
	}
	want := []string{
		// A removed commitment still shows in the feed of the company it
		// named, by its title before it went.
		"removed investment: Another plant <https://example.org/changes/> (change_commit): Remove a duplicate",
		// What changed comes first, the commit's subject second.
		"changed investment: A synthetic plant <https://example.org/investments/synthetic-plant/> v: 1 → 2 / (change_commit): Correct the plant's amount",
		"added company: Synthetic Co <https://example.org/companies/synthetic-co/> (change_commit): Add Synthetic Co and its plant",
		"added investment: A synthetic plant <https://example.org/investments/synthetic-plant/> (change_commit): Add Synthetic Co and its plant",
	}
	if company.Title != "Example Tracker: Synthetic Co" || strings.Join(titles, "\n") != strings.Join(want, "\n") {
		t.Errorf("company feed %q:\n%s\nwant Example Tracker: Synthetic Co:\n%s", company.Title, strings.Join(titles, "\n"), strings.Join(want, "\n"))
	}
	region := readFeed(t, filepath.Join(out, "regions/kr-26/index.xml"))
	if len(region.Entries) != 3 {
		t.Errorf("Busan's feed has %d entries, want the plant's 2 and the removal of the other", len(region.Entries))
	}
}

// TestTranslatedFeeds: a translation's feeds are below its folder, in its
// words, with its names of the records where they have them, and link its
// pages.
func TestTranslatedFeeds(t *testing.T) {
	log, err := history.Read(context.Background(), scratchRepo(t))
	if err != nil {
		t.Fatal(err)
	}
	p := publication.Build(&record.Dataset{
		Companies:   []record.Company{{ID: "synthetic-co", Name: "Synthetic Co", NameKo: "합성 기업", Synthetic: true}},
		Regions:     []record.Region{{Code: "KR-26", Name: "Busan", NameKo: "부산광역시"}},
		Investments: []record.Investment{{ID: "synthetic-plant", Company: "synthetic-co", Title: "A synthetic plant", Regions: []string{"KR-26"}, Synthetic: true}},
	})
	words := map[string]string{"site_title": "한국 투자 트래커", "change_added": "추가", "change_changed": "수정", "change_removed": "삭제",
		"change_kind_company": "기업", "change_kind_investment": "투자 약속"}
	ko := feed.Lang{Folder: "ko/",
		T: func(key string, data map[string]any) string {
			switch key {
			case "feed_record":
				return data["Name"].(string) + " 변경 내역"
			case "feed_site":
				return data["Site"].(string) + ": 전체 변경 내역"
			}
			return words[key]
		},
		Name: func(en, ko string) string { return cmp.Or(ko, en) },
	}
	out := t.TempDir()
	if err := feed.Write(out, "https://example.org/", p, log, feed.Options{Langs: []feed.Lang{english, ko}}); err != nil {
		t.Fatal(err)
	}
	if all := readFeed(t, filepath.Join(out, "ko/changes/index.xml")); all.Title != "한국 투자 트래커: 전체 변경 내역" || len(all.Entries) != 5 {
		t.Errorf("Korean site feed %q has %d entries, want 한국 투자 트래커: 전체 변경 내역 with 5", all.Title, len(all.Entries))
	}
	company := readFeed(t, filepath.Join(out, "ko/companies/synthetic-co/index.xml"))
	var got []string
	for _, e := range company.Entries {
		got = append(got, e.Title+" <"+e.Link.Href+">")
	}
	want := []string{
		"삭제 투자 약속: Another plant <https://example.org/ko/changes/>",
		"수정 투자 약속: A synthetic plant <https://example.org/ko/investments/synthetic-plant/>",
		"추가 기업: 합성 기업 <https://example.org/ko/companies/synthetic-co/>",
		"추가 투자 약속: A synthetic plant <https://example.org/ko/investments/synthetic-plant/>",
	}
	if company.Title != "합성 기업 변경 내역" || strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("Korean company feed %q:\n%s\nwant 합성 기업 변경 내역:\n%s", company.Title, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if _, err := os.Stat(filepath.Join(out, "ko/regions/kr-26/index.xml")); err != nil {
		t.Errorf("no Korean feed for Busan: %v", err)
	}
	en := readFeed(t, filepath.Join(out, "companies/synthetic-co/index.xml"))
	if en.Title != "Example Tracker: Synthetic Co" {
		t.Errorf("the English company feed is %q beside the Korean one", en.Title)
	}
	if en.Entries[0].ID == company.Entries[0].ID {
		t.Errorf("an English and a Korean entry share the id %s", en.Entries[0].ID)
	}
}

// TestFeedsReuse: with Reuse, an unchanged feed is the published file
// (linked), a changed one is new; with OmitUnchanged too, only the changed
// feeds are written at all.
func TestFeedsReuse(t *testing.T) {
	dataset := func(name string) *publication.Publication {
		return publication.Build(&record.Dataset{
			Companies: []record.Company{
				{ID: "synthetic-a", Name: name, Synthetic: true},
				{ID: "synthetic-b", Name: "Synthetic B", Synthetic: true},
			},
			Regions: []record.Region{{Code: "KR-26", Name: "Busan"}},
		})
	}
	published := t.TempDir()
	if err := feed.Write(published, "https://example.org/", dataset("Synthetic A"), nil, feed.Options{Langs: []feed.Lang{english}}); err != nil {
		t.Fatal(err)
	}
	changed := dataset("Synthetic A, renamed")
	tests := []struct {
		name  string
		opt   feed.Options
		same  []string // linked from the published site
		fresh []string // written anew
		none  []string // left out
	}{
		{"reuse", feed.Options{Langs: []feed.Lang{english}, Reuse: published},
			[]string{"companies/synthetic-b/index.xml", "regions/kr-26/index.xml", "changes/index.xml"},
			[]string{"companies/synthetic-a/index.xml"}, nil},
		{"omit unchanged", feed.Options{Langs: []feed.Lang{english}, Reuse: published, OmitUnchanged: true},
			nil, []string{"companies/synthetic-a/index.xml"},
			[]string{"companies/synthetic-b/index.xml", "regions/kr-26/index.xml", "changes/index.xml"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			out := t.TempDir()
			if err := feed.Write(out, "https://example.org/", changed, nil, tt.opt); err != nil {
				t.Fatal(err)
			}
			for _, name := range tt.same {
				if !testrepo.SameFile(t, filepath.Join(out, name), filepath.Join(published, name)) {
					t.Errorf("%s is not the published file", name)
				}
			}
			for _, name := range tt.fresh {
				if testrepo.SameFile(t, filepath.Join(out, name), filepath.Join(published, name)) {
					t.Errorf("%s changed but is the published file", name)
				}
				if f := readFeed(t, filepath.Join(out, name)); f.Updated == "" {
					t.Errorf("%s has no updated date", name)
				}
			}
			for _, name := range tt.none {
				if _, err := os.Stat(filepath.Join(out, name)); !os.IsNotExist(err) {
					t.Errorf("%s was written (%v), want it left out", name, err)
				}
			}
		})
	}
}
