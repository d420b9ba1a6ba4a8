package publication

// CompanyFile is data/companies/<id>.json: a company and the commitments it
// is part of (as investor, partner or member of a package), in id order.
type CompanyFile struct {
	// Company is the company's record, resolved.
	// ko: 참조를 풀어 쓴 기업 기록.
	Company Company `json:"company"`
	// Investments are its commitments, each as in investments.json.
	// ko: 그 약속들(각각 investments.json에서와 같은 형태).
	Investments []Investment `json:"investments"`
}

// RegionFile is data/regions/<code>.json: a region and the commitments
// located in it (wholly or partly), in id order.
type RegionFile struct {
	// Region is the region's record, resolved.
	// ko: 참조를 풀어 쓴 지역 기록.
	Region Region `json:"region"`
	// Investments are its commitments, each as in investments.json.
	// ko: 그 약속들(각각 investments.json에서와 같은 형태).
	Investments []Investment `json:"investments"`
}

// Records is data/records.json: every record with its own file, so a
// program can list the per-record files without reading the bulk ones.
type Records struct {
	// Investments are the commitments, in id order, each at data/investments/<id>.json.
	// ko: 식별자 순의 약속들. 각각 data/investments/<id>.json에 있습니다.
	Investments []RecordFile `json:"investments"`
	// Companies are the companies, in id order, each at data/companies/<id>.json (and .csv).
	Companies []RecordFile `json:"companies"`
	// Regions are the regions, in code order, each at data/regions/<code>.json (and .csv).
	Regions []RecordFile `json:"regions"`
}

// RecordFile names one record's file.
type RecordFile struct {
	// ID is the record's id (a region's code).
	ID string `json:"id"`
	// Name is the record's English name or title.
	Name string `json:"name"`
	// NameKo is its Korean name or title, where known.
	NameKo string `json:"name_ko,omitempty"`
	// Path is the file's path below data/.
	Path string `json:"path"`
}
