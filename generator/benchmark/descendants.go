package benchmark

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"time"
)

// descendants polls the peak memory (VmHWM, Linux only) of every process
// below this one, by command name. The operating system's figure for the
// processes this one waited for (getrusage) will not do: it misses a
// child's own children that it does not wait for, and a child's figure
// starts from the memory of the generator it was forked from (at 100k it
// gave every Hugo process the generator's 3.8 GB).
type descendants struct {
	mu    sync.Mutex
	peaks map[string]int64
	stop  func()
	// others are the processes found not to descend from this one, whose
	// files a poll need not read again: on a busy machine reading every
	// process's five times a second costs the build a core's seconds.
	others map[int]bool
}

// watchDescendants polls every interval until stop is called.
func watchDescendants(interval time.Duration) *descendants {
	quit := make(chan struct{})
	d := &descendants{peaks: map[string]int64{}, others: map[int]bool{}, stop: sync.OnceFunc(func() { close(quit) })}
	go func() {
		t := time.NewTicker(interval)
		defer t.Stop()
		for {
			d.poll()
			select {
			case <-quit:
				return
			case <-t.C:
			}
		}
	}()
	return d
}

// peak is the largest peak of the descendants whose command is one of names.
func (d *descendants) peak(names ...string) int64 {
	d.mu.Lock()
	defer d.mu.Unlock()
	var out int64
	for _, n := range names {
		out = max(out, d.peaks[n])
	}
	return out
}

// poll records the peak of every descendant, reading the stat file of
// each process not yet known to be another's.
func (d *descendants) poll() {
	parent, comm := map[int]int{}, map[int]string{}
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	alive := map[int]bool{}
	for _, dir := range dirs {
		pid, _ := strconv.Atoi(filepath.Base(dir))
		alive[pid] = true
		if d.others[pid] {
			continue
		}
		if ppid, name, ok := readStat(dir); ok {
			parent[pid], comm[pid] = ppid, name
		}
	}
	self := os.Getpid()
	for pid := range comm {
		if below(pid, self, parent) {
			d.record(comm[pid], selfStatusOf(pid, "VmHWM:"))
		} else {
			d.others[pid] = true
		}
	}
	for pid := range d.others { // a number may come back for a new process
		if !alive[pid] {
			delete(d.others, pid)
		}
	}
}

// readStat reads the parent and the command name from /proc/PID/stat:
// "pid (comm) state ppid …", where comm may hold spaces and parentheses.
func readStat(dir string) (ppid int, comm string, ok bool) {
	b, err := os.ReadFile(dir + "/stat")
	i, j := strings.IndexByte(string(b), '('), strings.LastIndexByte(string(b), ')')
	if err != nil || i < 0 || j < i {
		return 0, "", false
	}
	f := strings.Fields(string(b[j+1:]))
	if len(f) < 2 {
		return 0, "", false
	}
	ppid, _ = strconv.Atoi(f[1])
	return ppid, string(b[i+1 : j]), true
}

// below says whether pid descends from ancestor.
func below(pid, ancestor int, parent map[int]int) bool {
	for p := parent[pid]; p > 1; p = parent[p] {
		if p == ancestor {
			return true
		}
	}
	return false
}

func (d *descendants) record(name string, peak int64) {
	d.mu.Lock()
	defer d.mu.Unlock()
	d.peaks[name] = max(d.peaks[name], peak)
}
