package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Bodies named after the organization they belong to: "the House Budget Committee" is
// part of the House, "the U.N. General Assembly" of the United Nations, "the Varnia
// National Committee" of the Varnia Party when the article names it "Varnia" too. A
// place's body ("Raleigh City Council") is placeBody's (modifiers.go).

// bodyHeads end the names of bodies that belong to the organization their names open
// with (data/relations.txt [body-heads]).
var bodyHeads = newTokSet(wordSet("body-heads"))

// bodyParts adds partOf for every organization whose name ends in a body's head and
// opens with the name or an alias of another organization of the article, the longest
// such opening: "Senate Judiciary Committee" partOf Senate, "UN Security Council"
// partOf United Nations (by its alias "UN"). It reads each name once, against a table of
// the article's organization names built only when such a body is there.
func (rf *relationFinder) bodyParts() {
	var orgs map[string]int
	for ei, e := range rf.ents {
		if e.dropped || e.typ != kg.Organization || !bodyHeads.has(lastWord(e.name)) {
			continue
		}
		if orgs == nil {
			orgs = rf.organizationNames()
		}
		if oi := openingOrganization(e, orgs, ei); oi >= 0 {
			rf.addRelation(rf.firstSentence(ei), e.name, "partOf", rf.entName(oi), e.name)
		} else if party := usPartyWords[strings.Fields(e.name)[0]]; party != "" && e.name != party {
			// "Republican National Committee": the party's lone word is no entity of its own
			rf.addRelation(rf.firstSentence(ei), e.name, "partOf", party, e.name)
		}
	}
}

// openingOrganization returns the organization of orgs, other than ei itself, whose name
// or alias opens the name or an alias of body e, the longest opening first ("UN Security
// Council", alias "U.N. Security Council": "U.N." is the United Nations'); -1 for none.
func openingOrganization(e *entity, orgs map[string]int, ei int) int {
	for _, n := range append([]string{e.name}, e.aliases...) {
		w := strings.Fields(n)
		for k := len(w) - 1; k > 0; k-- {
			if oi, ok := orgs[strings.Join(w[:k], " ")]; ok && oi != ei {
				return oi
			}
		}
	}
	return -1
}

// organizationNames maps the names and aliases of the article's organizations to their
// entities.
func (rf *relationFinder) organizationNames() map[string]int {
	orgs := map[string]int{}
	for ei, e := range rf.ents {
		if e.dropped || e.typ != kg.Organization {
			continue
		}
		orgs[e.name] = ei
		for _, a := range e.aliases {
			if _, ok := orgs[a]; !ok {
				orgs[a] = ei
			}
		}
	}
	return orgs
}
