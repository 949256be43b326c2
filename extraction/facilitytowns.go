package extraction

import "github.com/factgraph/kg"

// Towns before a facility's lower-case noun, and states by their older abbreviations.
//
// "arrested at the Istanbul airport", "flights out of the Denver airport": the name before
// the lower-case noun is the town the airport serves, and the place the article names is
// the town; the airport is its facility, no name of its own. Only a town the word lists
// know, or one the article has already named as a place, is read so: before an unknown
// name the noun may close the airport's own short name ("the Ataturk airport", "Heathrow
// airport"), which stays one place as before (names.go). A capitalised head is always
// part of the name ("Brussels Airport", "Denver International Airport").
//
// "a Pottsville, Penn. gun store", "Omaha, Nebr.": besides the AP forms of
// us-state-abbreviations (data/names.txt), writers use older forms (the Government
// Printing Office's "Nebr.", "Oreg.") and informal ones ("Penn.", "Wisc."). Read only
// with their stop, after a town and its comma (stateAfterTown, titles.go): "Penn" alone
// is a surname ("Sean Penn").

// facilityNouns are the lower-case place nouns (place-nouns, data/names.txt) that after a
// town's name name a facility of the town, not a place of their own.
var facilityNouns = newTokSet(map[string]bool{"airport": true})

// dottedStateAbbrevs are the states' abbreviations read only with their stop
// (data/names.txt).
var dottedStateAbbrevs = wordValues("us-state-abbreviations-dotted")

// townBeforeFacility reports whether the name on tokens a..j-1 is a town and the
// lower-case noun at token j one of its facilities, so that the noun stays out of the
// name: the town is a place of the word lists other than a country, or a place the
// article named before.
func (ef *entityFinder) townBeforeFacility(a, j int) bool {
	if !ef.in(j, facilityNouns) {
		return false
	}
	name := ef.span(a, j)
	if c, ok := countryOf[name]; ok && c != "" && c != name {
		if _, country := countryNames[name]; !country {
			return true
		}
	}
	for mi := range ef.mentions {
		if m := &ef.mentions[mi]; m.typ == kg.Place && !m.demonym && m.name == name && m.b-m.a == j-a {
			return true
		}
	}
	return false
}

// dottedStateAt returns the state that token i abbreviates in one of its dotted forms
// ("Penn."), its stop written on it or as the next token, or "".
func (ef *entityFinder) dottedStateAt(i int) string {
	w := ef.tok(i)
	if len(w) > 1 && w[len(w)-1] == '.' {
		return dottedStateAbbrevs[w[:len(w)-1]]
	}
	if i+1 < len(ef.toks) && ef.toks[i+1].kind == tStop && !ef.toks[i+1].has(fSpace) {
		return dottedStateAbbrevs[w]
	}
	return ""
}

// stateBetweenCommas reports whether the state's abbreviation at token i carries its stop
// and closes with a comma or a semicolon ("Rep. Bill Smith, Pa., said", "Newport News,
// Va.;"): after a name typed otherwise it is still the state, never a name of its own.
func (ef *entityFinder) stateBetweenCommas(i int) bool {
	w := ef.tok(i)
	k := i + 1
	if len(w) == 0 || w[len(w)-1] != '.' {
		if k >= len(ef.toks) || ef.toks[k].kind != tStop || ef.toks[k].has(fSpace) {
			return false
		}
		k++
	}
	return ef.punct(k, ',') || ef.punct(k, ';')
}
