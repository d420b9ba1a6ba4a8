package build

import (
	"fmt"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/page"
	"github.com/korea-investment-tracker/kit/generator/view"
)

func TestParseShard(t *testing.T) {
	for _, tc := range []struct {
		in   string
		want Shard
		ok   bool
	}{
		{"0/3", Shard{0, 3}, true},
		{"2/3", Shard{2, 3}, true},
		{"0/1", Shard{0, 1}, true},
		{"3/3", Shard{}, false},
		{"-1/3", Shard{}, false},
		{"1/0", Shard{}, false},
		{"1", Shard{}, false},
		{"a/b", Shard{}, false},
	} {
		t.Run(tc.in, func(t *testing.T) {
			got, err := ParseShard(tc.in)
			if got != tc.want || (err == nil) != tc.ok {
				t.Errorf("ParseShard(%q) = %v, %v; want %v, ok %v", tc.in, got, err, tc.want, tc.ok)
			}
		})
	}
}

// TestShardSplit: every page's file is owned by exactly one shard, the
// content pages by shard 0, and a shard gives Hugo its own pages with
// their ancestors and translations only.
func TestShardSplit(t *testing.T) {
	var pages []page.Page
	for k := range 40 {
		pages = append(pages, page.Page{Path: fmt.Sprintf("investments/i%d", k), Kind: "page", Title: "x", Source: "data/x.json", Body: "b"})
	}
	pages = append(pages, page.Page{Path: "investments", Kind: "section", Source: "data"},
		page.Page{Path: "guides/first", Kind: "page", Source: "content/guides/first.md"})
	s := view.Site{Langs: []view.Lang{{Lang: "en", Pages: pages}, {Lang: "ko", Pages: pages}}}
	owners := Shard{Count: 3}.owners(s)
	for i := range 3 {
		part := Shard{i, 3}.split(s, owners)
		own := map[string]bool{}
		for f, o := range owners {
			if o == i {
				own[f] = true
			}
		}
		if len(own) == 0 || len(own) == 2*len(pages) {
			t.Errorf("shard %d owns %d of %d files; want a part", i, len(own), 2*len(pages))
		}
		if i != 0 {
			continue
		}
		// From three shards up, shard 0 renders the content pages only,
		// and gives Hugo no other page.
		if len(own) != 2 {
			t.Errorf("shard 0 owns %d files; want the content page's 2", len(own))
		}
		if got := len(part.Langs[0].Pages); got != 1 {
			t.Errorf("shard 0 gives Hugo %d pages; want its one", got)
		}
	}
	if len(owners) != 2*len(pages) {
		t.Errorf("%d files owned; want %d", len(owners), 2*len(pages))
	}
	if got := owners["guides/first/index.html"]; got != 0 {
		t.Errorf("guides/first: shard %d; want 0", got)
	}
}
