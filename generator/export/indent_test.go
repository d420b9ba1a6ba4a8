package export

import (
	"bytes"
	"encoding/json"
	"testing"
)

// FuzzIndentCompact: on compact JSON, indentCompact writes exactly what
// json.Indent writes.
func FuzzIndentCompact(f *testing.F) {
	for _, s := range []string{`{}`, `[]`, `{"a":[1,2,{"b":null}],"c":{}}`, `"x\"y\\"`, `[true,false,-1.5e3,"\\\""]`,
		`{"k":"a,b:{c}[d]","l":[[],[{}]]}`, `{"unicode":"합성 \u2028 <&>"}`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		var compact bytes.Buffer
		if json.Compact(&compact, []byte(s)) != nil {
			t.Skip("not JSON")
		}
		var want bytes.Buffer
		if err := json.Indent(&want, compact.Bytes(), "  ", "  "); err != nil {
			t.Fatal(err)
		}
		if got := indentCompact([]byte("x"), compact.Bytes(), "  "); !bytes.Equal(got[1:], want.Bytes()) {
			t.Errorf("indentCompact(%s) =\n%s\njson.Indent:\n%s", compact.Bytes(), got[1:], want.Bytes())
		}
	})
}
