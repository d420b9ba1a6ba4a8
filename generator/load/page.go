package load

import (
	"bytes"
	"encoding/json"
	"regexp"
	"strconv"
	"unicode/utf8"

	"gopkg.in/yaml.v3"

	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
)

var fence = []byte("---")

// decodePage splits a Markdown page into YAML front matter and body, and
// decodes the front matter with the position of every value.
func (d *Document) decodePage() record.ErrorList {
	front, bodyStart, err := d.splitFrontMatter()
	if err != nil {
		return record.ErrorList{err}
	}
	d.Body = d.Src[bodyStart:]
	var n yaml.Node
	if err := yaml.Unmarshal(front, &n); err != nil {
		return record.ErrorList{d.yamlError(err)}
	}
	if len(n.Content) == 0 || n.Content[0].Kind != yaml.MappingNode {
		return record.ErrorList{message.At(d.position(len(fence)+1), "", message.FrontMapping.Text())}
	}
	d.values, d.keys = map[string]int{}, map[string]int{}
	v, problem := d.yamlValue(n.Content[0], "")
	if problem != nil {
		return record.ErrorList{problem}
	}
	d.Value = v
	return nil
}

// splitFrontMatter finds the YAML between a first line "---" and the next "---".
func (d *Document) splitFrontMatter() (front []byte, bodyStart int, err *record.Error) {
	first := d.lineText(0)
	if !bytes.Equal(bytes.TrimRight(first, " \r"), fence) {
		return nil, 0, message.At(d.position(0), "", message.FrontMissing.Text())
	}
	for i := 1; i < len(d.lines); i++ {
		if bytes.Equal(bytes.TrimRight(d.lineText(i), " \r"), fence) {
			end := len(d.Src)
			if i+1 < len(d.lines) {
				end = d.lines[i+1]
			}
			return d.Src[d.lines[1]:d.lines[i]], end, nil
		}
	}
	return nil, 0, message.At(d.position(0), "", message.FrontNotClosed.Text())
}

func (d *Document) lineText(i int) []byte {
	end := len(d.Src)
	if i+1 < len(d.lines) {
		end = d.lines[i+1] - 1
	}
	if d.lines[i] > end {
		return nil
	}
	return d.Src[d.lines[i]:end]
}

var yamlLineRE = regexp.MustCompile(`^yaml: line (\d+): (.*)$`)

// yamlError places a YAML error on the page's line (front matter starts on line 2).
func (d *Document) yamlError(err error) *record.Error {
	msg := err.Error()
	line := 1
	if m := yamlLineRE.FindStringSubmatch(msg); m != nil {
		n, _ := strconv.Atoi(m[1])
		line, msg = n+1, m[2]
	}
	return message.At(record.Position{File: d.Path, Line: line, Column: 1}, "", message.FrontInvalid.With(msg))
}

// offsetAt turns a YAML line:column (1-based, columns in runes) into a byte offset of the page.
func (d *Document) offsetAt(frontLine, col int) int {
	line := frontLine // front matter line 1 is the page's line 2 (index 1)
	if line >= len(d.lines) {
		return len(d.Src)
	}
	off := d.lines[line]
	for i := 1; i < col && off < len(d.Src); i++ {
		_, size := utf8.DecodeRune(d.Src[off:])
		off += size
	}
	return off
}

// yamlValue decodes a node of the front matter, or says why it will not,
// at the node.
func (d *Document) yamlValue(n *yaml.Node, ptr string) (any, *record.Error) {
	d.values[ptr] = d.offsetAt(n.Line, n.Column)
	if n.Style&yaml.TaggedStyle != 0 {
		// A tag (!!binary, !!python/object…) changes what a value means,
		// or is dropped without a word; front matter is plain text.
		return nil, message.At(d.position(d.values[ptr]), "", message.FrontTag.With(n.Tag))
	}
	switch n.Kind {
	case yaml.MappingNode:
		return d.yamlMap(n, ptr)
	case yaml.SequenceNode:
		out := []any{}
		for i, c := range n.Content {
			v, err := d.yamlValue(c, ptr+"/"+strconv.Itoa(i))
			if err != nil {
				return nil, err
			}
			out = append(out, v)
		}
		return out, nil
	case yaml.AliasNode:
		// Expanding aliases lets a few hundred bytes unfold into gigabytes
		// (a "billion laughs"); front matter is a few plain fields anyway.
		return nil, message.At(d.position(d.values[ptr]), "", message.FrontAlias.With(n.Value))
	}
	return scalar(n), nil
}

func (d *Document) yamlMap(n *yaml.Node, ptr string) (any, *record.Error) {
	out := map[string]any{}
	for i := 0; i+1 < len(n.Content); i += 2 {
		k, v := n.Content[i], n.Content[i+1]
		if k.Kind != yaml.ScalarNode {
			return nil, message.At(d.position(d.offsetAt(k.Line, k.Column)), "", message.FrontKeys.Text())
		}
		child := Pointer(ptr, k.Value)
		d.keys[child] = d.offsetAt(k.Line, k.Column)
		val, err := d.yamlValue(v, child)
		if err != nil {
			return nil, err
		}
		out[k.Value] = val
	}
	return out, nil
}

// scalar converts a YAML scalar to what encoding/json would give for the same value.
func scalar(n *yaml.Node) any {
	switch n.Tag {
	case "!!int", "!!float":
		return json.Number(n.Value)
	case "!!bool":
		b, _ := strconv.ParseBool(n.Value)
		return b
	case "!!null":
		return nil
	}
	return n.Value
}
