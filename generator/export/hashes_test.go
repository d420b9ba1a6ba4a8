package export

import (
	"crypto/sha256"
	"encoding/hex"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/publication"
)

func sha(s string) string {
	b := sha256.Sum256([]byte(s))
	return hex.EncodeToString(b[:])
}

// TestHashesRemember: a Hashes gives each file's SHA-256, computing it
// only for bytes the last Write did not hash. The remembered sums are
// poisoned below, so that a sum that was not recomputed shows.
func TestHashesRemember(t *testing.T) {
	var h Hashes
	if got := h.of([][]byte{[]byte("ab"), []byte("c")}); got != sha("abc") {
		t.Fatalf("first sum %s, want %s", got, sha("abc"))
	}
	h.of([][]byte{[]byte("kept")})
	h.rotate()
	for k := range h.last {
		h.last[k] = "remembered"
	}
	tests := []struct {
		name  string
		parts []string
		want  string
	}{
		{"same bytes, other parts", []string{"a", "bc"}, "remembered"},
		{"new bytes", []string{"abd"}, sha("abd")},
		{"same length, other bytes", []string{"abC"}, sha("abC")},
	}
	for _, tt := range tests {
		var parts [][]byte
		for _, p := range tt.parts {
			parts = append(parts, []byte(p))
		}
		if got := h.of(parts); got != tt.want {
			t.Errorf("%s: got %s, want %s", tt.name, got, tt.want)
		}
	}
	// "kept" was not asked for in the Write that just ended: forgotten.
	h.rotate()
	if got := h.of([][]byte{[]byte("kept")}); got != sha("kept") {
		t.Errorf("a file absent from the last Write: got %s, want it hashed anew", got)
	}
}

// TestWriteWithHashes: exports that share a Hashes write the manifest an
// export without one writes, before and after the data changes.
func TestWriteWithHashes(t *testing.T) {
	var h Hashes
	d := trickyDataset()
	for step := range 3 {
		if step == 2 {
			d.Companies[0].Name += " (renamed, synthetic)"
		}
		p := publication.Build(d)
		with, err := Write(filepath.Join(t.TempDir(), "with"), p, Options{Hashes: &h})
		if err != nil {
			t.Fatal(err)
		}
		without, err := Write(filepath.Join(t.TempDir(), "without"), p, Options{})
		if err != nil {
			t.Fatal(err)
		}
		if !reflect.DeepEqual(with, without) {
			t.Errorf("step %d: manifests differ with Hashes", step)
		}
	}
}
