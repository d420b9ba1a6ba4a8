// Package parallel runs independent jobs on every core: the files a build
// reads, checks and writes are independent of one another, and the output
// must not depend on which finishes first.
package parallel

import (
	"cmp"
	"runtime"
	"sync"
	"sync/atomic"
)

// For calls fn(0) … fn(n-1) on at most GOMAXPROCS goroutines, starting
// them in order, and returns once every call has returned: the error of
// the lowest i that failed, so that a failure is reported the same way
// whatever the scheduling.
func For(n int, fn func(i int) error) error {
	errs := make([]error, n)
	var wg sync.WaitGroup
	var next atomic.Int64
	for range min(runtime.GOMAXPROCS(0), n) {
		wg.Go(func() {
			for i := int(next.Add(1)) - 1; i < n; i = int(next.Add(1)) - 1 {
				errs[i] = fn(i)
			}
		})
	}
	wg.Wait()
	return cmp.Or(errs...)
}
