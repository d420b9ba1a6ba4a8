package tabular

import (
	"bytes"
	"encoding/json"
)

// JSON encodes v as the published JSON files are: indented with two
// spaces, "<", ">" and "&" kept as they are (the files are data, not
// HTML), ending with a newline.
func JSON(v any) ([]byte, error) {
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return b.Bytes(), nil
}
