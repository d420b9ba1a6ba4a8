package releases

import (
	"errors"
	"fmt"
	"io/fs"
	"regexp"

	"gopkg.in/yaml.v3"
)

// citationFile is the release metadata at the repository's root that names
// the DOIs Zenodo mints when a GitHub release is archived: a maintainer
// adds them there once they exist (README, "Releases").
const citationFile = "CITATION.cff"

// DOIs are the DOIs the release metadata names, never invented: Concept
// (CITATION.cff's doi) resolves to the newest version; ByTag gives a
// release's own (an identifiers entry of type doi whose description is
// the release's tag).
type DOIs struct {
	Concept string
	ByTag   map[string]string
}

// Of is the DOI to cite release tag by: its own, else the concept DOI, else "".
func (d DOIs) Of(tag string) string {
	if doi, ok := d.ByTag[tag]; ok {
		return doi
	}
	return d.Concept
}

// doiPattern is a DOI's form: 10.<registrant>/<suffix>.
var doiPattern = regexp.MustCompile(`^10\.[0-9]{4,9}(\.[0-9]+)*/\S+$`)

// ReadDOIs reads the DOIs of citationFile in fsys; without the file there
// are none. A DOI that is not one is an error naming it.
func ReadDOIs(fsys fs.FS) (DOIs, error) {
	b, err := fs.ReadFile(fsys, citationFile)
	if errors.Is(err, fs.ErrNotExist) {
		return DOIs{}, nil
	}
	if err != nil {
		return DOIs{}, err
	}
	var cff struct {
		DOI         string `yaml:"doi"`
		Identifiers []struct {
			Type, Value, Description string
		} `yaml:"identifiers"`
	}
	if err := yaml.Unmarshal(b, &cff); err != nil {
		return DOIs{}, fmt.Errorf("%s: %v", citationFile, err)
	}
	d := DOIs{Concept: cff.DOI, ByTag: map[string]string{}}
	var errs []error
	if d.Concept != "" && !doiPattern.MatchString(d.Concept) {
		errs = append(errs, fmt.Errorf("%s: doi %q is not a DOI (10.<registrant>/<suffix>)", citationFile, d.Concept))
	}
	for k, id := range cff.Identifiers {
		if _, ok := parse(id.Description); id.Type != "doi" || !ok {
			continue
		}
		if !doiPattern.MatchString(id.Value) {
			errs = append(errs, fmt.Errorf("%s: identifiers[%d]: %q is not a DOI (10.<registrant>/<suffix>)", citationFile, k, id.Value))
			continue
		}
		d.ByTag[id.Description] = id.Value
	}
	return d, errors.Join(errs...)
}
