package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// townPairLists reads the "Town, State" pairs of a list of such pairs, or of a pair that
// "and" or a comma follows: "offices in Dayton, Ohio, Reno, Nevada and Tulsa, Oklahoma",
// "shootings in Orlando, Florida and Paris", "near Stuart, Florida and the coast".
// places reads "X, Y" alone, and leaves it when a name follows Y or X follows a comma, so
// that "Barbados, Bolivia, Ecuador" or "Chicago, New York and Boston" stay a list; here
// the pair holds when Y is a U.S. state that names no city (not "New York",
// "Washington") after a town the word lists put in no other country, or a country the
// word lists put the town in ("Shanghai, China and Munich, Germany").
func (rf *relationFinder) townPairLists(si int) {
	s := &rf.sents[si]
	for k := s.a; k < s.b; k++ {
		x := rf.entityOf(k)
		if x < 0 || rf.quoteOf[k] != 0 {
			continue // a speaker's list ("New York, Vegas, California") names places loosely
		}
		m := &rf.mentions[rf.entAt[k]]
		k = m.b - 1
		if rf.ents[x].typ != kg.Place || !rf.pairedTown(x, m) {
			continue
		}
		m2 := &rf.mentions[rf.entAt[m.b+1]]
		if !rf.punct(m2.b, ',') && !rf.is(m2.b, wAnd) {
			continue // places' own case, or "Dayton, Ohio State …"
		}
		rf.addRelation(si, rf.entName(x), "locatedIn", rf.entName(m2.ent), rf.span(m.a, m2.b))
	}
}

// pairedTown reports whether the place mention m of entity x is a town that ", Y" pairs
// with its state or country Y (see townPairLists).
func (rf *relationFinder) pairedTown(x int, m *mention) bool {
	if m.demonym || !rf.punct(m.b, ',') || m.b+1 >= len(rf.toks) {
		return false
	}
	xn := rf.entName(x)
	if usStates[xn] || !rf.town(xn) || strings.Contains(xn, ",") { // not "Washington, D.C., Rhode Island"
		return false
	}
	y := rf.entityOf(m.b + 1)
	if y < 0 || y == x || rf.ents[y].typ != rf.ents[x].typ || rf.mentions[rf.entAt[m.b+1]].a != m.b+1 ||
		rf.mentions[rf.entAt[m.b+1]].demonym {
		return false
	}
	yn := rf.entName(y)
	cx := countryOf[xn]
	if usStates[yn] {
		return !citiesNamingStates.has(yn) && (cx == "" || cx == "United States")
	}
	cy, isCountry := countryNames[yn]
	return isCountry && cx != "" && cx == cy
}
