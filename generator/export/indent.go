package export

import "bytes"

// indentCompact appends src, compact JSON as encoding/json writes it, to
// dst, indented exactly as json.Indent(dst, src, prefix, "  ") would.
// json.Indent runs a full scanner over every byte; compact input has no
// whitespace to skip, so only quotes and the six structural bytes matter
// and everything between them is copied in runs. Indenting investments.json
// this way costs a fraction of what it did, which keeps the main JSON files
// readable at no real cost.
func indentCompact(dst, src []byte, prefix string) []byte {
	depth := 0
	for i := 0; i < len(src); {
		c := src[i]
		switch c {
		case '"':
			end := stringEnd(src, i)
			dst = append(dst, src[i:end]...)
			i = end
			continue
		case '{', '[':
			if i+1 < len(src) && (src[i+1] == '}' || src[i+1] == ']') {
				dst = append(dst, c, src[i+1]) // empty: {} or [], as json.Indent writes them
				i += 2
				continue
			}
			depth++
			dst = newline(append(dst, c), prefix, depth)
		case ',':
			dst = newline(append(dst, c), prefix, depth)
		case ':':
			dst = append(dst, ':', ' ')
		case '}', ']':
			depth--
			dst = append(newline(dst, prefix, depth), c)
		default: // a number, true, false or null
			end := i + 1
			for end < len(src) && !isStructural(src[end]) {
				end++
			}
			dst = append(dst, src[i:end]...)
			i = end
			continue
		}
		i++
	}
	return dst
}

func isStructural(c byte) bool {
	switch c {
	case '{', '}', '[', ']', ',', ':', '"':
		return true
	}
	return false
}

// stringEnd returns the index just after the string that starts with the
// quote at src[start]: the first quote after it not escaped by an odd
// number of backslashes. An unterminated string runs to the end.
func stringEnd(src []byte, start int) int {
	for j := start + 1; ; {
		k := bytes.IndexByte(src[j:], '"')
		if k < 0 {
			return len(src)
		}
		q := j + k
		backslashes := 0
		for b := q - 1; b > start && src[b] == '\\'; b-- {
			backslashes++
		}
		if backslashes%2 == 0 {
			return q + 1
		}
		j = q + 1
	}
}

// newline starts a line at depth: the prefix, then two spaces per level.
func newline(dst []byte, prefix string, depth int) []byte {
	dst = append(dst, '\n')
	dst = append(dst, prefix...)
	for range depth {
		dst = append(dst, "  "...)
	}
	return dst
}
