package check

import (
	"math/big"
	"strconv"

	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// rateAt is a currency's rate into US dollars, as written and where.
type rateAt struct {
	perUnit *big.Rat
	text    string
	pos     record.Position
}

// rateTable is every valid rate by currency (the last of two, as the
// build takes it; a second rate is refused on its own).
func (s *docSet) rateTable() map[record.Currency]rateAt {
	out := map[record.Currency]rateAt{}
	for _, e := range s.rates {
		if !e.valid {
			continue
		}
		for i, r := range e.rec.Rates {
			if v, ok := r.PerUnit(); ok {
				out[r.Currency] = rateAt{v, r.USDPerUnit, e.doc.Pos("/rates/" + strconv.Itoa(i) + "/usd_per_unit")}
			}
		}
	}
	return out
}

// dollarAmounts refuses, at the amount's value or max, an amount whose
// value in US dollars (record.Dollars at its currency's rate) does not fit
// the datasets' whole numbers, naming the rate and where it is written:
// the build would otherwise have to leave the amount out of every total.
func (s *docSet) dollarAmounts() record.ErrorList {
	rates := s.rateTable()
	var errs record.ErrorList
	for _, id := range sortedKeys(s.investments) {
		e := s.investments[id]
		a := e.rec.Amount
		if !e.valid || a == nil {
			continue
		}
		r, ok := rates[a.Currency]
		if !ok {
			continue
		}
		ends := map[string]int64{"/amount/value": a.Value}
		if a.Precision == record.Range {
			ends["/amount/max"] = a.Max
		}
		for _, ptr := range sortedKeys(ends) {
			if v := ends[ptr]; !record.Dollars(v, r.perUnit).IsInt64() {
				amount := strconv.FormatInt(v, 10) + " " + string(a.Currency)
				errs = append(errs, errAt(e.doc, ptr, message.DollarOverflow.With(message.Field(ptr), amount, r.text, r.pos.String())))
			}
		}
	}
	return errs
}
