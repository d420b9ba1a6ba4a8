package testrepo

import (
	"encoding/json"
	"maps"
	"strings"
	"testing/fstest"
)

// Relations is a small synthetic repository of every relation a page
// shows: a parent, a partner, a package of two companies with its parts,
// profiles, and a commitment that concerns none of them.
func Relations() fstest.MapFS {
	fsys := fstest.MapFS{}
	add := func(p string, v map[string]any) {
		if !strings.HasPrefix(p, "data/regions/") { // regions are real
			v["synthetic"] = true
		}
		v["sources"] = []map[string]string{{"title": "Synthetic test source"}}
		b, _ := json.MarshalIndent(v, "", "  ")
		fsys[p] = &fstest.MapFile{Data: b}
	}
	add("data/regions/KR-11.json", map[string]any{"code": "KR-11", "name": "Seoul", "name_ko": "서울특별시", "category": "special-city"})
	add("data/regions/KR-26.json", map[string]any{"code": "KR-26", "name": "Busan", "name_ko": "부산광역시", "category": "metropolitan-city"})
	for _, id := range []string{"parent-co", "a-co", "b-co", "c-co", "d-co"} {
		c := map[string]any{"id": id, "name": "Synthetic " + id}
		if id == "a-co" {
			c["parent"] = "parent-co"
		}
		add("data/companies/"+id+".json", c)
	}
	inv := func(id string, fields map[string]any) {
		v := map[string]any{"id": id, "title": "Synthetic " + id, "kind": "greenfield", "status": "announced", "scope": "korea",
			"amount": map[string]any{"value": 100, "currency": "USD", "precision": "exact"}}
		maps.Copy(v, fields)
		add("data/investments/"+id+".json", v)
	}
	inv("a-seoul", map[string]any{"company": "a-co", "regions": []string{"KR-11"}})
	inv("b-with-a", map[string]any{"company": "b-co", "partners": []string{"a-co"}})
	inv("a-c-package", map[string]any{"kind": "package", "companies": []string{"a-co", "c-co"},
		"amount": map[string]any{"value": 1000, "currency": "USD", "precision": "exact"}})
	inv("a-part", map[string]any{"company": "a-co", "part_of": "a-c-package"})
	inv("c-part", map[string]any{"company": "c-co", "part_of": "a-c-package", "regions": []string{"KR-26"}})
	inv("d-busan", map[string]any{"company": "d-co", "regions": []string{"KR-26"}})
	fsys["content/companies/a-co.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Synthetic A\ncompany: a-co\n---\nSynthetic.\n")}
	fsys["content/companies/b-co.md"] = &fstest.MapFile{Data: []byte("---\ntitle: Synthetic B\ncompany: b-co\n---\nSynthetic.\n")}
	fsys["content/about.md"] = &fstest.MapFile{Data: []byte("---\ntitle: About\n---\nSynthetic.\n")}
	return fsys
}
