package extraction

import (
	"github.com/factgraph/kg"
)

// Places nested inside a noun phrase: "the Brussels neighborhood of Molenbeek", "the
// Hama province town of Morek", "the Essex County town of Tappahannock" (placeKindOf, beside
// stateTownOf's U.S. states), and a town given as the capital of a place or of the group
// that holds it: "Mosul, the capital of Nineveh province", "Raqqa, the group's de facto
// capital" once the group is named ("Raqqa, Islamic State's de facto capital")
// (capitalAppositive).

// placeKindNouns are the nouns of "the PLACE [adj] NOUN of X" besides stateTownNouns:
// the parts of a town or a country that lie inside it.
var placeKindNouns = newTokSet(map[string]bool{"neighborhood": true, "neighbourhood": true, "district": true,
	"suburb": true, "area": true, "region": true, "province": true, "port": true, "enclave": true,
	"quarter": true, "state": true, "governorate": true, "municipality": true, "island": true,
	"prefecture": true, "territory": true})

// townPartNouns are the placeKindNouns that a town, not only a country or a region, holds:
// "the Brooklyn neighborhood of Williamsburg", "the New York borough of Queens".
var townPartNouns = newTokSet(map[string]bool{"neighborhood": true, "neighbourhood": true, "district": true,
	"suburb": true, "borough": true, "quarter": true, "enclave": true})

// regionHeads end the names of the parts of a country: "Hama province", "Kurdistan region".
var regionHeads = newTokSet(map[string]bool{"province": true, "region": true, "governorate": true,
	"county": true, "prefecture": true})

// townName reports whether the word lists know place name as a town: listed in a
// country, and no country, U.S. state, dateline region or region by its head word. A
// place put only in towns lies in their country (gazetteerPlaces).
func townName(name string) bool {
	if _, listed := countryOf[name]; !listed {
		return false
	}
	_, country := countryNames[name]
	return !country && !usStates[name] && datelineRegions[name] == "" && !regionHeads.hasLower(lastWord(name))
}

// placeKindOf reads "the [adj] PLACE [adj] NOUN of X" (the words before X from token b,
// PLACE's mention sm) as X lying in PLACE when PLACE is a country, a part of one (a
// province, region, county; a Canadian province or a British nation) or, for the parts
// of a town (townPartNouns), a town the word lists know: "the Hama province town of
// Morek", "the Essex County town of Tappahannock", "the Brussels neighborhood of
// Molenbeek". A U.S. state is stateTownOf's. "the U.S. territory of Guam" gives partOf.
func (rf *relationFinder) placeKindOf(si, e int, m, sm *mention, b int) {
	outer := rf.entName(sm.ent)
	noun := rf.low(m.a - 2)
	_, country := countryNames[outer]
	region := datelineRegions[outer] != "" || regionHeads.hasLower(lastWord(outer))
	// a town's part only of a town the word lists know: "the Mellow Square neighborhood of
	// South Dorlan" names the neighborhood first
	if noun == "territory" {
		// "the U.S. territory of Guam": a country's territory, though the word lists give
		// it a country of its own
		if country && outer != rf.entName(e) {
			rf.addRelation(si, rf.entName(e), "partOf", outer, rf.span(b, m.b))
		}
		return
	}
	if !country && !region && (!townPartNouns.has(noun) || !knownName(outer)) || listedElsewhere(rf.entName(e), outer) {
		rf.partNamedFirst(si, e, m, sm, b, noun)
		return
	}
	if _, inner := countryNames[rf.entName(e)]; inner {
		return
	}
	rf.addRelation(si, rf.entName(e), "locatedIn", outer, rf.span(b, m.b))
}

// partNamedFirst reads "the PART NOUN of TOWN" where the word lists know the town after
// "of" and not the place before the noun: the first names the part ("the Bahcelievler area
// of Ankara", "the Knightsbridge area of London", "the Sambisa Forest area of Borno
// State"): locatedIn(PART, TOWN). NOUN is one of a town's parts (townPartNouns) or "area".
// A place the lists know first is the larger one (placeKindOf: "the Brussels
// neighborhood of Molenbeek"); when neither is known nothing is said.
func (rf *relationFinder) partNamedFirst(si, e int, m, sm *mention, b int, noun string) {
	part, town := rf.entName(sm.ent), rf.entName(e)
	if !townPartNouns.has(noun) && noun != "area" || knownName(part) || usStates[part] || part == town {
		return
	}
	if !knownName(town) && !usStates[town] && !regionHeads.hasLower(lastWord(town)) {
		return
	}
	if _, country := countryNames[part]; country || regionHeads.hasLower(lastWord(part)) {
		return
	}
	rf.addRelation(si, part, "locatedIn", town, rf.span(b, m.b))
}

// secondaryCapitals are the adjectives of a capital that is not the seat of government:
// "Aleppo, Syria's commercial capital".
var secondaryCapitals = newTokSet(map[string]bool{"commercial": true, "financial": true, "economic": true,
	"cultural": true, "business": true, "industrial": true, "former": true, "old": true, "ancient": true,
	"tourist": true, "spiritual": true, "historic": true, "historical": true, "religious": true,
	"entertainment": true, "fashion": true, "tech": true, "music": true, "media": true, "gambling": true})

// capitalAppositive reads a place X (mention m, entity e) followed by "[,] [the] [adj]
// capital of [the] Y" or "[,] Y's [adj] capital", Y a place or the group that holds X:
// capitalOf(X, Y). "Mosul, the capital of Nineveh province", "Erbil, capital of Iraq's
// Kurdistan region" (the region, the last of a possessive chain), "Raqqa, Islamic State's
// de facto capital". Not a capital of trade or of the past ("Aleppo, Syria's commercial
// capital", "the former capital").
func (rf *relationFinder) capitalAppositive(si, e int, m *mention) {
	s := &rf.sents[si]
	if rf.ents[e].typ != kg.Place || m.demonym || !rf.punct(m.b, ',') {
		return
	}
	if _, isCountry := countryNames[rf.entName(e)]; isCountry {
		return
	}
	j := m.b + 1
	y, yEnd := -1, 0
	demonym := false
	if rf.is(j, wThe) {
		j++
	}
	if ye := rf.entityOf(j); ye >= 0 && rf.mentions[rf.entAt[j]].a == j && rf.is(rf.mentions[rf.entAt[j]].b, wAposS, wRsquoS) {
		y, yEnd = ye, rf.mentions[rf.entAt[j]].b // "Raqqa, Islamic State's de facto capital"
		demonym = rf.mentions[rf.entAt[j]].demonym
		j = yEnd + 1
	}
	for n := 0; n < 3 && j < s.b && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && !rf.is(j, wCapital); n++ {
		if rf.in(j, secondaryCapitals) || rf.toks[j].feat&(lxFunc|lxPronoun) != 0 {
			return
		}
		j++
	}
	if !rf.is(j, wCapital) || rf.is(j+1, wCity, wCities, wDistrict, wRegion, wArea, wGains, wSpending, wMarkets, wMarket, wInvestment, wInvestments) {
		return
	}
	if y < 0 {
		if !rf.is(j+1, wOf) {
			return
		}
		j += 2
		if rf.is(j, wThe) {
			j++
		}
		y = rf.entityOf(j)
		if y < 0 || rf.mentions[rf.entAt[j]].a != j {
			return
		}
		yEnd, demonym = rf.mentions[rf.entAt[j]].b, rf.mentions[rf.entAt[j]].demonym
		// "capital of Iraq's Kurdistan region": the region
		if rf.is(yEnd, wAposS, wRsquoS) {
			k := yEnd + 1 // past the region's adjectives: "Iraq's vast western Anbar province"
			for n := 0; n < 3 && k < s.b && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap); n++ {
				k++
			}
			z := rf.entityOf(k)
			if z < 0 || rf.ents[z].typ != kg.Place || rf.mentions[rf.entAt[k]].a != k {
				return // "capital of Iraq's autonomous Kurdish region": the region is not named
			}
			y, yEnd, demonym = z, rf.mentions[rf.entAt[k]].b, rf.mentions[rf.entAt[k]].demonym
		}
	} else {
		yEnd = j + 1
	}
	if y == e || demonym {
		return
	}
	if t := rf.ents[y].typ; t != kg.Place && t != kg.Organization {
		return
	}
	rf.addRelation(si, rf.entName(e), "capitalOf", rf.entName(y), rf.span(m.a, yEnd))
}
