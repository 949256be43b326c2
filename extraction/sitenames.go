package extraction

import "github.com/factgraph/kg"

// Named sites and events "in" a place. A body whose name ends in a word of an institution
// that stands in one place is placedIn's ("Mercy Hospital in Dayton", places.go); so is a
// name whose head word comes before "of" or "for" inside it ("the School of Urban
// Planning in Lyon", "the Centers for Storm Research in Tarrow", "the Institute of Marine
// Science in Brest"), a named venue or works ("the Blue Owl Resort in Lusk", "the Harlan
// Steel Plant in Moss") and a named event held in a place ("the Harbor
// Summit in Velden", "the Lindmoor Festival in Durham", "the Ridge Fire in Kern County").
// The name must be two words or more: a lone "University" is a name cut short, whose
// place is not the body's. "at" a place is left to siteAt (sitesat.go), which keeps a
// university's unit at its short name out ("the Vell Center for Internet Law at Harlow").

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
// "for" inside it.
func (rf *relationFinder) namedSite(e int, m *mention) bool {
	typ := rf.ents[e].typ
	if m.demonym || m.b-m.a < 2 || typ != kg.Organization && typ != kg.Other {
		return false
	}
	head := func(k int) bool {
		return rf.in(k, institutionHeads) || rf.in(k, institutionPlurals) || rf.in(k, siteNameHeads) || rf.in(k, eventNameHeads)
	}
	// the first "of" or "for" inside the name: the word before it is the head ("the
	// Centers for Storm Research"), and a name whose word there is no head's is no site's
	// ("The Courier of the Harlan Schools" is two names run together)
	for k := m.a + 1; k < m.b-1; k++ {
		if rf.is(k, wOf, wFor) {
			if !rf.toks[k-1].has(fCap) {
				return false
			}
			return head(k - 1)
		}
	}
	return head(m.b - 1)
}
