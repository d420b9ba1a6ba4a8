package check_test

import (
	"strings"
	"testing"
)

const plainPage = "---\ntitle: A page\n---\nText.\n"

// pages is the fixture with these pages of content/ added.
func pages(names ...string) map[string]string {
	out := map[string]string{}
	for _, n := range names {
		out["content/"+n] = plainPage
	}
	return out
}

// TestPlaces: where each page of content/ lands, and what check says when
// that place is not the page's to take.
func TestPlaces(t *testing.T) {
	tests := []struct {
		name  string
		files map[string]string
		want  []string
	}{
		{"pages at free URLs, one named like a record", pages("about.md", "about.ko.md", "synthetic-plant.md", "synthetic-co.md", "guides/_index.md", "guides/first-steps.md"), nil},
		{"a translation without its English page", pages("only-korean.ko.md", "guides/_index.ko.md"),
			[]string{
				"content/guides/_index.ko.md: translates content/guides/_index.md, which does not exist: a page is published from its English version, in Korean too where it has no Korean one; add the English page",
				"content/only-korean.ko.md: translates content/only-korean.md, which does not exist: a page is published from its English version, in Korean too where it has no Korean one; add the English page",
			}},
		{"a Korean profile beside the English one", map[string]string{"content/companies/synthetic-co.ko.md": "---\ntitle: 신세틱\ncompany: synthetic-co\n---\n소개.\n",
			"content/regions/KR-26.md": "---\ntitle: Busan\nregion: KR-26\n---\nText.\n"}, nil},
		{"a second English profile", map[string]string{"content/companies/synthetic-co.en.md": page},
			[]string{`content/companies/synthetic-co.en.md: is a second English profile of company "synthetic-co", after content/companies/synthetic-co.md; keep one (a file name without .en or .ko is English)`}},
		{"a profile of no record", map[string]string{"content/companies/nope.md": "---\ntitle: Nope\ncompany: nope\n---\n"},
			[]string{`content/companies/nope.md:3:10: company "nope" does not exist (at /company)`}},
		{"a record's page, named with spaces", pages("investments/synthetic plant.md"),
			[]string{`content/investments/synthetic plant.md: publishes to /investments/synthetic-plant/, the page of data/investments/synthetic-plant.json: a page cannot take a record's place; move it out of content/investments/`}},
		{"a region's page, in capitals", pages("regions/kr-26/_index.md", "Regions/KR-26.md"),
			[]string{
				"content/Regions/KR-26.md: publishes to /regions/kr-26/, the page of data/regions/KR-26.json: a page cannot take a record's place; move it out of content/regions/",
				"content/regions/kr-26/_index.md: publishes to /regions/kr-26/, the page of data/regions/KR-26.json: a page cannot take a record's place; move it out of content/regions/",
			}},
		{"inside a section", pages("investments/x.md", "data/x.md", "companies/x/y.md"),
			[]string{
				`content/companies/x/y.md: publishes to /companies/x/y/, inside /companies/, which the generator makes from the data; move the page out of content/companies/`,
				`content/data/x.md: publishes to /data/x/, inside /data/, which the generator makes from the data; move the page out of content/data/`,
				`content/investments/x.md: publishes to /investments/x/, inside /investments/, which the generator makes from the data; move the page out of content/investments/`,
			}},
		{"a section itself", pages("data.md", "Changes.md", "search/_index.md"),
			[]string{
				`content/Changes.md: publishes to /changes/, a section the generator makes from the data; rename the page`,
				`content/data.md: publishes to /data/, a section the generator makes from the data; rename the page`,
				`content/search/_index.md: publishes to /search/, a section the generator makes from the data; rename the page`,
			}},
		{"files the build writes", pages("robots.txt.md", "sitemap.xml.md", "_redirects.md", "favicon.svg.md", "404.md", "pagefind/x.md", "JS.md"),
			[]string{
				`content/404.md: publishes to /404/, where the site has its own /404; rename the page`,
				`content/JS.md: publishes to /js/, where the site has its own /js; rename the page`,
				`content/_redirects.md: publishes to /_redirects/, where the site has its own /_redirects; rename the page`,
				`content/favicon.svg.md: publishes to /favicon.svg/, where the site has its own /favicon.svg; rename the page`,
				`content/pagefind/x.md: publishes to /pagefind/x/, where the site has its own /pagefind; rename the page`,
				`content/robots.txt.md: publishes to /robots.txt/, where the site has its own /robots.txt; rename the page`,
				`content/sitemap.xml.md: publishes to /sitemap.xml/, where the site has its own /sitemap.xml; rename the page`,
			}},
		{"a language's folder", pages("ko/about.md", "en/about.md", "ko.md"),
			[]string{
				`content/en/about.md: a page does not go in a language's folder (content/en/): the site publishes every page in each language itself, and a page's Korean version sits beside it as <name>.ko.md`,
				`content/ko.md: a page does not go in a language's folder (content/ko/): the site publishes every page in each language itself, and a page's Korean version sits beside it as <name>.ko.md`,
				`content/ko/about.md: a page does not go in a language's folder (content/ko/): the site publishes every page in each language itself, and a page's Korean version sits beside it as <name>.ko.md`,
			}},
		{"the home page", pages("index.md", "_index.ko.md"),
			[]string{
				`content/_index.ko.md: publishes to /, the home page, which the generator makes; give the page a name of its own`,
				`content/index.md: publishes to /, the home page, which the generator makes; give the page a name of its own`,
			}},
		{"one URL, two names", pages("methodology.md", "Methodology.md", "about us.md", "about-us.md", "about-us.ko.md"),
			[]string{
				`content/Methodology.md: publishes to /methodology/, as content/methodology.md does; rename one of them`,
				`content/about us.md: publishes to /about-us/, as content/about-us.md does; rename one of them`,
			}},
		{"two English versions", pages("about.md", "about.en.md"),
			[]string{`content/about.en.md: is a second English version of the page at /about/, after content/about.md; keep one (a file name without .en or .ko is English)`}},
		{"a page at a folder with pages", pages("guides.md", "guides/first-steps.md"),
			[]string{`content/guides.md: publishes to /guides/, the address of the folder content/guides/, which has pages in it; rename it content/guides/_index.md`}},
		{"names that are not URLs", pages("My Page.md", "v1.2.md", "소개.md", "Über.md", "guides/Step_1.md"),
			[]string{
				`content/My Page.md: a page's name is its URL: use lower-case letters a-z, digits and single hyphens; rename it content/my-page.md`,
				`content/guides/Step_1.md: a page's name is its URL: use lower-case letters a-z, digits and single hyphens; rename it content/guides/step-1.md`,
				`content/v1.2.md: a page's name is its URL: use lower-case letters a-z, digits and single hyphens; rename it content/v1-2.md`,
				`content/Über.md: a page's name is its URL: use lower-case letters a-z, digits and single hyphens`,
				`content/소개.md: a page's name is its URL: use lower-case letters a-z, digits and single hyphens`,
			}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := runCheck(t, fixture(tt.files))
			var got []string
			for k, e := range errs {
				got = append(got, e.Error())
				if e.Text == nil || errs.In("ko")[k].Msg == e.Msg {
					t.Errorf("no Korean form of %q", e.Msg)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
