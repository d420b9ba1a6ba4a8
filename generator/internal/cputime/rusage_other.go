//go:build !unix

package cputime

import "time"

// Self is not measured on this platform.
func Self() time.Duration { return 0 }

// Children is not measured on this platform.
func Children() time.Duration { return 0 }
