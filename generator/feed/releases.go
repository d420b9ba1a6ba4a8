package feed

import (
	"path/filepath"
	"time"
)

// Entry is one release in a language's words, for the releases feed.
type Entry struct {
	// Tag names the release; URL is its page's absolute URL.
	Tag, Title, URL, Summary string
	// Updated is the tagged commit's time.
	Updated time.Time
}

// WriteReleases writes the feed of releases (entries, newest first) at
// releases/index.xml below dir, the folder of the language whose words
// they are ("" or "ko/" below the site root); page is the absolute URL of
// that language's /releases/ page and author the site's title in it.
func WriteReleases(dir, folder, page, title, author string, entries []Entry) error {
	f := atomFeed{
		ID: page, Title: title, Updated: stamp(time.Time{}),
		Links:  []atomLink{{Href: page, Type: "text/html"}, {Href: page + "index.xml", Rel: "self", Type: "application/atom+xml"}},
		Author: atomAuthor{Name: author},
	}
	if len(entries) > 0 {
		f.Updated = stamp(entries[0].Updated)
	}
	for _, e := range entries[:min(len(entries), MaxEntries)] {
		f.Entries = append(f.Entries, atomEntry{ID: e.URL, Title: e.Title, Updated: stamp(e.Updated),
			Link: atomLink{Href: e.URL}, Summary: e.Summary})
	}
	return writeXML(filepath.Join(dir, filepath.FromSlash(folder), "releases", "index.xml"), "", false, f)
}
