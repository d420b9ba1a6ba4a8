package load

import (
	"strings"
	"testing"
	"testing/fstest"

	"github.com/korea-investment-tracker/kit/generator/record"
)

func TestPositions(t *testing.T) {
	src := "{\n  \"name_ko\": \"아마존\", \"x\": [1,\n    {\"y\": true}]\n}\n"
	d := &Document{Path: "f.json", Src: []byte(src), lines: lineStarts([]byte(src))}
	if errs := d.decodeJSON(); len(errs) > 0 {
		t.Fatal(errs)
	}
	tests := []struct {
		pointer string
		key     bool
		want    string
	}{
		{"", false, "f.json:1:1"},
		{"/name_ko", false, "f.json:2:14"},
		{"/x", true, "f.json:2:21"}, // columns count Hangul as one character each
		{"/x", false, "f.json:2:26"},
		{"/x/1/y", false, "f.json:3:11"},
		{"/x/1/missing", false, "f.json:3:5"}, // a missing value is placed at its object
	}
	for _, tt := range tests {
		var got record.Position
		if tt.key {
			got = d.KeyPos(tt.pointer)
		} else {
			got = d.Pos(tt.pointer)
		}
		if got.String() != tt.want {
			t.Errorf("%q (key %v): got %s, want %s", tt.pointer, tt.key, got, tt.want)
		}
	}
}

func TestPageSplit(t *testing.T) {
	src := "---\ntitle: \"About\"\ncompany: aws\n---\nBody *text*.\n"
	fsys := fstest.MapFS{"content/companies/aws.md": {Data: []byte(src)}}
	docs, errs := Load(fsys, []string{"content/companies/aws.md"})
	if len(errs) > 0 {
		t.Fatal(errs)
	}
	d := docs[0]
	if got := string(d.Body); got != "Body *text*.\n" {
		t.Errorf("body = %q", got)
	}
	if got := d.Pos("/company").String(); got != "content/companies/aws.md:3:10" {
		t.Errorf("position of company = %s, want content/companies/aws.md:3:10", got)
	}
}

// FuzzLoad feeds arbitrary bytes to the loader as a record and as a page: it
// must never panic, and every error must point inside the file.
func FuzzLoad(f *testing.F) {
	for _, seed := range []string{
		`{"id": "a", "amount": {"value": 1e400}}`, `{"a":1,}`, "\uFEFF{}", "{\"a\":\"\xff\"}",
		`{"a":1,"a":2}`, `[[[[[[[[`, ``, `{"a": "\u00e9\ud800"}`, `-`, `1.`, `{"a" 1}`, `nul`,
		"---\ntitle: [x\n---\n", "---\na: &x 1\nb: *x\n---\n", "---\n- 1\n---\n",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, name := range []string{"data/investments/x.json", "content/x.md"} {
			_, errs := Load(fstest.MapFS{name: {Data: src}}, []string{name})
			for _, e := range errs {
				if e.Pos.File != name || e.Pos.Line < 0 || e.Pos.Line > strings.Count(string(src), "\n")+1 {
					t.Fatalf("error outside the file: %v", e)
				}
			}
		}
	})
}
