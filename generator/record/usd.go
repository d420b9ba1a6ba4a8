package record

import "math/big"

// PerUnit is the rate as a number; false when USDPerUnit is not a decimal.
func (r Rate) PerUnit() (*big.Rat, bool) {
	return new(big.Rat).SetString(r.USDPerUnit)
}

// Dollars is v units of a currency at perUnit US dollars each, in whole US
// dollars rounded down: the one conversion that check and every total use.
// The result may not fit an int64 (IsInt64 false): that is an error,
// never a wrapped number.
func Dollars(v int64, perUnit *big.Rat) *big.Int {
	r := new(big.Rat).Mul(new(big.Rat).SetInt64(v), perUnit)
	return new(big.Int).Quo(r.Num(), r.Denom())
}
