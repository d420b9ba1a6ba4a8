package preview_test

import (
	"bytes"
	"context"
	"errors"
	"html"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
	"github.com/korea-investment-tracker/kit/generator/internal/thorough"
	"github.com/korea-investment-tracker/kit/generator/preview"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/synth"
)

// step is one update of the preview: an edit, and what the update's
// first look and rebuild must do.
type step struct {
	name  string
	edit  func(t *testing.T, root string)
	files []string // what the watcher saw
	// undo, when set, undoes part of the edit after the first look and
	// before the rebuild.
	undo func(t *testing.T, root string)
	// looked is how many pages the first look renders; -1 when there is
	// no first look.
	looked int
	// pages are the files the first look changes, which the rebuild
	// leaves as the first look wrote them; stale ones list downloads that
	// change, whose sizes the first look shows as they were; undone ones
	// end as they were before the update.
	pages, stale, undone []string
	// more is set when the first look may change other pages too (those
	// of other edited records that show the record), which the rebuild
	// must then leave as the first look wrote them.
	more    bool
	shows   string   // a text the first look's pages show
	leaves  []string // pages only the rebuild changes
	gone    string   // a page the update removes
	invalid bool     // the edit makes the data invalid
	full    bool     // the rebuild renders every page
	compare bool     // the site after the update is compared with a whole build's
}

// run makes the step's edit, updates the preview and checks the step.
func (p *previewed) run(t *testing.T, st step) {
	t.Helper()
	before := testrepo.SiteFiles(t, p.out)
	st.edit(t, p.root)
	var looked map[string][]byte
	p.onShown = func(s preview.Step) {
		if s.Kind == preview.FirstLook {
			looked = testrepo.SiteFiles(t, p.out)
			if st.undo != nil {
				st.undo(t, p.root)
			}
		}
	}
	res, err := p.Update(context.Background(), st.files)
	p.onShown = nil
	after := testrepo.SiteFiles(t, p.out)
	if st.invalid {
		if !errors.As(res.FirstLook.Err, new(*build.InvalidError)) || !errors.As(err, new(*build.InvalidError)) {
			t.Fatalf("first look %v, rebuild %v; want both to find the data invalid", res.FirstLook.Err, err)
		}
		for _, d := range testrepo.SiteDiff(after, before) {
			t.Errorf("after invalid data, the site %s", d)
		}
		return
	}
	if err != nil || res.FirstLook.Err != nil {
		t.Fatalf("first look: %v; rebuild: %v", res.FirstLook.Err, err)
	}
	checkFirstLook(t, st, res.FirstLook, before, looked)
	checkRebuild(t, st, res.Rebuild, before, looked, after)
	if st.compare {
		for _, d := range testrepo.SiteDiff(after, fullBuild(t, p.root)) {
			t.Errorf("the site, against a whole build's, %s", d)
		}
	}
}

// checkFirstLook checks that the first look rendered what st says, and
// changed only st's pages, which show st's text.
func checkFirstLook(t *testing.T, st step, look preview.Step, before, looked map[string][]byte) {
	t.Helper()
	if st.looked < 0 {
		if look.Kind != 0 {
			t.Errorf("a first look, %+v; want none", look)
		}
		return
	}
	if look.Pages != st.looked {
		t.Errorf("the first look rendered %d pages, want %d", look.Pages, st.looked)
	}
	want := slices.Concat(st.pages, st.stale, st.undone)
	for _, name := range slices.Sorted(maps.Keys(looked)) {
		changed := !bytes.Equal(before[name], looked[name])
		if changed != slices.Contains(want, name) && !(changed && st.more) {
			t.Errorf("the first look changed %s: %v, want %v", name, changed, !changed)
		}
	}
	for _, name := range want {
		if !bytes.Contains(looked[name], []byte(html.EscapeString(st.shows))) {
			t.Errorf("the first look's %s does not show %q", name, st.shows)
		}
	}
}

// checkRebuild checks that the rebuild was quick or full as st says,
// left the first look's pages as they were (or as before, undone), and
// changed the pages st says only it changes.
func checkRebuild(t *testing.T, st step, rebuild preview.Step, before, looked, after map[string][]byte) {
	t.Helper()
	if rebuild.Quick == st.full {
		t.Errorf("the rebuild was quick: %v; want %v", rebuild.Quick, !st.full)
	}
	if pages := len(testrepo.HTMLPages(after)); rebuild.Quick && rebuild.Pages >= pages/2 {
		t.Errorf("the quick rebuild rendered %d pages of %d; want a few", rebuild.Pages, pages)
	}
	for name, b := range looked {
		shown := slices.Contains(st.pages, name) || (st.more && !bytes.Equal(b, before[name]) && !slices.Contains(st.stale, name))
		if shown && !bytes.Equal(after[name], b) {
			t.Errorf("after the rebuild, %s is not what the first look showed", name)
		}
	}
	for _, name := range st.undone {
		if !bytes.Equal(after[name], before[name]) {
			t.Errorf("after the rebuild, %s is not what it was before the edit was undone", name)
		}
	}
	for _, name := range st.leaves {
		if !bytes.Equal(looked[name], before[name]) || bytes.Equal(after[name], before[name]) {
			t.Errorf("%s: want it changed by the rebuild alone", name)
		}
	}
	if _, ok := after[st.gone]; st.gone != "" && ok {
		t.Errorf("%s is still there", st.gone)
	}
}

// both are a page's files in English and in Korean.
func both(page string) []string { return []string{page + "/index.html", "ko/" + page + "/index.html"} }

// replace is an edit that replaces old by new in a file.
func replace(name, old, new string) func(*testing.T, string) {
	return func(t *testing.T, root string) { testrepo.Replace(t, root, name, old, new) }
}

// write is an edit that writes a file.
func write(name, text string) func(*testing.T, string) {
	return func(t *testing.T, root string) { testrepo.Write(t, root, name, text) }
}

// edits is an edit made of several.
func edits(es ...func(*testing.T, string)) func(*testing.T, string) {
	return func(t *testing.T, root string) {
		for _, e := range es {
			e(t, root)
		}
	}
}

// remove is an edit that removes a file.
func remove(name string) func(*testing.T, string) {
	return func(t *testing.T, root string) {
		if err := os.Remove(filepath.Join(root, filepath.FromSlash(name))); err != nil {
			t.Fatal(err)
		}
	}
}

// copyRecord is an edit that copies a commitment under a new id.
func copyRecord(id, newID string) func(*testing.T, string) {
	return func(t *testing.T, root string) {
		b, err := os.ReadFile(filepath.Join(root, "data/investments", id+".json"))
		if err != nil {
			t.Fatal(err)
		}
		b = bytes.Replace(b, []byte(`"id": "`+id+`"`), []byte(`"id": "`+newID+`"`), 1)
		testrepo.Write(t, root, "data/investments/"+newID+".json", string(b))
	}
}

const (
	ulsan   = "data/investments/aws-ulsan-ai-data-hub.json"
	corning = "data/investments/corning-korea-expansion.json"
	apec    = "data/investments/apec-2025-seven-firms-package.json"
	awsPage = "content/companies/aws.md"
)

// seedSteps are the updates TestUpdates makes to the seed data, in
// order: each a few edits that do not hide one another's pages.
var seedSteps = []step{
	{name: "a commitment, a part of a package and a region's profile",
		edit: edits(replace(ulsan, "AI data hub in Ulsan with SK Group", "AI data hub in Ulsan, edited, with SK Group"),
			replace(corning, "expanding high-tech facilities", "expanding edited high-tech facilities"),
			replace("content/regions/KR-47.md", "on its east coast", "on its edited east coast")),
		files:  []string{ulsan, "data/investments/.aws-ulsan-ai-data-hub.json.swp", corning, "content/regions/KR-47.md"},
		looked: 6, shows: "edited",
		pages:  slices.Concat(both("investments/aws-ulsan-ai-data-hub"), both("investments/corning-korea-expansion"), []string{"regions/kr-47/index.html"}),
		leaves: []string{"companies/aws/index.html", "investments/apec-2025-seven-firms-package/index.html"}},
	// The first look's pages are rendered again though their input is
	// the one before the edit.
	{name: "a package, and an edit undone before the rebuild",
		edit: edits(replace(apec, "combined investment plan", "combined edited investment plan"),
			replace(ulsan, "AI data hub in Ulsan, edited, with SK Group", "AI data hub in Ulsan, edited again, with SK Group")),
		undo:   replace(ulsan, "edited again", "edited"),
		files:  []string{apec, ulsan},
		looked: 4, shows: "edited",
		pages: both("investments/apec-2025-seven-firms-package"), undone: both("investments/aws-ulsan-ai-data-hub"),
		leaves: []string{"investments/corning-korea-expansion/index.html"}, compare: true},
	// A region's source is in its downloads; the rates and about.md
	// make no page of their own.
	{name: "a company's profile, a region's source, the rates and a content page",
		edit: edits(replace(awsPage, "cloud computing business", "cloud computing business, edited,"),
			replace("data/regions/KR-31.json", "Republic of Korea subdivision codes", "Republic of Korea subdivision codes, edited"),
			replace("data/rates.json", `"rates": []`, `"rates":  []`),
			replace("content/about.md", "title: About", "title: About, edited")),
		files:  []string{awsPage, "data/regions/KR-31.json", "data/rates.json", "content/about.md"},
		looked: 4, shows: "edited",
		pages:  []string{"companies/aws/index.html"},
		stale:  both("regions/kr-31"),
		leaves: []string{"about/index.html"}},
	{name: "a record made invalid", edit: replace("data/companies/aws.json", `"id"`, `"id" "`),
		files: []string{"data/companies/aws.json"}, invalid: true},
	// After a failed rebuild, no first look.
	{name: "the record fixed", edit: replace("data/companies/aws.json", `"id" "`, `"id"`),
		files: []string{"data/companies/aws.json"}, looked: -1, compare: true},
	{name: "a commitment added, one removed, and a content page added",
		edit: edits(copyRecord("aws-ulsan-ai-data-hub", "aws-ulsan-second"), remove("data/investments/aws-incheon-gyeonggi-ai-data-centres.json"),
			write("content/synthetic-notes.md", "---\ntitle: Synthetic notes\n---\nA synthetic page for a test.\n")),
		files: []string{"data/investments/aws-ulsan-second.json", "data/investments/aws-incheon-gyeonggi-ai-data-centres.json",
			"content/synthetic-notes.md"},
		looked: 2, shows: "edited", pages: both("investments/aws-ulsan-second"),
		gone: "investments/aws-incheon-gyeonggi-ai-data-centres/index.html"},
	{name: "a commitment renamed (one file removed, one added), and a content page removed",
		edit: edits(copyRecord("aws-ulsan-second", "aws-ulsan-third"), remove("data/investments/aws-ulsan-second.json"),
			remove("content/synthetic-notes.md")),
		files:  []string{"data/investments/aws-ulsan-second.json", "data/investments/aws-ulsan-third.json", "content/synthetic-notes.md"},
		looked: 2, shows: "edited", pages: both("investments/aws-ulsan-third"),
		gone: "investments/aws-ulsan-second/index.html"},
	{name: "a commitment moved to another company",
		edit:   replace("data/investments/aws-ulsan-third.json", `"company": "aws"`, `"company": "sk-group"`),
		files:  []string{"data/investments/aws-ulsan-third.json"},
		looked: 2, shows: "SK", pages: both("investments/aws-ulsan-third"), compare: true},
	// Hugo lists a content section's pages itself: a full render.
	{name: "a profile removed, and a content section added",
		edit: edits(remove(awsPage), write("content/guides/_index.md", "---\ntitle: Synthetic guides\n---\nSynthetic guides for a test.\n"),
			write("content/guides/first.md", "---\ntitle: A synthetic guide\n---\nA synthetic guide.\n")),
		files:  []string{awsPage, "content/guides/_index.md", "content/guides/first.md"},
		looked: 2, shows: "Amazon", pages: []string{"companies/aws/index.html"}, full: true},
	// Hugo makes up a section for a folder without _index.md and lists its pages.
	{name: "a page in a content section changes, and one in a folder without _index.md is added",
		edit: edits(replace("content/guides/first.md", "title: A synthetic guide", "title: The first synthetic guide"),
			write("content/notes/first.md", "---\ntitle: A synthetic note\n---\nA synthetic note for a test.\n")),
		files:  []string{"content/guides/first.md", "content/notes/first.md"},
		looked: 0, full: true, compare: true},
	{name: "that page changes", edit: replace("content/notes/first.md", "title: A synthetic note", "title: The synthetic note"),
		files: []string{"content/notes/first.md"}, looked: 0, full: true},
	{name: "the templates' words change",
		edit:  replace("site/i18n/en.yaml", "skip_to_content: Skip to content", "skip_to_content: Skip to the content"),
		files: []string{"site/i18n/en.yaml"}, looked: -1, full: true, compare: true},
}

// localSteps are the seedSteps that a run outside CI (thorough.On) makes:
// the records' edits, an undone edit, invalid data and its fix, records
// added, renamed and moved; CI adds profiles removed, content sections and
// the templates, which render the whole site.
const localSteps = 8

// TestUpdates: each update of the preview shows the edited records' pages
// first, as the rebuild then renders them, and the rebuild is quick when
// it can be and leaves the site a whole build makes (but for the
// sitemap, which a quick rebuild leaves as it was): records edited,
// added, renamed, moved and removed, profiles and content pages edited,
// added and removed, edits undone, invalid data, content sections,
// templates.
func TestUpdates(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	t.Parallel()
	p := newPreview(t, testrepo.Copy(t), preview.Options{})
	steps := seedSteps
	if !thorough.On() {
		steps = steps[:localSteps]
	}
	for k, st := range steps {
		// The whole builds compared with are the slow part: outside CI,
		// only the last step's.
		st.compare = st.compare && thorough.On() || k == len(steps)-1
		if !t.Run(st.name, func(t *testing.T) { p.run(t, st) }) {
			t.FailNow() // the steps build on one another
		}
	}
}

// TestUpdatesOnSyntheticData: on a synthetic publication with the
// relations a page shows (packages of several companies and their parts,
// partners, commitments in several regions, a parent, profiles), the
// first look's pages, checked and resolved with only the records their
// pages need, are those of a whole build.
func TestUpdatesOnSyntheticData(t *testing.T) {
	if testing.Short() {
		t.Skip("runs Hugo")
	}
	thorough.Require(t)
	t.Parallel()
	root := testrepo.Synthetic(t, synth.Config{Companies: 20, Investments: 80, Seed: 11})
	p := newPreview(t, root, preview.Options{})
	for _, st := range syntheticSteps(t, root) {
		if !t.Run(st.name, func(t *testing.T) { p.run(t, st) }) {
			t.FailNow()
		}
	}
}

// syntheticSteps pick, in the data of root, a record or profile of each
// relation a page shows and make two updates of them, each edit leaving
// its downloads as they are (a commitment's page lists none; a profile
// is in none).
func syntheticSteps(t *testing.T, root string) []step {
	t.Helper()
	d, errs := build.Validate(os.DirFS(root))
	if errs.Err() != nil {
		t.Fatal(errs)
	}
	is := d.Investments
	pkg := is[slices.IndexFunc(is, func(i record.Investment) bool { return i.Kind == record.KindPackage })]
	part := is[slices.IndexFunc(is, func(i record.Investment) bool { return i.PartOf == pkg.ID })]
	partnered := is[slices.IndexFunc(is, func(i record.Investment) bool { return len(i.Partners) > 0 && i.ID != part.ID })]
	spread := is[slices.IndexFunc(is, func(i record.Investment) bool { return len(i.Regions) > 1 && i.ID != partnered.ID && i.ID != part.ID })]
	title := func(i record.Investment) (string, func(*testing.T, string)) {
		f := "data/investments/" + i.ID + ".json"
		return f, replace(f, `"title": "`+i.Title+`"`, `"title": "`+i.Title+` (edited)"`)
	}
	pkgFile, pkgEdit := title(pkg)
	partnerFile, partnerEdit := title(partnered)
	partFile, partEdit := title(part)
	spreadFile, spreadEdit := title(spread)
	company := "content/companies/synthetic-company-000001.md"
	child := d.Companies[slices.IndexFunc(d.Companies, func(c record.Company) bool { return c.Parent != "" })]
	childPage := "content/companies/" + child.ID + ".md"
	return []step{
		{name: "a package, a commitment with a partner and a region's profile",
			edit:  edits(pkgEdit, partnerEdit, replace("content/regions/KR-11.md", "for a test", "for a test (edited)")),
			files: []string{pkgFile, partnerFile, "content/regions/KR-11.md"}, looked: 6, shows: "(edited)",
			pages: slices.Concat(both("investments/"+pkg.ID), both("investments/"+partnered.ID), []string{"regions/kr-11/index.html"}),
			more:  true, compare: true},
		{name: "a part of a package, a commitment in several regions, a company's profile, and a profile of a company with a parent",
			edit: edits(partEdit, spreadEdit, replace(company, "made up for testing", "made up for testing (edited)"),
				write(childPage, "---\ntitle: "+child.Name+"\ncompany: "+child.ID+"\nsynthetic: true\n---\nA synthetic profile (edited), for a test.\n")),
			files: []string{partFile, spreadFile, company, childPage}, looked: 8, shows: "(edited)",
			pages: slices.Concat(both("investments/"+part.ID), both("investments/"+spread.ID),
				[]string{"companies/synthetic-company-000001/index.html", "companies/" + child.ID + "/index.html"}),
			more: true, compare: true},
	}
}
