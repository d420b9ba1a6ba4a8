// Package sqljs puts the query page's SQLite engine into the site: the
// files of npm's sql.js-httpvfs (SQLite compiled to WebAssembly, with a
// virtual file system that reads the database by HTTP range requests),
// installed by .ci/package.json beside Pagefind and copied from
// .ci/node_modules, so that every asset is self-hosted. A build without
// the package warns and the query page says the tool is unavailable.
package sqljs

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// pkg is the npm package, a folder of .ci/node_modules.
const pkg = "sql.js-httpvfs"

// files are what the page loads (the script, its worker and the
// WebAssembly), each copied as it is, and the licence, which its terms
// ask to go with them.
var files = []struct{ from, to string }{
	{"dist/index.js", "index.js"},
	{"dist/sqlite.worker.js", "sqlite.worker.js"},
	{"dist/sql-wasm.wasm", "sql-wasm.wasm"},
	{"LICENSE", "LICENSE"},
}

// Copy copies the engine from root/.ci/node_modules into siteDir/folder.
// When the npm package is not installed it writes one warning to warn and
// returns nil: the site builds without the query tool.
func Copy(root, siteDir, folder string, warn io.Writer) error {
	src := filepath.Join(root, ".ci", "node_modules", pkg)
	if _, err := os.Stat(filepath.Join(src, "dist", "sql-wasm.wasm")); errors.Is(err, fs.ErrNotExist) {
		if warn != nil {
			fmt.Fprintln(warn, "warning: "+pkg+" is not installed (npm ci --prefix .ci --omit=dev): the query page will say the query tool is unavailable")
		}
		return nil
	}
	dst := filepath.Join(siteDir, filepath.FromSlash(folder))
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return err
	}
	for _, f := range files {
		if err := copyFile(filepath.Join(src, filepath.FromSlash(f.from)), filepath.Join(dst, f.to)); err != nil {
			return fmt.Errorf("copying the query engine: %w", err)
		}
	}
	return nil
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}
