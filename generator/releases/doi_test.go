package releases

import (
	"reflect"
	"testing"
	"testing/fstest"
)

// TestReadDOIs: the DOIs come from CITATION.cff as a maintainer writes them
// once Zenodo has minted them, never from anywhere else: none without the
// file or the fields, a release's own by its tag, and an error for one
// that is not a DOI.
func TestReadDOIs(t *testing.T) {
	tests := []struct {
		name, cff string
		want      DOIs
		concept   string // Of("data-2026.01.31")
		err       bool
	}{
		{"no file", "", DOIs{}, "", false},
		{"none yet", "cff-version: 1.2.0\ntitle: x\n", DOIs{ByTag: map[string]string{}}, "", false},
		{"concept and one release", "doi: 10.5281/zenodo.100\nidentifiers:\n  - type: doi\n    value: 10.5281/zenodo.101\n    description: data-2026.01.31\n  - type: url\n    value: https://example.org\n    description: data-2026.01.31\n  - type: doi\n    value: 10.5281/zenodo.102\n    description: the software\n",
			DOIs{Concept: "10.5281/zenodo.100", ByTag: map[string]string{"data-2026.01.31": "10.5281/zenodo.101"}}, "10.5281/zenodo.101", false},
		{"concept only", "doi: 10.5281/zenodo.100\n", DOIs{Concept: "10.5281/zenodo.100", ByTag: map[string]string{}}, "10.5281/zenodo.100", false},
		{"not a DOI", "identifiers:\n  - type: doi\n    value: zenodo 101\n    description: data-2026.01.31\n", DOIs{ByTag: map[string]string{}}, "", true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fsys := fstest.MapFS{}
			if tt.cff != "" {
				fsys[citationFile] = &fstest.MapFile{Data: []byte(tt.cff)}
			}
			got, err := ReadDOIs(fsys)
			if (err != nil) != tt.err || !reflect.DeepEqual(got, tt.want) || got.Of("data-2026.01.31") != tt.concept {
				t.Errorf("ReadDOIs = %+v, %v (cites %q); want %+v, error %v (cites %q)", got, err, got.Of("data-2026.01.31"), tt.want, tt.err, tt.concept)
			}
		})
	}
}
