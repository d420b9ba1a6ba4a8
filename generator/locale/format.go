package locale

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/korea-investment-tracker/kit/generator/record"
)

// Amounts are formatted from exact integers, never through float64: Hugo
// would print a float as 3.293362e+06, and a rounded float could misstate
// a sourced figure.

// scales are the words used for large amounts, largest first.
var scales = []struct {
	word string
	size int64
}{{"trillion", 1e12}, {"billion", 1e9}, {"million", 1e6}}

// currencySymbols prefix amounts in currencies whose symbol is unambiguous;
// the others are prefixed with their ISO code.
var currencySymbols = map[record.Currency]string{"USD": "$", "EUR": "€", "GBP": "£", "KRW": "₩"}

// money formats v units of cur as a reader would write it: "$9 billion",
// "$9.5 billion", "€120 million", or grouped digits ("$3,293,362") when a
// short form would have to round.
func money(v int64, cur record.Currency) string {
	prefix, ok := currencySymbols[cur]
	if !ok {
		prefix = string(cur) + " "
	}
	return prefix + number(v)
}

// number writes v with a scale word when that is exact to two decimals.
func number(v int64) string {
	for _, s := range scales {
		if v < s.size {
			continue
		}
		whole, frac := v/s.size, v%s.size
		if frac == 0 {
			return strconv.FormatInt(whole, 10) + " " + s.word
		}
		digits := fmt.Sprintf("%0*d", len(strconv.FormatInt(s.size, 10))-1, frac)
		digits = strings.TrimRight(digits, "0")
		if len(digits) <= 2 {
			return strconv.FormatInt(whole, 10) + "." + digits + " " + s.word
		}
		break
	}
	return group(v)
}

// group writes v with thousands separators: 3293362 → 3,293,362.
func group(v int64) string {
	s := strconv.FormatInt(v, 10)
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	var b strings.Builder
	for i, r := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			b.WriteByte(',')
		}
		b.WriteRune(r)
	}
	if neg {
		return "-" + b.String()
	}
	return b.String()
}

// precisionWords put into words how the source stated an amount.
var precisionWords = map[record.Precision]string{
	record.About:   "about ",
	record.AtLeast: "at least ",
	record.AtMost:  "up to ",
}

// AmountText is the amount in the source's own words where recorded
// ("more than $5 billion") and the page is in the source's language, else
// formatted from its value and precision ("50억 달러 이상").
func (l Locale) AmountText(a *record.Amount) string {
	if a != nil && a.Stated != "" && l.Native() {
		return a.Stated
	}
	return l.AmountFigure(a)
}

// AmountFigure is the amount as counted, without the source's wording:
// "at least $5 billion".
func (l Locale) AmountFigure(a *record.Amount) string {
	switch {
	case a == nil:
		return l.W("amount_undisclosed")
	case a.Precision == record.Range:
		return l.num.span(a.Value, a.Max, a.Currency)
	}
	return l.num.precise(a.Precision, l.num.money(a.Value, a.Currency))
}

// USD is a dollar figure with a precision: "about $9.5 billion".
func (l Locale) USD(p record.Precision, v int64) string {
	return l.num.precise(p, l.num.money(v, "USD"))
}

// Money is v units of cur: "$5 billion", "50억 달러".
func (l Locale) Money(v int64, cur record.Currency) string { return l.num.money(v, cur) }

// Interval words a total, an interval of US dollars (hi nil: no upper
// end), as strongly as it is known and no more: "$13 billion", "at least
// $5 billion", "up to $4 billion", "between $5 billion and $9 billion",
// each "about" when it rests on an approximate figure; from zero without
// an upper end it is "undisclosed", never "$0".
func (l Locale) Interval(lo int64, hi *int64, approximate bool) string {
	about := func(s string) string {
		if approximate {
			return l.num.precise(record.About, s)
		}
		return s
	}
	switch {
	case hi == nil && lo == 0:
		return l.W("total_undisclosed")
	case hi == nil:
		return l.num.precise(record.AtLeast, about(l.num.money(lo, "USD")))
	case *hi == lo:
		return about(l.num.money(lo, "USD"))
	case lo == 0:
		return l.num.upTo(about(l.num.money(*hi, "USD")))
	}
	return about(l.num.between(lo, *hi))
}

// Date writes a partial date as precisely as it is known: "2025",
// "October 2025", "29 October 2025"; "2025년 10월 29일".
func (l Locale) Date(d record.PartialDate) string { return l.num.date(d) }

// months names the months for dates written out in English.
var months = [...]string{"January", "February", "March", "April", "May", "June", "July",
	"August", "September", "October", "November", "December"}

// dateText writes a partial date in English.
func dateText(d record.PartialDate) string {
	s := string(d)
	if len(s) < 7 {
		return s
	}
	m, err := strconv.Atoi(s[5:7])
	if err != nil || m < 1 || m > 12 {
		return s
	}
	out := months[m-1] + " " + s[:4]
	if len(s) == 10 {
		day := strings.TrimPrefix(s[8:], "0")
		out = day + " " + out
	}
	return out
}

// Period is the period in the source's words, or in this language from its
// years where they are recorded; lang is set when the words stay English.
func (l Locale) Period(p *record.Period) (text, lang string) {
	switch {
	case p == nil:
		return l.W("not_stated"), ""
	case l.Native():
		return p.Stated, ""
	case p.Start != 0 && p.End != 0:
		return l.T("period_range", map[string]any{"Start": p.Start, "End": p.End}), ""
	case p.End != 0:
		return l.T("period_until", map[string]any{"End": p.End}), ""
	case p.Start != 0:
		return l.T("period_from", map[string]any{"Start": p.Start}), ""
	case p.Years != 0:
		return l.N("period_years", p.Years), ""
	}
	return p.Stated, dataLang
}

// ByteSize writes a file size for people, with the exact count beside it
// in the page: "1.2 kB".
func (l Locale) ByteSize(n int64) string {
	switch {
	case n < 1000:
		return l.N("bytes", int(n))
	case n < 1000*1000:
		return tenths(n, 1000) + " kB"
	}
	return tenths(n, 1000*1000) + " MB"
}

// tenths divides with one decimal, rounding half up, in integers.
func tenths(n, unit int64) string {
	t := (n*10 + unit/2) / unit
	if t%10 == 0 {
		return strconv.FormatInt(t/10, 10)
	}
	return strconv.FormatInt(t/10, 10) + "." + strconv.FormatInt(t%10, 10)
}
