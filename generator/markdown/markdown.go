// Package markdown checks contributors' Markdown with goldmark before Hugo
// renders it: raw HTML (which the site never renders), links to
// javascript: or data: URLs and Hugo shortcodes (which Hugo would run)
// are reported at their line and column, so a contributor learns what is
// wrong and where, not just that a page failed.
package markdown

import (
	"bytes"
	"cmp"
	"net/url"
	"slices"
	"strings"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"

	"github.com/korea-investment-tracker/kit/generator/message"
)

// Problem is something wrong in a Markdown body, at a byte offset of it.
type Problem struct {
	Offset int
	Text   message.Text
}

// Checker parses Markdown the way the site does (CommonMark with GitHub's
// tables, strikethrough and autolinks) and collects problems.
type Checker struct {
	md goldmark.Markdown
}

// problemsKey carries the problems of one parse through goldmark's context.
var problemsKey = parser.NewContextKey()

// New sets goldmark up once; a Checker is safe for concurrent use.
func New() *Checker {
	return &Checker{md: goldmark.New(goldmark.WithExtensions(extension.GFM, safety{}))}
}

// Check parses body and returns its problems in document order.
func (c *Checker) Check(body []byte) []Problem {
	ctx := parser.NewContext()
	c.md.Parser().Parse(text.NewReader(body), parser.WithContext(ctx))
	problems, _ := ctx.Get(problemsKey).([]Problem)
	problems = append(problems, shortcodes(body)...)
	slices.SortStableFunc(problems, func(a, b Problem) int { return cmp.Compare(a.Offset, b.Offset) })
	return problems
}

// shortcodes finds every place where Hugo would start a shortcode: "{{<"
// or "{{%", anywhere in the body. Hugo reads them before the Markdown, so
// inside code too, and its escaped form ({{</* … */>}}) is refused with
// them: contributors' Markdown is shown as written and runs nothing.
func shortcodes(body []byte) []Problem {
	var problems []Problem
	for off := 0; ; off += 2 {
		i := bytes.Index(body[off:], []byte("{{"))
		if i < 0 {
			return problems
		}
		off += i
		if off+2 < len(body) && (body[off+2] == '<' || body[off+2] == '%') {
			problems = append(problems, Problem{Offset: off, Text: message.Shortcode.With(string(body[off : off+3]))})
		}
	}
}

// safety is a goldmark extension whose AST transformer finds unsafe nodes.
type safety struct{}

// Extend adds the transformer after goldmark's own.
func (safety) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(safetyTransformer{}, 999)))
}

type safetyTransformer struct{}

// Transform walks the document and records each unsafe node's problem.
// after is where the text walked so far ends (in document order), for
// placing autolinks, whose text goldmark keeps to itself.
func (safetyTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	var problems []Problem
	source := reader.Source()
	after := 0
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		off := -1
		switch n := n.(type) {
		case *ast.Text:
			after = max(after, n.Segment.Stop)
		case *ast.AutoLink:
			off = autoLinkOffset(n, source, max(after, blockStart(n)))
			after = off + len(n.Label(source))
		}
		if t, bad := unsafe(n, source); bad {
			if off < 0 {
				off = offset(n)
			}
			problems = append(problems, Problem{Offset: off, Text: t})
		}
		return ast.WalkContinue, nil
	})
	pc.Set(problemsKey, problems)
}

// unsafe says what is wrong with a node, if anything is.
func unsafe(n ast.Node, source []byte) (message.Text, bool) {
	switch n := n.(type) {
	case *ast.HTMLBlock, *ast.RawHTML:
		return message.RawHTML.Text(), true
	case *ast.Link:
		return badURL(n.Destination)
	case *ast.Image:
		return badURL(n.Destination)
	case *ast.AutoLink:
		return badURL(n.URL(source))
	}
	return message.Text{}, false
}

// badURL allows relative links and http, https and mailto links only, by
// the scheme a browser reads in the link as rendered.
func badURL(dest []byte) (message.Text, bool) {
	switch s := scheme(dest); s {
	case "", "http", "https", "mailto":
	default:
		return message.LinkScheme.With(s), true
	}
	if _, err := url.Parse(strings.TrimSpace(string(dest))); err != nil {
		return message.InvalidLink.With(string(dest)), true
	}
	return message.Text{}, false
}

// scheme is the scheme of a link's destination as a browser reads it, in
// lower case, or "" for a relative link: after the Markdown escapes and
// character references are decoded as the page renders them
// (javascript&#58;, javascript\:), and without the tabs, line breaks and
// leading spaces and control characters that the URL standard drops
// (java&#9;script:).
func scheme(dest []byte) string {
	d := util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(dest)))
	s := strings.Map(func(r rune) rune {
		if r == '\t' || r == '\n' || r == '\r' {
			return -1
		}
		return r
	}, string(d))
	s = strings.TrimLeftFunc(s, func(r rune) bool { return r <= ' ' })
	i := strings.IndexAny(s, ":/?#")
	if i <= 0 || s[i] != ':' {
		return ""
	}
	return strings.ToLower(s[:i])
}

// offset finds where a node starts in the source: its own segments for
// blocks and raw HTML, else its first text, else its block's first line.
func offset(n ast.Node) int {
	switch n := n.(type) {
	case *ast.RawHTML:
		if n.Segments.Len() > 0 {
			return n.Segments.At(0).Start
		}
	}
	if n.Type() == ast.TypeBlock && n.Lines().Len() > 0 {
		return n.Lines().At(0).Start
	}
	for c := n.FirstChild(); c != nil; c = c.FirstChild() {
		if t, ok := c.(*ast.Text); ok {
			return t.Segment.Start
		}
	}
	return blockStart(n)
}

// autoLinkOffset finds an autolink's text, which goldmark keeps to
// itself: the first place from where the text before it ends.
func autoLinkOffset(n *ast.AutoLink, source []byte, from int) int {
	from = min(from, len(source))
	if i := bytes.Index(source[from:], n.Label(source)); i >= 0 {
		return from + i
	}
	return from
}

// blockStart is where the block holding n starts.
func blockStart(n ast.Node) int {
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start
		}
	}
	return 0
}
