//go:build unix

package export

import (
	"syscall"
	"time"
)

// cpuTime is the CPU time (user and system) the process has used so far.
// The benchmarks report it beside wall time, which on a shared machine
// depends on what else is running.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
