package check

import (
	"github.com/korea-investment-tracker/kit/generator/load"
	"github.com/korea-investment-tracker/kit/generator/message"
	"github.com/korea-investment-tracker/kit/generator/record"
)

// koreanFields are the fields that hold a record's Korean text, by kind,
// with the English field they translate. Regions are left out: their
// schema requires name_ko.
var koreanFields = map[load.Kind]struct {
	en, ko string
	msg    *message.M1[string]
}{
	load.Company:    {"name", "name_ko", &message.NoKoreanName},
	load.Investment: {"title", "title_ko", &message.NoKoreanTitle},
}

// MissingKorean warns about each record without a Korean name or title,
// at its English one. The Korean pages then show the English text marked
// as such, so this is a warning a contributor may act on, never an error.
func MissingKorean(docs []*load.Document) record.ErrorList {
	var errs record.ErrorList
	for _, doc := range docs {
		fields, ok := koreanFields[doc.Kind]
		obj, isObj := doc.Value.(map[string]any)
		if !ok || !isObj {
			continue
		}
		if ko, _ := obj[fields.ko].(string); ko != "" {
			continue
		}
		ptr := "/" + fields.en
		if _, has := obj[fields.en]; !has {
			ptr = ""
		}
		e := errAt(doc, ptr, fields.msg.With(fields.ko))
		e.Warning = true
		errs = append(errs, e)
	}
	return errs.Sort()
}
