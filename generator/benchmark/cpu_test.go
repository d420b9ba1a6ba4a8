package benchmark

import (
	"os/exec"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/internal/cputime"
)

// TestRecorderCPU: through the build's options it observes (their own
// callbacks still told), the programs' runs count for the stage they are
// told for, the other programs the build waited for as the rest, and the
// generator's own CPU time within the search index's stage apart.
func TestRecorderCPU(t *testing.T) {
	if cputime.Self() == 0 {
		t.Skip("no CPU times on this platform")
	}
	var told []build.Stage // what the options told before the recorder came
	opt := build.Options{Stage: func(s build.Stage, _ time.Duration) { told = append(told, s) }}
	r := NewRecorder()
	r.Observe(&opt)
	spin := func(n int) time.Duration { // a shell counting, for some CPU time
		cmd := exec.Command("sh", "-c", "i=0; while [ $i -lt "+strconv.Itoa(n*20000)+" ]; do i=$((i+1)); done")
		if err := cmd.Run(); err != nil {
			t.Skip(err)
		}
		return cputime.Of(cmd.ProcessState)
	}
	hugo := spin(1)
	opt.ProgramCPU(build.StageHugo, hugo)
	search := spin(2)
	opt.ProgramCPU(build.StageSearch, search)
	opt.ProgramCPU(build.StageExport, time.Hour) // no program's stage: not counted
	other := spin(3)
	opt.Start(build.StageSearch, -1)
	for from := cputime.Self(); cputime.Self()-from < 20*time.Millisecond; {
	}
	opt.Stage(build.StageSearch, 1)
	got := r.Timings()
	if len(told) != 1 || told[0] != build.StageSearch || got.Search != 1 {
		t.Errorf("the options' own Stage was told %v, the recorder's search stage %v; want both told", told, got.Search)
	}
	// The kernel sums its children's times in finer units than the
	// microseconds it gives each: the two may differ in rounding.
	near := func(a, b time.Duration) bool { return (a - b).Abs() < 2*time.Millisecond }
	if got.HugoCPU != hugo || got.SearchCPU != search || !near(got.OtherCPU, other) {
		t.Errorf("CPU: Hugo %v, search %v, other %v; want %v, %v, %v", got.HugoCPU, got.SearchCPU, got.OtherCPU, hugo, search, other)
	}
	if got.GeneratorSearchCPU < 20*time.Millisecond || got.GeneratorSearchCPU > got.GeneratorCPU || got.Cores <= 0 {
		t.Errorf("the generator's CPU %v, %v of it in the search stage, on %d cores; want at least 20ms in the stage",
			got.GeneratorCPU, got.GeneratorSearchCPU, got.Cores)
	}
}

// TestLeastRatios: the lowest ratios the build's CPU time allows are that
// time shared by its cores, against Hugo alone's wall clock; the search
// index's stage holds Pagefind's CPU time and the generator's own in it.
func TestLeastRatios(t *testing.T) {
	s := time.Second
	build := Timings{GeneratorCPU: 10 * s, GeneratorSearchCPU: s, HugoCPU: 24 * s, SearchCPU: 8 * s, OtherCPU: 2 * s, Cores: 2, Total: time.Minute}
	alone := Timings{Hugo: 10 * s, HugoCPU: 17500 * time.Millisecond, Total: time.Minute, Cores: 2}
	tests := []struct {
		name string
		r    Result
		want []string
	}{
		{"two cores", Result{PublicFiles: 1, Timings: build, OneHugo: alone}, []string{
			"| CPU time: the generator's process (of it in the search index's stage) | 10.00 s (1.00 s) |",
			"| baseline: Hugo alone's CPU time (cores it kept busy) | 17.50 s (1.75 of 2) |",
			"| least whole build / Hugo alone these cores allow (the build's CPU time ÷ cores ÷ Hugo alone) | 2.20× |",
			"| least without the search index / Hugo alone | 1.75× |",
			"| least search index / Hugo alone | 0.45× |",
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
