package build

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/korea-investment-tracker/kit/generator/publication"
)

// writeRedirects writes Netlify's _redirects: a record whose id changed keeps
// its old page, feed and download URLs working through permanent redirects,
// in both languages; and a missing Korean page gets the Korean 404 page.
func writeRedirects(dir string, p *publication.Publication) error {
	var b bytes.Buffer
	for _, c := range p.Companies {
		for _, old := range c.FormerIDs {
			pageRedirects(&b, "companies", old, c.ID)
			redirect(&b, "/data/companies/%s.json", old, c.ID)
			redirect(&b, "/data/companies/%s.csv", old, c.ID)
		}
	}
	for _, i := range p.Investments {
		for _, old := range i.FormerIDs {
			pageRedirects(&b, "investments", old, i.ID)
		}
	}
	// Netlify tries rules in order and serves /404.html for anything else.
	b.WriteString("/ko/* /ko/404.html 404\n")
	return os.WriteFile(filepath.Join(dir, "_redirects"), b.Bytes(), 0o644)
}

// pageRedirects moves a record's page and everything below it (its feed) in
// every language.
func pageRedirects(b *bytes.Buffer, section, from, to string) {
	for _, prefix := range []string{"", "/ko"} {
		old, moved := prefix+"/"+section+"/"+from+"/", prefix+"/"+section+"/"+to+"/"
		fmt.Fprintf(b, "%s %s 301\n%s* %s:splat 301\n", old, moved, old, moved)
	}
}

func redirect(b *bytes.Buffer, pattern, from, to string) {
	fmt.Fprintf(b, "%s %s 301\n", fmt.Sprintf(pattern, from), fmt.Sprintf(pattern, to))
}
