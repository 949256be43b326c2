package extraction

import "github.com/factgraph/kg"

// Named sites and events "in" a place. A body whose name ends in a word of an institution
// that stands in one place is placedIn's ("Mercy Hospital in Dayton", places.go); so is a
// name whose head word comes before "of" or "for" inside it ("the School of Urban
// Planning in Lyon", "the Centers for Storm Research in Tarrow", "the Institute of Marine
// Science in Brest"), a named venue or works ("the Blue Owl Resort in Lusk", "the Harlan
// Steel Plant in Moss") and, typed Other, a named event held in a place ("the Harbor
// Summit in Velden", "the Lindmoor Festival in Durham", "the Ridge Fire in Kern County").
// An institution's name with "at" and a place right after it says the same ("the Marine
// Science Center at Brest"), if its name holds no "and". The name must be two words or
// more: a lone "University" is a name cut short, whose place is not the body's.

// siteNameHeads are the head words of the names of venues and works that stand in one
// place, besides institutionHeads.
var siteNameHeads = newTokSet(map[string]bool{"resort": true, "hotel": true, "casino": true,
	"stadium": true, "arena": true, "theater": true, "theatre": true, "library": true, "zoo": true,
	"gallery": true, "shrine": true, "monastery": true, "mall": true, "plant": true, "factory": true,
	"refinery": true, "mine": true, "cosmodrome": true, "collider": true, "campus": true, "restaurant": true,
	"cafe": true, "shop": true, "spa": true})

// institutionPlurals are plurals of institutionHeads that head a name ("Centers for").
var institutionPlurals = newTokSet(map[string]bool{"centers": true, "centres": true, "institutes": true,
	"schools": true})

// eventNameHeads are the head words of the names of events held in a place (typed Other,
// or Organization: "the Republican National Convention in Cleveland").
var eventNameHeads = newTokSet(map[string]bool{"summit": true, "convention": true, "conference": true,
	"festival": true, "forum": true, "fair": true, "expo": true, "games": true, "olympics": true,
	"championship": true, "championships": true, "marathon": true, "fire": true, "wildfire": true,
	"parade": true})

// namedSite reports whether the mention m of entity e names a site or an event by its
// head word (above): the last word of the name, or a capitalised word before "of" or
// "for" inside it. institution says whether the head is one of institutionHeads (or
// their plurals), whose names "at" a place say where they stand too.
func (rf *relationFinder) namedSite(e int, m *mention) (site, institution bool) {
	typ := rf.ents[e].typ
	if m.demonym || m.b-m.a < 2 || typ != kg.Organization && typ != kg.Other {
		return false, false
	}
	head := func(k int) (bool, bool) {
		if rf.in(k, institutionHeads) || rf.in(k, institutionPlurals) {
			return true, true
		}
		return rf.in(k, siteNameHeads) || rf.in(k, eventNameHeads), false
	}
	// the first "of" or "for" inside the name: the word before it is the head ("the
	// Centers for Storm Research"), and a name whose word there is no head's is no site's
	// ("The Courier of the Harlan Schools" is two names run together)
	for k := m.a + 1; k < m.b-1; k++ {
		if rf.is(k, wOf, wFor) {
			if !rf.toks[k-1].has(fCap) {
				return false, false
			}
			return head(k - 1)
		}
	}
	return head(m.b - 1)
}

// institutionAt reads "INSTITUTION at PLACE" after the mention m of entity e, whose name's head
// is one of institutionHeads ("the Marine Science Center at Brest"): e lies in the place.
// The place follows "at" directly, and is no country's nor a building's owner ("at
// Harlan's city hall").
func (rf *relationFinder) institutionAt(si, e int, m *mention) {
	s := &rf.sents[si]
	if m.b-m.a < 2 || m.b+1 >= s.b || !rf.is(m.b, wAt) {
		return
	}
	for k := m.a; k < m.b; k++ {
		if rf.is(k, wAnd) {
			return // "studying Law at the University of Lyon and Physics at Brest": two names run together
		}
	}
	p := rf.namedMentionAt(m.b + 1)
	if p == nil || p.demonym || p.ent == e || rf.ents[p.ent].typ != kg.Place || rf.owner(p.b) {
		return
	}
	rf.addRelation(si, rf.entName(e), "locatedIn", rf.entName(p.ent), rf.span(m.a, p.b))
}
