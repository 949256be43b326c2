package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Trips between a named traveller and a named place (issue 10, relations). A trip stated
// by a noun takes the clause's subject as its traveller, as "a visit to" did before:
// "Hale was bitten during a January trip to Lima", "Ruiz spoke on a three-day trip to
// Oslo", "Lind returned from a journey to Peru", "Moss was on a tour of Chile" (visits).
// A trip on its way is read in the progressive and the present: "Hale is heading to
// Oslo", "Ruiz heads to Lima" (headTo, the open predicate of "headed to"), "Lind was
// traveling to Quito" (visits, as "traveled to"), and a departure for a place: "Moss will
// leave for Tokyo", "left for Syria in 2013" (leaveFor). A trip that did not or may not
// happen gives nothing: "canceled a trip to Lima", "a planned visit to Oslo", "won a
// trip to Paris", "is considering a trip to Peru".

// tripNouns are the nouns of a trip, with the preposition that opens the place.
var tripNouns = map[string]string{"trip": "to", "visit": "to", "journey": "to", "tour": "of"}

// offTripVerbs put off the trip of the noun after them, or make it a prize, a plan or a
// wish: "canceled a visit to", "planned a trip to", "won a trip to".
var offTripVerbs = newTokSet(map[string]bool{"cancel": true, "canceled": true, "cancelled": true, "cancels": true, "canceling": true, "cancelling": true,
	"postpone": true, "postponed": true, "postpones": true, "postponing": true, "delay": true, "delayed": true, "delays": true,
	"scrap": true, "scrapped": true, "scraps": true, "scrapping": true, "skip": true, "skipped": true, "skips": true, "skipping": true,
	"abandon": true, "abandoned": true, "abandons": true, "shelved": true, "shelve": true, "called": true, "call": true, "calls": true,
	"plan": true, "planned": true, "plans": true, "planning": true, "consider": true, "considered": true, "considers": true, "considering": true,
	"propose": true, "proposed": true, "proposes": true, "proposing": true, "schedule": true, "scheduled": true, "schedules": true, "scheduling": true,
	"win": true, "won": true, "wins": true, "winning": true, "offer": true, "offered": true, "offers": true, "offering": true,
	"mulling": true, "weighing": true, "discuss": true, "discussed": true,
	"discussing": true, "invited": true, "invite": true, "invites": true, "inviting": true, "allow": true, "allowed": true, "ban": true, "banned": true,
	"barred": true, "bar": true, "restrict": true, "restricted": true, "against": true, "avoid": true, "avoided": true, "avoiding": true,
	"potential": true, "upcoming": true, "forthcoming": true, "intended": true, "next": true, "further": true})

// tripStated reports whether the noun of a trip at token v names a trip taken or on its
// way: its phrase back to the determiner holds at most four modifiers (a month, a
// weekday, a number, an ordinal or lower-case words), none that puts it off ("a planned
// visit", "a possible trip"), no "no" opens it, and no verb before it cancels, plans,
// wins or offers it. With article, the determiner must be an article or a demonstrative
// (a possessive's trip is possessedAct's: "Obama criticized her trip to Cuba" is hers).
func (rf *relationFinder) tripStated(v int, article bool) bool {
	start := rf.sents[rf.sentOf(v)].start
	d := v - 1
	for ; d > start && v-d <= 5; d-- {
		if rf.is(d, wA, wAn, wThe, wHis, wHer, wTheir, wIts, wThis, wThat, wNo) || rf.owner(d) {
			break
		}
		t := &rf.toks[d]
		_, month := months[rf.low(d)]
		_, day := weekdays[rf.low(d)]
		if t.kind == tNum || rf.punct(d, '-') || month || day {
			continue // "a January trip", "a three-day visit", "a 10-day tour"
		}
		if t.kind != tWord || t.has(fCap) || rf.entAt[d] >= 0 || rf.in(d, undoneActs) || rf.in(d, offTripVerbs) ||
			t.feat&(lxFunc|lxSpeech|lxPronoun) != 0 || strings.HasSuffix(rf.low(d), "ing") {
			if article {
				return false
			}
			break
		}
	}
	if rf.is(d, wNo) || rf.in(d, undoneActs) || rf.in(d, offTripVerbs) {
		return false // "no trip to", "a planned visit to"
	}
	if article && !rf.is(d, wA, wAn, wThe, wThis, wThat) {
		return false
	}
	return !rf.in(d-1, offTripVerbs) && !rf.is(d-1, wOff) && !(rf.is(d-1, wA, wAn, wThe, wHis, wHer, wTheir, wIts) && rf.in(d-2, offTripVerbs))
}

// travelLeg returns the trip the word w at token v states (phrasalAction's last reading):
// the noun of a trip before its place, a trip on its way, a departure for a place.
func (rf *relationFinder) travelLeg(v int, w string) (pred string, objStart int, nominal, ok bool) {
	switch w {
	case "trip", "journey", "tour", "visit":
		if !rf.isWord(v+1, tripNouns[w]) || !rf.placeAt(v+2) || rf.toks[v].has(fCap) || !rf.tripStated(v, true) {
			break
		}
		if rf.openingTrip(v) {
			return "", 0, false, true // "On a visit to Lima, Hale met": read here
		}
		if w != "visit" {
			return "visits", v + 2, true, true
		}
	case "traveling", "travelling":
		if rf.is(v+1, wTo) && rf.placeAt(v+2) && rf.namedProgressive(v) {
			return "visits", v + 2, false, true // "Lind was traveling to Quito"
		}
	case "heading", "heads":
		if rf.is(v+1, wTo, wFor) && rf.placeAt(v+2) && (w == "heads" || rf.namedProgressive(v)) {
			return "headTo", v + 2, false, true // "Hale is heading to Oslo", "Ruiz heads to Lima"
		}
	case "leave", "leaves", "left", "leaving":
		if rf.is(v+1, wFor) && rf.placeAt(v+2) && !rf.forInfinitive(v+2) && !rf.embedded(rf.sentOf(v), v) {
			return "leaveFor", v + 2, false, true // "Moss will leave for Tokyo on Monday"
		}
	}
	return "", 0, false, false
}

// forInfinitive reports whether the name at token k is the subject of an infinitive
// ("the leeway it left for the United States to collect data"): no destination.
func (rf *relationFinder) forInfinitive(k int) bool {
	k = rf.skipThe(k)
	if rf.entAt[k] < 0 {
		return false
	}
	return rf.is(rf.mentions[rf.entAt[k]].b, wTo)
}

// namedProgressive reports whether the -ing form at token v follows a form of "be" (an
// adverb aside) right after a name: "Lind was traveling", "Hale is also heading"; not "They
// were traveling" (a pronoun whose referent is too often guessed wrong) nor "trucks
// heading to".
func (rf *relationFinder) namedProgressive(v int) bool {
	g := v - 1
	if rf.is(g, wAlso, wNow, wAlready, wStill, wReportedly) {
		g--
	}
	if !rf.is(g, wWas, wWere, wIs, wAre) {
		return false
	}
	return rf.entityOf(g-1) >= 0 && !rf.mentions[rf.entAt[g-1]].demonym
}

// openingTrip reads a trip whose phrase opens its sentence, its traveller the name after
// the comma that closes it: "On a visit to Lima this month, Chancellor Ida Hale signed",
// "During a trip to Oslo, Ruiz met". The name, a titled one allowed, is a person's and a
// lower-case word (its verb) follows it. It reports whether the phrase was read.
func (rf *relationFinder) openingTrip(v int) bool {
	si := rf.sentOf(v)
	s := &rf.sents[si]
	k := s.start
	if !rf.is(k, wOn, wDuring, wAfter, wFollowing, wIn) || !rf.is(k+1, wA, wAn, wThe) || v-k > 6 {
		return false
	}
	p := rf.skipThe(v + 2)
	mi := rf.entAt[p]
	if mi < 0 {
		return false
	}
	c := rf.mentions[mi].b
	for c < s.b && c-rf.mentions[mi].b <= 4 && !rf.punct(c, ',') {
		if rf.toks[c].kind != tWord && rf.toks[c].kind != tNum {
			return false
		}
		c++ // "this month", "last week"
	}
	if !rf.punct(c, ',') {
		return false
	}
	j := c + 1
	for j < s.b && j-c <= 4 && rf.entAt[j] < 0 && rf.toks[j].kind == tWord && rf.toks[j].has(fCap) {
		j++ // "Chancellor", "Prime Minister"
	}
	if j >= s.b || rf.entAt[j] < 0 || rf.mentions[rf.entAt[j]].a != j {
		return false
	}
	m := &rf.mentions[rf.entAt[j]]
	if m.demonym || rf.ents[m.ent].typ != kg.Person || rf.toks[m.b].kind != tWord || rf.toks[m.b].has(fCap) || rf.owner(m.b) {
		return false
	}
	rf.addRelation(si, rf.entName(m.ent), "visits", rf.entName(rf.mentions[mi].ent), rf.span(s.start, c))
	return true
}
