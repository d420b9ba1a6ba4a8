// Package synth writes a synthetic repository layout (records and pages) of
// any size, deterministic from a seed, for benchmarks and scale tests. Every
// record it writes is marked "synthetic": true and cites a synthetic source,
// so it can never pass for real data.
package synth

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// Config says what to generate. The zero value writes nothing but regions.
type Config struct {
	Companies   int
	Investments int
	// Seed makes the output reproducible; the same seed gives the same bytes.
	Seed uint64
	// InvalidFraction of the investment files, between 0 and 1, are broken on
	// purpose, for the checker's benchmark.
	InvalidFraction float64
	// Regions are copied into the output; synthetic records refer to them.
	Regions []record.Region
	// ShorthandOnly writes each commitment's amount, announced date and
	// status alone, as before milestones existed, rather than its life as
	// milestones and amount statements (life.go).
	ShorthandOnly bool
}

var syntheticSource = record.Source{
	Title:     "Synthetic data generated for testing; not a real source",
	Publisher: "Korea Investment Tracker synthetic data generator",
	URL:       "https://example.org/synthetic",
}

// Write writes data/ and content/ below dir.
func Write(dir string, cfg Config) error {
	g := &gen{cfg: cfg, rnd: rand.New(rand.NewPCG(cfg.Seed, cfg.Seed^0x9e3779b97f4a7c15)), dir: dir,
		life: rand.New(rand.NewPCG(cfg.Seed^0x5eed, cfg.Seed))}
	steps := []func() error{g.regions, g.companies, g.investments, g.rates}
	for _, step := range steps {
		if err := step(); err != nil {
			return err
		}
	}
	return nil
}

type gen struct {
	cfg Config
	rnd *rand.Rand
	// life draws the shapes of commitments' lives, apart from rnd.
	life *rand.Rand
	dir  string
}

func (g *gen) write(rel string, v any) error {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err
	}
	return g.writeBytes(rel, append(b, '\n'))
}

func (g *gen) writeBytes(rel string, b []byte) error {
	p := filepath.Join(g.dir, filepath.FromSlash(rel))
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		return err
	}
	return os.WriteFile(p, b, 0o644)
}

func (g *gen) regions() error {
	for _, r := range g.cfg.Regions {
		r.Schema = "../../schema/region.schema.json"
		if err := g.write("data/regions/"+r.Code+".json", r); err != nil {
			return err
		}
	}
	return nil
}

func companyID(n int) string { return fmt.Sprintf("synthetic-company-%06d", n) }

func (g *gen) companies() error {
	countries := []string{"US", "FR", "DE", "JP", "BE", "GB", "NL", "CN", "SG", ""}
	sectors := record.Sector("").Values()
	for n := 1; n <= g.cfg.Companies; n++ {
		c := record.Company{
			Schema: "../../schema/company.schema.json", ID: companyID(n),
			Name: fmt.Sprintf("Synthetic Company %d", n), NameKo: fmt.Sprintf("합성 기업 %d", n),
			Country: countries[g.rnd.IntN(len(countries))], Synthetic: true,
			Sectors: []record.Sector{record.Sector(sectors[g.rnd.IntN(len(sectors))])},
			Sources: []record.Source{syntheticSource},
		}
		if n > 10 && g.rnd.IntN(10) == 0 {
			c.Parent = companyID(1 + g.rnd.IntN(10))
		}
		if err := g.write("data/companies/"+c.ID+".json", c); err != nil {
			return err
		}
		if n%10 == 1 {
			if err := g.profile(c); err != nil {
				return err
			}
		}
	}
	return nil
}

func (g *gen) profile(c record.Company) error {
	body := fmt.Sprintf("---\ntitle: %s\ncompany: %s\nsynthetic: true\n---\n%s is a **synthetic** company made up for testing.\nIt does not exist.\n", c.Name, c.ID, c.Name)
	return g.writeBytes("content/companies/"+c.ID+".md", []byte(body))
}

// rates writes a synthetic rate table so that non-dollar amounts convert.
func (g *gen) rates() error {
	src := syntheticSource
	return g.write("data/rates.json", record.Rates{Schema: "../schema/rates.schema.json", Rates: []record.Rate{
		{Currency: "EUR", USDPerUnit: "1.1", Date: "2025-01", Source: src},
		{Currency: "KRW", USDPerUnit: "0.0007", Date: "2025-01", Source: src},
	}})
}

// breakOne damages a record's bytes in one of the ways contributors do.
func (g *gen) breakOne(b []byte) []byte {
	s := string(b)
	switch g.rnd.IntN(3) {
	case 0:
		return []byte(strings.Replace(s, `"title"`, `"titel"`, 1))
	case 1:
		return []byte(strings.Replace(s, `"status": "announced"`, `"status": "anounced"`, 1))
	}
	return []byte(strings.Replace(s, "\n}", ",\n}", 1))
}
