package export

import (
	"runtime"

	"github.com/korea-investment-tracker/kit/generator/parallel"
)

// runAll runs jobs on every core (parallel.For) and returns the first
// error in job order, so that a failing export reports the same error
// whatever the scheduling. Jobs must not depend on one another; each file
// is a pure function of the publication, which keeps the output
// byte-identical to running the jobs one by one.
func runAll(jobs []func() error) error {
	return parallel.For(len(jobs), func(i int) error { return jobs[i]() })
}

// background starts job on a goroutine of its own and returns a function
// that waits for its result. Write runs the SQLite database this way: it is
// one long, inherently sequential job that should overlap everything else
// rather than hold a worker of runAll while the others queue.
func background(job func() error) (wait func() error) {
	done := make(chan error, 1)
	go func() { done <- job() }()
	return func() error { return <-done }
}

// chunks splits n items into about 4×GOMAXPROCS ranges [lo, hi), enough for
// the workers to even out uneven ranges without a job per item.
func chunks(n int) [][2]int {
	size := max(1, (n+4*runtime.GOMAXPROCS(0)-1)/(4*runtime.GOMAXPROCS(0)))
	var out [][2]int
	for lo := 0; lo < n; lo += size {
		out = append(out, [2]int{lo, min(lo+size, n)})
	}
	return out
}
