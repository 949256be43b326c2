package extraction

import (
	"github.com/factgraph/kg"
)

// Counts of others: "Bundy and four others were arrested", "six of the injured were
// children and two others were foreigners" count a part beside another count of the same
// toll, not the whole toll, and findings must never hold them against another report's
// whole. A count of others whose toll the sentence counts otherwise ("killed two people
// and injured five others": five is the whole of the injured) stays whole. And a count
// of sites ("nine other locations where people were believed trapped") is no toll of
// people at all.

// tollSiteNouns are nouns of places and structures beyond figures.txt's location and
// building nouns (siteNoun reads all three): a count of them is never a toll of people,
// whatever happened in them.
var tollSiteNouns = newTokSet(map[string]bool{
	"venues": true, "towns": true, "cities": true, "villages": true, "neighborhoods": true,
	"neighbourhoods": true, "districts": true, "provinces": true, "regions": true,
	"countries": true, "states": true, "counties": true, "hospitals": true,
	"churches": true, "mosques": true, "stores": true, "shops": true, "malls": true,
	"streets": true, "roads": true, "stations": true, "airports": true,
	"camps": true, "facilities": true, "offices": true,
})

// siteNoun reports whether w names places or structures (a location, a building or one
// of tollSiteNouns).
func siteNoun(w string) bool {
	return tollSiteNouns.has(w) || locationNouns.has(w) || buildingNouns.has(w)
}

// dwellingNouns are sites people live in: their evacuation displaces people.
var dwellingNouns = newTokSet(map[string]bool{"homes": true, "houses": true, "buildings": true, "apartments": true})

// siteMeasure gives a count whose words are a site noun ("nine other locations") the
// noun as its measure when the clause made it a toll (a toll is of people); or "".
func (ff *figureFinder) siteMeasure(c *counted, measure string) string {
	if c.b <= c.a || !kg.IsToll(kg.MeasureClass(measure)) || !siteNoun(ff.low(c.b-1)) {
		return ""
	}
	if measure == "displaced" && ff.in(c.b-1, dwellingNouns) {
		return "" // "seven homes were evacuated": the households are displaced
	}
	return ff.low(c.b - 1)
}

// othersPart reports whether a toll count of others ("four others", "two other
// officers") is a part beside another count of its toll: it is joined to a named
// person, a pronoun or an uncounted person noun ("Bundy and four others", "he and two
// others", "a deputy and two others were killed"), or an earlier count of the same toll
// in its sentence stands beside it ("six of the injured were children and two others
// were foreigners"). A count of others after a count of another toll ("killing two and
// injuring five others", "14 people and 22 others were wounded") is its toll's whole.
func (ff *figureFinder) othersPart(n *number, c *counted, measure string, before []figureCand) bool {
	cl := kg.MeasureClass(measure)
	if !kg.IsToll(cl) || !ff.is(n.next, wOthers, wOther) {
		return false
	}
	if ff.is(n.next, wOther) && !ff.isPersonNoun(max(c.b-1, n.next+1)) && !ff.is(c.b-1, wPeople, wPersons) {
		return false
	}
	s := &ff.sents[n.si]
	v := directVerb(ff.doc, n.qa, s.start)
	for _, b := range before {
		if b.tok < n.qa && b.class == cl && b.f.Scope.Comparable() && (v == "" || directVerb(ff.doc, b.qa, s.start) == v) {
			// an earlier count of the same toll in the sentence; not one another verb
			// made so ("gunned down three people and injured 14 others")
			return true
		}
	}
	k := n.qa - 1
	if k <= s.start {
		return false
	}
	switch {
	case ff.is(k, wAnd):
	case ff.is(k, wWith) && ff.is(k-1, wAlong, wTogether):
		k--
	default:
		return false
	}
	p := k - 1
	if p < s.start {
		return false
	}
	for _, b := range before {
		if b.tok >= p-4 && b.tok <= p {
			return false // "14 people and 22 others": another toll's count
		}
	}
	switch {
	case ff.is(p, wHe, wShe, wHim, wHer):
		return true
	case ff.entAt[p] >= 0 && ff.mentions[ff.entAt[p]].b == p+1 && ff.ents[ff.mentions[ff.entAt[p]].ent].typ == kg.Person:
		return true // "Bundy and four others"
	case ff.isPersonNoun(p) && !ff.is(p, wPeople, wPersons, wOthers):
		return true // "a deputy and two others were killed"
	}
	return false
}
