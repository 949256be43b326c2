package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A town or a state before a trade in the description after a person's name says where
// the person lives and works, as it does before the name ("Dayton firefighter Ann Cole",
// placeOfTrade in modifiers.go): "Ann Cole, a Dayton attorney who", "Bo Diaz, 41, a
// veteran Fresno real estate developer," (residentOf). The description opens with "a" or
// "an", an age ("a 47-year-old", describedages.go) and up to two lower-case modifiers
// (not "former": "a former Dayton officer" may have moved); the place is one placeOfTrade accepts (named whole, a town or a state the
// word lists know, no country, no people's word, no party); then one to three lower-case
// words end with a trade, a person's noun (tradeNoun, resident-nouns: "a Tulsa woman") or
// a profession practised in a town (practiceNouns: "a Dayton attorney", whose role rules
// read no office in the place — unlike "a Texas senator"),
// and the description ends there: a stop, a comma, "who", "and", or a preposition that
// goes on with the person ("a Dayton lawyer for the family"), not a possessive.
func (rf *relationFinder) apposedTrade(si int, m *mention) {
	s := &rf.sents[si]
	k, ok := rf.descriptionStart(m)
	if !ok || k+3 >= s.b || !rf.is(k, wA, wAn) {
		return
	}
	j := rf.pastAge(k + 1) // "a 47-year-old Dayton engineer"
	for n := 0; n < 2 && j < s.b && rf.lowerModifier(j) && rf.entAt[j] < 0; n++ {
		if rf.is(j, wFormer) || strings.HasPrefix(rf.low(j), "ex-") {
			return
		}
		j++
	}
	pi := rf.entAt[j]
	if pi < 0 || rf.mentions[pi].a != j || rf.mentions[pi].ent < 0 {
		return
	}
	pm := &rf.mentions[pi]
	p := pm.ent
	if p == m.ent || rf.ents[p].typ != kg.Place || pm.demonym || rf.owner(pm.b) || rf.basedWord(pm.b-1) || partyNames[rf.ents[p].name] != "" {
		return
	}
	name := rf.ents[p].name
	if _, country := countryNames[name]; country || countryOf[name] == name || countryOf[name] == "" && !usStates[name] && rf.ents[p].country == "" {
		return // "a U.S. citizen", "a French lawyer": a nationality, not a home
	}
	h := -1
	for e := pm.b; e < s.b && e < pm.b+3 && rf.lowerModifier(e) && rf.entAt[e] < 0 && rf.toks[e].feat&lxSpeech == 0; e++ {
		h = e
	}
	if h < 0 || !tradeNoun(rf.low(h)) && !rf.in(h, townPersonNouns) && !rf.in(h, practiceNouns) || rf.owner(h+1) {
		return
	}
	if e := h + 1; e < s.b && !rf.punct(e, ',') && rf.toks[e].kind != tStop && !rf.is(e, wWho, wAnd, wFor, wWith, wAt, wOf, wIn) {
		return // "a Dayton lawyer said": no apposition; "a Tulsa man died"
	}
	rf.addRelation(si, rf.entName(m.ent), "residentOf", rf.entName(p), rf.span(m.a, h+1))
}

// practiceNouns are role nouns of a profession practised in a town, which a place before
// them places the person in rather than making them an officer of it.
var practiceNouns = newTokSet(map[string]bool{"attorney": true, "lawyer": true, "surgeon": true,
	"physician": true, "doctor": true, "dentist": true, "nurse": true, "architect": true, "pastor": true,
	"engineer": true, "photographer": true, "worker": true, "strategist": true}) // "a Seoul office worker"
