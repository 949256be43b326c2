package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

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

// titledHearer reports whether "told" at token v has for its hearer a person a title
// introduces ("told Judge Kimba Wood", "told U.S. District Judge Kiyo Matsumoto", "told
// Attorney General Loretta Lynch", "told Mr. Rubio", "told Belgian Prime Minister
// Charles Michel"): the person is the one told, not the place or body that owns the
// title, and toldHearer, which wants the name right after the verb, does not reach it.
// "was told": a passive, no one. actionObject finds the person (titledPersonAt).
func (rf *relationFinder) titledHearer(v int) bool {
	g := v - 1
	if rf.is(g, wAlso, wNot, wNever, wAlready, wReportedly) {
		g--
	}
	if rf.is(g, wWas, wWere, wIs, wAre, wBeen, wBe, wBeing, wGot, wGet, wGets) {
		return false
	}
	return rf.titledPersonAt(v+1, rf.sents[rf.sentOf(v)].b) >= 0
}

// tellerAfterQuote returns the speaker of the quote that closes right before the
// pronoun "he" or "she" at token g, when the quotes stage named one the pronoun fits
// ("“We had complaints about pain by Mr. Hale,” he told Judge Wood": the quote's
// speaker, not Hale, whom the quoted words name and the pronoun's reader would take);
// "" otherwise.
func (rf *relationFinder) tellerAfterQuote(g int) string {
	k := g - 1
	if k < 0 || rf.toks[k].kind != tCloseQ {
		return ""
	}
	for k > 0 && k >= g-3 && rf.quoteOf[k] == 0 {
		k--
	}
	q := rf.quoteOf[k]
	if q == 0 || !strings.Contains(rf.quoteSrc[q-1], " ") {
		return "" // no speaker, or a lone word the quotes stage took for one ("Syrian")
	}
	not := byte('F')
	if rf.is(g, wShe) {
		not = 'M'
	}
	return rf.personWhoFits(rf.quoteSrc[q-1], not)
}

// journalistNouns are the words of a journalist's trade that may stand between an
// outlet's name and a journalist's ("MSNBC host Steve Kornacki", "IndyStar reporter Amy
// Bartner").
var journalistNouns = newTokSet(map[string]bool{"host": true, "anchor": true, "reporter": true,
	"correspondent": true, "columnist": true, "editor": true, "interviewer": true, "presenter": true})

// outletJournalist returns the mention of a person of the outlet named at token k,
// after the verb of telling, or -1: the outlet's name, across
// "the", then its possessive or a journalist's noun, then a person named in full who
// ends the phrase ("told CNN's Anderson Cooper", "told The Post’s Philip Bump", "told
// Fox News’ Bill Hemmer", "told MSNBC host Steve Kornacki"). Not a person who owns
// what follows ("told CNN's Anderson Cooper's producer") or opens a clause ("told
// CNN's Anderson Cooper would": a hearer read elsewhere).
func (rf *relationFinder) outletJournalist(k, end int) int {
	if rf.is(k, wThe) && rf.entAt[k] < 0 {
		k++
	}
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Organization {
		return -1
	}
	n := rf.mentions[rf.entAt[k]].b
	switch {
	case rf.possessive(n):
		n++
		if rf.in(n, journalistNouns) {
			n++ // "told CNN's reporter Ann Bell"
		}
	case rf.in(n, journalistNouns):
		n++
	default:
		return -1
	}
	if n >= end || rf.entAt[n] < 0 {
		return -1
	}
	mi := int(rf.entAt[n])
	m := &rf.mentions[mi]
	if m.a != n || m.ent < 0 || rf.ents[m.ent].typ != kg.Person || m.b > end {
		return -1
	}
	if m.b < end && (rf.possessive(m.b) || rf.toks[m.b].kind == tWord && rf.toks[m.b].feat&lxFunc == 0) {
		return -1
	}
	return mi
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
