package extraction

import "github.com/factgraph/kg"

// theHeads are the heads of a public body's name that news, once it has named the body
// in full, writes alone after "the": "the Department" for the Department of Justice,
// "the Bureau" for the Bureau of Reclamation, "the Service" for the Fish and Wildlife
// Service.
var theHeads = newTokSet(map[string]bool{"department": true, "bureau": true, "service": true,
	"commission": true, "ministry": true, "agency": true, "administration": true,
	"committee": true, "council": true, "board": true, "authority": true})

// theHeadBody reads a one-word name that is only such a head, every mention of it
// after "the" ("the Department has decided not to appeal"), and returns the one
// organization named before it whose name holds that head last or before "of" ("Marlow
// Department of Parks" … "the Department said"), or -1: none, several ("State
// Department" and "Justice Department" … "the Department"), or a mention without "the"
// ("Day of Service", "Department business").
func (ef *entityFinder) theHeadBody(ei int) int {
	e := ef.ents[ei]
	if e.words != 1 || e.gaz || e.typ == kg.Place || len(e.keyWords) != 1 || !theHeads.has(e.keyWords[0]) {
		return -1
	}
	for mi := range ef.mentions {
		if m := &ef.mentions[mi]; m.ent == ei && (m.a == 0 || !ef.is(m.a-1, wThe)) {
			return -1
		}
	}
	head, fit := e.keyWords[0], -1
	for ti, t := range ef.ents {
		if ti == ei || t.dropped || t.typ != kg.Organization || t.words < 2 || t.first > e.first {
			continue
		}
		tw := t.keyWords
		for i, w := range tw {
			if w == head && i > 0 && i == len(tw)-1 || w == head && i+1 < len(tw) && tw[i+1] == "of" {
				if fit >= 0 && fit != ti {
					return -1
				}
				fit = ti
			}
		}
	}
	return fit
}
