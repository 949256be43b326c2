package extraction

import "github.com/factgraph/kg"

// Where a body meets (meetIn, an open predicate of the form openrelations.go makes): a
// named organization or group right before a verb of meeting and "in" a place — "the
// Rules Committee met in Denver", "the Tarn Council will meet in Oslo", "Norland Party
// officials gathered in Tarnby" — or before a noun of a meeting it holds, by "'s" or as
// the noun's modifier — "the Harbor Forum's annual meeting in Velden", "a NATO summit in
// Warsaw". A meeting denied or only possible ("did not meet in") is none. A person who
// met somewhere is left to the readers of whom he met ("met in Geneva with"), and "talks
// in" to those of negotiation: talks have two sides.

// meetingVerbs are the verbs of a body meeting.
var meetingVerbs = newTokSet(map[string]bool{"met": true, "meet": true, "meets": true, "gathered": true,
	"convened": true, "convenes": true, "convene": true})

// meetingNouns are the nouns of a meeting a body holds.
var meetingNouns = newTokSet(map[string]bool{"meeting": true, "meetings": true, "summit": true})

// meetingDelegates are the people of a body who meet for it: "EU ministers meet in".
var meetingDelegates = newTokSet(map[string]bool{"leaders": true, "ministers": true, "officials": true,
	"members": true, "delegates": true, "envoys": true, "board": true, "directors": true})

// meetingPlaces reads the shapes above in sentence si.
func (rf *relationFinder) meetingPlaces(si int) {
	s := &rf.sents[si]
	for m := range rf.namedMentionsIn(s.start, s.b) {
		if t := rf.ents[m.ent].typ; m.demonym || t != kg.Organization && t != kg.Group {
			continue
		}
		in := rf.meetingInAfter(si, m.b, s.b)
		if in < 0 || rf.is(in+1, wThe) {
			continue
		}
		p := rf.namedMentionAt(in + 1)
		if p == nil || p.demonym || p.ent == m.ent || rf.ents[p.ent].typ != kg.Place || rf.owner(p.b) {
			continue // "met in Oslo's city hall": a place in the town, not the town
		}
		open := rf.open
		rf.open = true // meetIn is an open predicate
		rf.addRelation(si, rf.entName(m.ent), "meetIn", rf.entName(p.ent), rf.span(m.a, p.b))
		rf.open = open
	}
}

// meetingInAfter returns the token of the "in" of a meeting that follows a body's name
// ending before token j: its delegates and a verb of meeting asserted ("will meet in",
// "officials gathered in"), or "'s" and up to three lower-case modifiers before a noun of
// meeting ("'s annual shareholder meeting in", "summit in"); -1 for none.
func (rf *relationFinder) meetingInAfter(si, j, end int) int {
	if rf.owner(j) {
		j++ // "Kestrel's annual meeting in"
	} else {
		if rf.in(j, meetingDelegates) {
			j++ // "EU ministers meet in"
		}
		if rf.is(j, wWill) {
			j++
		}
		if rf.in(j, meetingVerbs) && rf.is(j+1, wIn) && !rf.unasserted(si, j) {
			return j + 1
		}
	}
	for n := 0; n < 3 && j < end && rf.lowerWordAt(j) && rf.toks[j].feat&lxFunc == 0 && !rf.in(j, meetingNouns); n++ {
		j++ // "annual", "spring", "emergency"
	}
	if rf.in(j, meetingNouns) && rf.is(j+1, wIn) {
		return j + 1
	}
	return -1
}
