package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A venue's or a site's appositive description whose noun "in" and a place follow: "the
// Brave Owl Workshop, a comedy theater in Dayton", "Lindmoor, a music festival in
// Durham", "Kettle Basin, a desert in central Ostmark", "Quill Kids, a boutique located in
// Chelsea Green" → locatedIn(site, place). describedBodiesIn and basedDescriptions read
// the same shape for a name typed Organization and a body's kind; the entity stage types
// venues, events and sites Other, Place ("the Pulse nightclub") or, a name it does not
// know, Person, so this reads those with a noun of a site (apposedSiteNouns). A name typed
// Person must open with no first name and have no sex, as venueIn asks ("Tom Vell, a
// hotel clerk in Lusk" is a man: his noun is the clerk's); a Place must be one the word
// lists do not know ("Paris, a city in France" is apposedTown's). A people's or a
// creed's word may be among the modifiers ("an Islamic school in Brussels").

// apposedSiteNouns are the nouns that end the description of a venue, an event held in a
// place or a site.
var apposedSiteNouns = newTokSet(map[string]bool{"nightclub": true, "club": true, "resort": true,
	"arena": true, "stadium": true, "hotel": true, "motel": true, "casino": true, "theater": true,
	"theatre": true, "ballpark": true, "racetrack": true, "festival": true, "conference": true,
	"summit": true, "fair": true, "exhibition": true, "museum": true, "gallery": true, "zoo": true,
	"park": true, "garden": true, "shrine": true, "temple": true, "mosque": true, "church": true,
	"cathedral": true, "synagogue": true, "monastery": true, "building": true, "tower": true,
	"bridge": true, "landmark": true, "monument": true, "attraction": true, "venue": true,
	"bar": true, "pub": true, "restaurant": true, "boutique": true, "school": true, "college": true,
	"university": true, "academy": true, "hospital": true, "clinic": true, "prison": true,
	"jail": true, "airport": true, "airfield": true, "desert": true, "reserve": true,
	"refuge": true, "mall": true, "market": true, "complex": true, "library": true})

// describedSiteBefore reads "NAME, a|an|the [modifiers] NOUN" back from token v, right
// after the noun (one of apposedSiteNouns): the site's entity and the last token of its
// name, or -1 (as describedBodyBefore). The modifiers are at most five lower-case words (or "and") and people's
// words; the name, typed Other, Place or Person as above, ends right before the comma.
func (rf *relationFinder) describedSiteBefore(v, start int) (int, int) {
	if v-1 <= start || rf.toks[v-1].has(fCap) || !rf.in(v-1, apposedSiteNouns) {
		return -1, 0
	}
	k := rf.describedNameEnd(v, start) // basedplaces.go
	if k < 0 {
		return -1, 0
	}
	e := rf.entityOf(k)
	if e < 0 || rf.mentions[rf.entAt[k]].b != k+1 || rf.mentions[rf.entAt[k]].demonym {
		return -1, 0
	}
	name := rf.ents[e].name
	switch rf.ents[e].typ {
	case kg.Other:
	case kg.Place:
		if knownName(name) {
			return -1, 0
		}
	case kg.Person:
		if firstNames[strings.Fields(name)[0]] || rf.ents[e].gender != 0 {
			return -1, 0
		}
	default:
		return -1, 0
	}
	return e, k
}
