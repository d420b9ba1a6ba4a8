package publication

// labels names breakdown keys in English and Korean.
type labels struct {
	regions   map[string][2]string
	companies map[string][2]string
}

var specialLabels = map[string][2]string{
	KeyMultiple:    {"Several regions", "여러 지역"},
	KeyNotStated:   {"Not stated", "밝혀지지 않음"},
	KeyNotItemised: {"Not itemised (rest of a package)", "세부 내역 없음 (패키지 잔여분)"},
	KeyNationwide:  {"Nationwide", "전국"},
}

func newLabels(p *Publication) labels {
	l := labels{regions: map[string][2]string{}, companies: map[string][2]string{}}
	for _, r := range p.Regions {
		l.regions[r.Code] = [2]string{r.Name, r.NameKo}
	}
	for _, c := range p.Companies {
		l.companies[c.ID] = [2]string{c.Name, c.NameKo}
	}
	return l
}

func (l labels) lookup(m map[string][2]string, k string) (string, string) {
	if v, ok := specialLabels[k]; ok {
		return v[0], v[1]
	}
	if v, ok := m[k]; ok {
		return v[0], v[1]
	}
	return k, ""
}

// severalSectors names the row of the commitments in more than one sector:
// KeyMultiple means several of whatever the breakdown is by.
var severalSectors = [2]string{"Several sectors", "여러 업종"}

func (l labels) region(k string) (string, string) { return l.lookup(l.regions, k) }

func (l labels) sector(k string) (string, string) {
	if k == KeyMultiple {
		return severalSectors[0], severalSectors[1]
	}
	return l.lookup(nil, k)
}

func (l labels) company(k string) (string, string) { return l.lookup(l.companies, k) }
func (l labels) plain(k string) (string, string)   { return l.lookup(nil, k) }
