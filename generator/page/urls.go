package page

import (
	"fmt"
	"net/url"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// URLs builds the site's URLs below its base path, so that a site served
// from a sub-folder keeps working links. Pages of a language other than the
// default are below its code (/ko/); the downloads and schemas are not.
type URLs struct {
	base string // path of the base URL, with leading and trailing slash
	abs  string // the base URL with trailing slash
	lang string // "" for the default language, else "ko/"
}

// NewURLs are the URLs below base, an absolute URL with a trailing slash.
func NewURLs(base string) (URLs, error) {
	parsed, err := url.Parse(base)
	if err != nil || !parsed.IsAbs() {
		return URLs{}, fmt.Errorf("page: base URL %q is not an absolute URL", base)
	}
	return URLs{base: "/" + strings.TrimPrefix(parsed.Path, "/"), abs: base}, nil
}

// In is the same site in another language.
func (u URLs) In(lang string) URLs {
	u.lang = ""
	if lang != record.DefaultLang {
		u.lang = lang + "/"
	}
	return u
}

// Page is the URL of the page at path p in u's language ("companies/aws/").
func (u URLs) Page(p string) string        { return u.base + u.lang + p }
func (u URLs) Company(id string) string    { return u.Page("companies/" + id + "/") }
func (u URLs) Investment(id string) string { return u.Page("investments/" + id + "/") }
func (u URLs) Region(code string) string   { return u.Page("regions/" + strings.ToLower(code) + "/") }

// Path is the URL of the file at p below the site root, in no language.
func (u URLs) Path(p string) string { return u.base + p }

// Absolute makes a URL from Page or Path absolute, for feeds and citations.
func (u URLs) Absolute(rel string) string { return u.abs + strings.TrimPrefix(rel, u.base) }
