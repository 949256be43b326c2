package extraction

import "strings"

// Places an aside after a name tells: "Maceio, in northeastern Brazil", "Porto Alegre, in
// Brazil's more-prosperous south", "Corona del Mar State Beach, located in Newport
// Beach", "Mouadamiya, a suburb of Damascus". A name whose own words and given names say
// nothing would be an organization (one word) or a person (two to four); the aside makes
// it a place. placeasides.go reads the same asides for locatedIn.

// settlementNouns are nouns of a settlement or a part of one, beside placeNouns
// (data/names.txt).
var settlementNouns = newTokSet(wordSet("settlement-nouns"))

// describedAsPlace reports whether the aside after a name ending at token b-1 places it:
// ", a suburb of", ", a small town in" (an article, at most three lower-case words, a
// place noun, then of/in/near/outside), ", a Columbus suburb," (a town the gazetteer
// knows among those words, the noun ending the aside: ent177), or ", in" with a word of direction before or
// after a place the gazetteers know (", in northeastern Brazil", ", in Brazil's south"),
// or ", located in" any place they know. A bare ", in Washington" places nothing: "said
// Gahler, in Washington" tells where a person spoke.
func (ef *entityFinder) describedAsPlace(si, b int) bool {
	s := &ef.sents[si]
	if b+3 >= s.b || !ef.punct(b, ',') {
		return false
	}
	k := b + 1
	if ef.is(k, wA, wAn) {
		town := false // "a Columbus suburb": a known town before the noun places it alone
		for k++; k < s.b && k < b+5 && ef.toks[k].kind == tWord && ef.toks[k].feat&lxFunc == 0; k++ {
			if ef.toks[k].has(fCap) {
				if town || !knownTown(ef.tok(k)) {
					break
				}
				town = true
			}
		}
		noun := ef.low(k - 1)
		if k <= b+2 || !(placeNouns.has(noun) || settlementNouns.has(noun)) {
			return false
		}
		return ef.is(k, wOf, wIn, wNear, wOutside) || town && !ef.toks[k-1].has(fCap) && (k == s.b || ef.toks[k].kind != tWord)
	}
	located := ef.is(k, wLocated, wSituated)
	if located {
		k++
	}
	if !ef.is(k, wIn) {
		return false
	}
	compass := false
	for j := k + 1; j < s.b && j <= k+4; j++ {
		if ef.toks[j].kind != tWord {
			return false
		}
		if !ef.toks[j].has(fCap) {
			if ef.toks[j].feat&lxFunc != 0 && !ef.is(j, wThe) {
				return false
			}
			compass = compass || ef.in(j, compassWords) || compassPart(ef.low(j))
			continue
		}
		e := ef.knownPlaceEnd(j, s.b)
		if e < 0 {
			return false
		}
		if !compass && ef.is(e, wAposS, wRsquoS) {
			compass = compassPart(ef.low(e+1)) || compassPart(ef.low(e+2)) || compassPart(ef.low(e+3))
		}
		return compass || located
	}
	return false
}

// knownPlaceEnd returns the token after a place the gazetteers know that starts at token
// j ("Brazil", "New Mexico", "Newport Beach"), trying three words, then two, then one;
// -1 when none.
func (ef *entityFinder) knownPlaceEnd(j, end int) int {
	for n := 3; n >= 1; n-- {
		if j+n > end {
			continue
		}
		name := ef.span(j, j+n)
		if _, ok := countryOf[name]; ok || usStates[name] {
			return j + n
		}
		if _, ok := countryNames[name]; ok {
			return j + n
		}
	}
	return -1
}

// pluralPlace reports whether the one-word name at token a, after "the", is the plural of
// a place the gazetteers know: "the Americas", "the Koreas", "the Dakotas" name the
// places together, where one unknown word would otherwise be an organization. So does
// the plural short form of an island group the article names in full ("the Spratlys"
// beside "the Spratly Islands" or "the Spratly archipelago": islandGroupNamed).
func (ef *entityFinder) pluralPlace(a, b int) bool {
	w := ef.tok(a)
	if b != a+1 || !ef.is(a-1, wThe) {
		return false
	}
	return pluralOfPlaces(w) || ef.islandGroupNamed(w)
}

// islandGroupWords are the words after a name that make it an island group's ("Paracel
// Islands", "Spratly archipelago").
var islandGroupWords = newTokSet(map[string]bool{"islands": true, "archipelago": true, "isles": true, "islets": true, "atolls": true})

// islandGroupNamed reports whether plural, a capitalised word ending in "s" ("Spratlys",
// "Paracels"), is the short form of an island group the article writes somewhere as its
// singular before an island group's word ("the Spratly Islands", "the Paracel
// archipelago").
func (ef *entityFinder) islandGroupNamed(plural string) bool {
	if len(plural) < 5 || !strings.HasSuffix(plural, "s") {
		return false
	}
	one := plural[:len(plural)-1]
	for k := 0; k+1 < len(ef.toks); k++ {
		if ef.tok(k) == one && ef.in(k+1, islandGroupWords) {
			return true
		}
	}
	return false
}

// pluralOfPlaces reports whether name is the plural of a place the gazetteers know
// ("Americas", "Koreas"): places together, which lie in no one country.
func pluralOfPlaces(name string) bool {
	if len(name) < 4 || !strings.HasSuffix(name, "s") {
		return false
	}
	one := name[:len(name)-1]
	_, known := countryOf[one]
	_, country := countryNames[one]
	return known || country || usStates[one] || stateParts[one] // "the Carolinas", "the Dakotas"
}
