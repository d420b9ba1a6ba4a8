// Package cputime measures CPU time (user and system), which on a shared
// or busy machine says more about a program's work than wall clock does.
package cputime

import (
	"os"
	"time"
)

// Of is the CPU time a finished process used, with the children it
// waited for; 0 for a process that did not start.
func Of(ps *os.ProcessState) time.Duration {
	if ps == nil {
		return 0
	}
	return ps.UserTime() + ps.SystemTime()
}
