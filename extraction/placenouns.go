package extraction

import "strings"

// A lower-case place noun after a name ends the name only when it heads the phrase:
// "Aceh province", "Sarinah shopping mall". It is a common noun when it introduces the
// place it names ("the Los Angeles neighborhood of Porter Ranch", "the Brooklyn
// neighborhood of Williamsburg": two places, the noun between them) or modifies the noun
// after it ("the CNN town hall", "a Texas state trooper", "the Manhattan district
// attorney"): the name before it stands alone. The name after "neighborhood of" or
// "borough of" is then a place (`[place-before-of]`, typeByWordBefore).

// placeNounCompounds are nouns that a place noun modifies (data/names.txt).
var placeNounCompounds = newTokSet(wordSet("place-noun-compounds"))

// placeNounEndsName reports whether the lower-case place noun at token j belongs to the
// name a..j-1 before it: not when that name is a place, country or organization the word
// lists know and "of" and a name follow the noun, or the noun modifies the noun after it
// (a role noun, a lower-case organization head, or placeNounCompounds), and never
// "border" after a known place ("near the Utah border": Utah). A name the lists
// do not know keeps its noun ("the Mahasen district of Dammam"): alone it would be
// nothing's name, or an adjective ("Sinaloan state police").
func (ef *entityFinder) placeNounEndsName(a, j, end int) bool {
	k := j + 1
	name := ef.span(a, j)
	if ef.low(j) == "market" && !placeOrPeopleName(name) || ef.is(j, wState) && (ef.toks[j-1].has(fUpper) || camelBrand(ef.tok(a))) {
		return false // "the TV market", "the iPhone market", "the SBU state security service": a trade's or a body's, no place
	}
	if ef.is(j, wBorder) && knownName(name) {
		return false // "near the Utah border", "the U.S. border with Mexico": the place's edge, no place of its own
	}
	if ef.nounIntroducesPlace(a, j, end) {
		return false // "the Jersey Shore town of Barnegat", "the Sicilian province of Enna"
	}
	if k >= end || !knownName(name) || ef.is(j, wState) && stateNamedByNoun(name) {
		return true
	}
	if ef.is(k, wOf) && k+1 < end && ef.isNameWord(k+1) {
		return false // "the Brooklyn neighborhood of Williamsburg"
	}
	t := &ef.toks[k]
	if t.kind != tWord || t.has(fCap) {
		return true
	}
	w := ef.low(k)
	if _, head := lowerOrgHeads[w]; head || placeNounCompounds.has(w) || t.feat&lxRole != 0 {
		return false // "the CNN town hall", "a Texas state trooper", "Aleppo province police"
	}
	return true
}

// knownName reports whether the word lists know name as a place, a country (by any of its
// names or its demonym) or an organization.
func knownName(name string) bool {
	if _, ok := countryOf[name]; ok {
		return true
	}
	if _, ok := countryNames[name]; ok {
		return true
	}
	if _, ok := orgAlias[name]; ok {
		return true
	}
	if _, ok := demonymOf[name]; ok {
		return true
	}
	return usStates[name]
}

// citiesNamingStates are the U.S. states that share their name with a city (data/names.txt).
var citiesNamingStates = newTokSet(wordSet("cities-naming-states"))

// stateNamedByNoun reports whether "state" after name is part of the state's own name:
// a state outside the U.S. ("Sao Paulo state", "Rio state") or one that shares its name
// with a city ("New York state", "Washington state"), where the noun tells the state from
// the city. "a California state judge" and "the U.S. state of Nevada" leave the noun out.
func stateNamedByNoun(name string) bool {
	if citiesNamingStates.has(name) {
		return true
	}
	if _, ok := countryNames[name]; ok {
		return false
	}
	if _, ok := demonymOf[name]; ok {
		return false
	}
	return !usStates[name]
}

// placeOrPeopleName reports whether the word lists know name as a place (a country, a
// town, a U.S. state) or a people's word: what a market may be named after ("the
// Baghdad market", "the U.S. market"), unlike a trade or a product ("the TV market").
func placeOrPeopleName(name string) bool {
	_, place := countryOf[name]
	_, people := demonymOf[name]
	return place || people || knownTown(name) || usStates[name]
}

// nounIntroducesPlace reports whether the place noun at token j, after the name a..j-1,
// introduces the place named after "of" rather than ending that name, though the word
// lists do not know it: a settlement's noun ("the Jersey Shore town of Barnegat": a town
// is no part of a town, the name before it is a region's), or any place noun after a
// one-word adjective of a region ("the Sicilian province of Enna", "the Himalayan town of
// Kalpa", "the Pacific state of Colima"; regionAdjective).
func (ef *entityFinder) nounIntroducesPlace(a, j, end int) bool {
	k := j + 1
	if k+1 >= end || !ef.is(k, wOf) || !ef.isNameWord(k+1) || !ef.toks[k+1].has(fCap) {
		return false
	}
	return ef.is(j, wTown, wCity, wVillage) || j == a+1 && regionAdjective(ef.tok(a))
}

// regionAdjective reports whether the capitalised word w has an adjective's ending of a
// region's or a people's name ("Sicilian", "Appalachian", "Himalayan", "Pacific",
// "Balinese") and names no place itself. A bare "-an" is left out: it ends many places'
// own names ("the Parwan province of Afghanistan", "the Gulshan district of Dhaka").
func regionAdjective(w string) bool {
	if knownName(w) || knownTown(w) {
		return false
	}
	for _, end := range []string{"ian", "ean", "yan", "ic", "ese"} { // not "Parwan", "Gulshan"
		if strings.HasSuffix(w, end) && len(w) > len(end)+3 {
			return true
		}
	}
	return false
}

// adjectivesOnly reports whether the run a..b-1 before a place noun is an adjective and
// no name: a region's compass word ("the Midwestern state", "the Upper Midwestern
// state", "the Southern border"), a party's word ("a Democratic state"), a people's
// word ("the North Korean state") or a region's adjective ("the Pacific state"). The
// noun then describes a place the article names elsewhere; the run and its noun name
// nothing. A region so described is one ("the Kurdish region", "the Appalachian
// region"), and so is a hyphened name ("the Asia-Pacific region") or one the article or
// the lists know.
func (ef *entityFinder) adjectivesOnly(a, b int) bool {
	run := ef.span(a, b)
	if ef.is(b, wRegion) || strings.Contains(run, "-") || ef.known(run+" "+ef.tok(b)) || ef.known(run+" "+strings.ToUpper(ef.tok(b)[:1])+ef.tok(b)[1:]) {
		return false // "the Kurdish region", "the Asia-Pacific region", "the Islamic state" (ISIS): names
	}
	if demonymOf[run] != "" || ethnic.has(run) || b == a+1 && regionAdjective(run) {
		return true
	}
	for k := a; k < b; k++ {
		w := ef.tok(k)
		if !compassAdjective(w) && !partyWords.has(w) && !(k < b-1 && (w == "Upper" || w == "Lower")) {
			return false
		}
	}
	return true
}

// compassAdjective reports whether w is the adjective of a compass region: "Midwestern",
// "Northeastern", "Southern", "Western".
func compassAdjective(w string) bool {
	l := lowerASCII(w)
	if !strings.HasSuffix(l, "ern") {
		return false
	}
	for _, c := range []string{"north", "south", "east", "west"} {
		if strings.Contains(l, c) {
			return true
		}
	}
	return false
}
