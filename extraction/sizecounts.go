package extraction

import "github.com/factgraph/kg"

// sizecounts.go owns the counts that give the size of a place, a gathering or a body
// by the words around the number rather than by what happened to those counted: a
// place's own people ("Varnia's 12 million people", "the town's 3,000 residents",
// "Lusk and its 40,000 inhabitants") and "a NOUN of NUM" ("a crowd of about 400", "a
// staff of 250", "a farming community of about 700 residents", "a city of 90,000
// north of Lusk").

// sizeNouns name the measure of "a NOUN of NUM" for a gathering or a body whose size
// the number is: "a capacity crowd of 52,000", "with a staff of 250".
var sizeNouns = map[string]string{
	"crowd": "crowd", "crowds": "crowd", "audience": "audience",
	"staff": "staff", "workforce": "workforce",
}

// sizedSettlements are the places "a NOUN of NUM" gives the population of beside
// population's own list (counts.go): "a farming community of about 700".
var sizedSettlements = newTokSet(map[string]bool{
	"community": true, "suburb": true, "township": true, "hamlet": true, "borough": true,
	"parish": true, "enclave": true, "neighborhood": true, "neighbourhood": true, "commune": true,
	"prefecture": true, "kingdom": true, "republic": true, "emirate": true, "archipelago": true,
	"settlement": true,
})

// residentCounts are the nouns a count of those who live in a place ends with.
var residentCounts = newTokSet(map[string]bool{
	"people": true, "inhabitants": true, "residents": true, "citizens": true,
})

// compassWord reports whether w is a direction a place is placed by ("north of Lusk").
func compassWord(w string) bool {
	switch w {
	case "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest":
		return true
	}
	return false
}

// reckonVerbsAt are the verbs that put a gathering's size at a count: "police put the
// crowd at 1,200", "organizers estimated the audience at 5,000".
var reckonVerbsAt = newTokSet(map[string]bool{"put": true, "puts": true, "estimated": true, "estimates": true,
	"estimate": true, "placed": true, "places": true, "pegged": true, "pegs": true})

// reckonedAt names a bare count n that a gathering's size was put at: "police put the
// crowd at 1,200", "estimated the size of the crowd at 5,000", "the crowd was estimated
// at 1,200" (sizeNouns: crowd, audience, staff). It returns "" for any other count.
func (ff *figureFinder) reckonedAt(n *number) string {
	start := ff.sents[n.si].start
	k := n.qa - 1
	if n.unit != "" || !ff.is(k, wAt) || k-2 < start {
		return ""
	}
	if ff.is(k-1, wEstimated, wPut, wPlaced, wPegged) && ff.is(k-2, wWas, wWere, wIs, wBeen) {
		if m := sizeNouns[ff.low(k-3)]; m != "" && ff.toks[k-3].kind == tWord {
			return m // "the crowd was estimated at 1,200"
		}
		return ""
	}
	m := sizeNouns[ff.low(k-1)]
	if m == "" || ff.toks[k-1].kind != tWord {
		return ""
	}
	d := k - 2
	if !ff.is(d, wThe, wIts, wTheir) {
		return ""
	}
	if ff.is(d-1, wOf) && ff.is(d-2, wSize) && ff.is(d-3, wThe) {
		d -= 3 // "put the size of the crowd at"
	}
	if ff.inWord(d-1, reckonVerbsAt) {
		return m
	}
	return ""
}

// compassNoun reports whether the words a..b-1 after a count are only a direction and
// "of" follows ("a city of 90,000 north of Lusk"): they place what is counted and count
// nothing.
func (ff *figureFinder) compassNoun(a, b int) bool {
	return b == a+1 && !ff.toks[a].has(fCap) && compassWord(ff.low(a)) && ff.is(b, wOf)
}

// sizeOf names the measure of a count n that says how large a place, a gathering or a
// body is by "a NOUN of NUM", when nothing in its clause says what happened to those
// counted; noun is the counted noun after the number ("" when none). It returns "" for
// any other count.
func (ff *figureFinder) sizeOf(n *number, noun string) string {
	if n.unit != "" || !ff.is(n.qa-1, wOf) || n.qa-2 < ff.sents[n.si].start || ff.toks[n.qa-2].has(fCap) {
		return ""
	}
	if noun != "" && !residentCounts.has(noun) {
		return ""
	}
	w := ff.low(n.qa - 2)
	if m := sizeNouns[w]; m != "" && noun != "inhabitants" && noun != "residents" && noun != "citizens" {
		return m // "a crowd of about 400 at the town hall", "a staff of 250 people"
	}
	if sizedSettlements.has(w) || w == "area" && noun != "" || population(ff.doc, n.qa, ff.sents[n.si].start) && noun == "" {
		return "population" // "a community of about 700 residents", "a city of 90,000 north of Lusk"
	}
	return ""
}

// ownedPopulation reports whether count n, of noun, is how many live in a place that
// owns them: "Varnia's 12 million people", "the town's 3,000 residents", "Lusk and its
// 40,000 inhabitants", or that has them ("Lusk has 20,000 residents"; placeHas). The
// owner is a place named (no lone demonym) or a place noun; "its" only right after
// "PLACE and".
func (ff *figureFinder) ownedPopulation(n *number, noun string) bool {
	if n.unit != "" || !residentCounts.has(noun) {
		return false
	}
	k := n.qa - 1
	if k-1 < ff.sents[n.si].start {
		return false
	}
	owner := -1
	switch {
	case ff.is(k, wAposS, wRsquoS):
		if ff.in(k-1, ownerPlaceNouns) && !ff.toks[k-1].has(fCap) {
			return true // "the town's 3,000 residents"
		}
		owner = k - 1
	case ff.is(k, wIts) && ff.is(k-1, wAnd):
		owner = k - 2
	default:
		return ff.placeHas(n) >= 0
	}
	return ff.placeAt(owner)
}

// placeHas returns a token of the place that "has" count n as its subject, or -1:
// "Lusk has about 20,000 residents", "Flint, which has about 100,000 people" (the place
// right before the relative pronoun and its comma). The caller checks that the count is
// of those who live there (residentCounts).
func (ff *figureFinder) placeHas(n *number) int {
	k := n.qa - 1
	if !ff.is(k, wHas, wHad, wHave) {
		return -1
	}
	owner := k - 1
	if ff.is(owner, wWhich) && ff.punct(owner-1, ',') {
		owner -= 2
	}
	if owner < ff.sents[n.si].start || !ff.placeAt(owner) {
		return -1
	}
	return owner
}

// placeAt reports whether token k is in the name of a place (no lone demonym).
func (ff *figureFinder) placeAt(k int) bool {
	e := ff.entityOf(k)
	return e >= 0 && ff.ents[e].typ == kg.Place && !ff.mentions[ff.entAt[k]].demonym
}

// sizedPlace returns a token of the place a population count n is of, or -1: the
// owner of "Varnia's 12 million people" and "Lusk and its 40,000 inhabitants", the
// place that has them ("Lusk has 20,000 residents"), or the place "a NOUN of NUM" describes ("Tellis, a farming community of about 700", "Dunmore
// is a city of 90,000"). The count is that place's, whichever the clause is about.
func (ff *figureFinder) sizedPlace(n *number) int {
	start := ff.sents[n.si].start
	k := n.qa - 1
	switch {
	case ff.is(k, wAposS, wRsquoS) && k-1 >= start && ff.placeAt(k-1):
		return k - 1
	case ff.is(k, wIts) && ff.is(k-1, wAnd) && k-2 >= start && ff.placeAt(k-2):
		return k - 2
	case ff.is(k, wHas, wHad, wHave):
		return ff.placeHas(n) // "Flint, which has about 100,000 people"
	case !ff.is(k, wOf):
		return -1
	}
	for k -= 2; k > start && n.qa-k <= 6 && ff.toks[k].kind == tWord; k-- {
		if ff.is(k, wA, wAn, wThe) {
			if (ff.punct(k-1, ',') || ff.is(k-1, wIs, wWas)) && k-2 >= start && ff.placeAt(k-2) {
				return k - 2
			}
			return -1
		}
	}
	return -1
}

// ownerPlaceNouns are the place nouns whose possessive owns a population ("the city's
// 80,000 residents").
var ownerPlaceNouns = newTokSet(map[string]bool{
	"city": true, "town": true, "country": true, "nation": true, "island": true, "region": true,
	"province": true, "state": true, "capital": true, "village": true, "county": true,
	"district": true, "metropolis": true, "territory": true, "community": true,
})
