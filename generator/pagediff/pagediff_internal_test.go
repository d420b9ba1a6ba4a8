package pagediff

import (
	"slices"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
)

func TestChangedSince(t *testing.T) {
	old := Snapshot{pages: map[string]uint64{"": 1, "investments/": 2, "investments/a/": 3, "about/": 4}, global: 9,
		content: map[string]bool{"about/": true}}
	with := func(f func(*Snapshot)) Snapshot {
		s := Snapshot{pages: map[string]uint64{}, global: old.global, content: old.content}
		for k, v := range old.pages {
			s.pages[k] = v
		}
		f(&s)
		return s
	}
	tests := []struct {
		name             string
		old, now         Snapshot
		changed, removed []string
		ok               bool
	}{
		{"no earlier render", Snapshot{}, old, nil, nil, false},
		{"nothing changed", old, old, nil, nil, true},
		{"a page changed, one came, one went", old, with(func(s *Snapshot) {
			s.pages["investments/"], s.pages["investments/b/"] = 20, 5
			delete(s.pages, "investments/a/")
		}), []string{"investments/", "investments/b/"}, []string{"investments/a/"}, true},
		{"what every page reads changed", old, with(func(s *Snapshot) { s.global = 10 }), nil, nil, false},
		{"a content page changed", old, with(func(s *Snapshot) { s.pages["about/"] = 40 }), nil, nil, false},
		{"a content page went", old, with(func(s *Snapshot) { delete(s.pages, "about/") }), nil, nil, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			changed, removed, ok := tt.now.ChangedSince(tt.old)
			if ok != tt.ok || !slices.Equal(changed, tt.changed) || !slices.Equal(removed, tt.removed) {
				t.Errorf("ChangedSince = %q, %q, %v; want %q, %q, %v", changed, removed, ok, tt.changed, tt.removed, tt.ok)
			}
		})
	}
}

// TestListedByHugo: the pages whose change needs a full render are the
// content sections and the pages below them, not top-level content pages
// or the records' pages.
func TestListedByHugo(t *testing.T) {
	pages := []page.Page{
		{Path: "about", Kind: "page", Source: "content/about.md"},
		{Path: "guides", Kind: "section", Source: "content/guides/_index.md"},
		{Path: "guides/first", Kind: "page", Source: "content/guides/first.md"},
		{Path: "guides/deeper/second", Kind: "page", Source: "content/guides/deeper/second.md"},
		{Path: "companies", Kind: "section", Source: "the companies index"},
		{Path: "companies/aws", Kind: "page", Source: "data/companies/aws.json"},
		// No notes/_index.md: Hugo makes the section up and lists it.
		{Path: "notes/first", Kind: "page", Source: "content/notes/first.md"},
	}
	got := listedByHugo(pages)
	want := []string{"guides", "guides/first", "guides/deeper/second", "notes/first"}
	if !slices.Equal(got, want) {
		t.Errorf("listedByHugo = %q, want %q", got, want)
	}
	withHome := append(slices.Clone(pages), page.Page{Path: "", Kind: "section", Source: "content/_index.md"})
	if got := listedByHugo(withHome); len(got) != len(withHome) {
		t.Errorf("with a content home page, listedByHugo = %q, want every page", got)
	}
}
