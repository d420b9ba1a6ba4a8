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
}

// watchDescendants polls every interval until stop is called.
func watchDescendants(interval time.Duration) *descendants {
	quit := make(chan struct{})
	d := &descendants{peaks: map[string]int64{}, stop: sync.OnceFunc(func() { close(quit) })}
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

func (d *descendants) poll() {
	parent, comm := map[int]int{}, map[int]string{}
	dirs, _ := filepath.Glob("/proc/[0-9]*")
	for _, dir := range dirs {
		pid, _ := strconv.Atoi(filepath.Base(dir))
		b, err := os.ReadFile(dir + "/stat")
		// pid (comm) state ppid …; comm may hold spaces and parentheses.
		i, j := strings.IndexByte(string(b), '('), strings.LastIndexByte(string(b), ')')
		if err != nil || i < 0 || j < i {
			continue
		}
		f := strings.Fields(string(b[j+1:]))
		if len(f) > 1 {
			parent[pid], _ = strconv.Atoi(f[1])
			comm[pid] = string(b[i+1 : j])
		}
	}
	self := os.Getpid()
	for pid := range comm {
		if below(pid, self, parent) {
			d.record(comm[pid], selfStatusOf(pid, "VmHWM:"))
		}
	}
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
