package message

import (
	"go/ast"
	"go/parser"
	"go/token"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// entry is a message of catalog.go as its source writes it.
type entry struct {
	name, id, en, ko string
	args             []string // the types of its arguments
}

// catalogEntries reads every message defined in catalog.go, so that a
// message cannot escape TestCatalog by not being listed somewhere.
func catalogEntries(t *testing.T) []entry {
	t.Helper()
	f, err := parser.ParseFile(token.NewFileSet(), "catalog.go", nil, 0)
	if err != nil {
		t.Fatal(err)
	}
	var out []entry
	ast.Inspect(f, func(n ast.Node) bool {
		spec, ok := n.(*ast.ValueSpec)
		if !ok {
			return true
		}
		for i, v := range spec.Values {
			lit, ok := v.(*ast.CompositeLit)
			if !ok || len(lit.Elts) != 1 {
				t.Errorf("%s is not a message: want M0{Message{…}} … M4[…]{Message{…}}", spec.Names[i].Name)
				continue
			}
			e := entry{name: spec.Names[i].Name, args: typeArgs(lit.Type)}
			inner, ok := lit.Elts[0].(*ast.CompositeLit)
			if !ok || len(inner.Elts) != 3 {
				t.Errorf("%s: want Message{id, en, ko}", e.name)
				continue
			}
			e.id, e.en, e.ko = str(t, inner.Elts[0]), str(t, inner.Elts[1]), str(t, inner.Elts[2])
			out = append(out, e)
		}
		return false
	})
	return out
}

// typeArgs are the names of a message type's arguments: M2[Field, string] has Field and string.
func typeArgs(typ ast.Expr) []string {
	var list []ast.Expr
	switch x := typ.(type) {
	case *ast.IndexExpr:
		list = []ast.Expr{x.Index}
	case *ast.IndexListExpr:
		list = x.Indices
	}
	var out []string
	for _, a := range list {
		out = append(out, a.(*ast.Ident).Name)
	}
	return out
}

func str(t *testing.T, e ast.Expr) string {
	lit, ok := e.(*ast.BasicLit)
	if !ok || lit.Kind != token.STRING {
		t.Errorf("%v is not a string literal", e)
		return ""
	}
	s, err := strconv.Unquote(lit.Value)
	if err != nil {
		t.Error(err)
	}
	return s
}

// sample is an argument of the named type, for formatting a message.
func sample(typ string) any {
	return map[string]any{"string": "s", "int": 3, "int64": int64(3), "rune": '}',
		"Text": Verbatim.With("t"), "Field": Field("/sources/0/url")}[typ]
}

// TestCatalog: every message has an id of its own, an English and a Korean
// form, and both forms use each of its arguments with a verb that fits
// its type.
func TestCatalog(t *testing.T) {
	entries := catalogEntries(t)
	if len(entries) < 50 {
		t.Fatalf("read %d messages from catalog.go; the reader is broken", len(entries))
	}
	ids := map[string]string{}
	for _, e := range entries {
		if prev, dup := ids[e.id]; dup || e.id == "" {
			t.Errorf("%s: id %q is empty or also %s's", e.name, e.id, prev)
		}
		ids[e.id] = e.name
		args := make([]any, len(e.args))
		for i, typ := range e.args {
			if args[i] = sample(typ); args[i] == nil {
				t.Errorf("%s: no sample argument of type %s", e.name, typ)
			}
		}
		for lang, form := range map[string]string{"en": e.en, "ko": e.ko} {
			if strings.TrimSpace(form) == "" {
				t.Errorf("%s has no %s form", e.name, lang)
				continue
			}
			if used, want := argsUsed(form), seq(len(e.args)); !slices.Equal(used, want) {
				t.Errorf("%s: the %s form %q uses arguments %v, want %v", e.name, lang, form, used, want)
			}
			got := Text{&Message{e.id, e.en, e.ko}, args}.In(lang)
			if strings.Contains(got, "%!") {
				t.Errorf("%s in %s: %q", e.name, lang, got)
			}
		}
	}
}

// argsUsed lists the arguments (1-based) a format string uses, sorted.
func argsUsed(format string) []int {
	seen := map[int]bool{}
	next := 1
	for i := 0; i < len(format); i++ {
		if format[i] != '%' {
			continue
		}
		i++
		if i < len(format) && format[i] == '%' {
			continue
		}
		for i < len(format) && strings.IndexByte("+-# 0123456789.", format[i]) >= 0 {
			i++
		}
		if i < len(format) && format[i] == '[' {
			end := strings.IndexByte(format[i:], ']')
			next, _ = strconv.Atoi(format[i+1 : i+end])
			i += end + 1
		}
		seen[next] = true
		next++
	}
	var out []int
	for n := range seen {
		out = append(out, n)
	}
	slices.Sort(out)
	return out
}

func seq(n int) []int {
	var out []int
	for i := 1; i <= n; i++ {
		out = append(out, i)
	}
	return out
}

func TestIn(t *testing.T) {
	tests := []struct {
		name   string
		text   Text
		en, ko string
	}{
		{"arguments in another order", MissingFieldIn.With("currency", "/amount"),
			`missing required field "currency" in amount`, `amount에 필수 필드가 없습니다: "currency"`},
		{"a message inside a message", InvalidJSON.With(TrailingComma.With('}', InObject.Text())),
			`invalid JSON: trailing comma before '}' in an object`, `올바르지 않은 JSON입니다: '}' 앞에 남는 쉼표가 있습니다 (객체 안)`},
		{"the whole record", NotEmpty.With(""), "the record must not be empty", "기록 값은 비어 있으면 안 됩니다"},
		{"a field in a list", HTTPURL.With("/sources/0/url"),
			"sources[0].url must be an http:// or https:// URL", "sources[0].url 값은 http:// 또는 https:// URL이어야 합니다"},
		{"a language", PageTwice.With(English.Text(), "/about/", "content/about.md"),
			"is a second English version of the page at /about/, after content/about.md; keep one (a file name without .en or .ko is English)",
			"/about/ 페이지의 영어 버전이 이미 content/about.md에 있습니다. 하나만 두세요(.en이나 .ko가 없는 파일 이름은 영어입니다)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := tt.text.In("en"); got != tt.en {
				t.Errorf("en: got %q, want %q", got, tt.en)
			}
			if got := tt.text.In("ko"); got != tt.ko {
				t.Errorf("ko: got %q, want %q", got, tt.ko)
			}
		})
	}
}

func TestAt(t *testing.T) {
	e := At(record.Position{File: "data/x.json", Line: 3, Column: 5}, "/nmae", UnknownFieldNear.With("nmae", "name"))
	if got, want := e.Error(), `data/x.json:3:5: unknown field "nmae"; did you mean "name"? (at /nmae)`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	ko := record.ErrorList{e}.In("ko")[0]
	if got, want := ko.Error(), `data/x.json:3:5: 알 수 없는 필드 "nmae"입니다. 혹시 "name"인가요? (at /nmae)`; got != want {
		t.Errorf("got %q, want %q", got, want)
	}
	if e.Msg != `unknown field "nmae"; did you mean "name"?` {
		t.Errorf("In changed its input to %q", e.Msg)
	}
}
