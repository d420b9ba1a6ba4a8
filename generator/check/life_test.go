package check_test

import (
	"strings"
	"testing"
)

// lifeRecord is the fixture's commitment with milestones and statements
// in place of its shorthand amount, announced and status.
func lifeRecord(milestones, statements string) string {
	s := replace(`"amount": {"value": 100, "currency": "USD", "precision": "exact"},`, `"milestones": [`+milestones+`], "amount_statements": [`+statements+`],`)
	s = strings.Replace(s, `"announced": "2025-10",`, "", 1)
	return strings.Replace(s, `"status": "announced",`, "", 1)
}

const (
	src       = `"sources": [{"title": "Synthetic", "quote": "q"}]`
	announced = `{"kind": "announced", "date": "2025-10", ` + src + `}`
	stated100 = `{"amount": {"value": 100, "currency": "USD", "precision": "exact"}, "stated_by": "company", "date": "2025-10", ` + src + `}`
)

// TestLifeRules: the checker's rules on milestones and statements, each
// positioned, each in English and Korean.
func TestLifeRules(t *testing.T) {
	tests := []struct {
		name       string
		milestones string
		statements string
		want       []string
	}{
		{"valid", announced + `, {"kind": "groundbreaking", "date": "2026-03-02", ` + src + `}`, stated100, nil},
		{"a year beside its month is in order", announced + `, {"kind": "approved", "date": "2025", ` + src + `}`, stated100, nil},
		{"out of order", announced + `, {"kind": "groundbreaking", "date": "2025-09", ` + src + `}`, stated100,
			[]string{`:5:146: this milestone (2025-09) is dated before the one listed above it (2025-10): list milestones in the order they happened, or say why in its note (at /milestones/1/date)`}},
		{"out of order with a note", announced + `, {"kind": "approved", "date": "2025-09", "note": "approved before it was announced", ` + src + `}`, stated100, nil},
		{"operating after cancelled", announced + `, {"kind": "cancelled", "date": "2026", ` + src + `}, {"kind": "operating", "date": "2027", ` + src + `}`, stated100,
			[]string{`:5:210: a milestone of kind operating cannot follow the cancelled milestone above it: a commitment that ended is not later operating; record a new commitment, or correct the earlier milestone (at /milestones/2/kind)`}},
		{"other without a label", announced + `, {"kind": "other", "date": "2026", ` + src + `}`, stated100,
			[]string{`:5:111: a milestone of kind "other" needs a "label" saying what happened (at /milestones/1)`}},
		{"a milestone without sources", `{"kind": "announced", "date": "2025-10"}`, stated100,
			[]string{`:5:18: missing required field "sources" in milestones[0] (at /milestones/0)`}},
		{"a statement without sources", announced, `{"amount": {"value": 1, "currency": "USD", "precision": "exact"}, "stated_by": "news", "date": "2025"}`,
			[]string{`:5:134: missing required field "sources" in amount_statements[0] (at /amount_statements/0)`}},
		{"an estimate not marked", announced, `{"amount": {"value": 1, "currency": "USD", "precision": "exact"}, "stated_by": "estimate", "date": "2025", ` + src + `}`,
			[]string{`:5:134: basis "estimated" goes with stated_by "estimate", and only with it; a statement's basis is reported, derived or estimated (at /amount_statements/0/basis)`}},
		{"a conflict is a warning", announced, stated100 + `, {"amount": {"value": 200, "currency": "USD", "precision": "exact"}, "stated_by": "company", "date": "2025-10", ` + src + `}`,
			[]string{`:5:308: warning: this amount differs from that of amount_statements[0], by the same stater on the same basis and date (2025-10): both are shown side by side and the first listed counts; check both sources (at /amount_statements/1/amount)`}},
		{"a statement too large in US dollars", announced, `{"amount": {"value": 1000000000000000, "currency": "KRW", "precision": "exact"}, "stated_by": "news", "date": "2025", ` + src + `}`,
			[]string{`:5:155: amount_statements[0].amount.value 1000000000000000 KRW at 100000 US dollars per unit (the rate at data/rates.json:1:48) is more than 9223372036854775807 US dollars, the most an amount may hold: check the amount and the rate (at /amount_statements/0/amount/value)`}},
		{"a real date", `{"kind": "announced", "date": "2025-02-30", ` + src + `}`, stated100,
			[]string{`:5:48: milestones[0].date "2025-02-30" is not a real date (at /milestones/0/date)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := runCheck(t, fixture(map[string]string{inv: lifeRecord(tt.milestones, tt.statements), "data/rates.json": rates}))
			var got []string
			for k, e := range errs {
				line := strings.TrimPrefix(e.Error(), inv)
				if e.Warning {
					line = strings.Replace(line, ": ", ": warning: ", 1)
				}
				got = append(got, line)
				if ko := errs.In("ko")[k].Msg; e.Text == nil || ko == e.Msg {
					t.Errorf("no Korean form of %q", e.Msg)
				}
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestShorthandBeside: the shorthand fields are refused beside the arrays
// they abbreviate, and status is required only without a stage.
func TestShorthandBeside(t *testing.T) {
	tests := []struct {
		name string
		rec  string
		want []string
	}{
		{"amount beside statements", replace(`"kind"`, `"amount_statements": [`+stated100+`], "kind"`),
			[]string{`:5:13: amount is shorthand for a record without amount_statements: with them, leave it out (at /amount)`}},
		{"status beside milestones", strings.Replace(replace(`"kind"`, `"milestones": [`+announced+`], "kind"`), `"announced": "2025-10",`, "", 1),
			[]string{`:9:13: status is derived from the milestones (here "announced"): leave it out (at /status)`}},
		{"no status and no stage", strings.NewReplacer(`"status": "announced",`, "", `"announced": "2025-10",`, "").Replace(replace(`"kind"`, `"milestones": [{"kind": "other", "label": "talks", "date": "2025", `+src+`}], "kind"`)),
			[]string{`:1:1: missing required field "status" (at /)`}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, errs := runCheck(t, fixture(map[string]string{inv: tt.rec}))
			var got []string
			for _, e := range errs {
				got = append(got, strings.TrimPrefix(e.Error(), inv))
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("got:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}
