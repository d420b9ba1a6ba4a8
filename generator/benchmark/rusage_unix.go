//go:build unix

package benchmark

import "syscall"

// childrenMaxRSS is the largest peak memory, in bytes, of the processes
// this one ran and waited for (Linux reports KiB).
func childrenMaxRSS() int64 {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_CHILDREN, &ru) != nil {
		return 0
	}
	return int64(ru.Maxrss) * 1024
}
