package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Citizenship stated in a description after the name: "Jon Pike, a naturalized U.S.
// citizen,", "Ana Ruiz, a French national who", "Lee Moss is a Canadian citizen." The
// person is citizenOf the country, named or by its people's word. Where a person lives
// ("a Flint resident") is modifiers.go's personsPlace.

// citizenNouns are the nouns of a person's nationality after the country's word.
var citizenNouns = newTokSet(map[string]bool{"citizen": true, "national": true})

// citizenship reads the citizenship the description after person mention mi states: a
// comma or "is|was", optionally "also", an article, optionally an age ("a 29-year-old",
// describedages.go) and "naturalized" or "dual", one country (its name or people's word), then "citizen" or "national" closing the noun phrase (the
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
	if rf.is(k, wAlso) {
		k++ // ", also a French national"
	}
	if !rf.is(k, wA, wAn) {
		return
	}
	k = rf.pastAge(k + 1) // "a 29-year-old U.S. citizen", "a 17-year-old Australian who"
	if rf.is(k, wNaturalized, wNaturalised, wDual) {
		k++
	}
	if country, ok := rf.nationNoun(k); ok && rf.descriptionEnds(k+1, s.b) {
		// "X, a Swede who", "X is an Austrian who", "X, a Dane whose"
		rf.addRelation(m.sent, rf.entName(m.ent), "citizenOf", country, rf.span(m.a, k+1))
		return
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
	if n >= s.b || !rf.in(n, citizenNouns) {
		return
	}
	if !rf.descriptionEnds(n+1, s.b) {
		return // "a U.S. national security adviser"
	}
	rf.addRelation(m.sent, rf.entName(m.ent), "citizenOf", country, rf.span(m.a, n+1))
}

// descriptionEnds reports whether token j (before the sentence's end) closes the noun phrase of a person's
// description: the sentence's end, a comma or semicolon, "and", "who", "whose", "of",
// "since", "living" or "born" (not "national security adviser", not "Mexican American").
func (rf *relationFinder) descriptionEnds(j, end int) bool {
	return j >= end || rf.punct(j, ',') || rf.punct(j, ';') || rf.toks[j].kind == tStop ||
		rf.is(j, wAnd, wWho, wWhose, wOf, wSince, wLiving, wBorn)
}

// nationNouns are the words for one person of a nation that the demonym table leaves
// out because they are also given names or common words ("Dane Waters", "a Pole"): they
// are read only after an article, in a description (citizenship).
var nationNouns = map[string]string{"Dane": "Denmark", "Briton": "United Kingdom", "Pole": "Poland", "Finn": "Finland", "Turk": "Turkey"}

// nationNoun returns the country of the people's word at token k when that word alone is
// the noun standing for one person ("a Swede", "an Austrian", "a Dane"): a one-word
// demonym mention, or one of nationNouns.
func (rf *relationFinder) nationNoun(k int) (string, bool) {
	if c, ok := nationNouns[rf.tok(k)]; ok {
		return c, true
	}
	if rf.entAt[k] < 0 || rf.toks[k].kind != tWord {
		return "", false
	}
	if d := &rf.mentions[rf.entAt[k]]; !d.demonym || d.a != k || d.b != k+1 {
		return "", false
	}
	c, ok := demonymOf[rf.tok(k)]
	return c, ok
}

// originNouns are nouns of a person, besides the trades of tradeNoun and the citizen
// nouns, before which a country's word says the person's nationality: "Russian
// billionaire X", "Swiss chef X", "a Syrian refugee, X" (data/names.txt origin-nouns).
var originNouns = newTokSet(wordSet("origin-nouns"))

// nationalityBefore reads a country's name or people's word before a trade or a person's
// noun and the name of person mention mi: "Russian billionaire Mikhail Fridman", "French
// chef Bernard Loiseau", "U.S. citizen Amir Hekmati", "British national Lee Bo", "Swiss
// pilots A and B" (each name of the list). The person is citizenOf the country. Up to
// three lower-case words stand between the country and the noun ("Canadian pop star");
// the country is named whole (not "Iranian-American", not "North" of "North Korean"
// cut), not as a possessive ("Britain's top chef"), and the noun is no role of the
// vocabulary ("French president X" is roles.go's) nor one of an attack ("Belgian
// gunman": perpetrators are left to the attack). Where a person lives ("Dayton
// firefighter X", a town or a state) is modifiers.go's placeOfTrade.
func (rf *relationFinder) nationalityBefore(mi int) {
	m := &rf.mentions[mi]
	if rf.ents[m.ent].typ != kg.Person || m.role != "" {
		return
	}
	s := &rf.sents[m.sent]
	h := m.ta - 1
	if h >= s.start && personDemonyms[rf.tok(h)] {
		// "Frenchman Salah Abdeslam", "Spaniard A and Irishman B": the word names a person
		rf.addRelation(m.sent, rf.entName(m.ent), "citizenOf", demonymOf[rf.tok(h)], rf.span(h, m.b))
		return
	}
	if h <= s.start || rf.toks[h].kind != tWord || rf.toks[h].has(fCap) {
		return
	}
	head := rf.low(h)
	single := strings.TrimSuffix(head, "s")
	if !citizenNouns.has(head) && !originNouns.has(head) && !originNouns.has(single) && !tradeNoun(head) || orgDescriptors.has(head) || orgDescriptors.has(single) || kindNouns[head] {
		return // "German newspaper X" names a body, whatever X's type ("player" is either)
	}
	k := h - 1
	for k > s.start && h-k <= 3 && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && rf.toks[k].feat&(lxFunc|lxSpeech) == 0 && rf.entAt[k] < 0 {
		k--
	}
	p := rf.entityOf(k)
	if p < 0 || rf.ents[p].typ != kg.Place || rf.mentions[rf.entAt[k]].b != k+1 || !rf.placeNamed(k) || rf.owner(k+1) ||
		strings.ContainsAny(rf.tok(k), "-–") || partyNames[rf.tok(k)] != "" {
		return
	}
	if a := rf.mentions[rf.entAt[k]].a; a > s.start && (rf.punct(a-1, '-') || rf.punct(a-1, '/')) {
		return // "Iranian-American", "U.S./Canadian"
	}
	country, ok := countryNames[rf.entName(p)]
	if !ok {
		return
	}
	a := rf.mentions[rf.entAt[k]].a
	if plural(head) {
		n := 0
		rf.listedPersons(m, func(e, b int) {
			if n == 0 {
				rf.addRelation(m.sent, rf.entName(m.ent), "citizenOf", country, rf.span(a, m.b))
			}
			n++
			rf.addRelation(m.sent, rf.entName(e), "citizenOf", country, rf.span(a, b))
		})
		return // a plural before one name is a verb or a group ("Swiss voters Monday")
	}
	rf.addRelation(m.sent, rf.entName(m.ent), "citizenOf", country, rf.span(a, m.b))
}
