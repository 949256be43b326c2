package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Places told by a place noun and "of": "the northern Syrian town of Kessab", "the Thai
// resort of Koh Tao" (the town in the country of the demonym, demonymTownOf), and "the
// Parwan province of Afghanistan" (the part in the country named after "of",
// partOfCountry). sameCountrySentence gives such a town the article's own country only
// when the demonym is the article's; a town in a neighbouring country got none.

// demonymTownNouns are the place nouns of "the DEMONYM NOUN of X".
var demonymTownNouns = newTokSet(map[string]bool{"town": true, "city": true, "village": true, "hamlet": true,
	"province": true, "resort": true, "region": true, "district": true, "island": true, "port": true,
	"capital": true, "governorate": true, "enclave": true, "county": true, "municipality": true,
	"prefecture": true, "state": true, "community": true, "suburb": true, "neighborhood": true,
	"neighbourhood": true, "territory": true})

// countryPartNouns are the nouns of "the X NOUN of COUNTRY": parts of a country.
var countryPartNouns = newTokSet(map[string]bool{"province": true, "region": true, "district": true,
	"governorate": true, "prefecture": true, "state": true, "county": true, "department": true})

// lowerModifier reports whether token k is a lower-case word that may stand inside a
// place's noun phrase ("northern", "coastal", "border"): no function word or number.
func (rf *relationFinder) lowerModifier(k int) bool {
	t := &rf.toks[k]
	return t.kind == tWord && !t.has(fCap) && t.feat&(lxFunc|lxNumWord|lxPronoun) == 0
}

// demonymTownOf reads "the [adj] [adj] DEMONYM [adj] [adj] NOUN of X" (X a place, mention
// m) as X lying in the demonym's country: "the northern Syrian town of Kessab", "the Thai
// resort town of Pattaya". The demonym must open no name ("the North Korean city of",
// whose "Korean" alone is the South's), X must be no country or U.S. state, and the word
// lists must not put X in another country.
func (rf *relationFinder) demonymTownOf(si, e int, m *mention) {
	s := &rf.sents[si]
	if rf.ents[e].typ != kg.Place || m.demonym || m.a-4 < s.a || !rf.is(m.a-1, wOf) || !rf.in(m.a-2, demonymTownNouns) || rf.toks[m.a-2].has(fCap) {
		return
	}
	k := m.a - 3
	for n := 0; n < 2 && k > s.a && rf.lowerModifier(k); n++ {
		k-- // "resort", "coastal", "border"
	}
	country, ok := demonymOf[rf.tok(k)]
	if !ok || country == "" || !rf.toks[k].has(fCap) || strings.HasSuffix(rf.tok(k), "s") && demonymOf[strings.TrimSuffix(rf.tok(k), "s")] != "" {
		return
	}
	b := k - 1
	for n := 0; n < 2 && b > s.a && rf.lowerModifier(b); n++ {
		b-- // "the northern", "the largely"
	}
	if b < s.a || !rf.is(b, wThe) {
		return
	}
	x := rf.entName(e)
	if _, known := countryNames[country]; known && x != country && rf.is(m.a-2, wTerritory) {
		rf.addRelation(si, x, "partOf", country, rf.span(b, m.b)) // "the Danish territory of Greenland", a country of its own to the lists
		return
	}
	if _, isCountry := countryNames[x]; isCountry || usStates[x] || x == country || listedElsewhere(x, country) {
		return
	}
	if _, known := countryNames[country]; !known {
		return
	}
	rf.addRelation(si, x, "locatedIn", country, rf.span(b, m.b))
}

// partOfCountry reads "the X NOUN of COUNTRY" (the country's mention m) as X lying in
// the country: "the Parwan province of Afghanistan", "the Charleroi region of Belgium".
// X is the place before NOUN, or the place whose name ends with NOUN ("Parwan province").
func (rf *relationFinder) partOfCountry(si, e int, m *mention) {
	s := &rf.sents[si]
	if rf.ents[e].typ != kg.Place || m.demonym || m.a-4 < s.a || !rf.is(m.a-1, wOf) || !rf.in(m.a-2, countryPartNouns) || rf.toks[m.a-2].has(fCap) {
		return
	}
	country := rf.entName(e)
	if _, isCountry := countryNames[country]; !isCountry {
		return
	}
	var xm *mention
	if mi := rf.entAt[m.a-2]; mi >= 0 && rf.mentions[mi].b == m.a-1 {
		xm = &rf.mentions[mi] // "Parwan province" as one name
	} else if mi := rf.entAt[m.a-3]; mi >= 0 && rf.mentions[mi].b == m.a-2 {
		xm = &rf.mentions[mi]
	}
	if xm == nil || xm.ent < 0 || xm.demonym || rf.ents[xm.ent].typ != kg.Place || xm.a-1 < s.a || !rf.is(xm.a-1, wThe) {
		return
	}
	if rf.owner(xm.b) {
		return
	}
	x := rf.entName(xm.ent)
	if _, isCountry := countryNames[x]; isCountry || usStates[x] || listedElsewhere(x, country) {
		return
	}
	rf.addRelation(si, x, "locatedIn", country, rf.span(xm.a-1, m.b))
}
