package extraction

import "github.com/factgraph/kg"

// townStateBeforeName reports whether "X, Y" (m2 the mention of Y, a U.S. state or a
// country, after the town X, entity x) is followed by a person's or a body's name rather
// than by the next item of a list of places: "In Greenville, Ohio, Ann Ruiz said",
// "reporting by Ann Ruiz in Dayton, Ohio and Tom Bell in Reno", "In Qusair, Syria,
// Hezbollah said". places reads "X, Y" as X in Y only when no name follows Y (so that
// "Barbados, Bolivia, Ecuador" or "Chicago, New York and Boston" stay a list); a person
// or a body after Y ends no list of places. After "and" only a person's name counts
// ("Dayton, Ohio and Acme Corp" may still list who did a thing). A state that shares a
// city's name ("New York", "Washington") after a town the word lists know stays a list
// ("Boston, New York, Delta said"), and so does a town the word lists put in another
// country ("Moscow, Ukraine, Kiev").
func (rf *relationFinder) townStateBeforeName(x int, m2 *mention) bool {
	y := rf.entName(m2.ent)
	xn := rf.entName(x)
	_, country := countryNames[y]
	if !usStates[y] && !country || usStates[xn] || listedElsewhere(xn, y) {
		return false
	}
	if _, listed := countryOf[xn]; listed && citiesNamingStates.has(y) {
		return false
	}
	k := m2.b
	and := rf.is(k, wAnd)
	if !and && !rf.punct(k, ',') {
		return false
	}
	n := rf.entityOf(k + 1)
	if n < 0 {
		return false
	}
	nn := rf.entName(n)
	if _, place := countryOf[nn]; place || usStates[nn] {
		return false
	}
	if _, place := countryNames[nn]; place {
		return false
	}
	switch rf.ents[n].typ {
	case kg.Person:
		return true
	case kg.Organization:
		return !and
	}
	return false
}
