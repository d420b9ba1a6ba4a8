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
// A stated amount of the record's list is held to the same, since any
// may be the one that counts.
func (s *docSet) dollarAmounts() record.ErrorList {
	rates := s.rateTable()
	var errs record.ErrorList
	for _, id := range sortedKeys(s.investments) {
		e := s.investments[id]
		if !e.valid {
			continue
		}
		amounts := map[string]*record.Amount{"/amount": e.rec.Amount}
		for k := range e.rec.AmountStatements {
			amounts["/amount_statements/"+strconv.Itoa(k)+"/amount"] = &e.rec.AmountStatements[k].Amount
		}
		for _, at := range sortedKeys(amounts) {
			errs = append(errs, dollarOverflow(e, at, amounts[at], rates)...)
		}
	}
	return errs
}

// dollarOverflow checks the amount a at the pointer at (nil for none).
func dollarOverflow(e entry[record.Investment], at string, a *record.Amount, rates map[record.Currency]rateAt) record.ErrorList {
	if a == nil {
		return nil
	}
	r, ok := rates[a.Currency]
	if !ok {
		return nil
	}
	ends := map[string]int64{at + "/value": a.Value}
	if a.Precision == record.Range {
		ends[at+"/max"] = a.Max
	}
	var errs record.ErrorList
	for _, ptr := range sortedKeys(ends) {
		if v := ends[ptr]; !record.Dollars(v, r.perUnit).IsInt64() {
			amount := strconv.FormatInt(v, 10) + " " + string(a.Currency)
			errs = append(errs, errAt(e.doc, ptr, message.DollarOverflow.With(message.Field(ptr), amount, r.text, r.pos.String())))
		}
	}
	return errs
}
