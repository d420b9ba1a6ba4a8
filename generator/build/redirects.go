package build

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"

	"github.com/korea-investment-tracker/kit/generator/publication"
)

// writeRedirects writes Netlify's _redirects: a record whose id changed keeps
// its old page and download URLs working through permanent redirects.
func writeRedirects(dir string, p *publication.Publication) error {
	var b bytes.Buffer
	for _, c := range p.Companies {
		for _, old := range c.FormerIDs {
			redirect(&b, "/companies/%s/", old, c.ID)
			redirect(&b, "/data/companies/%s.json", old, c.ID)
			redirect(&b, "/data/companies/%s.csv", old, c.ID)
		}
	}
	for _, i := range p.Investments {
		for _, old := range i.FormerIDs {
			redirect(&b, "/investments/%s/", old, i.ID)
		}
	}
	return os.WriteFile(filepath.Join(dir, "_redirects"), b.Bytes(), 0o644)
}

func redirect(b *bytes.Buffer, pattern, from, to string) {
	fmt.Fprintf(b, "%s %s 301\n", fmt.Sprintf(pattern, from), fmt.Sprintf(pattern, to))
}
