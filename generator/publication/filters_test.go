package publication_test

import (
	"math/rand/v2"
	"testing"

	"github.com/korea-investment-tracker/kit/generator/internal/testrepo"
	"github.com/korea-investment-tracker/kit/generator/publication"
)

// jsPiece is a piece as filters.js reads a row's data-sum.
type jsPiece struct {
	Role  string `json:"role"`
	Pkg   string `json:"pkg"`
	Lo    int64  `json:"lo"`
	Hi    int64  `json:"hi"`
	Open  bool   `json:"open"`
	About bool   `json:"about"`
	Count string `json:"count"`
}

func toJS(p publication.Piece) jsPiece {
	out := jsPiece{Role: p.Role, Pkg: p.Package, Lo: p.Lo, Open: p.Hi == nil, About: p.About, Count: p.Count}
	if p.Hi != nil {
		out.Hi = *p.Hi
	}
	return out
}

// TestFiltersSum: the commitments list's filters (site/static/js/filters.js)
// add up the rows shown, from each row's PieceOf, to the oracle's interval
// for those commitments, on random publications and random sets of rows.
func TestFiltersSum(t *testing.T) {
	type jsCase struct {
		All   []jsPiece `json:"all"`
		Shown []jsPiece `json:"shown"`
		Lo    int64     `json:"lo"`
		Hi    int64     `json:"hi"`
	}
	var cases []jsCase
	for k := range 300 {
		r := rand.New(rand.NewPCG(uint64(k), 20))
		d := randomDataset(r)
		m := newModel(d, nil)
		if _, _, ok := m.interval(newSel()); !ok {
			continue // the records contradict each other (check refuses such parts)
		}
		p := publication.Build(d)
		c := jsCase{All: []jsPiece{}, Shown: []jsPiece{}}
		s := newSel()
		for _, i := range p.Investments {
			piece := toJS(publication.PieceOf(i))
			c.All = append(c.All, piece)
			if r.IntN(2) == 0 {
				continue
			}
			c.Shown = append(c.Shown, piece)
			switch piece.Role {
			case "package":
				s.rests[i.ID] = true
			case "part", "alone":
				s.ids[i.ID] = true
			}
		}
		c.Lo, c.Hi, _ = m.interval(s)
		cases = append(cases, c)
	}
	testrepo.RunFiltersJS(t, "testdata/filters-sum.js", cases)
}
