package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// givenNamesBeforeSurname gives a lone given name joined by "and" to a person's full
// name that full name's surname, as news names a couple or siblings ("Lisa and John
// Robinson", "the brothers David and Charles Koch"): the first word becomes "Lisa
// Robinson", a person. Both words before the surname are given names of the word list
// (firstnames.txt) and the second name is exactly a given name and a surname, so that
// "Ben and Jerry's" or "Tim and Eric Awesome Show" stay as they are; the lone word
// is no other person's surname in the article nor opens another name there ("Clarence
// Thomas … Thomas and Greg Kinnear", "Mary Hawkins … Mary and Alex Randall" keep
// Thomas and Mary). It returns the mentions it named in full, whose bare given name
// keepGivenNames records as an alias once they are resolved.
//
// After a plural noun of kin or partners ("her foster parents, Rusty and Summer Page",
// "the brothers Erwan and Ronan Bouroullec", "founders Lyndon and Peter Rive":
// pairIntroduced), the two given names need not be on the list: the noun says two
// people follow.
func (ef *entityFinder) givenNamesBeforeSurname() []int {
	var named []int
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.b != m.a+1 || m.ta != m.a || m.demonym || m.b+1 >= len(ef.toks) || !ef.is(m.b, wAnd) {
			continue
		}
		pair := ef.pairIntroduced(m.a)
		if !firstNames[ef.tok(m.a)] && !(moreGivenNames[ef.tok(m.a)] && ef.pairInSentence(m.sent)) && !(pair && givenNameShape(ef.tok(m.a)) && ef.toks[m.a].feat&(lxOrgHead|lxPlaceHead|lxFunc) == 0 && !ef.known(ef.tok(m.a))) {
			continue
		}
		fi := ef.entAt[m.b+1]
		if fi < 0 {
			continue
		}
		full := &ef.mentions[fi]
		if full.a != m.b+1 || full.b != full.a+2 || full.sent != m.sent || full.typ != kg.Person || !anyGivenName(ef.tok(full.a)) && !pair || firstNames[ef.tok(full.a+1)] {
			continue
		}
		surname := ef.tok(full.a + 1)
		if !givenNameShape(surname) || ef.namedOtherwise(m.name, surname) {
			continue
		}
		m.name = m.name + " " + surname
		m.typ = kg.Person
		if m.score < full.score {
			m.score = full.score
		}
		named = append(named, mi)
	}
	return named
}

// anyGivenName reports whether w is a given name of either list: firstNames or the
// weaker moreGivenNames. The full name's own given name may be of either ("Grace and
// Chloe Murdoch": the full name is a person's already).
func anyGivenName(w string) bool {
	return firstNames[w] || moreGivenNames[w]
}

// pairInSentence reports whether sentence si says a pair of kin stands in it: a plural
// noun of kinPairNouns or "twin" anywhere ("When Joel and Ethan Coen's film … the
// brothers' hit", "twin comedy duo Kenny and Keith Lucas"), or "their" before a noun of
// kin ("Desiree and Michael Davis called their daughter's death"). A lone given name of
// the weaker list (moreGivenNames) takes the surname after "and" only then: celebrities
// known by one name stand in that shape too ("Madonna and Kim Basinger", "Drake and
// Katie Perry").
func (ef *entityFinder) pairInSentence(si int) bool {
	s := &ef.sents[si]
	for k := s.start; k < s.b; k++ {
		if ef.in(k, kinPairNouns) || ef.is(k, wTwin) {
			return true
		}
		if ef.is(k, wTheir) && k+1 < s.b && kinNouns[strings.TrimSuffix(strings.TrimSuffix(ef.low(k+1), "’s"), "'s")] {
			return true
		}
	}
	return false
}

// keepGivenNames gives the entity of each mention givenNamesBeforeSurname named in full
// the given name the text wrote alone, as an alias ("Hillary" of "Hillary and Bill
// Clinton").
func (ef *entityFinder) keepGivenNames(named []int) {
	for _, mi := range named {
		m := &ef.mentions[mi]
		if e := ef.entityOf(m.a); e >= 0 {
			ef.ents[e].addAlias(ef.tok(m.a))
		}
	}
}

// namedOtherwise reports whether the given name w ends the full name of a person of the
// article ("Clarence Thomas") or opens a longer name under another surname than surname
// ("Mary Hawkins", "The Larry Sanders Show"): the lone word is that one.
func (ef *entityFinder) namedOtherwise(w, surname string) bool {
	for _, o := range ef.mentions {
		if o.typ == kg.Person && strings.HasSuffix(o.name, " "+w) {
			return true
		}
		f := strings.Fields(o.name)
		for k := 0; k+1 < len(f); k++ {
			if f[k] == w && f[k+1] != surname {
				return true
			}
		}
	}
	return false
}

// kinPairNouns are the plural nouns of kin or partners that name the two people after
// them: "her parents, Rusty and Summer Page", "the brothers Erwan and Ronan Bouroullec".
var kinPairNouns = newTokSet(map[string]bool{"parents": true, "couple": true, "sons": true,
	"daughters": true, "brothers": true, "sisters": true, "siblings": true, "twins": true,
	"grandparents": true, "founders": true, "co-founders": true, "cofounders": true})

// pairIntroduced reports whether a noun of kinPairNouns, a comma aside, stands right before
// the name at token a.
func (ef *entityFinder) pairIntroduced(a int) bool {
	k := a - 1
	if ef.punct(k, ',') {
		k--
	}
	return k >= 0 && ef.in(k, kinPairNouns)
}
