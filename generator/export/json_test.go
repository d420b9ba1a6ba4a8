package export

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/tabular"
)

// TestSplicedJSON: the JSON files that Write splices from values encoded
// once hold exactly the bytes encoding/json writes for the whole value:
// indented for the record files, compact (with a final newline) for the
// per-page files.
func TestSplicedJSON(t *testing.T) {
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			p := publication.Build(f.data)
			dir, _ := writeTo(t, f.data)
			v := newView(p)
			want := map[string]any{
				"investments.json": publishAll(v.investments, publishedInvestment),
				"companies.json":   publishAll(v.companies, publishedCompany),
				"regions.json":     publishAll(v.regions, publishedRegion),
			}
			for path, value := range want {
				checkEncoding(t, dir, path, value, tabular.JSON)
			}
			for _, c := range v.companies {
				page := publication.CompanyFile{Company: publishedCompany(c), Investments: publishAll(pickRows(v, v.byCompany[c.ID]), publishedInvestment)}
				checkEncoding(t, dir, "companies/"+c.ID+".json", page, marshalCompact)
			}
			for _, r := range v.regions {
				page := publication.RegionFile{Region: publishedRegion(r), Investments: publishAll(pickRows(v, v.byRegion[r.Code]), publishedInvestment)}
				checkEncoding(t, dir, "regions/"+r.Code+".json", page, marshalCompact)
			}
		})
	}
}

func checkEncoding(t *testing.T, dir, path string, value any, marshal func(any) ([]byte, error)) {
	t.Helper()
	want, err := marshal(value)
	if err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(filepath.Join(dir, path))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("%s differs from encoding/json's output: %s", path, firstDiff(string(got), string(want)))
	}
}

func publishAll[R, P any](records []R, publish func(R) P) []P {
	out := make([]P, len(records))
	for k, r := range records {
		out[k] = publish(r)
	}
	return out
}

func pickRows(v *view, idx []int) []*publication.Investment {
	out := make([]*publication.Investment, len(idx))
	for k, i := range idx {
		out[k] = v.investments[i]
	}
	return out
}

// marshalCompact is the per-page files' encoding done the slow way.
func marshalCompact(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	err := enc.Encode(v)
	return b.Bytes(), err
}
