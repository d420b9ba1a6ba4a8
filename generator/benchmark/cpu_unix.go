//go:build unix

package benchmark

import (
	"syscall"
	"time"
)

// processCPU is the CPU time (user and system) this process has used, and
// that of the child processes it has waited for (with the children they
// waited for).
func processCPU() (self, children time.Duration) {
	return rusageCPU(syscall.RUSAGE_SELF), rusageCPU(syscall.RUSAGE_CHILDREN)
}

func rusageCPU(who int) time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(who, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
