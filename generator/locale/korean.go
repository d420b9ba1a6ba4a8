package locale

import (
	"strconv"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// numerals write amounts and dates the way a language's readers do. They
// are Go, not i18n messages, because the order and the units differ: Korean
// counts in 만, 억 and 조 (10⁴, 10⁸, 10¹²) and puts "이상" after the figure.
type numerals interface {
	// money is v units of cur: "$5 billion", "50억 달러".
	money(v int64, cur record.Currency) string
	// span is a range: "€1 billion–€2 billion", "10억~20억 유로".
	span(lo, hi int64, cur record.Currency) string
	// precise words a formatted figure by how it was stated:
	// "at least $5 billion", "50억 달러 이상".
	precise(p record.Precision, figure string) string
	// upTo words a total's ceiling: "up to $4 billion", "최대 40억 달러".
	upTo(figure string) string
	// between words a total's two ends in US dollars: "between $5 billion
	// and $9 billion", "50억~90억 달러".
	between(lo, hi int64) string
	// date writes a partial date as precisely as it is known.
	date(d record.PartialDate) string
}

// english writes "$5 billion", "at least …", "29 October 2025".
type english struct{}

func (english) money(v int64, cur record.Currency) string { return money(v, cur) }
func (english) span(lo, hi int64, cur record.Currency) string {
	return money(lo, cur) + "–" + money(hi, cur)
}
func (english) precise(p record.Precision, figure string) string { return precisionWords[p] + figure }
func (english) upTo(figure string) string                        { return "up to " + figure }
func (english) between(lo, hi int64) string {
	return "between " + money(lo, "USD") + " and " + money(hi, "USD")
}
func (english) date(d record.PartialDate) string { return dateText(d) }

// korean writes "50억 달러", "50억 달러 이상", "약 …", "2025년 10월 29일".
type korean struct{}

// koUnits are the Korean myriad units, largest first.
var koUnits = []struct {
	word string
	size int64
}{{"조", 1e12}, {"억", 1e8}, {"만", 1e4}}

// koCurrencies are the words Korean writes after an amount; an unlisted
// currency is written with its ISO code.
var koCurrencies = map[record.Currency]string{
	"USD": "달러", "KRW": "원", "EUR": "유로", "GBP": "파운드", "JPY": "엔", "CNY": "위안",
	"AUD": "호주 달러", "CAD": "캐나다 달러", "HKD": "홍콩 달러", "SGD": "싱가포르 달러",
	"TWD": "대만 달러", "CHF": "스위스 프랑", "INR": "인도 루피", "DKK": "덴마크 크로네",
	"NOK": "노르웨이 크로네", "SEK": "스웨덴 크로나",
}

func koCurrency(cur record.Currency) string {
	if w, ok := koCurrencies[cur]; ok {
		return w
	}
	return string(cur)
}

// koNumber writes v in myriad units, exactly, with each group of up to four
// digits grouped by thousands: 5e9 → "50억", 1.2e12 → "1조 2,000억",
// 3293362 → "329만 3,362".
func koNumber(v int64) string {
	if v == 0 {
		return "0"
	}
	var parts []string
	for _, u := range koUnits {
		if q := v / u.size; q > 0 {
			parts = append(parts, group(q)+u.word)
			v %= u.size
		}
	}
	if v > 0 {
		parts = append(parts, group(v))
	}
	return strings.Join(parts, " ")
}

func (korean) money(v int64, cur record.Currency) string {
	return koNumber(v) + " " + koCurrency(cur)
}

func (korean) span(lo, hi int64, cur record.Currency) string {
	return koNumber(lo) + "~" + koNumber(hi) + " " + koCurrency(cur)
}

func (korean) upTo(figure string) string     { return "최대 " + figure }
func (k korean) between(lo, hi int64) string { return k.span(lo, hi, "USD") }

func (korean) precise(p record.Precision, figure string) string {
	switch p {
	case record.About:
		return "약 " + figure
	case record.AtLeast:
		return figure + " 이상"
	case record.AtMost:
		return figure + " 이하"
	}
	return figure
}

// date writes "2025년", "2025년 10월" or "2025년 10월 29일".
func (korean) date(d record.PartialDate) string {
	s := string(d)
	if len(s) < 4 {
		return s
	}
	out := s[:4] + "년"
	for _, part := range []struct {
		from int
		unit string
	}{{5, "월"}, {8, "일"}} {
		if len(s) < part.from+2 {
			break
		}
		n, err := strconv.Atoi(s[part.from : part.from+2])
		if err != nil {
			return s
		}
		out += " " + strconv.Itoa(n) + part.unit
	}
	return out
}
