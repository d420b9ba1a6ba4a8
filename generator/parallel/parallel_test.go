package parallel_test

import (
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/parallel"
)

// TestFor: every job runs once, failing or not, and the error is the
// lowest failing job's.
func TestFor(t *testing.T) {
	tests := []struct {
		name    string
		n       int
		failing []int
		want    string
	}{
		{"no jobs", 0, nil, ""},
		{"one job", 1, nil, ""},
		{"many jobs", 1000, nil, ""},
		{"one fails", 100, []int{42}, "job 42"},
		{"several fail", 100, []int{99, 7, 63}, "job 7"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			fails := map[int]bool{}
			for _, i := range tt.failing {
				fails[i] = true
			}
			calls := make([]atomic.Int32, tt.n)
			err := parallel.For(tt.n, func(i int) error {
				calls[i].Add(1)
				if fails[i] {
					return fmt.Errorf("job %d", i)
				}
				return nil
			})
			if got := fmt.Sprint(err); (err == nil && tt.want != "") || (err != nil && got != tt.want) {
				t.Errorf("error %v, want %q", err, tt.want)
			}
			for i := range calls {
				if c := calls[i].Load(); c != 1 {
					t.Fatalf("job %d ran %d times, want once", i, c)
				}
			}
		})
	}
}

// TestForJobOrder: the lowest failing job's error is returned even when a
// later job fails first.
func TestForJobOrder(t *testing.T) {
	defer runtime.GOMAXPROCS(runtime.GOMAXPROCS(2)) // job 0 waits for job 9, on another goroutine
	later := make(chan struct{})
	err := parallel.For(10, func(i int) error {
		switch i {
		case 0:
			<-later
			return errors.New("job 0")
		case 9:
			defer close(later)
			return errors.New("job 9")
		}
		return nil
	})
	if err == nil || err.Error() != "job 0" {
		t.Errorf("error %v, want job 0's, which failed after job 9", err)
	}
}
