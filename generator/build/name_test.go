package build

import (
	"encoding/json"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/korea-investment-tracker/kit/generator/feed"
	"github.com/korea-investment-tracker/kit/generator/locale"
	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
	"github.com/korea-investment-tracker/kit/generator/view"
	"github.com/korea-investment-tracker/kit/schema"
)

// renamedSite is the site's catalogs (site/i18n/) with site_title set to
// names[lang] and nothing else changed.
func renamedSite(t *testing.T, names map[string]string) fs.FS {
	t.Helper()
	title := regexp.MustCompile(`(?m)^site_title: .*$`)
	site := fstest.MapFS{}
	for lang, name := range names {
		file := "i18n/" + lang + ".yaml"
		b, err := os.ReadFile(filepath.Join("../../site", file))
		if err != nil {
			t.Fatal(err)
		}
		if !title.Match(b) {
			t.Fatalf("site/%s has no site_title", file)
		}
		site[file] = &fstest.MapFile{Data: title.ReplaceAll(b, []byte("site_title: "+name))}
	}
	return site
}

// TestSiteName: the site's name is site_title in site/i18n/, which Hugo
// reads too; renamed there, it is renamed in the datasets, the feeds and
// the pages, and the old name is left nowhere.
func TestSiteName(t *testing.T) {
	real, err := locale.ReadCatalogs(os.DirFS("../../site"))
	if err != nil {
		t.Fatal(err)
	}
	old := []string{locale.New("en", real["en"]).W("site_title"), locale.New("ko", real["ko"]).W("site_title")}
	cats, err := locale.ReadCatalogs(renamedSite(t, map[string]string{"en": "Example Tracker", "ko": "예시 트래커"}))
	if err != nil {
		t.Fatal(err)
	}
	src := []record.Source{{Title: "Synthetic source for a test", URL: "https://example.org/"}}
	p := publication.Build(&record.Dataset{
		Companies: []record.Company{{ID: "a", Name: "A", Sources: src}},
		Regions:   []record.Region{{Code: "KR-26", Name: "Busan", NameKo: "부산광역시", Category: "metropolitan-city", Sources: src}},
		Investments: []record.Investment{{ID: "a-plant", Company: "a", Title: "A plant", Kind: "greenfield",
			Status: "announced", Scope: record.ScopeKorea, Regions: []string{"KR-26"}, Sources: src}},
	})
	dir := t.TempDir()
	m, err := writeData(dir, p, cats, "", Site{}, nil)
	if err != nil {
		t.Fatal(err)
	}
	opt := Options{BaseURL: "https://example.org/"}
	if err := writeFeeds(dir, opt, p, nil, cats, feed.Options{}); err != nil {
		t.Fatal(err)
	}
	s, err := view.Build(view.Input{Publication: p, Manifest: m, Catalogs: cats, Schemas: schema.Files, BaseURL: opt.BaseURL})
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		got  string
		want []string
	}{
		{"datapackage.json", read(t, dir, "data/datapackage.json"), []string{`"title": "Example Tracker"`}},
		{"the English site feed", read(t, dir, "changes/index.xml"),
			[]string{"<title>Example Tracker: all changes</title>", "<name>Example Tracker</name>"}},
		{"an English record's feed", read(t, dir, "companies/a/index.xml"), []string{"<title>Example Tracker: A</title>"}},
		{"the Korean site feed", read(t, dir, "ko/changes/index.xml"),
			[]string{"<title>예시 트래커: 전체 변경 내역</title>", "<name>예시 트래커</name>"}},
		{"a Korean record's feed", read(t, dir, "ko/regions/kr-26/index.xml"), []string{"<name>예시 트래커</name>"}},
		{"the English pages", marshal(t, s.Langs[0]),
			[]string{`"Title":"Example Tracker"`, "Download the Example Tracker datasets", `\"name\":\"Example Tracker\"`,
				"Example Tracker contributors. Example Tracker [dataset]", "Example Tracker, “A plant”"}},
		{"the Korean pages", marshal(t, s.Langs[1]),
			[]string{`"Title":"예시 트래커"`, "예시 트래커 데이터셋", `\"name\":\"Example Tracker\"`, "예시 트래커, “A plant”"}},
	}
	for _, tt := range tests {
		for _, w := range tt.want {
			if !strings.Contains(tt.got, w) {
				t.Errorf("%s lacks %q", tt.name, w)
			}
		}
		for _, o := range old {
			if strings.Contains(tt.got, o) {
				t.Errorf("%s still says %q", tt.name, o)
			}
		}
	}
}

func read(t *testing.T, dir, name string) string {
	t.Helper()
	b, err := os.ReadFile(filepath.Join(dir, name))
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func marshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}
