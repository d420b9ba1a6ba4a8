//go:build !unix

package benchmark

// childrenMaxRSS is not measured here.
func childrenMaxRSS() int64 { return 0 }
