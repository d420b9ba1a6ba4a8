package load_test

import (
	"os"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/synth"
)

// BenchmarkLoad measures reading and decoding with positions alone (no
// schema), on 1,000 synthetic companies and 10,000 commitments.
func BenchmarkLoad(b *testing.B) {
	dir := b.TempDir()
	if err := synth.Write(dir, synth.Config{Companies: 1000, Investments: 10000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	fsys := os.DirFS(dir)
	files, _ := load.Files(fsys)
	var size int64
	for _, f := range files {
		info, err := os.Stat(dir + "/" + f)
		if err != nil {
			b.Fatal(err)
		}
		size += info.Size()
	}
	b.SetBytes(size)
	for b.Loop() {
		if _, errs := load.Load(fsys, files); len(errs) > 0 {
			b.Fatal(errs)
		}
	}
	b.ReportMetric(float64(len(files))*float64(b.N)/b.Elapsed().Seconds(), "records/s")
}
