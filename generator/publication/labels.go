package publication

import "github.com/korea-investment-tracker/kit/generator/message"

// labels names breakdown keys in English and Korean.
type labels struct {
	regions   map[string][2]string
	companies map[string][2]string
}

// special is the label of a breakdown key that names no record, from
// the message catalog; ok is false for any other key.
func special(k string) (label message.Text, ok bool) {
	switch k {
	case KeyMultiple:
		return message.SeveralRegions.Text(), true
	case KeyNotStated:
		return message.NotStated.Text(), true
	case KeyNotItemised:
		return message.NotItemised.Text(), true
	case KeyNationwide:
		return message.Nationwide.Text(), true
	}
	return message.Text{}, false
}

// Special reports whether a breakdown key is one of the rows that are not
// one region, company, sector or year ("several regions", "not stated", …).
func Special(key string) bool {
	_, ok := special(key)
	return ok
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
	if t, ok := special(k); ok {
		return t.In("en"), t.In("ko")
	}
	if v, ok := m[k]; ok {
		return v[0], v[1]
	}
	return k, ""
}

func (l labels) region(k string) (string, string) { return l.lookup(l.regions, k) }

// sector labels a sector's row; KeyMultiple means several of whatever the
// breakdown is by, here sectors.
func (l labels) sector(k string) (string, string) {
	if k == KeyMultiple {
		t := message.SeveralSectors.Text()
		return t.In("en"), t.In("ko")
	}
	return l.lookup(nil, k)
}

func (l labels) company(k string) (string, string) { return l.lookup(l.companies, k) }
func (l labels) plain(k string) (string, string)   { return l.lookup(nil, k) }
