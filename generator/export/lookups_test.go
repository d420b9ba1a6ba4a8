package export

import (
	"path/filepath"
	"strings"
	"testing"
)

// TestLookupTables: every allowed code has a row in its lookup table with
// the site's English and Korean names for it.
func TestLookupTables(t *testing.T) {
	dir, _ := writeTo(t, trickyDataset())
	names := testNames(t)
	for _, l := range lookups() {
		t.Run(l.table, func(t *testing.T) {
			_, rows := readCSV(t, filepath.Join(dir, l.table+".csv"))
			if len(rows) != len(l.values) {
				t.Fatalf("%d rows, want %d", len(rows), len(l.values))
			}
			for k, v := range l.values {
				en, ko, _ := names(l.prefix + v)
				if got, want := strings.Join(rows[k], "|"), v+"|"+en+"|"+ko; got != want || en == "" || ko == "" {
					t.Errorf("row %d = %s, want %s", k, got, want)
				}
			}
		})
	}
}

// TestLookupNameMissing: a code the catalogs do not name stops the export,
// naming every such key.
func TestLookupNameMissing(t *testing.T) {
	names := testNames(t)
	without := func(key string) (string, string, bool) {
		if key == "kind_package" || key == "scope_korea" {
			return "", "", false
		}
		return names(key)
	}
	_, err := nameCodes(without)
	if err == nil || !strings.Contains(err.Error(), "kind_package, scope_korea") {
		t.Errorf("nameCodes = %v, want an error naming kind_package, scope_korea", err)
	}
}
