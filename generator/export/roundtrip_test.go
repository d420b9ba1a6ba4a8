package export

import (
	"encoding/json"
	"fmt"
	"path/filepath"
	"reflect"
	"slices"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/thorough"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// fixtures are the datasets every property is checked on: the synthetic
// publication has 1,000 commitments in CI (thorough.On), 300 elsewhere.
func fixtures(t testing.TB) []struct {
	name string
	data *record.Dataset
} {
	n := 300
	if thorough.On() {
		n = 1000
	}
	return []struct {
		name string
		data *record.Dataset
	}{
		{"seed", loadSeed(t)},
		{"synthetic tricky", trickyDataset()},
		{fmt.Sprintf("synthetic %dx%d", n/10, n), syntheticDataset(n/10, n)},
	}
}

// wantRecords is the dataset as published: "$schema" dropped.
func wantRecords(d *record.Dataset) *record.Dataset {
	out := &record.Dataset{Rates: d.Rates}
	for _, c := range d.Companies {
		c.Schema = ""
		out.Companies = append(out.Companies, c)
	}
	for _, i := range d.Investments {
		i.Schema = ""
		out.Investments = append(out.Investments, i)
	}
	for _, r := range d.Regions {
		r.Schema = ""
		out.Regions = append(out.Regions, r)
	}
	return out
}

func TestJSONLossless(t *testing.T) {
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			dir, _ := writeTo(t, f.data)
			want := wantRecords(f.data)
			got := &record.Dataset{
				Companies:   readJSON[[]record.Company](t, filepath.Join(dir, "companies.json")),
				Investments: writtenAll(readJSON[[]record.Investment](t, filepath.Join(dir, "investments.json"))),
				Regions:     readJSON[[]record.Region](t, filepath.Join(dir, "regions.json")),
				Rates:       readJSON[record.Rates](t, filepath.Join(dir, "rates.json")).Rates,
			}
			compareDatasets(t, got, want)
		})
	}
}

// writtenAll is asWritten of each investment.
func writtenAll(is []record.Investment) []record.Investment {
	for k := range is {
		is[k] = asWritten(is[k])
	}
	return is
}

func TestCSVLossless(t *testing.T) {
	for _, f := range fixtures(t) {
		t.Run(f.name, func(t *testing.T) {
			dir, _ := writeTo(t, f.data)
			compareDatasets(t, datasetFromCSV(t, readTables(t, dir)), wantRecords(f.data))
		})
	}
}

// compareDatasets reports each record that differs, field by field via its JSON.
func compareDatasets(t *testing.T, got, want *record.Dataset) {
	t.Helper()
	compareRecords(t, "company", got.Companies, want.Companies)
	compareRecords(t, "investment", got.Investments, want.Investments)
	compareRecords(t, "region", got.Regions, want.Regions)
	compareRecords(t, "rate", got.Rates, want.Rates)
}

func compareRecords[T any](t *testing.T, what string, got, want []T) {
	t.Helper()
	if len(got) != len(want) {
		t.Errorf("%d %s records, want %d", len(got), what, len(want))
		return
	}
	for i := range want {
		if !reflect.DeepEqual(got[i], want[i]) {
			g, _ := json.Marshal(got[i])
			w, _ := json.Marshal(want[i])
			t.Errorf("%s %d differs:\n got: %s\nwant: %s", what, i, g, w)
		}
	}
}

// TestTrickyCoversEveryField makes the lossless tests mean "every field":
// between them, the tricky records set every field of every record type, so
// a field added to record and not exported fails the round trip.
func TestTrickyCoversEveryField(t *testing.T) {
	d := trickyDataset()
	tests := []struct {
		name string
		vals []any
		skip []string
	}{
		{"Company", anySlice(d.Companies), []string{"Schema"}},
		{"Investment", anySlice(d.Investments), []string{"Schema"}},
		{"Region", anySlice(d.Regions), []string{"Schema"}},
		{"Rate", anySlice(d.Rates), nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			for _, missing := range unsetFields(tt.vals, tt.skip) {
				t.Errorf("no tricky %s sets %s", tt.name, missing)
			}
		})
	}
}

func anySlice[T any](s []T) []any {
	out := make([]any, len(s))
	for i, v := range s {
		out[i] = v
	}
	return out
}

// unsetFields lists the fields (nested ones as A.B) that are zero in every value.
func unsetFields(vals []any, skip []string) []string {
	set := map[string]bool{}
	var walk func(prefix string, v reflect.Value)
	walk = func(prefix string, v reflect.Value) {
		for i := range v.NumField() {
			name, f := prefix+v.Type().Field(i).Name, v.Field(i)
			if f.Kind() == reflect.Pointer && !f.IsNil() {
				f = f.Elem()
			}
			if f.Kind() == reflect.Slice && f.Len() > 0 && f.Index(0).Kind() == reflect.Struct {
				f = f.Index(0)
			}
			if f.Kind() == reflect.Struct {
				set[name] = true
				walk(name+".", f)
				continue
			}
			set[name] = set[name] || !f.IsZero()
		}
	}
	for _, v := range vals {
		walk("", reflect.ValueOf(v))
	}
	var missing []string
	for name, ok := range set {
		if !ok && !slices.Contains(skip, name) {
			missing = append(missing, name)
		}
	}
	slices.Sort(missing)
	return missing
}
