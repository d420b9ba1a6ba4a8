// Package markdown checks contributors' Markdown with goldmark before Hugo
// renders it: raw HTML (which the site never renders) and links to
// javascript: or data: URLs are reported at their line and column, so a
// contributor learns what is wrong and where, not just that a page failed.
package markdown

import (
	"net/url"
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
	return problems
}

// safety is a goldmark extension whose AST transformer finds unsafe nodes.
type safety struct{}

// Extend adds the transformer after goldmark's own.
func (safety) Extend(m goldmark.Markdown) {
	m.Parser().AddOptions(parser.WithASTTransformers(util.Prioritized(safetyTransformer{}, 999)))
}

type safetyTransformer struct{}

// Transform walks the document and records each unsafe node's problem.
func (safetyTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	var problems []Problem
	source := reader.Source()
	ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering {
			if t, bad := unsafe(n, source); bad {
				problems = append(problems, Problem{Offset: offset(n), Text: t})
			}
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
		return badURL(string(n.Destination))
	case *ast.Image:
		return badURL(string(n.Destination))
	case *ast.AutoLink:
		return badURL(string(n.URL(source)))
	}
	return message.Text{}, false
}

// badURL allows relative links and http, https and mailto links only.
func badURL(dest string) (message.Text, bool) {
	u, err := url.Parse(strings.TrimSpace(dest))
	if err != nil {
		return message.InvalidLink.With(dest), true
	}
	switch strings.ToLower(u.Scheme) {
	case "", "http", "https", "mailto":
		return message.Text{}, false
	}
	return message.LinkScheme.With(strings.ToLower(u.Scheme)), true
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
	for p := n.Parent(); p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return p.Lines().At(0).Start
		}
	}
	return 0
}
