package extraction

import "github.com/factgraph/kg"

// countryBodyNouns are the plural nouns for a country's state bodies taken together:
// "Estonian regulators", "U.S. authorities". An act told of them is the country's.
var countryBodyNouns = map[string]bool{"regulators": true, "authorities": true}

// countryBody reads a subject that ends at token g in a country's body noun right after
// the country or its demonym ("Estonian regulators imposed limits on Northwind", "U.S.
// authorities arrested Pel Darro", "Estonia's regulators fined"): the act is the
// country's, as "the Estonian government banned" already is. Only a country (no town or
// state: "Tartu authorities" are the town's), only with the name right before the noun
// (not "Estonian health authorities", "local authorities": another body), and only where
// the name is no object of a preposition ("the staff of Estonian regulators"). "" for
// anything else.
func (rf *relationFinder) countryBody(g, start int) string {
	if !countryBodyNouns[rf.low(g)] || g <= start {
		return ""
	}
	p := g - 1
	if rf.owner(p) {
		p-- // "Estonia's regulators"
	}
	e := rf.entityOf(p)
	if e < 0 || rf.ents[e].typ != kg.Place {
		return ""
	}
	m := &rf.mentions[rf.entAt[p]]
	if m.b != p+1 || rf.afterPreposition(m.a, start) {
		return ""
	}
	name := rf.entName(e)
	if countryOf[name] != name {
		return "" // a town or a state
	}
	return name
}
