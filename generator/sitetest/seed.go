// Package sitetest builds the seed site for tests and checks it: internal
// links, HTML, accessibility and browser behaviour. Its helpers stand in for
// the loader and the exporter until those exist; swap them for check and
// export once main wires the real pipeline.
package sitetest

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io/fs"
	"os"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// LoadSeed decodes the repository's data/ and content/ without validation;
// a test stand-in for the checker.
func LoadSeed(root string) (*record.Dataset, error) {
	var d record.Dataset
	if err := decodeDir(filepath.Join(root, "data", "companies"), &d.Companies); err != nil {
		return nil, err
	}
	if err := decodeDir(filepath.Join(root, "data", "investments"), &d.Investments); err != nil {
		return nil, err
	}
	if err := decodeDir(filepath.Join(root, "data", "regions"), &d.Regions); err != nil {
		return nil, err
	}
	if b, err := os.ReadFile(filepath.Join(root, "data", "rates.json")); err == nil {
		var r record.Rates
		if err := json.Unmarshal(b, &r); err != nil {
			return nil, fmt.Errorf("rates.json: %v", err)
		}
		d.Rates = r.Rates
	}
	pages, err := LoadPages(os.DirFS(filepath.Join(root, "content")))
	if err != nil {
		return nil, err
	}
	d.Pages = pages
	return &d, nil
}

func decodeDir[T any](dir string, out *[]T) error {
	names, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return err
	}
	slices.Sort(names)
	for _, n := range names {
		b, err := os.ReadFile(n)
		if err != nil {
			return err
		}
		var v T
		if err := json.Unmarshal(b, &v); err != nil {
			return fmt.Errorf("%s: %v", n, err)
		}
		*out = append(*out, v)
	}
	return nil
}

// LoadPages reads Markdown pages with a simple "key: value" front matter.
func LoadPages(fsys fs.FS) ([]record.PageFile, error) {
	var out []record.PageFile
	err := fs.WalkDir(fsys, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() || path.Ext(name) != ".md" {
			return err
		}
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			return err
		}
		front, body, err := splitFront(b)
		if err != nil {
			return fmt.Errorf("%s: %v", name, err)
		}
		out = append(out, record.PageFile{Path: name, Front: front, Body: body})
		return nil
	})
	return out, err
}

func splitFront(b []byte) (record.Page, []byte, error) {
	var p record.Page
	rest, ok := bytes.CutPrefix(b, []byte("---\n"))
	if !ok {
		return p, b, fmt.Errorf("no front matter")
	}
	front, body, ok := bytes.Cut(rest, []byte("\n---\n"))
	if !ok {
		return p, b, fmt.Errorf("front matter not closed")
	}
	sc := bufio.NewScanner(bytes.NewReader(front))
	for sc.Scan() {
		k, v, _ := strings.Cut(sc.Text(), ":")
		v = strings.Trim(strings.TrimSpace(v), `"'`)
		switch strings.TrimSpace(k) {
		case "title":
			p.Title = v
		case "description":
			p.Description = v
		case "company":
			p.Company = v
		case "region":
			p.Region = v
		}
	}
	return p, body, nil
}

// FakeExport writes, in place of the exporter, a few dataset files under
// dest/data and a manifest.json that lists them the way export does.
func FakeExport(dest string, p *publication.Publication) error {
	files := map[string][]byte{}
	add := func(name string, v any) error {
		b, err := json.MarshalIndent(v, "", "  ")
		files[name] = b
		return err
	}
	if err := add("companies.json", p.Companies); err != nil {
		return err
	}
	if err := add("investments.json", p.Investments); err != nil {
		return err
	}
	var csv strings.Builder
	csv.WriteString("id,company,title\n")
	for _, i := range p.Investments {
		fmt.Fprintf(&csv, "%s,%s,%q\n", i.ID, i.Company, i.Title)
	}
	files["investments.csv"] = []byte(csv.String())
	for _, c := range p.Companies {
		if err := add("companies/"+c.ID+".json", c); err != nil {
			return err
		}
		files["companies/"+c.ID+".csv"] = []byte("id,name\n" + c.ID + "," + fmt.Sprintf("%q", c.Name) + "\n")
	}
	for _, r := range p.Regions {
		if err := add("regions/"+r.Code+".json", r); err != nil {
			return err
		}
	}
	type entry struct {
		Path        string `json:"path"`
		Bytes       int    `json:"bytes"`
		SHA256      string `json:"sha256"`
		MediaType   string `json:"media_type"`
		Description string `json:"description"`
	}
	var m []entry
	for name, b := range files {
		if err := os.MkdirAll(filepath.Join(dest, "data", path.Dir(name)), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dest, "data", name), b, 0o644); err != nil {
			return err
		}
		sum := sha256.Sum256(b)
		mt := "application/json"
		if path.Ext(name) == ".csv" {
			mt = "text/csv"
		}
		m = append(m, entry{Path: "data/" + name, Bytes: len(b), SHA256: hex.EncodeToString(sum[:]),
			MediaType: mt, Description: "Test file " + name})
	}
	slices.SortFunc(m, func(a, b entry) int { return strings.Compare(a.Path, b.Path) })
	b, err := json.MarshalIndent(map[string]any{"files": m}, "", "  ")
	if err != nil {
		return err
	}
	return os.WriteFile(filepath.Join(dest, "data", "manifest.json"), b, 0o644)
}
