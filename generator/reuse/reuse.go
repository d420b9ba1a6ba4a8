// Package reuse creates a build's files in its staging folder, each either
// written anew or, when the last published build holds the same file with
// the same bytes, hard-linked from it: a link costs a fraction of a
// write, and most files of a rebuild do not change (figures in
// BENCHMARKS.md, "Live preview").
//
// A linked file shares its data with the published one, so nothing may
// write into it afterwards: the build's writers only ever create new files
// (Create refuses an existing one), publishing renames files into place,
// never writes into them, and Hugo, which does overwrite, writes pages
// (index.html, a name no dataset or feed has) and the files of site/static,
// which the build refuses, before Hugo runs, at a dataset's path (a feed,
// written after Hugo, refuses an existing file itself).
package reuse

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sync"
)

// Path is the slash path rel below the published folder dir, the prev
// that Create and Same take; "" when there is no published folder (dir is
// ""), so that nothing is reused.
func Path(dir, rel string) string {
	if dir == "" {
		return ""
	}
	return filepath.Join(dir, filepath.FromSlash(rel))
}

// Create makes the file p, which must not exist yet, holding the
// concatenation of parts (taken in parts so that large files spliced from
// pieces need not be copied into one buffer). When prev is not "" and is a
// regular file with exactly those bytes, p becomes a hard link to it;
// otherwise (prev missing or different, or a file system without hard
// links) p is written. The mode is 0644 either way.
func Create(p, prev string, parts ...[]byte) error {
	if prev != "" && sameBytes(prev, parts) && os.Link(prev, p) == nil {
		return nil
	}
	f, err := os.OpenFile(p, os.O_WRONLY|os.O_CREATE|os.O_EXCL, 0o644)
	if err != nil {
		return fmt.Errorf("write %s: %w", p, err)
	}
	return writeNew(f, parts)
}

// Same says whether the file prev holds exactly the concatenation of
// parts (and mode 0644): a writer that may leave unchanged files out
// altogether asks it.
func Same(prev string, parts ...[]byte) bool { return sameBytes(prev, parts) }

// sameBytes says whether the file prev holds exactly the bytes of parts,
// reading it a buffer at a time.
func sameBytes(prev string, parts [][]byte) bool {
	// Lstat, not Stat: a link to a symbolic link would link the symbolic link.
	st, err := os.Lstat(prev)
	if err != nil || !st.Mode().IsRegular() || st.Mode().Perm() != 0o644 || st.Size() != size(parts) {
		return false
	}
	f, err := os.Open(prev)
	if err != nil {
		return false
	}
	defer f.Close()
	r := bufio.NewReaderSize(f, 64<<10)
	for _, part := range parts {
		for len(part) > 0 {
			b, err := r.Peek(min(len(part), r.Size()))
			if err != nil || !bytes.Equal(b, part[:len(b)]) {
				return false
			}
			r.Discard(len(b))
			part = part[len(b):]
		}
	}
	_, err = r.ReadByte()
	return err == io.EOF
}

func size(parts [][]byte) int64 {
	var n int64
	for _, part := range parts {
		n += int64(len(part))
	}
	return n
}

// buffers are the write buffers of writeNew, reused across files.
var buffers = sync.Pool{New: func() any { return bufio.NewWriterSize(nil, 256<<10) }}

// writeNew writes parts into the new file f and closes it. Small parts are
// gathered in a buffer so that a page of thousands of rows is a few writes;
// large ones go straight to the file. The mode is set explicitly so that
// the umask cannot make a published file unreadable to the web server.
func writeNew(f *os.File, parts [][]byte) error {
	bw := buffers.Get().(*bufio.Writer)
	bw.Reset(f)
	var err error
	for _, part := range parts {
		if _, err = bw.Write(part); err != nil {
			break
		}
	}
	if err == nil {
		err = bw.Flush()
	}
	bw.Reset(nil)
	buffers.Put(bw)
	if err == nil {
		err = f.Chmod(0o644)
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name()) // leave no partial file behind
		return fmt.Errorf("write %s: %w", f.Name(), err)
	}
	return nil
}
