package page

import (
	"time"

	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// Kit is what a page builder words and links with: its language and its
// URLs in that language.
type Kit struct {
	L locale.Locale
	U URLs
}

// Date writes a commit's day as the page's language writes dates:
// "29 October 2025", "2025년 10월 29일".
func (k Kit) Date(t time.Time) Date {
	if t.IsZero() {
		return Date{}
	}
	t = t.UTC()
	return Date{Text: k.L.Date(record.PartialDate(t.Format(time.DateOnly))), ISO: t.Format(time.RFC3339)}
}

// Updated words a last change; key starts the sentence:
// "updated_page_before" on a record's page, else "updated_site_before".
func (k Kit) Updated(key string, t time.Time) Updated {
	return Updated{Before: k.L.W(key), Date: k.Date(t), After: k.L.W("updated_after")}
}

// Day is a release's day in the page's language.
func (k Kit) Day(t time.Time) Date {
	day := t.UTC().Format(time.DateOnly)
	return Date{Text: k.L.Date(record.PartialDate(day)), ISO: day}
}

// TotalText words a total's interval as strongly as it is known; a total
// of nothing says so rather than showing $0.
func (k Kit) TotalText(t publication.Total) string {
	if t.Empty() {
		return k.L.W("total_none")
	}
	return k.L.Interval(t.Min, t.Max, t.Approximate)
}

// Section links a section's index, named by its catalog key.
func (k Kit) Section(name string) Link {
	return Link{Name: k.L.W(name), URL: k.U.Page(name + "/")}
}

// Home links the home page.
func (k Kit) Home() Link { return Link{Name: k.L.W("home"), URL: k.U.Page("")} }

// Crumbs are the breadcrumbs of a page in section.
func (k Kit) Crumbs(section string) []Link {
	return []Link{k.Home(), k.Section(section)}
}
