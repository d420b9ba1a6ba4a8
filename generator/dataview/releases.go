package dataview

import (
	"strings"
	"time"

	"github.com/korea-investment-tracker/kit/generator/datadiff"
	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/releases"
)

// The /releases/ page lists the tagged versions of the data (package
// releases), newest first, each with its numbers and what changed since
// the one before; each release has a page of its own, and its delta files
// below data/releases/<tag>/.

// Description is a release in words: its counts, Korea's total and what
// changed since the release before; the pages, the releases feed and the
// releases command all say it so.
type Description struct {
	Counts, Total, Changed string
}

// Describe words r in l's language.
func Describe(l locale.Locale, r releases.Published) Description {
	d := Description{
		Counts: l.T("release_counts", map[string]any{"Companies": l.N("count_companies", r.Data.Companies),
			"Investments": l.N("count_investments", r.Data.Investments)}),
		Total:   l.T("release_total", map[string]any{"Total": page.Kit{L: l}.TotalText(r.Data.Korea)}),
		Changed: l.W("release_first"),
	}
	if r.Delta != nil {
		d.Changed = changedText(l, r.Delta.Tally(), r.Previous)
	}
	return d
}

// changedText says what changed since the release prev, the parts that
// did joined as a list, or that nothing did.
func changedText(l locale.Locale, t datadiff.Tally, prev string) string {
	var parts []string
	for _, p := range []struct {
		key string
		n   int
	}{{"release_added", t.Added}, {"release_removed", t.Removed}, {"release_amounts", t.Amounts},
		{"release_statuses", t.Statuses}, {"release_changed", t.Changed}} {
		if p.n > 0 {
			parts = append(parts, l.N(p.key, p.n))
		}
	}
	what := l.W("release_nothing")
	if len(parts) > 0 {
		what = strings.Join(parts, l.W("list_separator"))
	}
	return l.T("release_since", map[string]any{"Previous": prev, "What": what})
}

// releaseView is one release as a row of /releases/ and the head of its page.
type releaseView struct {
	Tag     string    `json:"tag"`
	URL     string    `json:"url"`
	Date    page.Date `json:"date"`
	Counts  string    `json:"counts"`
	Total   string    `json:"total"`
	Changed string    `json:"changed"`
	Commit  string    `json:"commit"`
}

// releasesView is the /releases/ page.
type releasesView struct {
	Releases []releaseView `json:"releases"`
	Feed     string        `json:"feed"`
	// None says why no release is listed, when none is.
	None string `json:"none,omitempty"`
}

// releasePageView is one release's page: its delta files and its field
// changes (the first releaseChangesMax; the files hold them all).
type releasePageView struct {
	Release  releaseView `json:"release"`
	Previous page.Link   `json:"previous"`
	Files    []page.Link `json:"files,omitempty"`
	// Stable are the release's own files, as published at its tag; a
	// release without them links its GitHub release (Attachments).
	Stable      []Download    `json:"stable,omitempty"`
	Attachments page.Link     `json:"attachments,omitzero"`
	Changes     []fieldChange `json:"changes,omitempty"`
	More        string        `json:"more,omitempty"`
	Cite        string        `json:"cite"`
	// DOI is the release's own DOI, where the release metadata gives one.
	DOI page.Link `json:"doi,omitzero"`
}

// fieldChange is one row of a release's changes, as changes.csv has it.
type fieldChange struct {
	Kind   string    `json:"kind"`
	Record page.Link `json:"record"`
	Op     string    `json:"op"`
	Field  string    `json:"field,omitempty"`
	Old    string    `json:"old,omitempty"`
	New    string    `json:"new,omitempty"`
}

// releaseChangesMax caps the changes a release's page lists.
const releaseChangesMax = 200

// deltaFiles are the delta files of a release, below data/releases/<tag>/.
func deltaFiles() []string {
	return []string{"changes.csv", "changes.json", "summary-delta.json", record.DeltaPackage}
}

// releaseOf is r's row.
func (b Builder) releaseOf(r releases.Published) releaseView {
	d := Describe(b.L, r)
	return releaseView{Tag: r.Tag, URL: b.U.Page("releases/" + r.Tag + "/"), Date: b.Day(r.Day),
		Counts: d.Counts, Total: d.Total, Changed: d.Changed, Commit: r.Commit}
}

// releasePages are /releases/ and a page per release.
func (b Builder) ReleasePages() []page.Page {
	v := releasesView{Feed: b.U.Page("releases/index.xml")}
	if len(b.rel.Published) == 0 {
		v.None = b.L.W("releases_none")
	}
	pages := []page.Page{{Path: "releases", Kind: "section", Title: b.L.W("releases"), Source: "the releases page",
		Description: b.L.W("desc_releases"), Params: page.Params{Crumbs: []page.Link{b.Home()}, View: &v}}}
	for _, r := range b.rel.Published {
		rv := b.releaseOf(r)
		v.Releases = append(v.Releases, rv)
		pages = append(pages, b.releasePage(r, rv))
	}
	return pages
}

// releasePage is one release's page.
func (b Builder) releasePage(r releases.Published, rv releaseView) page.Page {
	doi := b.rel.DOIs.ByTag[r.Tag] // its own, not the concept DOI
	v := releasePageView{Release: rv, Cite: b.citeVersion(r.Version, doi, b.U.Absolute(rv.URL))}
	if doi != "" {
		v.DOI = page.Link{Name: doi, URL: doiURL(doi)}
	}
	if r.Delta != nil {
		v.Previous = page.Link{Name: r.Previous, URL: b.U.Page("releases/" + r.Previous + "/")}
		for _, f := range deltaFiles() {
			v.Files = append(v.Files, page.Link{Name: f, URL: b.U.Path("data/releases/" + r.Tag + "/" + f)})
		}
		v.Changes, v.More = b.fieldChanges(r.Delta)
	}
	if files, ok := b.rel.Stable[r.Tag]; ok {
		for _, f := range files {
			f.Path = "releases/" + r.Tag + "/" + f.Path
			v.Stable = append(v.Stable, DownloadOf(f, b.U, b.L))
		}
	} else {
		v.Attachments = page.Link{Name: b.L.W("release_attachments"), URL: record.RepositoryURL + "/releases/tag/" + r.Tag}
	}
	title := b.L.T("release_title", map[string]any{"Tag": r.Tag})
	return page.Page{Path: "releases/" + r.Tag, Kind: "page", Title: title, Source: "the page of release " + r.Tag,
		Description: rv.Counts + b.L.W("list_separator") + rv.Total,
		Params:      page.Params{Crumbs: []page.Link{b.Home(), b.Section("releases")}, View: v}}
}

// fieldChanges lists a delta's rows, a record linked to its page while it
// has one, capped at releaseChangesMax.
func (b Builder) fieldChanges(r *datadiff.Report) ([]fieldChange, string) {
	var out []fieldChange
	total := 0
	add := func(fc fieldChange) {
		total++
		if len(out) < releaseChangesMax {
			out = append(out, fc)
		}
	}
	for _, c := range r.Changes {
		rec := page.Link{Name: c.ID}
		if c.Op != "removed" && record.Section(c.Kind) != "" {
			rec.URL = b.U.Page(strings.TrimPrefix(record.RecordURL(c.Kind, c.ID), "/"))
		}
		fc := fieldChange{Kind: b.L.W("change_kind_" + c.Kind), Record: rec, Op: b.L.W("change_" + c.Op)}
		if len(c.Fields) == 0 {
			add(fc)
		}
		for _, f := range c.Fields {
			fc.Field, fc.Old, fc.New = f.Path, datadiff.Text(f.Old), datadiff.Text(f.New)
			add(fc)
		}
	}
	more := ""
	if total > len(out) {
		more = b.L.T("release_changes_more", map[string]any{"Shown": len(out), "Count": total})
	}
	return out, more
}

// ReleaseFeed is one language's releases for the releases feed (package
// feed writes it): its title and the releases, newest first.
type ReleaseFeed struct {
	Title, Page, Author string
	Entries             []FeedEntry
}

// FeedEntry is one release as an entry of the feed, in the language's words.
type FeedEntry struct {
	Tag, Title, URL, Summary string
	// Updated is the tagged commit's time.
	Updated time.Time
}

// Feed is the releases feed in b's language.
func (b Builder) Feed() ReleaseFeed {
	return ReleaseFeed{Title: b.L.T("feed_releases", map[string]any{"Site": b.L.W("site_title")}), Page: b.U.Absolute(b.U.Page("releases/")),
		Author: b.L.W("site_title"), Entries: b.feedEntries()}
}

// feedEntries are the releases as entries, with absolute URLs.
func (b Builder) feedEntries() []FeedEntry {
	var out []FeedEntry
	for _, r := range b.rel.Published {
		d := Describe(b.L, r)
		out = append(out, FeedEntry{Tag: r.Tag, Title: b.L.T("release_title", map[string]any{"Tag": r.Tag}),
			URL: b.U.Absolute(b.U.Page("releases/" + r.Tag + "/")), Updated: r.Time,
			Summary: d.Counts + b.L.W("list_separator") + d.Total + b.L.W("list_separator") + d.Changed})
	}
	return out
}
