package main

import (
	"flag"
	"fmt"
	"io"
	"maps"
	"os"
	"path/filepath"
	"slices"

	"github.com/korea-investment-tracker/kit/generator/schemagen"
)

// runSchema writes schema/*.schema.json from the Go types; go generate runs it.
func runSchema(args []string, stdout, stderr io.Writer) int {
	fl := flag.NewFlagSet("schema", flag.ContinueOnError)
	fl.SetOutput(stderr)
	root := fl.String("root", ".", "the repository `folder`")
	if fl.Parse(args) != nil {
		return exitUsage
	}
	files, err := schemagen.Generate(*root)
	if err == nil {
		err = writeSchemas(filepath.Join(*root, "schema"), files)
	}
	if err != nil {
		fmt.Fprintf(stderr, "generator schema: %v\n", err)
		return exitInvalid
	}
	fmt.Fprintf(stdout, "wrote %d schemas\n", len(files))
	return exitOK
}

func writeSchemas(dir string, files map[string][]byte) error {
	for _, name := range slices.Sorted(maps.Keys(files)) {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			return err
		}
		if err := os.WriteFile(p, files[name], 0o644); err != nil {
			return err
		}
	}
	return nil
}
