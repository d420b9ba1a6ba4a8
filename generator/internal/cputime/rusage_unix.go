//go:build unix

package cputime

import (
	"syscall"
	"time"
)

// Self is the CPU time this process has used so far.
func Self() time.Duration { return rusage(syscall.RUSAGE_SELF) }

// Children is the CPU time of the child processes this one has waited
// for, with the children they waited for.
func Children() time.Duration { return rusage(syscall.RUSAGE_CHILDREN) }

// rusage is the user and system time getrusage reports for who; 0 when
// it reports nothing.
func rusage(who int) time.Duration {
	var ru syscall.Rusage
	if syscall.Getrusage(who, &ru) != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
