package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Places in a place's apposition. "Guam, a U.S. territory,", "Harlem, the New York City
// neighborhood", "Gary, an Indiana steel town": a place's name, a comma, an article,
// then a larger place (or its people's word) that modifies a place noun closing the
// phrase says where the first place lies: locatedIn, or partOf for a territory. It is
// apposedPlace's reading (apposedplaces.go) for places: there a body's kind closes the
// phrase ("Norvale, a Boston charity"). The noun must close the phrase (not "a Florida
// town hall", "a U.S. territory's governor"), and the first name may be no person ("Ann
// Lee, a Florida city commissioner").

// apposedTownNouns are the place nouns that may close the apposition.
var apposedTownNouns = newTokSet(map[string]bool{"suburb": true, "town": true, "city": true,
	"village": true, "district": true, "neighborhood": true, "neighbourhood": true,
	"community": true, "hamlet": true, "borough": true, "township": true, "municipality": true,
	"county": true, "enclave": true, "province": true, "region": true, "island": true,
	"port": true, "resort": true, "state": true, "territory": true, "hub": true})

// apposedTown reads the apposition after mention m of sentence si.
func (rf *relationFinder) apposedTown(si int, m *mention) {
	s := &rf.sents[si]
	b := m.b
	if m.ent < 0 || rf.ents[m.ent].typ == kg.Person || b+3 >= s.b || !rf.punct(b, ',') || !rf.is(b+1, wA, wAn, wThe) {
		return
	}
	j := b + 2
	for n := 0; n < 2 && j < s.b && rf.lowerModifier(j); n++ {
		j++ // "the affluent New York City neighborhood"
	}
	mi := rf.entAt[j]
	if mi < 0 || rf.mentions[mi].a != j || rf.mentions[mi].ent < 0 {
		return
	}
	pm := &rf.mentions[mi]
	p := pm.ent
	if p == m.ent || rf.ents[p].typ != kg.Place || rf.owner(pm.b) || !pm.demonym && !rf.knownPlace(p) || lowerCompound(rf.tok(pm.b-1)) {
		return // not "a Chicago-based", "a Florida-sized"
	}
	head := -1
	for k := pm.b; k < s.b && k < pm.b+4 && rf.lowerModifier(k); k++ {
		head = k // "an Indiana steel town", "the Alberta oil sands hub"
	}
	if head < 0 || !rf.in(head, apposedTownNouns) || rf.owner(head+1) {
		return
	}
	if n := head + 1; n < s.b && rf.toks[n].kind == tWord && rf.toks[n].has(fCap) {
		return // "a Florida town Sanibel": a name the noun modifies
	}
	x, y := rf.entName(m.ent), rf.entName(p)
	territory := rf.low(head) == "territory" // "Guam, a U.S. territory": the country's, though the lists give it a country of its own
	if x == y || strings.Contains(y, x) || rf.largePlace(x) && !rf.largePlace(y) || !territory && rf.elsewhere(x, y) || seaHeads.hasLower(lastWord(y)) {
		return // not "Pass Christian, a Gulf town": waters hold no town
	}
	if rf.largePlace(x) && rf.punct(m.a-1, ',') {
		return // "Takoma Park, Maryland, a Washington suburb": the town's apposition, not the state's
	}
	pred := "locatedIn"
	if territory {
		pred = "partOf"
	}
	rf.addRelation(si, x, pred, y, rf.span(m.a, head+1))
}
