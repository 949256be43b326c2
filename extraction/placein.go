package extraction

import (
	"github.com/factgraph/kg"
)

// "X in Y" between two places: the words between "in" and Y must describe where in Y
// ("in the northwestern province of Idlib", "in the heart of Manhattan"), not start
// another phrase that merely ends on a place ("Aleppo in the six months since Russia",
// "Iran in violation of U.S. sanctions"); and a country lies in a region of the world,
// never in another country, a town or a sea ("Russia in Syria", "Spain in Madrid").

// placeParts are the nouns for a part of a place that an "of" may follow (data/places.txt).
var placeParts = newTokSet(wordSet("place-parts"))

// placeInPhrase reports whether the lower-case words from token a to token b (the words
// between "in" and a place) only say where in the place: articles, modifiers and a place
// noun before "of" ("the southern city of"), no function word, number or verb of speech
// ("the case brought by the", "response to", "the six months since").
func (rf *relationFinder) placeInPhrase(a, b int) bool {
	for k := a; k < b; k++ {
		if rf.is(k, wThe, wA, wAn) {
			continue
		}
		if rf.is(k, wOf) {
			if k == a || !rf.inWord(k-1, placeBeforeOf) && !rf.inWord(k-1, placeParts) {
				return false // "in violation of", "in the largest display of"
			}
			continue
		}
		if rf.toks[k].feat&(lxFunc|lxNumWord|lxSpeech) != 0 {
			return false
		}
	}
	return true
}

// countryInPlace reports whether country x may lie in place y: only in a region of the
// world ("Mali in West Africa", "Japan in Asia"), not in a country, a town or a sea.
func (rf *relationFinder) countryInPlace(y string) bool {
	if _, isCountry := countryNames[y]; isCountry || rf.typeOfName(y) != kg.Place {
		return false
	}
	if seaHeads.hasLower(lastWord(y)) || usStates[y] {
		return false
	}
	return rf.regionName(y) && countryOf[y] == ""
}

// countryModifiesNext reports whether the country mention m2 after "X, " opens the next
// phrase rather than place X: a country, or its demonym, other than the one the word
// lists put X in, that modifies the word after it ("London, U.S. Secretary of State John
// Kerry said", "fleeing London, French Economy Minister Ana Dorne said").
func (rf *relationFinder) countryModifiesNext(x int, m2 *mention) bool {
	c := countryOf[rf.entName(x)]
	if c == "" {
		c = townCountry[rf.entName(x)] // "in Ann Arbor, Chinese officials said"
	}
	y := rf.entName(m2.ent)
	if cn, ok := countryNames[y]; ok {
		y = cn
	}
	if c == "" || c == y || usStates[y] || countryOf[y] == c {
		return false // not "Kitchener, Ontario-based": a province of X's own country
	}
	return m2.b < len(rf.toks) && rf.toks[m2.b].kind == tWord && rf.toks[m2.b].feat&lxFunc == 0
}

// listedElsewhere reports whether the word lists put place x in a country other than
// place y's own: "Washington in South Korea" and "Moscow in Crimea" tell of what a
// capital does there, not where it lies. A U.S. state lends y no country, so that a
// town that shares a foreign town's name may lie in it.
func listedElsewhere(x, y string) bool {
	cx := countryOf[x]
	if cx == "" || usStates[y] {
		return false
	}
	cy, isCountry := countryNames[y]
	if !isCountry {
		cy = countryOf[y]
	}
	return cy != "" && cx != cy
}
