package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// stateAgentHeads are the plural heads that name a state's own forces or officials: with
// a country's adjective before them ("Norlandic warplanes", "Velish authorities") they
// act for the country. Private people ("tourists", "fans", "investors") are none.
var stateAgentHeads = newTokSet(map[string]bool{"forces": true, "troops": true, "warplanes": true, "jets": true,
	"aircraft": true, "planes": true, "bombers": true, "helicopters": true, "drones": true, "warships": true,
	"soldiers": true, "army": true, "navy": true, "military": true, "police": true, "authorities": true,
	"officials": true, "prosecutors": true, "regulators": true, "investigators": true, "diplomats": true,
	"negotiators": true, "marines": true, "commandos": true, "artillery": true})

// stateAgentMods are the words that may stand between the country's adjective and the
// head: "Velish government forces", "Norlandic security officials", "U.S. fighter jets".
var stateAgentMods = newTokSet(map[string]bool{"government": true, "security": true, "special": true,
	"military": true, "state": true, "federal": true, "defense": true, "defence": true, "air": true, "naval": true,
	"border": true, "intelligence": true, "army": true, "navy": true, "coalition": true, "riot": true,
	"counterterrorism": true, "fighter": true, "ground": true, "armed": true, "police": true, "law": true,
	"enforcement": true, "administration": true, "health": true, "trade": true, "antitrust": true,
	"immigration": true, "customs": true, "tax": true, "financial": true, "banking": true, "securities": true,
	"judicial": true, "elite": true, "regime": true})

// stateAgentCountry returns the country whose forces or officials the subject ending at
// token g names: a country's adjective or a country's name, then up to three modifiers,
// then a head of stateAgentHeads ("Norlandic warplanes bombed", "Velish government forces
// retook", "U.S. prosecutors charged": Norland, Velia, the United States). Not "two
// Norlandic soldiers" (a count of men), "former Velish officials", nor a phrase inside
// another ("the killing of Norlandic soldiers"). A phrase kg names as a body ("the
// Velish army") never reaches here: the body is the subject.
func (rf *relationFinder) stateAgentCountry(g, start int) string {
	if !rf.in(g, stateAgentHeads) {
		return ""
	}
	p := g - 1
	for p > start && g-p <= 3 && rf.lowerWordAt(p) && rf.in(p, stateAgentMods) {
		p--
	}
	if p < start || rf.entAt[p] < 0 {
		return ""
	}
	m := &rf.mentions[rf.entAt[p]]
	if m.ent < 0 || m.b != p+1 || rf.owner(m.b-1) {
		return ""
	}
	name := rf.entName(m.ent)
	if !m.demonym && (rf.ents[m.ent].typ != kg.Place || countryNames[name] != name) {
		return ""
	}
	a := m.a
	if rf.is(a-1, wThe) {
		a--
	}
	if a > start && (rf.toks[a-1].kind == tNum || rf.toks[a-1].feat&lxNumWord != 0 || rf.is(a-1, wFormer) || rf.punct(a-1, '-')) {
		return ""
	}
	if rf.afterPreposition(a, start) {
		return ""
	}
	return name
}

// bodyMemberNouns are the plural nouns after a body's name that stand for the body's own
// people or places: "bombed Kestrel Front positions", "struck Velish Legion fighters".
var bodyMemberNouns = newTokSet(map[string]bool{"positions": true, "fighters": true, "militants": true,
	"targets": true, "strongholds": true, "bases": true, "camps": true, "hideouts": true, "convoys": true,
	"units": true, "commanders": true, "troops": true, "forces": true, "insurgents": true, "rebels": true})

// memberNounAfter reports whether the word at token b, after the name of mention m, is a
// noun of bodyMemberNouns that ends the phrase, the name being an organization's or a
// group's: in "shelled Kestrel Front positions near Dalsk" the positions are the
// Front's, and the Front is what was shelled. Not "bought Kestrel jets" (no such noun),
// nor "Kestrel fighter jets" (the noun goes on), nor
// "Kestrel Front-linked militants".
func (rf *relationFinder) memberNounAfter(m *mention, b, end int) bool {
	if !rf.in(b, bodyMemberNouns) || m.ent < 0 || rf.ents[m.ent].typ != kg.Organization && rf.ents[m.ent].typ != kg.Group ||
		strings.Contains(rf.tok(b-1), "-") {
		return false // not "Kestrel Front-linked militants": the militants are others
	}
	return b+1 >= end || !rf.lowerWordAt(b+1) || rf.toks[b+1].feat&lxFunc != 0 || rf.in(b+1, openPrepositions) // "positions inside Dalsk"
}
