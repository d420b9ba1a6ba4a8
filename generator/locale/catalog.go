package locale

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"text/template"
	"text/template/parse"

	"gopkg.in/yaml.v3"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// Catalog is one language's messages, read from site/i18n/<lang>.yaml: the
// file Hugo's i18n function reads too, so every word a reader sees comes
// from one place whether Go or a template puts it on the page.
type Catalog map[string]message

// message is one entry: "other" always, "one" for a count of one in
// languages that say it differently. Both are Go templates, as in Hugo.
type message struct {
	one, other *template.Template
	// plain is the message when it has a single form without actions,
	// returned as it is: most labels are.
	plain *string
	// fastOne and fastOther are the forms as text and keys (fast), when
	// they have no action but {{ .Key }}.
	fastOne, fastOther *fast
}

// fast is a template of text and {{ .Key }} actions only, as texts[0],
// keys[0], texts[1], … texts[len(keys)]: filled in directly, it skips
// text/template's reflection on the hot path of every page.
type fast struct{ texts, keys []string }

// fastOf is t as a fast template, or nil when t does more.
func fastOf(t *template.Template) *fast {
	if t == nil || t.Tree == nil {
		return nil
	}
	f := &fast{texts: []string{""}}
	for _, n := range t.Tree.Root.Nodes {
		switch n := n.(type) {
		case *parse.TextNode:
			f.texts[len(f.texts)-1] += string(n.Text)
		case *parse.ActionNode:
			key, ok := fieldKey(n.Pipe)
			if !ok {
				return nil
			}
			f.keys = append(f.keys, key)
			f.texts = append(f.texts, "")
		default:
			return nil
		}
	}
	return f
}

// fieldKey is Key when pipe is just .Key.
func fieldKey(pipe *parse.PipeNode) (string, bool) {
	if len(pipe.Decl) > 0 || len(pipe.Cmds) != 1 || len(pipe.Cmds[0].Args) != 1 {
		return "", false
	}
	field, ok := pipe.Cmds[0].Args[0].(*parse.FieldNode)
	if !ok || len(field.Ident) != 1 {
		return "", false
	}
	return field.Ident[0], true
}

// fill is the message with data, as text/template would print it; ok is
// false when data lacks a key, or holds for one anything but a string or
// an int, for text/template to report or print.
func (f *fast) fill(data map[string]any) (string, bool) {
	var b strings.Builder
	for k, key := range f.keys {
		b.WriteString(f.texts[k])
		switch v := data[key].(type) {
		case string:
			b.WriteString(v)
		case int:
			b.WriteString(strconv.Itoa(v))
		default: // nil, or a value text/template prints in its own way
			return "", false
		}
	}
	b.WriteString(f.texts[len(f.keys)])
	return b.String(), true
}

// ReadRepository reads the catalogs of the Hugo project in root's site folder.
func ReadRepository(root string) (map[string]Catalog, error) {
	return ReadCatalogs(os.DirFS(filepath.Join(root, "site")))
}

// ReadCatalogs reads the catalog of every language of the site from
// i18n/<lang>.yaml in site, the Hugo project's folder.
func ReadCatalogs(site fs.FS) (map[string]Catalog, error) {
	out := map[string]Catalog{}
	for _, lang := range record.Languages() {
		c, err := readCatalog(site, lang)
		if err != nil {
			return nil, err
		}
		out[lang] = c
	}
	return out, nil
}

// readCatalog reads one language's catalog. An entry is either a string or
// a map with "one" and "other", go-i18n's form that Hugo reads.
func readCatalog(site fs.FS, lang string) (Catalog, error) {
	name := "i18n/" + lang + ".yaml"
	b, err := fs.ReadFile(site, name)
	if err != nil {
		return nil, err
	}
	var raw map[string]any
	if err := yaml.Unmarshal(b, &raw); err != nil {
		return nil, fmt.Errorf("site/%s: %v", name, err)
	}
	c := Catalog{}
	for key, v := range raw {
		m, err := parseMessage(key, v)
		if err != nil {
			return nil, fmt.Errorf("site/%s: %v", name, err)
		}
		c[strings.ToLower(key)] = m
	}
	return c, nil
}

func parseMessage(key string, v any) (message, error) {
	var forms map[string]string
	switch v := v.(type) {
	case string:
		forms = map[string]string{"other": v}
	case map[string]any:
		forms = map[string]string{}
		for k, f := range v {
			s, ok := f.(string)
			if !ok {
				return message{}, fmt.Errorf("%s.%s is not a string", key, k)
			}
			forms[k] = s
		}
	default:
		return message{}, fmt.Errorf("%s is neither a string nor a map of plural forms", key)
	}
	if _, ok := forms["other"]; !ok {
		return message{}, fmt.Errorf("%s has no \"other\" form", key)
	}
	var m message
	var err error
	if m.other, err = template.New(key).Option("missingkey=error").Parse(forms["other"]); err != nil {
		return m, err
	}
	if other := forms["other"]; len(forms) == 1 && !strings.Contains(other, "{{") {
		m.plain = &other
	}
	if one, ok := forms["one"]; ok {
		if m.one, err = template.New(key).Option("missingkey=error").Parse(one); err != nil {
			return m, err
		}
	}
	m.fastOne, m.fastOther = fastOf(m.one), fastOf(m.other)
	return m, nil
}

// keys lists the catalog's keys, sorted.
func (c Catalog) keys() []string {
	out := make([]string, 0, len(c))
	for k := range c {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}
