package benchmark

import (
	"os"
	"runtime"
	"strconv"
	"strings"
	"sync"
	"time"

	"github.com/korea-investment-tracker/kit/generator/build"
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
	// generator's own process, HugoCPU and SearchCPU that of the Hugo and
	// Pagefind processes it ran, OtherCPU that of the rest (git): what
	// the build asks of the machine's cores, whatever their number.
	GeneratorCPU, HugoCPU, SearchCPU, OtherCPU time.Duration
	// Cores is how many the build could use (runtime.NumCPU).
	Cores int
	// Quick is set for a quick rebuild of the live preview; Rendered is
	// how many pages a first look or a quick rebuild rendered.
	Quick    bool
	Rendered int
}

// CPU is the CPU time of every process of the build.
func (t Timings) CPU() time.Duration { return t.GeneratorCPU + t.HugoCPU + t.SearchCPU + t.OtherCPU }

// PeakRSS is the most memory the build's processes held at once: the
// generator alone, or the generator and a Hugo process, or the generator
// and Pagefind's, which run one after the other.
func (t Timings) PeakRSS() int64 {
	return max(t.GeneratorMaxRSS, t.GeneratorRSSWithHugo+t.HugoMaxRSS, t.GeneratorRSSWithSearch+t.SearchMaxRSS)
}

// A Recorder fills Timings from the stages of a build as they end
// (build.Options.Stage, which Stage fits), measuring the memory of this
// process and of the programs it ran meanwhile.
type Recorder struct {
	mu    sync.Mutex
	start time.Time
	t     Timings
	procs *descendants
	// self and children are processCPU's figures when the recorder
	// started; lastChildren its children's when the last stage ended:
	// what they took since is the ending stage's.
	self, children, lastChildren time.Duration
}

// NewRecorder starts timing a build, and watching the memory of the
// processes it runs.
func NewRecorder() *Recorder {
	r := &Recorder{start: time.Now(), procs: watchDescendants(200 * time.Millisecond)}
	r.self, r.children = processCPU()
	r.lastChildren = r.children
	return r
}

// Stage records that a stage of the build took d.
func (r *Recorder) Stage(s build.Stage, d time.Duration) {
	r.mu.Lock()
	defer r.mu.Unlock()
	t := &r.t
	_, children := processCPU()
	spent := children - r.lastChildren
	r.lastChildren = children
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
		t.HugoCPU += spent
		t.HugoRuns++
		t.HugoMaxRSS = r.procs.peak("hugo")
		t.GeneratorRSSWithHugo = max(t.GeneratorRSSWithHugo, selfStatus("VmRSS:"))
	case build.StageFeeds:
		t.Feeds += d
	case build.StageSearch:
		t.Search += d
		t.SearchCPU += spent
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
	self, children := processCPU()
	t.GeneratorCPU, t.OtherCPU = self-r.self, children-r.children-t.HugoCPU-t.SearchCPU
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
