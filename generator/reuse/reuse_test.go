package reuse

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
)

// TestCreate: a file is linked from the published copy exactly when that
// copy holds the same bytes, and is otherwise written; the published copy
// is never changed.
func TestCreate(t *testing.T) {
	long := bytes.Repeat([]byte("0123456789"), 20000) // longer than the read buffer
	tests := []struct {
		name     string
		prev     []byte // nil: no published copy
		noPrev   bool   // prev is "": nothing to reuse
		parts    [][]byte
		wantLink bool
	}{
		{"same bytes", []byte("a,b\n1,2\n"), false, [][]byte{[]byte("a,b\n"), []byte("1,2\n")}, true},
		{"same long bytes, other cuts", long, false, [][]byte{long[:70001], long[70001:]}, true},
		{"same size, other bytes", []byte("a,b\n1,2\n"), false, [][]byte{[]byte("a,b\n1,3\n")}, false},
		{"longer", []byte("a,b\n"), false, [][]byte{[]byte("a,b\n1,2\n")}, false},
		{"shorter", []byte("a,b\n1,2\n"), false, [][]byte{[]byte("a,b\n")}, false},
		{"last byte differs in a long file", append(bytes.Clone(long), 'x'), false, [][]byte{long, []byte("y")}, false},
		{"no published copy", nil, false, [][]byte{[]byte("new\n")}, false},
		{"nothing to reuse", nil, true, [][]byte{[]byte("new\n")}, false},
		{"empty file", []byte{}, false, nil, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			prev, p := filepath.Join(dir, "published.csv"), filepath.Join(dir, "stage.csv")
			if tt.prev != nil {
				if err := os.WriteFile(prev, tt.prev, 0o644); err != nil {
					t.Fatal(err)
				}
			}
			arg := prev
			if tt.noPrev {
				arg = ""
			}
			if err := Create(p, arg, tt.parts...); err != nil {
				t.Fatal(err)
			}
			got, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			if want := bytes.Join(tt.parts, nil); !bytes.Equal(got, want) {
				t.Errorf("file holds %d bytes, want the %d of its parts", len(got), len(want))
			}
			if linked := testrepo.SameFile(t, p, prev); linked != tt.wantLink {
				t.Errorf("linked = %v, want %v", linked, tt.wantLink)
			}
			if tt.prev != nil {
				if after, _ := os.ReadFile(prev); !bytes.Equal(after, tt.prev) {
					t.Error("the published copy changed")
				}
			}
			if st, _ := os.Stat(p); st.Mode().Perm() != 0o644 {
				t.Errorf("mode %v, want 0644", st.Mode().Perm())
			}
		})
	}
}

// TestCreateSymlink: a published symbolic link is not reused, even to the
// same bytes: a hard link to it would be a symbolic link in the new site.
func TestCreateSymlink(t *testing.T) {
	dir := t.TempDir()
	target, prev, p := filepath.Join(dir, "target"), filepath.Join(dir, "published"), filepath.Join(dir, "stage")
	if err := os.WriteFile(target, []byte("same"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Symlink(target, prev); err != nil {
		t.Skip(err)
	}
	if err := Create(p, prev, []byte("same")); err != nil {
		t.Fatal(err)
	}
	if st, err := os.Lstat(p); err != nil || !st.Mode().IsRegular() || testrepo.SameFile(t, p, target) {
		t.Errorf("Create made %v (err %v), want a file of its own", st.Mode(), err)
	}
}

// TestCreateRefusesExisting: a build never writes into a file that exists,
// which may be a link to a published one.
func TestCreateRefusesExisting(t *testing.T) {
	dir := t.TempDir()
	p := filepath.Join(dir, "f")
	if err := os.WriteFile(p, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := Create(p, "", []byte("new")); err == nil {
		t.Error("Create over an existing file succeeded")
	}
	if got, _ := os.ReadFile(p); string(got) != "old" {
		t.Errorf("existing file now holds %q", got)
	}
}

// TestPath: a path below the published folder, or "" to reuse nothing.
func TestPath(t *testing.T) {
	tests := []struct{ dir, rel, want string }{
		{"", "data/regions.csv", ""},
		{"/site", "data/regions.csv", filepath.Join("/site", "data", "regions.csv")},
		{"/site", "companies/aws/index.xml", filepath.Join("/site", "companies", "aws", "index.xml")},
	}
	for _, tt := range tests {
		if got := Path(tt.dir, tt.rel); got != tt.want {
			t.Errorf("Path(%q, %q) = %q, want %q", tt.dir, tt.rel, got, tt.want)
		}
	}
}
