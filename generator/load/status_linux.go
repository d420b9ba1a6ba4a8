package load

import (
	"io/fs"
	"syscall"
	"time"
)

// statusOf is a file's status-change time and inode, from its stat.
func statusOf(info fs.FileInfo) (time.Time, uint64) {
	st, ok := info.Sys().(*syscall.Stat_t)
	if !ok {
		return time.Time{}, 0
	}
	return time.Unix(st.Ctim.Sec, st.Ctim.Nsec), st.Ino
}
