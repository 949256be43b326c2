package extraction

import "github.com/factgraph/kg"

// Speech acts between named entities that the controlled verbs miss for their shape:
//
//   - "told" a person or a country (relations.go reads "told" an organization): "Cruz
//     told Trump that …", "Iran has told the United States …" → spokeTo. Not a passive
//     ("Brandt was told Quist had resigned": Quist is what he heard), not a demonym
//     ("told Norwegian television"), not an owner ("told Trump's aides"), and a place
//     only when its name ends the noun phrase ("told Los Angeles television station
//     KTLA" is apart.go's outlet);
//   - a short phrase of time or manner between a named subject and its verb, "Acme in
//     May sued Quill", "China in the past has warned Japan", "Lind in a statement
//     praised Wade" (phraseBeforeVerb, used by actionSubject).

// toldHearer reports whether the entity whose name starts at token o, right after "told"
// at token v, is a person or country the subject told.
func (rf *relationFinder) toldHearer(v, o int) bool {
	e := rf.entityOf(o)
	if e < 0 || rf.ents[e].typ != kg.Person && rf.ents[e].typ != kg.Place {
		return false
	}
	m := &rf.mentions[rf.entAt[o]]
	if m.demonym || m.a != o && !(m.a == o-1 && rf.is(m.a, wThe)) {
		return false
	}
	g := v - 1
	if rf.is(g, wAlso, wNot, wNever, wAlready, wReportedly) || rf.toks[g].kind == tWord && !rf.toks[g].has(fCap) && len(rf.low(g)) > 3 && rf.low(g)[len(rf.low(g))-2:] == "ly" {
		g--
	}
	if rf.is(g, wWas, wWere, wIs, wAre, wBeen, wBe, wBeing, wGot, wGet, wGets) {
		return false // "was told": a passive
	}
	n := m.b
	if rf.owner(n) || rf.possessive(n) {
		return false
	}
	t := &rf.toks[n]
	if t.kind == tWord && t.feat&lxFunc != 0 || t.kind == tPunct || t.kind == tStop || n >= rf.sents[m.sent].b {
		return true // "told Trump that", "told Trump.", "told the United States on Friday"
	}
	return rf.ents[e].typ == kg.Person && t.kind == tWord && t.has(fCap) // "told Obama Russia would …", not "told France 3 television"
}

// placeHeard reports whether the object of "told" at token o ("the" skipped) is a
// place: a country told a country ("Iran has told the United States") speaks as a
// government to one, as a country told an outlet does not ("Taiwan told Reuters": an
// official did).
func (rf *relationFinder) placeHeard(o int) bool {
	e := rf.entityOf(o)
	if e < 0 && rf.is(o, wThe) {
		e = rf.entityOf(o + 1)
	}
	return e >= 0 && rf.ents[e].typ == kg.Place
}

// phraseBeforeVerb returns the token before a short phrase of time or manner that ends at
// token g and follows a name ("Acme in May sued", "China in the past has warned", "Lind
// in a statement praised"): a preposition of time or place and one to four words that
// are lower case (no function word but a determiner: not "reports by Reuters in 2012
// that the company sold"), numbers or months, right after the last token of a name; else g. A
// phrase with a name of its own ("Police in Grenoble told") is left as it is.
func (rf *relationFinder) phraseBeforeVerb(g, start int) int {
	if g <= start {
		return g
	}
	h := g
	if rf.is(g+1, wMay) && rf.toks[g+1].has(fCap) {
		h = g + 1 // "in May": the month, which backOverAuxiliaries took for "may"
	}
	if rf.toks[h].feat&lxFunc != 0 && !rf.is(h, wMay) {
		return g // "joined Talos Corp in 1990 and advised": the phrase ends in a noun, a number or a month
	}
	for p := h; p > start && h-p < 5; p-- {
		t := &rf.toks[p]
		if p < h && rf.is(p, wIn, wOn, wAt, wDuring) {
			if mi := rf.entAt[p-1]; mi >= 0 && rf.mentions[mi].b == p {
				return p - 1
			}
			return g
		}
		if _, month := months[rf.low(p)]; rf.entAt[p] >= 0 || rf.quoteOf[p] != 0 || t.feat&lxFunc != 0 && !rf.in(p, openDeterminers) && !month ||
			!(t.kind == tWord && (!t.has(fCap) || month) || t.kind == tNum) {
			return g
		}
	}
	return g
}
