package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A body that opens the clause after a fronted place works there: "In Tokyo, the Bank
// of Japan held fire on further stimulus", "In Washington, the Pentagon confirmed …",
// "In India, Uber is testing a panic button" → operatesIn(body, place). The fronted
// phrase sets the scene of the clause, and the clause's subject acts in it; it says no
// more than that the body works there, so the weaker operatesIn (as bodiesin.go gives
// "a reporter for Acme in Dayton"), never locatedIn. The body's name must be the whole
// subject and a verb must follow it: a finite verb or an auxiliary ("held", "is
// testing"), or a kind of body and then one ("the O Estado newspaper said"). Not a name
// that modifies a noun ("In Brazil, Facebook vice president Ann Cole", "In Santa Barbara
// County, the Sherpa fire"), a possessive ("In Iraq, Islamic State's fighters"), a
// subject joined to another ("In New Orleans, Acme and Beta"), a party, a body whose
// name is a common word, a family's plural typed as a body ("In Washington, the Obamas
// took part", where the article names Barack Obama), nor a pair something else relates.

// frontedBodies reads the shape above in every prose sentence; it runs after every other
// rule, as bodiesInPlaces does.
func (rf *relationFinder) frontedBodies() {
	var related map[[2]string]bool // read at the first candidate, as bodiesInPlaces does
	for si := range rf.sents {
		s := &rf.sents[si]
		if si == rf.headline || s.kind != sProse || !rf.is(s.start, wIn) || rf.quoteOf[s.start] != 0 {
			continue
		}
		j := s.start + 1
		if rf.is(j, wThe) {
			j++ // "In the United States, …"
		}
		if j >= s.b || rf.entAt[j] < 0 {
			continue
		}
		pm := &rf.mentions[rf.entAt[j]]
		if pm.ent < 0 || pm.a != j || pm.demonym || rf.ents[pm.ent].typ != kg.Place || !rf.punct(pm.b, ',') {
			continue
		}
		k := pm.b + 1
		if rf.is(k, wThe) {
			k++
		}
		if k >= s.b || rf.entAt[k] < 0 {
			continue
		}
		bm := &rf.mentions[rf.entAt[k]]
		if bm.ent < 0 || bm.a != k || bm.demonym || rf.ents[bm.ent].typ != kg.Organization || bm.b >= s.b || !rf.frontedBodyVerb(bm.b) {
			continue
		}
		name := rf.ents[bm.ent].name
		if partyWords.has(name) || commonWordName(name) || len(name) < 3 || rf.familyPlural(name) {
			continue
		}
		body, place := rf.entName(bm.ent), rf.entName(pm.ent)
		if related == nil {
			related = rf.relatedPairs()
		}
		if body == place || related[[2]string{body, place}] {
			continue
		}
		rf.addRelation(si, body, "operatesIn", place, rf.span(s.start, bm.b))
		related[[2]string{body, place}] = true
		related[[2]string{place, body}] = true
	}
}

// frontedBodyVerb reports whether the verb of the clause follows a subject's name at
// token v: a finite verb ("held", "uses"), an auxiliary ("is", "has"), or a body's kind
// word and then one of these ("newspaper said").
func (rf *relationFinder) frontedBodyVerb(v int) bool {
	if v+1 < len(rf.toks) && rf.toks[v].kind == tWord && !rf.toks[v].has(fCap) && (bodyKind(rf.low(v)) || outletKinds[rf.low(v)] != "") {
		v++ // "the O Estado newspaper said"
	}
	if v >= len(rf.toks) {
		return false
	}
	return rf.in(v, auxiliaries) || rf.finiteVerbAt(v) || rf.is(v, wMust, wAlso)
}

// familyPlural reports whether name is one word that is the plural of the last name of a
// person the article names: "Obamas" beside "Barack Obama".
func (rf *relationFinder) familyPlural(name string) bool {
	stem, ok := strings.CutSuffix(name, "s")
	if !ok || strings.Contains(name, " ") {
		return false
	}
	for e := range rf.ents {
		if rf.ents[e].typ == kg.Person && lastWord(rf.ents[e].name) == stem {
			return true
		}
	}
	return false
}
