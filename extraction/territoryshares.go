package extraction

import (
	"github.com/factgraph/kg"
)

// Territory a group controls, named through the share of it held: "Islamic State, which
// controls large areas of Iraq and Syria", "controls vast swathes of northern and western
// Iraq", "controls swaths of territory in Iraq and Syria" (controls). The general object
// reader (relations.go) looks only three words past a strict verb, room for "tracts of
// Syria" but not for an adjective before the share or the compass words after it. The
// same share after a hyphened "X-held" or "X-controlled" (hyphenties.go), or a town noun
// there, is held territory too: "Islamic State-held parts of Iraq", "ISIS-controlled
// areas of Syria and Iraq", "the Islamic State-held city of Mosul".

// territoryShareNouns are the nouns of a share of a territory, before "of" or "in"; a
// singular one after "a" ("a swathe of northern Syria").
var territoryShareNouns = newTokSet(map[string]bool{"areas": true, "parts": true, "swathes": true,
	"swaths": true, "tracts": true, "territory": true, "chunks": true, "stretches": true, "portions": true,
	"regions": true, "much": true, "most": true, "part": true, "swathe": true, "swath": true, "area": true,
	"tract": true, "stretch": true, "chunk": true, "portion": true})

// territoryShareSizes are the words of size or weight that may stand before the share:
// "large areas", "vast swathes", "key areas".
var territoryShareSizes = newTokSet(map[string]bool{"large": true, "vast": true, "key": true, "huge": true,
	"big": true, "wide": true, "major": true, "significant": true, "strategic": true, "sizable": true,
	"sizeable": true, "broad": true, "remaining": true})

// territoryCompass are the words of a part of a country between the preposition and its name:
// "northern and western Iraq".
var territoryCompass = newTokSet(map[string]bool{"northern": true, "southern": true, "eastern": true,
	"western": true, "central": true, "northeastern": true, "northwestern": true, "southeastern": true,
	"southwestern": true, "northeast": true, "northwest": true, "southeast": true, "southwest": true,
	"and": true})

// territoryShareEnd returns the token right after the share of a territory that opens at
// token k ("large areas of", "swaths of territory in", "key areas in northern and western"),
// where the name of the territory should stand, or -1 when no share opens there.
func (rf *relationFinder) territoryShareEnd(k, end int) int {
	j := k
	if rf.is(j, wA, wAn) {
		j++ // "a swathe of northern Syria", "a large area of"
	}
	for j < end && j < k+3 && rf.in(j, territoryShareSizes) {
		j++
	}
	if j >= end || !rf.in(j, territoryShareNouns) || !rf.is(j+1, wOf, wIn) {
		return -1
	}
	j += 2
	if rf.low(j) == "territory" && rf.is(j+1, wIn, wOf) {
		j += 2 // "swaths of territory in"
	}
	for n := 0; j < end && n < 3 && rf.in(j, territoryCompass); n++ {
		j++
	}
	if e := rf.entityOf(j); j >= end || e < 0 || rf.ents[e].typ != kg.Place || rf.is(j-1, wAnd) {
		return -1 // "areas in and around Aleppo" names the place by its surroundings
	}
	return j
}

// heldTownNouns are the nouns of one place held, before "of" and its name: "the Islamic
// State-held city of Mosul".
var heldTownNouns = newTokSet(map[string]bool{"city": true, "town": true, "village": true,
	"province": true, "district": true})

// territoryTie reads the territory after an "X-held" or "X-controlled" ending at token v
// (x the entity named before the hyphen): a share of a place ("parts of Iraq") or a town
// noun and "of" ("city of Mosul") → controls(x, place), and reports whether it found one.
// Only an organization holds it; a party or a people ("Serb-controlled parts") does not.
func (rf *relationFinder) territoryTie(si, v, x int) bool {
	s := &rf.sents[si]
	if rf.ents[x].typ != kg.Organization || v+1 >= s.b {
		return false
	}
	p := rf.territoryShareEnd(v+1, s.b)
	if p < 0 && rf.in(v+1, heldTownNouns) && rf.is(v+2, wOf) {
		if e := rf.entityOf(v + 3); e >= 0 && rf.ents[e].typ == kg.Place && rf.namedMentionAt(v+3) != nil {
			p = v + 3
		}
	}
	if p < 0 || rf.entityOf(p) == x {
		return false
	}
	a := v
	if rf.entityOf(v) == x {
		a = rf.mentions[rf.entAt[v]].a
	} else if rf.entityOf(v-2) == x {
		a = rf.mentions[rf.entAt[v-2]].a
	}
	text := rf.span(a, rf.mentions[rf.entAt[p]].b)
	rf.relateToEach(si, rf.entName(x), "controls", nameList(rf.withMembers(int(rf.entAt[p]), s.b)), text, nil) // "areas of Syria and Iraq"
	return true
}
