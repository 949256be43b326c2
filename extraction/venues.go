package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Venues and gatherings in a town: "at the Dolby Theatre in Los Angeles", "the Republican
// National Convention in Cleveland", "the Treasure Island hotel in Las Vegas", "at NASA's
// Johnson Space Center in Houston" → locatedIn(venue, town). establishmentIn (ties.go)
// reads the names typed Organization after "the", "a" or "at"; venueIn reads the rest,
// which the entity stage types Other (events, schools, venues), Person ("the Hawthorne
// Suites") or Place ("the Pulse nightclub"), by the name's own last word
// (data/names.txt [venue-heads], and the event words [event-last-words]) or a lower-case
// venue noun right after it (venueNouns). A person's name before such a noun is the man
// the place is named for ("the Kim Il Sung stadium"), so a name typed Person takes the
// noun only when it opens with no first name and has no gender ("the Blue Heron
// nightclub"); a Place before a noun must be no place the word lists know ("a London hotel
// in November" names a town, not a hotel).

// venueHeads are the last words of the names of venues and institutions with a seat
// (data/names.txt [venue-heads]).
var venueHeads = newTokSet(wordSet("venue-heads"))

// venueNouns are the lower-case nouns of a venue after its name ("the Pulse nightclub",
// "the Cibolo Creek Ranch resort"); establishmentWords gains them for names typed
// Organization.
var venueNouns = map[string]bool{"nightclub": true, "club": true, "resort": true, "arena": true,
	"stadium": true, "hotel": true, "motel": true, "casino": true, "theater": true, "theatre": true,
	"ballpark": true, "racetrack": true, "nightspot": true}

func init() {
	for w := range venueNouns {
		establishmentWords[w] = true // "the Pulse nightclub in Orlando", Pulse typed Organization
	}
}

// venueHead reports whether the last word of name (two words or more) names a venue or a
// gathering: "Dolby Theatre", "Nuclear Security Summit", "Gladys Porter Zoo".
func venueHead(name string) bool {
	f := strings.Fields(name)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	low := strings.ToLower(last)
	return venueHeads.has(low) || eventLastWords.has(last) || siteHeads[low]
}

// siteHeads are more last words of the names of sites with a seat, which only the
// relation stage reads (the entity stage's venue-heads stay as they are): "the National
// Aquarium in Ostburg", "the Dengue Laboratory in Lusk", "the Basilica of Saint Anne" is
// no such name ("Anne" is its last word), "Los Olmos High in Dunmore".
var siteHeads = map[string]bool{"aquarium": true, "laboratory": true, "laboratories": true,
	"campus": true, "hospital": true, "basilica": true, "church": true, "chapel": true,
	"temple": true, "shrine": true, "observatory": true, "gallery": true, "safari": true,
	"high": true, "cemetery": true, "prison": true, "penitentiary": true, "courthouse": true,
	"garden": true, "gardens": true, "weekend": true, "fair": true, "exhibition": true,
	"carnival": true, "parade": true, "airshow": true}

// venueIn reads the venue of mention m (entity e, typed Other, Person, Place, or an
// Organization after a possessive) followed by "in" and a town in sentence si.
func (rf *relationFinder) venueIn(si, e int, m *mention) {
	typ, name := rf.ents[e].typ, rf.entName(e)
	if m.demonym || partyWords.has(name) || m.a == 0 || rf.is(m.a-2, wBy) {
		return
	}
	possessed := rf.owner(m.a - 1)
	d := rf.datedEvent(e, m)
	if typ == kg.Other {
		// "the summer Olympics in Rio", "the centennial Summer Olympics in Atlanta": up to
		// two lower-case words of the event between the article and its name
		for n := 0; n < 2 && d > 0 && rf.toks[d].kind == tWord && !rf.toks[d].has(fCap) && rf.toks[d].feat&(lxFunc|lxSpeech|lxPronoun) == 0 && rf.entAt[d] < 0; n++ {
			d--
		}
	}
	if !rf.is(d, wThe, wA, wAn, wAt) && !(possessed && typ != kg.Person) {
		return
	}
	j := m.b
	noun := j < len(rf.toks) && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && venueNouns[rf.low(j)]
	if noun {
		j++
	}
	switch typ {
	case kg.Other:
		if !noun && !venueHead(name) && !(m.b-m.a == 1 && eventLastWords.has(name) && rf.in(m.b-1, eventNouns)) {
			return // "a crash involving a Model X in Montana"
		}
	case kg.Person:
		if possessed || !rf.is(m.a-1, wThe, wAt) || !noun && !venueHead(name) {
			return
		}
		if noun && (firstNames[strings.Fields(name)[0]] || rf.ents[e].gender != 0) {
			return // "the Kim Il Sung stadium": the stadium's namesake
		}
	case kg.Place:
		if !noun || knownName(name) {
			return
		}
	case kg.Organization:
		if !possessed || noun || !venueHead(name) {
			return // establishmentIn reads the rest
		}
	default:
		return
	}
	y, j := rf.placeAfterIn(j)
	if y < 0 || y == e || rf.mentions[rf.entAt[j]].a != j {
		return
	}
	rf.addRelation(si, name, "locatedIn", rf.entName(y), rf.span(m.a, rf.mentions[rf.entAt[j]].b))
}

// eventNouns are the words that alone name an event held in a town ("the Olympics in
// Rio", "the Games in London").
var eventNouns = newTokSet(map[string]bool{"olympics": true, "paralympics": true, "games": true})

// datedEvent returns the token before the date or edition that opens an event's name
// in mention m of entity e, typed Other with an event's last word ("the 1996 Olympics",
// "the July 25-28 Democratic National Convention", "the 2015 Tech Summit"): the word
// that venueIn asks to be "the" or "at"; the token before the name otherwise.
func (rf *relationFinder) datedEvent(e int, m *mention) int {
	d := m.a - 1
	if rf.ents[e].typ != kg.Other || !eventLastWords.has(lastWord(rf.entName(e))) {
		return d
	}
	for k := d; k >= 0 && k > m.a-5; k-- {
		if rf.toks[k].kind == tNum || rf.punct(k, '-') || rf.tok(k) == "–" {
			continue
		}
		if _, mo := months[rf.low(k)]; mo {
			continue
		}
		return k
	}
	return d
}

// nearVenueHeads are more last words of a site's name that venueNear reads besides the
// venue heads: "West Chester University", "McLemore Gun Shop", "Carver County District
// Court".
var nearVenueHeads = newTokSet(map[string]bool{"university": true, "college": true, "shop": true,
	"court": true, "airport": true})

// venueNear reads a venue or a site near a town: "at the Brookfield Zoo outside Chicago",
// "the Malheur National Wildlife Refuge near Burns", "at Pennsylvania's West Chester
// University, near Philadelphia" → locatedNear(venue, town). The name (mention m of
// entity e, typed Organization or Other) ends in a venue's or a site's last word
// (venueHead, nearVenueHeads) and follows "the", "a", "an", "at", "in" or a possessive;
// a comma may stand before "near", "outside" or "outside of". The place must stand for
// itself: no people's word, possessive or noun after it ("near the Turkish border",
// "outside San Francisco's Golden Gate"), and no relation may join the two already.
func (rf *relationFinder) venueNear(si, e int, m *mention) {
	s := &rf.sents[si]
	name := rf.entName(e)
	if m.demonym || m.a == 0 || !rf.is(m.a-1, wThe, wA, wAn, wAt, wIn) && !rf.owner(m.a-1) {
		return
	}
	if !venueHead(name) && !(fieldCount(name) > 1 && nearVenueHeads.hasLower(lastWord(name))) {
		return
	}
	j := m.b
	if rf.punct(j, ',') {
		j++
	}
	if !rf.is(j, wNear, wOutside) {
		return
	}
	j++
	if rf.is(j-1, wOutside) && rf.is(j, wOf) {
		j++
	}
	if rf.is(j, wThe) {
		j++
	}
	if j >= s.b || rf.entAt[j] < 0 {
		return
	}
	ym := &rf.mentions[rf.entAt[j]]
	y := ym.ent
	if y < 0 || y == e || ym.a != j || ym.demonym || rf.ents[y].typ != kg.Place || rf.owner(ym.b) || rf.modifier(ym.b) || rf.relatedPair(e, y) {
		return
	}
	rf.addRelation(si, name, "locatedNear", rf.entName(y), rf.span(m.a, ym.b))
}
