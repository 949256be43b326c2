package main

import (
	"math"
	"strconv"

	"github.com/factgraph/kg"
)

// appendExtractionJSON appends j and a line break as `kg extract --json` wrote them
// through encoding/json (HTML characters left as they are), without reflection: with
// the articles read and extracted on other cores, encoding each one by reflection on
// the writer's goroutine was ~1.3% of the command's CPU. It says false, having
// appended nothing, for a value encoding/json refuses (a figure that is not finite):
// the caller then lets encoding/json report it. TestExtractionJSONAsEncodingJSON holds
// it to encoding/json on every field of the contract, filled by reflection.
func appendExtractionJSON(b []byte, j *kg.ExtractionJSON) ([]byte, bool) {
	for i := range j.Figures {
		if v := j.Figures[i].Value; math.IsInf(v, 0) || math.IsNaN(v) {
			return b, false
		}
	}
	a := &j.Article
	b = append(b, `{"article":{"id":`...)
	b = appendJSONString(b, a.ID)
	b = append(b, `,"path":`...)
	b = appendJSONString(b, a.Path)
	b = append(b, `,"title":`...)
	b = appendJSONString(b, a.Title)
	b = append(b, `,"published":`...)
	b = appendJSONPtr(b, a.Published)
	b = append(b, `,"publisher":`...)
	b = appendJSONPtr(b, a.Publisher)
	b = append(b, `,"url":`...)
	b = appendJSONPtr(b, a.URL)

	b = append(b, `},"entities":`...)
	if j.Entities == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range j.Entities {
			e := &j.Entities[i]
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"name":`...)
			b = appendJSONString(b, e.Name)
			b = append(b, `,"type":`...)
			b = appendJSONString(b, e.Type)
			b = append(b, `,"aliases":`...)
			if e.Aliases == nil {
				b = append(b, "null"...)
			} else {
				b = append(b, '[')
				for k, s := range e.Aliases {
					if k > 0 {
						b = append(b, ',')
					}
					b = appendJSONString(b, s)
				}
				b = append(b, ']')
			}
			b = append(b, `,"mentions":`...)
			b = strconv.AppendInt(b, int64(e.Mentions), 10)
			if e.Country != nil {
				b = append(b, `,"country":`...)
				b = appendJSONString(b, *e.Country)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}

	b = append(b, `,"relations":`...)
	if j.Relations == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range j.Relations {
			r := &j.Relations[i]
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"subject":`...)
			b = appendJSONString(b, r.Subject)
			b = append(b, `,"predicate":`...)
			b = appendJSONString(b, r.Predicate)
			b = append(b, `,"object":`...)
			b = appendJSONString(b, r.Object)
			b = append(b, `,"source":`...)
			b = appendJSONPtr(b, r.Source)
			b = append(b, `,"sentence":`...)
			b = appendJSONString(b, r.Sentence)
			b = append(b, `,"text":`...)
			b = appendJSONString(b, r.Text)
			if r.Open {
				b = append(b, `,"open":true`...)
			}
			b = append(b, '}')
		}
		b = append(b, ']')
	}

	b = append(b, `,"quotes":`...)
	if j.Quotes == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range j.Quotes {
			q := &j.Quotes[i]
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"speaker":`...)
			b = appendJSONPtr(b, q.Speaker)
			b = append(b, `,"text":`...)
			b = appendJSONString(b, q.Text)
			b = append(b, `,"sentence":`...)
			b = appendJSONString(b, q.Sentence)
			b = append(b, '}')
		}
		b = append(b, ']')
	}

	b = append(b, `,"figures":`...)
	if j.Figures == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range j.Figures {
			f := &j.Figures[i]
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"measure":`...)
			b = appendJSONString(b, f.Measure)
			b = append(b, `,"value":`...)
			b = appendJSONFloat(b, f.Value)
			b = append(b, `,"unit":`...)
			b = appendJSONPtr(b, f.Unit)
			b = append(b, `,"qualifier":`...)
			b = appendJSONPtr(b, f.Qualifier)
			b = append(b, `,"scope":`...)
			b = appendJSONPtr(b, f.Scope)
			b = append(b, `,"event":`...)
			b = appendJSONPtr(b, f.Event)
			if f.Subject != nil {
				b = append(b, `,"subject":`...)
				b = appendJSONString(b, *f.Subject)
			}
			if f.Family != "" {
				b = append(b, `,"family":`...)
				b = appendJSONString(b, f.Family)
			}
			if f.Correction {
				b = append(b, `,"correction":true`...)
			}
			if f.Superseded {
				b = append(b, `,"superseded":true`...)
			}
			if f.AsOf != nil {
				b = append(b, `,"as_of":`...)
				b = appendJSONString(b, *f.AsOf)
			}
			b = append(b, `,"place":`...)
			b = appendJSONPtr(b, f.Place)
			b = append(b, `,"date":`...)
			b = appendJSONPtr(b, f.Date)
			b = append(b, `,"source":`...)
			b = appendJSONPtr(b, f.Source)
			b = append(b, `,"sentence":`...)
			b = appendJSONString(b, f.Sentence)
			b = append(b, `,"text":`...)
			b = appendJSONString(b, f.Text)
			b = append(b, '}')
		}
		b = append(b, ']')
	}

	b = append(b, `,"events":`...)
	if j.Events == nil {
		b = append(b, "null"...)
	} else {
		b = append(b, '[')
		for i := range j.Events {
			e := &j.Events[i]
			if i > 0 {
				b = append(b, ',')
			}
			b = append(b, `{"label":`...)
			b = appendJSONString(b, e.Label)
			b = append(b, `,"type":`...)
			b = appendJSONString(b, e.Type)
			b = append(b, `,"place":`...)
			b = appendJSONPtr(b, e.Place)
			b = append(b, `,"country":`...)
			b = appendJSONPtr(b, e.Country)
			b = append(b, `,"date":`...)
			b = appendJSONPtr(b, e.Date)
			b = append(b, `,"main":`...)
			b = strconv.AppendBool(b, e.Main)
			b = append(b, '}')
		}
		b = append(b, ']')
	}
	return append(b, "}\n"...), true
}

// appendJSONPtr appends *s, or null.
func appendJSONPtr(b []byte, s *string) []byte {
	if s == nil {
		return append(b, "null"...)
	}
	return appendJSONString(b, *s)
}
