package load

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// CharPos is the position of byte i of the string value at pointer, as
// decoded: in a JSON file, where that character is written (its escape,
// such as \u001b, when it is written as one); in front matter, where the
// value starts.
func (d *Document) CharPos(pointer string, i int) record.Position {
	d.index()
	off, ok := d.values[pointer]
	if d.Kind == Page || !ok || off >= len(d.Src) || d.Src[off] != '"' {
		return d.Pos(pointer)
	}
	j := off + 1
	for k := 0; k < i && j < len(d.Src); {
		if d.Src[j] != '\\' {
			k, j = k+1, j+1
			continue
		}
		r, n := escaped(d.Src[j:])
		k, j = k+utf8.RuneLen(r), j+n
	}
	return d.position(j)
}

// escaped decodes the escape at the start of b (a backslash), and says how
// many bytes it takes: \n is two, \u00e9 six, a surrogate pair twelve.
func escaped(b []byte) (rune, int) {
	if len(b) < 6 || b[1] != 'u' {
		return '?', 2
	}
	r := hex4(b[2:6])
	if utf16.IsSurrogate(r) && len(b) >= 12 && b[6] == '\\' && b[7] == 'u' {
		if pair := utf16.DecodeRune(r, hex4(b[8:12])); pair != utf8.RuneError {
			return pair, 12
		}
	}
	if !utf8.ValidRune(r) {
		r = utf8.RuneError
	}
	return r, 6
}

func hex4(b []byte) rune {
	n, _ := strconv.ParseUint(string(b), 16, 16)
	return rune(n)
}

// markEvery is how many bytes apart runeMarks counts.
const markEvery = 256

// runeMarks counts the characters before every markEvery-th byte of src,
// so that a column is counted from the nearest mark, not from its line's
// start: a hostile line of a megabyte with a problem every few bytes
// would otherwise take time that grows with the square of its length.
func runeMarks(src []byte) []int {
	marks := make([]int, 0, len(src)/markEvery+1)
	n := 0
	for i, c := range src {
		if i%markEvery == 0 {
			marks = append(marks, n)
		}
		if c&0xc0 != 0x80 {
			n++
		}
	}
	return marks
}

// runesBetween counts the characters from byte a to byte b of the source
// (UTF-8: the bytes that start one).
func (d *Document) runesBetween(a, b int) int { return d.runesTo(b) - d.runesTo(a) }

// runesTo counts the characters before byte x of the source.
func (d *Document) runesTo(x int) int {
	from, n := 0, 0
	if len(d.marks) > 0 {
		k := min(x/markEvery, len(d.marks)-1)
		from, n = k*markEvery, d.marks[k]
	}
	for _, c := range d.Src[from:x] {
		if c&0xc0 != 0x80 {
			n++
		}
	}
	return n
}
