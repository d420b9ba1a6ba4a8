package record

// MilestoneKind is what happened to a commitment at a milestone, one of
// the values of MilestoneKindValues.
type MilestoneKind string

// StatedBy says who stated an amount, one of the values of StatedByValues.
type StatedBy string

// The kinds of milestone; "other" takes a label saying what happened.
const (
	MilestoneAnnounced MilestoneKind = "announced"
	MilestoneOther     MilestoneKind = "other"
)

// Who may state an amount; an estimate is this publication's own.
const (
	StatedByCompany    StatedBy = "company"
	StatedByGovernment StatedBy = "government"
	StatedByNews       StatedBy = "news"
	StatedByEstimate   StatedBy = "estimate"
)

// milestoneStages maps each milestone kind, in the order a commitment's
// life runs, to the status it puts the commitment in; "" marks an event
// that changes no stage (an expansion, a pause, a free label), so the
// status stays the one before it (content/methodology.md).
var milestoneStages = []struct {
	kind  MilestoneKind
	stage Status
}{
	{"announced", "announced"}, {"memorandum-signed", "announced"}, {"notified", "announced"},
	{"approved", "announced"}, {"land-secured", "announced"}, {"groundbreaking", "under-way"},
	{"construction", "under-way"}, {"operating", "completed"}, {"expanded", ""}, {"scaled-back", ""},
	{"paused", ""}, {"cancelled", "cancelled"}, {"withdrawn", "withdrawn"}, {"other", ""},
}

// Values lists the allowed kinds of milestone.
func (MilestoneKind) Values() []string {
	out := make([]string, len(milestoneStages))
	for i, s := range milestoneStages {
		out[i] = string(s.kind)
	}
	return out
}

// Stage is the status a milestone of this kind puts a commitment in, or
// "" when it changes none.
func (k MilestoneKind) Stage() Status {
	for _, s := range milestoneStages {
		if s.kind == k {
			return s.stage
		}
	}
	return ""
}

// Ends reports whether a milestone of this kind ends the commitment: no
// operating or completed milestone may follow it.
func (k MilestoneKind) Ends() bool { return k == "cancelled" || k == "withdrawn" }

// Values lists who may state an amount.
func (StatedBy) Values() []string {
	return []string{string(StatedByCompany), string(StatedByGovernment), string(StatedByNews), string(StatedByEstimate)}
}

// Milestone is one dated event in a commitment's life, with the sources
// that state it.
type Milestone struct {
	// Kind is what happened: one of the listed kinds, or other with a label.
	// ko: 무엇이 있었는지: 목록의 종류 가운데 하나, 또는 label을 붙인 other.
	Kind MilestoneKind `json:"kind"`
	// Label is what happened in a few words, for kind other; for another kind it may say more precisely which step it was.
	// ko: other일 때 무엇이 있었는지 몇 마디로. 다른 종류에서는 어느 단계였는지 더 자세히 말할 수 있습니다.
	Label string `json:"label,omitempty" jsonschema:"maxLength=100"`
	// Date is when it happened: YYYY, YYYY-MM or YYYY-MM-DD, as precise as the source gives it.
	// ko: 일어난 날짜: 출처가 밝힌 만큼 정밀하게 YYYY, YYYY-MM 또는 YYYY-MM-DD.
	Date PartialDate `json:"date"`
	// Note is what a reader should know about it, such as why it is listed out of date order.
	// ko: 독자가 알아야 할 점(예: 날짜 순서와 다르게 적힌 이유).
	Note string `json:"note,omitempty" jsonschema:"maxLength=1000"`
	// Sources are where it is stated, each with a quote.
	// ko: 이를 밝힌 출처. 각각 인용문과 함께.
	Sources []Source `json:"sources" jsonschema:"minItems=1"`
}

// Statement is one amount stated for a commitment: by whom, when, on what
// basis and where.
type Statement struct {
	// Amount is the amount as stated.
	// ko: 밝혀진 그대로의 금액.
	Amount Amount `json:"amount"`
	// StatedBy is who stated it: the company, a government body, a news report, or an estimate by this publication.
	// ko: 금액을 밝힌 주체: 기업, 정부 기관, 언론 보도, 또는 이 간행물의 추정.
	StatedBy StatedBy `json:"stated_by"`
	// Date is when it was stated: YYYY, YYYY-MM or YYYY-MM-DD.
	// ko: 밝혀진 날짜: YYYY, YYYY-MM 또는 YYYY-MM-DD.
	Date PartialDate `json:"date"`
	// Basis is how the figure is established: reported (the default), derived (the note says how) or estimated (only for an estimate by this publication).
	// ko: 금액의 근거: reported(기본값), derived(note에 방법을 적음), estimated(이 간행물의 추정일 때만).
	Basis Basis `json:"basis,omitempty"`
	// Note is how a derived or estimated figure was reached, or what else a reader should know about it.
	// ko: 도출하거나 추정한 금액을 어떻게 얻었는지, 또는 독자가 알아야 할 다른 점.
	Note string `json:"note,omitempty" jsonschema:"maxLength=1000"`
	// Sources are where it is stated, each with a quote.
	// ko: 이를 밝힌 출처. 각각 인용문과 함께.
	Sources []Source `json:"sources" jsonschema:"minItems=1"`
}

// Timeline is the commitment's milestones: those of the record, or, for a
// record that gives only the shorthand announced date, one announced
// milestone on that date citing the record's sources.
func (i Investment) Timeline() []Milestone {
	if len(i.Milestones) > 0 || i.Announced == "" {
		return i.Milestones
	}
	return []Milestone{{Kind: MilestoneAnnounced, Date: i.Announced, Sources: i.Sources}}
}

// Statements is the commitment's stated amounts: those of the record, or,
// for a record that gives only the shorthand amount, that amount, stated
// on the announced date, by the record's sources, on its basis.
func (i Investment) Statements() []Statement {
	if len(i.AmountStatements) > 0 || i.Amount == nil {
		return i.AmountStatements
	}
	return []Statement{{Amount: *i.Amount, Date: i.Announced, Basis: i.Basis["amount"], Sources: i.Sources}}
}
