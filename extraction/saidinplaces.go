package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Where a person spoke, read from "said|says in PLACE" or "told NAME in PLACE" with
// nothing between but a time phrase: "“…,” Lind said in Orsova on Monday", "Minister Ida
// Lund said in Tarvik, Norland, that …", "Lind told Reuters in Orsova" → Lind speakIn
// Orsova. speechplaces.go reads an audience or an event before the place ("told reporters
// in Orsova", "said at a rally in Lusk"); this is the statement's place with no such
// noun. The place is a name of its own, not a people's word ("said in Spanish"), and its
// phrase ends there (placePhraseEnd), so "said in Norland the army had advanced" (the
// place opens what was said) gives nothing. Only a person's statement: a body that
// "said in Orsova" is often one seated there, and a person's speech is the reading asked.

// saidInPlace reads, in sentence si, the place of a person's "said|says in PLACE" or
// "told|tells NAME in PLACE".
func (rf *relationFinder) saidInPlace(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wTold, wTells, wSaid, wSays) || rf.punct(s.b-1, '?') {
		return // sentindex.go
	}
	for v := s.start + 1; v < s.b-2; v++ {
		told := rf.is(v, wTold, wTells)
		if !told && !rf.is(v, wSaid, wSays) || rf.quoteOf[v] != 0 {
			continue
		}
		k := v + 1
		if told {
			// the hearer, a named person or body: "told Reuters", "told The Post"
			h := rf.skipThe(k)
			e := rf.entityOf(h)
			if e < 0 || rf.mentions[rf.entAt[h]].a != h || rf.ents[e].typ == kg.Place {
				continue
			}
			k = rf.mentions[rf.entAt[h]].b
		}
		if q := rf.timePhraseAt(k); q > k && !rf.is(k, wLater, wNext) {
			k = q // "said on Tuesday in Geneva"
		}
		if !rf.is(k, wIn) || !rf.placeAt(k+1) {
			continue
		}
		o := rf.skipThe(k + 1)
		m := &rf.mentions[rf.entAt[o]]
		if m.a != o {
			continue
		}
		end, ok := rf.placePhraseEnd(si, m.b)
		if !ok || rf.unasserted(si, v) || rf.hedged(si, v) {
			continue
		}
		subj := rf.actionSubject(si, v)
		if subj == "" {
			continue
		}
		place := rf.entName(int(m.ent))
		rf.relateEachOpen(si, nameList(subj), "speakIn", place, rf.span(v, end), isPerson)
	}
}

// placeBounds are the words that may follow the place of a statement or a stay and close
// its phrase: "said in Geneva on Monday", "was in Oslo for talks", "said in Lusk that",
// "was in Oslo when", "was in Lima to meet".
var placeBounds = newTokSet(map[string]bool{"on": true, "at": true, "for": true, "that": true,
	"when": true, "while": true, "as": true, "after": true, "before": true, "during": true,
	"last": true, "this": true, "earlier": true, "late": true, "early": true, "ahead": true,
	"where": true, "with": true, "yesterday": true, "today": true, "following": true})

// placePhraseEnd reports whether the place whose mention ends at token c (with its state
// or country after a comma: "Dayton, Ohio") closes its phrase: the sentence ends, a
// closing mark or a word of placeBounds follows, "to" and a verb ("to meet"), or a comma
// and then an -ing form, "which", a word of placeBounds or the sentence's end. It returns the
// token after the place phrase. A comma and anything else ("in Norland, the army said")
// may open what was said or a clause of its own: no end.
func (rf *relationFinder) placePhraseEnd(si, c int) (int, bool) {
	s := &rf.sents[si]
	if rf.punct(c, ',') && rf.entityOf(c+1) >= 0 && rf.placeAt(c+1) {
		c = rf.mentions[rf.entAt[c+1]].b // "in Dayton, Ohio"
		if rf.punct(c, ',') && (c+1 >= s.b || rf.in(c+1, placeBounds) || rf.toks[c+1].kind != tWord) {
			return c, true // "in Dayton, Ohio, on Saturday"
		}
	}
	if c >= s.b || c == s.b-1 && rf.toks[c].kind != tWord || rf.quoteOf[c] != 0 {
		return c, true
	}
	if rf.toks[c].kind == tWord && rf.toks[c].has(fCap) && !rf.in(c, placeBounds) {
		return c, false
	}
	if rf.in(c, placeBounds) {
		return c, true
	}
	if rf.is(c, wTo) {
		return c, c+1 < s.b && rf.toks[c+1].kind == tWord && !rf.toks[c+1].has(fCap) && rf.entAt[c+1] < 0 &&
			!rf.in(c+1, speechDeterminers) && rf.toks[c+1].feat&lxPronoun == 0 // "to do", not "to the", "to him"
	}
	if rf.punct(c, ',') {
		n := c + 1
		if n >= s.b || rf.toks[n].kind != tWord {
			return c, n >= s.b || n == s.b-1
		}
		w := rf.low(n)
		return c, !rf.toks[n].has(fCap) && (strings.HasSuffix(w, "ing") || rf.in(n, placeBounds) || rf.is(n, wWhich))
	}
	return c, false
}
