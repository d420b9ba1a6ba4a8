package benchmark

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
	"github.com/korea-investment-tracker/kit/generator/internal/cputime"
)

// Timings are one build's figures: how long each stage took, and how much
// memory the generator and the programs it runs held.
type Timings struct {
	Validate, Publication, Export, Render, Total time.Duration
	// Hugo is the Hugo processes alone (inside Render), HugoRuns how many
	// ran, and HugoMaxRSS the largest one's peak memory in bytes.
	Hugo       time.Duration
	HugoRuns   int
	HugoMaxRSS int64
	// GeneratorMaxRSS is the generator's own peak memory in bytes (Linux only; 0 elsewhere).
	GeneratorMaxRSS int64
	// GeneratorRSSWithHugo and GeneratorRSSWithSearch are the generator's
	// memory when Hugo, then Pagefind, ended (it waits for them).
	// SearchMaxRSS is the peak of Pagefind's process, polled while it
	// runs (descendants).
	GeneratorRSSWithHugo, GeneratorRSSWithSearch, SearchMaxRSS int64
	// Publish is the time to put the finished site in place; Feeds and
	// Search are the Atom feeds and the Pagefind index (after Render).
	Publish, Feeds, Search time.Duration
	// GeneratorCPU is the CPU time (user and system; Unix only) of the
	// generator's own process, GeneratorSearchCPU the part of it within
	// the search index's stage; HugoCPU and SearchCPU are that of the
	// Hugo and Pagefind runs, OtherCPU that of the other programs the
	// build ran (the Hugo lookup and its version checks, git, npm): what
	// the build asks of the machine's cores, whatever their number.
	GeneratorCPU, GeneratorSearchCPU, HugoCPU, SearchCPU, OtherCPU time.Duration
	// Cores is how many the build could use (runtime.NumCPU).
	Cores int
	// Quick is set for a quick rebuild of the live preview; Rendered is
	// how many pages a first look or a quick rebuild rendered.
	Quick    bool
	Rendered int
}

// cpu is the CPU time of every process of the build.
func (t Timings) cpu() time.Duration { return t.GeneratorCPU + t.HugoCPU + t.SearchCPU + t.OtherCPU }

// searchCPU is the CPU time of the search index's stage: Pagefind's and
// the generator's own (the entries' pages, the pieces joined).
func (t Timings) searchCPU() time.Duration { return t.SearchCPU + t.GeneratorSearchCPU }

// PeakRSS is the most memory the build's processes held at once: the
// generator alone, or the generator and a Hugo process, or the generator
// and Pagefind's, which run one after the other.
func (t Timings) PeakRSS() int64 {
	return max(t.GeneratorMaxRSS, t.GeneratorRSSWithHugo+t.HugoMaxRSS, t.GeneratorRSSWithSearch+t.SearchMaxRSS)
}

// A Recorder fills Timings from the stages of a build as they start and
// end and from the programs it runs (Observe; the live preview's steps
// tell Stage alone), measuring the memory of this process and of the
// programs it ran meanwhile.
type Recorder struct {
	mu    sync.Mutex
	start time.Time
	t     Timings
	procs *descendants
	// self and children are the CPU time of this process and of its
	// children when the recorder started; searchFrom this process's when
	// the search index's stage started.
	self, children, searchFrom time.Duration
}

// NewRecorder starts timing a build, and watching the memory of the
// processes it runs.
func NewRecorder() *Recorder {
	return &Recorder{start: time.Now(), procs: watchDescendants(200 * time.Millisecond),
		self: cputime.Self(), children: cputime.Children()}
}

// Observe has r told of the build that opt describes, as each stage
// starts and ends and as each program's run ends, besides whatever opt's
// callbacks already tell (the progress lines).
func (r *Recorder) Observe(opt *build.Options) {
	start, stage := opt.Start, opt.Stage
	opt.Start = func(s build.Stage, n int) {
		r.started(s)
		if start != nil {
			start(s, n)
		}
	}
	opt.Stage = func(s build.Stage, d time.Duration) {
		r.Stage(s, d)
		if stage != nil {
			stage(s, d)
		}
	}
	opt.ProgramCPU = r.programCPU
}

// started records that a stage of the build starts.
func (r *Recorder) started(s build.Stage) {
	if s == build.StageSearch {
		r.mu.Lock()
		defer r.mu.Unlock()
		r.searchFrom = cputime.Self()
	}
}

// programCPU records the CPU time of a run of the program doing stage s.
func (r *Recorder) programCPU(s build.Stage, cpu time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	switch s {
	case build.StageHugo:
		r.t.HugoCPU += cpu
	case build.StageSearch:
		r.t.SearchCPU += cpu
	}
}

// Stage records that a stage of the build took d.
func (r *Recorder) Stage(s build.Stage, d time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	t := &r.t
	switch s {
	case build.StageValidate:
		t.Validate += d
	case build.StagePublication:
		t.Publication += d
	case build.StageExport:
		t.Export += d
	case build.StageRender:
		t.Render += d
	case build.StageHugo: // a quick render that falls back to a full one runs Hugo twice
		t.Hugo += d
		t.HugoRuns++
		t.HugoMaxRSS = r.procs.peak("hugo")
		t.GeneratorRSSWithHugo = max(t.GeneratorRSSWithHugo, selfStatus("VmRSS:"))
	case build.StageFeeds:
		t.Feeds += d
	case build.StageSearch:
		t.Search += d
		t.GeneratorSearchCPU += cputime.Self() - r.searchFrom
		// comm is cut at 15 bytes: pagefind_extended is pagefind_extend.
		t.SearchMaxRSS = r.procs.peak("pagefind_extend", "pagefind")
		t.GeneratorRSSWithSearch = selfStatus("VmRSS:")
	case build.StagePublish:
		t.Publish += d
	}
}

// Timings are the figures recorded, with the time since the recorder
// started and this process's peak memory; the processes the build runs
// are no longer watched after.
func (r *Recorder) Timings() Timings {
	r.procs.stop()
	r.mu.Lock()
	defer r.mu.Unlock()
	t := r.t
	t.Total = time.Since(r.start)
	t.GeneratorMaxRSS = selfStatus("VmHWM:")
	t.GeneratorCPU = cputime.Self() - r.self
	t.OtherCPU = max(0, cputime.Children()-r.children-t.HugoCPU-t.SearchCPU)
	t.Cores = runtime.NumCPU()
	return t
}

// selfStatus reads a memory figure of this process from /proc (Linux
// only; 0 elsewhere): VmHWM, its peak resident memory, which, unlike
// rusage, does not include the programs it ran; VmRSS, its current one.
func selfStatus(field string) int64 { return selfStatusOf(os.Getpid(), field) }

// selfStatusOf is selfStatus of the process pid.
func selfStatusOf(pid int, field string) int64 {
	b, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(b)) {
		if v, ok := strings.CutPrefix(line, field); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
			return kb * 1024
		}
	}
	return 0
}
