package check_test

import (
	"os"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/check"
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/synth"
)

// BenchmarkValidate measures load + schema + rules on a synthetic repository
// of 1,000 companies and 10,000 commitments; MB/s counts the source JSON.
func BenchmarkValidate(b *testing.B) {
	dir := b.TempDir()
	if err := synth.Write(dir, synth.Config{Companies: 1000, Investments: 10000, Seed: 1}); err != nil {
		b.Fatal(err)
	}
	fsys := os.DirFS(dir)
	files, _ := load.Files(fsys)
	var size int64
	for _, f := range files {
		info, _ := os.Stat(dir + "/" + f)
		size += info.Size()
	}
	// cold is a build's validation: a new Checker (its schemas compiled)
	// each time. remembered is the preview's after a save that changed
	// nothing: one Checker, which re-checks no file (the load still runs).
	for _, mode := range []string{"cold", "remembered"} {
		b.Run(mode, func(b *testing.B) {
			kept, err := check.New()
			if err != nil {
				b.Fatal(err)
			}
			b.SetBytes(size)
			for b.Loop() {
				c := kept
				if mode == "cold" {
					if c, err = check.New(); err != nil {
						b.Fatal(err)
					}
				}
				docs, errs := load.Load(fsys, files)
				_, checkErrs := c.Check(docs)
				if err := append(errs, checkErrs...).Err(); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(len(files))*float64(b.N)/b.Elapsed().Seconds(), "records/s")
		})
	}
}
