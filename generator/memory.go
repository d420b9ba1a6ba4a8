package main

import (
	"os"
	"runtime/debug"
)

// memoryLimit is the generator's soft memory limit in a build, unless
// GOMEMLIMIT sets one. By default Go lets the heap grow to twice what is
// live before it collects, which took a build of 100,000 commitments to
// 5.7 GB; near the limit the collector runs more often instead. A build
// whose live data exceeds it still completes, more slowly; the figure is
// chosen for headroom under the 4 GB budget at 100,000 commitments
// (BENCHMARKS.md).
const memoryLimit = 2 << 30

// limitMemory sets memoryLimit, unless GOMEMLIMIT set another, and
// returns the limit in force.
func limitMemory() int64 {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(memoryLimit)
	}
	return debug.SetMemoryLimit(-1)
}
