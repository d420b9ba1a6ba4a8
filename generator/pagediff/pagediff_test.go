package pagediff_test

import (
	"os"
	"slices"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/pagediff"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/view"
	"github.com/korea-investment-tracker/kit/schema"
)

// site is the views of two companies, one commitment of the first, named
// name; the second company's page shows nothing of it.
func site(t *testing.T, name string) view.Site {
	t.Helper()
	src := []record.Source{{Title: "Synthetic source for a test", URL: "https://example.org/"}}
	d := &record.Dataset{
		Companies: []record.Company{{ID: "a", Name: name, Sources: src}, {ID: "b", Name: "B", Sources: src}},
		Investments: []record.Investment{{ID: "a-plant", Company: "a", Title: "A plant", Kind: "greenfield",
			Status: "announced", Scope: record.ScopeKorea, Sources: src}},
	}
	cats, err := locale.ReadCatalogs(os.DirFS("../../site"))
	if err != nil {
		t.Fatal(err)
	}
	s, err := view.Build(view.Input{Publication: publication.Build(d), Catalogs: cats, Schemas: schema.Files,
		Manifest: &record.Manifest{}, BaseURL: "https://example.org/"})
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestChangedPages: after a company's name changes, the pages whose views
// show it change, in both languages, and no other; an unchanged site
// changes nothing.
func TestChangedPages(t *testing.T) {
	old, err := pagediff.Of(site(t, "A"), pagediff.Snapshot{})
	if err != nil {
		t.Fatal(err)
	}
	same, err := pagediff.Of(site(t, "A"), old)
	if err != nil {
		t.Fatal(err)
	}
	if changed, removed, ok := same.ChangedSince(old); !ok || len(changed)+len(removed) > 0 {
		t.Errorf("unchanged site: changed %q, removed %q, ok %v", changed, removed, ok)
	}
	now, err := pagediff.Of(site(t, "A renamed"), old)
	if err != nil {
		t.Fatal(err)
	}
	changed, removed, ok := now.ChangedSince(old)
	if !ok || len(removed) > 0 {
		t.Fatalf("changed %q, removed %q, ok %v", changed, removed, ok)
	}
	for _, want := range []string{"companies/a/", "ko/companies/a/", "companies/", "investments/a-plant/", "ko/investments/a-plant/"} {
		if !slices.Contains(changed, want) {
			t.Errorf("changed %q lacks %s", changed, want)
		}
	}
	if slices.Contains(changed, "companies/b/") || slices.Contains(changed, "data/") {
		t.Errorf("changed %q has pages that do not show the name", changed)
	}
	if _, _, ok := now.ChangedSince(pagediff.Snapshot{}); ok {
		t.Errorf("a quick render after no render")
	}
}

// TestManifest: a snapshot keeps the manifest its site was made with.
func TestManifest(t *testing.T) {
	s := site(t, "A")
	snap, err := pagediff.Of(s, pagediff.Snapshot{})
	if err != nil {
		t.Fatal(err)
	}
	if snap.Manifest() != s.Manifest || (*pagediff.Snapshot)(nil).Manifest() != nil {
		t.Errorf("Manifest() = %p, want %p; nil's is %p", snap.Manifest(), s.Manifest, (*pagediff.Snapshot)(nil).Manifest())
	}
}
