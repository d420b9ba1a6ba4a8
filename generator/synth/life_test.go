package synth_test

import (
	"testing"

	"github.com/korea-investment-tracker/kit/generator/publication"
	"github.com/korea-investment-tracker/kit/generator/synth"
)

// TestLifeShapes: most commitments are announced only, some progress, a
// few are cancelled or withdrawn or restated; with ShorthandOnly, none
// has milestones or statements.
func TestLifeShapes(t *testing.T) {
	for _, shorthand := range []bool{false, true} {
		dir := t.TempDir()
		if err := synth.Write(dir, synth.Config{Companies: 50, Investments: 1000, Seed: 1, Regions: regions, ShorthandOnly: shorthand}); err != nil {
			t.Fatal(err)
		}
		d, errs := checkDir(t, dir)
		if err := errs.Err(); err != nil {
			t.Fatalf("invalid:\n%v", err)
		}
		n := map[string]int{}
		for _, i := range d.Investments {
			if len(i.Milestones) > 0 {
				n["lists"]++
				n[string(publication.Stage(i.Milestones))]++
			}
			if len(i.AmountStatements) > 1 {
				n["restated"]++
			}
		}
		if shorthand {
			if n["lists"] != 0 {
				t.Errorf("shorthand only: %d commitments with lists, want none", n["lists"])
			}
			continue
		}
		if n["announced"] < n["lists"]/2 || n["under-way"] == 0 || n["completed"] == 0 || n["cancelled"] == 0 || n["withdrawn"] == 0 || n["restated"] == 0 {
			t.Errorf("shapes %v: want most announced only, and some under way, completed, cancelled, withdrawn and restated", n)
		}
	}
}
