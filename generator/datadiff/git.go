package datadiff

import (
	"archive/tar"
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os/exec"
	"path"
	"strings"
	"testing/fstest"
	"time"
)

// Revision reads the data/ and content/ folders of a git revision into
// memory, so that the revision can be validated like a working tree
// without writing its files anywhere.
func Revision(ctx context.Context, repo, rev string) (fstest.MapFS, error) {
	var out, stderr bytes.Buffer
	cmd := exec.CommandContext(ctx, "git", "-C", repo, "archive", "--format=tar", rev)
	cmd.Stdout, cmd.Stderr = &out, &stderr
	if err := cmd.Run(); err != nil {
		return nil, fmt.Errorf("git archive %s: %v: %s", rev, err, strings.TrimSpace(stderr.String()))
	}
	return untar(&out)
}

// untar reads the regular files of the data folders from a tar stream.
func untar(r io.Reader) (fstest.MapFS, error) {
	fsys := fstest.MapFS{}
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return fsys, nil
		}
		if err != nil {
			return nil, err
		}
		if h.Typeflag != tar.TypeReg || !fs.ValidPath(h.Name) || path.Clean(h.Name) != h.Name || !wanted(h.Name) {
			continue
		}
		b, err := io.ReadAll(io.LimitReader(tr, 1<<30))
		if err != nil {
			return nil, err
		}
		fsys[h.Name] = &fstest.MapFile{Data: b, Mode: 0o644, ModTime: time.Unix(0, 0)}
	}
}

// wanted keeps the folders a build reads as data; the rest of a revision is not needed.
func wanted(name string) bool {
	return strings.HasPrefix(name, "data/") || strings.HasPrefix(name, "content/")
}
