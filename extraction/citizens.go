package extraction

import "github.com/factgraph/kg"

// Citizenship stated in a description after the name: "Jon Pike, a naturalized U.S.
// citizen,", "Ana Ruiz, a French national who", "Lee Moss is a Canadian citizen." The
// person is citizenOf the country, named or by its people's word. Where a person lives
// ("a Flint resident") is modifiers.go's personsPlace.

// citizenNouns are the nouns of a person's nationality after the country's word.
var citizenNouns = map[string]bool{"citizen": true, "national": true}

// citizenship reads the citizenship the description after person mention mi states: a
// comma or "is|was", an article, optionally "also", "naturalized" or "dual", one country
// (its name or people's word), then "citizen" or "national" closing the noun phrase (the
// description's end, "and", "who", "of", "since"; not "a U.S. national security
// adviser"). Not a former citizen, nor a second country ("a dual U.S.-Iranian citizen"
// names two).
func (rf *relationFinder) citizenship(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person {
		return
	}
	s := &rf.sents[m.sent]
	k, ok := rf.descriptionStart(m)
	if !ok {
		return
	}
	if rf.is(k, "also") {
		k++ // ", also a French national"
	}
	if !rf.is(k, "a", "an") {
		return
	}
	k++
	if rf.is(k, "naturalized", "naturalised", "dual") {
		k++
	}
	c := rf.entityOf(k)
	if c < 0 || rf.ents[c].typ != kg.Place || rf.mentions[rf.entAt[k]].a != k {
		return
	}
	country, ok := countryNames[rf.entName(c)]
	if !ok {
		return
	}
	n := rf.mentions[rf.entAt[k]].b
	if n >= s.b || !citizenNouns[rf.low(n)] {
		return
	}
	if j := n + 1; j < s.b && !rf.punct(j, ',') && !rf.punct(j, ';') && rf.toks[j].kind != tStop && !rf.is(j, "and", "who", "of", "since", "living", "born") {
		return // "a U.S. national security adviser"
	}
	rf.addRelation(m.sent, rf.entName(m.ent), "citizenOf", country, rf.span(m.a, n+1))
}
