package benchmark

import (
	"os/exec"
	"strings"
	"testing"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
)

// TestRecorderCPU: a program's CPU time goes to the stage that ends after
// it: Hugo's, Pagefind's, or the other programs'.
func TestRecorderCPU(t *testing.T) {
	if self, _ := processCPU(); self == 0 {
		t.Skip("no CPU times on this platform")
	}
	r := NewRecorder()
	spin := func() time.Duration { // a shell counting, for some CPU time
		cmd := exec.Command("sh", "-c", "i=0; while [ $i -lt 50000 ]; do i=$((i+1)); done")
		if err := cmd.Run(); err != nil {
			t.Skip(err)
		}
		return cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	}
	other := spin()
	r.Stage(build.StageExport, 1)
	hugo := spin()
	hugo += spin()
	r.Stage(build.StageHugo, 1)
	r.Stage(build.StageRender, 1)
	search := spin()
	r.Stage(build.StageSearch, 1)
	got := r.Timings()
	// The kernel sums its children's times in finer units than the
	// microseconds it gives each: the two may differ in rounding.
	near := func(a, b time.Duration) bool { return (a - b).Abs() < 2*time.Millisecond }
	if !near(got.HugoCPU, hugo) || !near(got.SearchCPU, search) || !near(got.OtherCPU, other) {
		t.Errorf("CPU: Hugo %v, search %v, other %v; want %v, %v, %v", got.HugoCPU, got.SearchCPU, got.OtherCPU, hugo, search, other)
	}
	if got.GeneratorCPU <= 0 || got.Cores <= 0 {
		t.Errorf("the generator's CPU %v on %d cores; want both measured", got.GeneratorCPU, got.Cores)
	}
}

// TestLeastRatios: the lowest ratios the build's CPU time allows are that
// time shared by its cores, against Hugo alone's wall clock.
func TestLeastRatios(t *testing.T) {
	build := Timings{GeneratorCPU: 10 * time.Second, HugoCPU: 24 * time.Second, SearchCPU: 8 * time.Second, OtherCPU: 2 * time.Second, Cores: 2, Total: time.Minute}
	alone := Timings{Hugo: 10 * time.Second, HugoCPU: 17500 * time.Millisecond, Total: time.Minute, Cores: 2}
	tests := []struct {
		name string
		r    Result
		want []string
	}{
		{"two cores", Result{PublicFiles: 1, Timings: build, OneHugo: alone}, []string{
			"| baseline: Hugo alone's CPU time (cores it kept busy) | 17.50 s (1.75 of 2) |",
			"| least whole build / Hugo alone these cores allow (the build's CPU time ÷ cores ÷ Hugo alone) | 2.20× |",
			"| least without the search index / Hugo alone | 1.80× |",
			"| least search index / Hugo alone | 0.40× |",
		}},
		{"not measured", Result{PublicFiles: 1, Timings: Timings{Total: time.Minute}, OneHugo: alone}, []string{
			"| least whole build / Hugo alone these cores allow (the build's CPU time ÷ cores ÷ Hugo alone) | n/a |",
			"| least search index / Hugo alone | n/a |",
		}},
		{"no baseline measured", Result{PublicFiles: 1, Timings: build, OneHugo: Timings{Total: time.Minute}}, []string{
			"| baseline: Hugo alone's CPU time (cores it kept busy) | n/a |",
			"| least search index / Hugo alone | n/a |",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out strings.Builder
			Markdown(&out, []Result{tt.r})
			for _, line := range tt.want {
				if !strings.Contains(out.String(), line+"\n") {
					t.Errorf("no line %q in\n%s", line, out.String())
				}
			}
		})
	}
}
