package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// The lead's own event: an article is a report of an event only when its headline or
// first sentences tell of it as their news. An event a lead names in a clause about
// something before ("Atlanta airport evacuated day after Brussels bombings", "clashes
// spread … following a suicide bombing") is background, and a verb that reads like an
// event noun ("Exxon is fighting for its right", "gunmen storm a hotel") is none. The
// figures stage asks severalPlaces whether an event noun counts one incident.

// passingWords open a clause of something before the article's news.
var passingWords = newTokSet(wordSet("passing-words"))

// tollVerbs give an event's toll in a clause ("after bomb kills 34").
var tollVerbs = newTokSet(wordSet("toll-verbs"))

// agentNouns name the people who carry out an event ("bombers", "gunman").
var agentNouns = newTokSet(wordSet("agent-nouns"))

// peopleHeads are people an event noun before them qualifies ("shooting victim").
var peopleHeads = newTokSet(wordSet("people-heads"))

// mourningNouns are nouns of mourning or remembrance ("a moment of silence for").
var mourningNouns = newTokSet(wordSet("mourning-nouns"))

// objectWords make the event noun after them the object of the event noun before them.
var objectWords = newTokSet(wordSet("object-words"))

// fightVerbBefore and fightVerbAfter are words around "fighting" that make it a verb.
var fightVerbBefore, fightVerbAfter = wordSet("fight-verb-before"), wordSet("fight-verb-after")

// passingClause reports whether the event noun at token k of sentence si lies in a
// clause that tells of something before the sentence's news: one a passing word opens
// ("after", "following", "in the wake of") with no comma, semicolon or dash between it
// and k; and whether the sentence gives the event's toll around it: a verb of killing
// or wounding from the start of the clause the passing word follows to the end of the
// passing clause ("trooper dies after bus station shooting", "after bomb kills 34").
func (d *doc) passingClause(si, k int) (passing, toll bool) {
	passing, toll, _ = d.passingClauseToll(si, k)
	return passing, toll
}

// passingReach is how many words before an event noun a passing word may open its
// clause: "after a man who drove for Uber was accused of killing six in a Kalamazoo,
// Michigan, shooting spree" (a relative clause inside the passing one).
const passingReach = 20

// placeComma reports whether the comma at token x sets off a state or country after a
// town, "in a Kalamazoo, Michigan, shooting spree": a capitalized word on either side
// and, past it, another comma (or, for the second comma, one before it). Such a comma
// ends no clause.
func (d *doc) placeComma(x int) bool {
	if !d.punct(x, ',') || x < 1 || x+1 >= len(d.toks) {
		return false
	}
	capWord := func(y int) bool { return y >= 0 && y < len(d.toks) && d.toks[y].kind == tWord && d.toks[y].has(fCap) }
	if !capWord(x-1) || !capWord(x+1) && !(x+1 < len(d.toks) && d.toks[x+1].kind == tWord) {
		return false
	}
	// the first comma: "Kalamazoo , Michigan , shooting"
	if capWord(x+1) && x+2 < len(d.toks) && d.punct(x+2, ',') && x+3 < len(d.toks) && d.toks[x+3].kind == tWord && !d.toks[x+3].has(fCap) {
		return true
	}
	// the second comma: "Kalamazoo , Michigan , shooting"
	return x >= 3 && d.punct(x-2, ',') && capWord(x-3) && !d.toks[x+1].has(fCap)
}

// passingClauseToll is passingClause, and whether every toll word the sentence gives
// around the passing clause stands inside it, after its passing word ("stood by its
// checks after a man was accused of killing six": the toll is the passing act's, and
// the sentence's own news has none; not "a trooper dies after a shooting").
func (d *doc) passingClauseToll(si, k int) (passing, toll, tollInside bool) {
	s := &d.sents[si]
	stop := func(x int) bool {
		return d.punct(x, ',') && !d.placeComma(x) || d.punct(x, ';') || d.toks[x].kind == tDash
	}
	j := -1
	for x := k - 1; x >= s.a && x >= k-passingReach && !stop(x); x-- {
		if d.toks[x].kind == tWord && (d.in(x, passingWords) || d.in(x, objectWords) && x > s.a && d.eventAt(x-1) != "") {
			j = x // "after the bombing", "protests against the shootings"
			break
		}
	}
	if j < 0 {
		return false, false, false
	}
	from := j
	for from > s.a && !stop(from-1) {
		from--
	}
	inside := true
	for x := from; x < s.b && (x <= j || !stop(x)); x++ {
		if d.toks[x].kind == tWord && d.in(x, tollVerbs) {
			toll = true
			inside = inside && x > j
		}
	}
	return true, toll, toll && inside
}

// ownKilling reports whether sentence si tells of a killing outside the passing clause
// around the event noun at token k: a verb of killing or wounding before the clause's
// passing word or after its end ("Two days after bomb attacks … killed 31 people, a
// security guard … was murdered"). Such a sentence's news is a killing of its own.
func (rd *reader) ownKilling(si, k int) bool {
	s := &rd.sents[si]
	stop := func(x int) bool {
		return rd.punct(x, ',') && !rd.placeComma(x) || rd.punct(x, ';') || rd.toks[x].kind == tDash
	}
	j := -1
	for x := k - 1; x >= s.a && x >= k-passingReach && !stop(x); x-- {
		if rd.toks[x].kind == tWord && rd.in(x, passingWords) {
			j = x
			break
		}
	}
	if j < 0 {
		return false
	}
	end := k
	for end < s.b && !stop(end) {
		end++
	}
	for x := s.a; x < s.b; x++ {
		if x >= j && x <= end || rd.toks[x].kind != tWord || rd.quoteOf[x] != 0 {
			continue
		}
		if w := rd.low(x); tollVerbs.has(w) || killVerbs.has(w) {
			return true
		}
	}
	return false
}

// placeInPassing reports whether token k of sentence si lies in a clause of something
// before the sentence's news that names an event of another type than typ and none of
// typ ("clashes … following a suicide bombing that killed 37 people in the capital
// Ankara"): a place such a clause names is that other event's. ("Two days after bomb
// attacks at Brussels airport" names the bombing's own place.)
func (d *doc) placeInPassing(si, k int, typ string) bool {
	s := &d.sents[si]
	stop := func(x int) bool { return d.punct(x, ',') || d.punct(x, ';') || d.toks[x].kind == tDash }
	other := false
	for x := k - 1; x >= s.a && x >= k-15 && !stop(x); x-- {
		if d.toks[x].kind != tWord {
			continue
		}
		switch t := d.eventAt(x); {
		case t == typ:
			return d.anotherIncident(x) // "within a day of the shooting of … in Baton Rouge"
		case t != "":
			other = true
		}
		if d.in(x, passingWords) {
			return other
		}
	}
	return false
}

// liveFileTopic reports whether sentence si opens a live file of dated items about a
// whole country, "The Latest on the fighting in Syria (all times local):": it names the
// file's topic, not an incident; the items below it tell of theirs. A file on a town's
// event ("The Latest on the flooding in Paris") reports that event.
func (rd *reader) liveFileTopic(si int) bool {
	s := &rd.sents[si]
	if !rd.is(s.start, wThe) || !rd.is(s.start+1, wLatest) || !rd.is(s.start+2, wOn, wFrom, wIn) {
		return false
	}
	for k := s.start; k < s.b; k++ {
		e := rd.entityOf(k)
		if e < 0 || rd.ents[e].typ != kg.Place {
			continue
		}
		if _, isCountry := countryNames[rd.ents[e].name]; !isCountry {
			return false
		}
	}
	return true
}

// anotherIncident reports whether the event noun at token k is one another event is
// measured in time from, so another incident than the sentence's own: "a day of" or
// "hours of" before it ("Castile's death occurred within a day of the shooting of …").
// Not "the day after a gunman killed …": a marching the day after a shooting is no
// second shooting.
func (d *doc) anotherIncident(k int) bool {
	if d.in(k, agentNouns) {
		return false
	}
	x := k - 1
	if d.is(x, wSimilar, wPrevious, wEarlier) {
		return true // "watching over a similar demonstration in Dallas": another one
	}
	if d.is(x, wThe, wA, wAn) {
		x--
	}
	return x > 0 && d.is(x, wOf) && d.toks[x-1].kind == tWord && d.toks[x-1].feat&lxTimeUnit != 0
}

// leadEvent reports whether the event noun at token k of sentence si tells of the
// article's own news. An act of violence named in a passing clause is not, except in the
// headline or the first prose sentence (first) when that clause gives the event's toll
// ("Turkey vows retaliation after bomb kills 34"); nor is a protest ("a deal after
// workers' protests"); but a storm, a fire or a crash named so is ("a rescuer describes
// the scene after a helicopter crash": a disaster's aftermath is its news). how tells
// whether it is named as news or in a passing clause (such a disaster, or an act whose
// toll the clause gives), which ranks it lower (see leadHow). Nor is an event in a
// clause of a condition news ("if an earthquake were to breach the levees").
//
// A noun of the people who carry it out names the event only in a sentence that gives
// its toll: "the brother of one of the Brussels suicide bombers" tells of the brother.
//
// An act of violence (a shooting, a bombing, an attack) is the lead's news only in a
// sentence that tells it happened: one that gives a toll, calls it fatal or deadly, or,
// below the headline, names a day ("a gunman opened fire on Sunday"), or one after a
// first sentence whose news is a toll (newsToll). Reaction pieces name it as a topic ("after the
// Brussels attacks", "a terror attack survivor") and tell of something else. (Blasts
// "rock" a town, fighting "rages": explosions, clashes and the weather are news as they
// are named.)
func (rd *reader) leadEvent(si, k, firstProse int) (ok bool, how leadHow) {
	d := rd.doc
	first := si == firstProse
	if d.in(k, agentNouns) && !d.tollIn(si) {
		return false, leadNews
	}
	told := d.tollIn(si) || d.fatalIn(si) || si != d.headline && rd.dateIn(si) != "" ||
		si > firstProse && firstProse >= 0 && d.newsToll(firstProse) // "… was stabbed to death … The attack took place …"
	if actsOfViolence.has(d.eventAt(k)) && !told {
		return false, leadNews
	}
	if d.driverAside(k) {
		return false, leadNews // "an attacker like one in France who drove a truck into a crowd"
	}
	if d.in(k+1, peopleHeads) && d.toks[k+1].kind == tWord {
		return false, leadNews // "funeral procession for Orlando shooting victim"
	}
	if d.mourned(k) && !d.tollIn(si) {
		return false, leadNews // "opened the panel with a moment of silence for the Nice attack"
	}
	if rd.liveFileTopic(si) {
		return false, leadNews // "The Latest on the fighting in Syria (all times local):"
	}
	if d.hypothetical(si, k) || d.unrealized(si, k) || d.aimed(si, k) {
		return false, leadNews // "if an earthquake were to breach the levees", "any protests", "efforts to stop a surge in fighting"
	}
	passing, toll, tollInside := d.passingClauseToll(si, k)
	if typ := d.eventAt(k); kg.FamilyOf(typ) == kg.NatureFamily || typ == "crash" {
		if passing {
			return true, leadAside // "cities dig out following the worst blizzard" tells of the storm
		}
		return true, leadNews
	}
	if !passing {
		return true, leadNews
	}
	if tollInside && first && si != d.headline && actsOfViolence.has(d.eventAt(k)) && !d.mourningBefore(si, k) {
		return true, leadTollOnlyAside
	}
	return toll && (first || si == d.headline), leadTollAside
}

// leadHow is how a lead tells of an event it names.
type leadHow int

const (
	// leadNews: as its news.
	leadNews leadHow = iota
	// leadAside: a disaster named in a passing clause, whose aftermath is the news;
	// it ranks below any event the lead tells as news.
	leadAside
	// leadTollAside: an act whose toll a passing clause gives ("after bomb kills
	// 34"); it ranks below an event the headline tells as news ("Clashes spread …"
	// over "following a suicide bombing that killed 34").
	leadTollAside
	// leadTollOnlyAside: an act the first prose sentence names only in a passing
	// clause that alone gives its toll ("Uber stood by its checks after a driver was
	// accused of killing six in a shooting spree"); a report of the act only when the
	// headline or the other lead sentence names it as well.
	leadTollOnlyAside
)

// unrealWords before an event noun tell of one that has not happened: "any protests",
// "planned demonstrations", "groups that plan demonstrations", "possible attacks".
var unrealWords = newTokSet(wordSet("unreal-words"))

// modalWords before an event word tell of one that may happen: "could be attacked",
// "may strike", "threatens to bomb".
var modalWords = newTokSet(wordSet("modal-words"))

// monthWords before "may" make it the month: "the May attacks", "since May".
var monthWords = newTokSet(map[string]bool{"the": true, "a": true, "in": true, "of": true, "since": true,
	"this": true, "last": true, "early": true, "late": true, "mid": true, "until": true, "by": true})

// modalReach is how many words before an event word a modal word may stand: "could be
// vulnerable to attacks".
const modalReach = 4

// unrealized reports whether one of the two words before the event word at token k of
// sentence si is one of unrealWords, or one of the modalReach words before it one of
// modalWords, with only words between: an event expected, planned, feared or threatened
// is no news of one ("any protests", "could be vulnerable to attacks", "threatens to
// bomb").
func (d *doc) unrealized(si, k int) bool {
	for x := k - 1; x >= 0 && x >= k-modalReach; x-- {
		if d.toks[x].kind != tWord {
			return false
		}
		if d.in(x, unrealWords) && x >= k-2 || d.in(x, modalWords) && !d.modalMonth(si, x) {
			return true
		}
	}
	return false
}

// modalMonth reports whether "may" at token x is the month: after a determiner or a
// preposition ("the May attacks"), or capitalized inside a sentence of prose.
func (d *doc) modalMonth(si, x int) bool {
	if d.low(x) != "may" {
		return false
	}
	if x > 0 && d.toks[x-1].kind == tWord && d.in(x-1, monthWords) {
		return true
	}
	return d.toks[x].has(fCap) && x != d.sents[si].a && si != d.headline
}

// ifWords open a clause of what may happen, not of what did.
var ifWords = newTokSet(wordSet("if-words"))

// hypothetical reports whether the event noun at token k of sentence si lies in a
// clause of a condition ("if an earthquake were to breach the levees", "unless a storm
// turns"): one a word of condition opens with no comma, semicolon or dash between it
// and k. What may happen is no news of an event.
func (d *doc) hypothetical(si, k int) bool {
	s := &d.sents[si]
	for x := k - 1; x >= s.a && x >= k-12; x-- {
		if d.punct(x, ',') || d.punct(x, ';') || d.toks[x].kind == tDash {
			return false
		}
		if d.toks[x].kind == tWord && d.in(x, ifWords) {
			return true
		}
	}
	return false
}

// actsOfViolence are the event types of deliberate violence against people, which
// reaction pieces name as their topic.
var actsOfViolence = newTokSet(map[string]bool{"shooting": true, "bombing": true, "attack": true, vehicleAttack: true})

// fatalWords tell that an act of violence killed ("the fatal weekend shootings").
var fatalWords = newTokSet(wordSet("fatal-words"))

// fatalIn reports whether sentence si calls an act fatal ("fatal", "deadly").
func (d *doc) fatalIn(si int) bool { return d.wordIn(si, fatalWords) }

// newsToll reports whether sentence si gives a toll as its own news: a verb of killing
// or wounding that is no infinitive, and no clause of something before ("An American tourist was stabbed to
// death … on a boardwalk"; not "… following a bombing that killed 37"). The lead's next
// sentence then tells of the same act ("The attack took place in the port area").
func (d *doc) newsToll(si int) bool {
	s := &d.sents[si]
	toll := false
	for x := s.a; x < s.b; x++ {
		if d.toks[x].kind != tWord {
			continue
		}
		if d.in(x, passingWords) {
			return false
		}
		// not an infinitive: "the pistol he used to kill", "hiring assassins to kill"
		toll = toll || d.in(x, tollVerbs) && !d.is(x-1, wTo)
	}
	return toll
}

// tollIn reports whether sentence si has a verb of killing or wounding.
func (d *doc) tollIn(si int) bool { return d.wordIn(si, tollVerbs) }

// wordIn reports whether sentence si has a word of the set.
func (d *doc) wordIn(si int, words *tokSet) bool {
	s := &d.sents[si]
	for x := s.a; x < s.b; x++ {
		if d.inWord(x, words) {
			return true
		}
	}
	return false
}

// stormVerbAfter are words after "storm" that make it a verb: "troops storm the
// building", "protesters storm into parliament".
var stormVerbAfter = newTokSet(wordSet("storm-verb-after"))

// stormVerb reports whether "storm" at token k is a verb and no storm: after a noun of
// people who act ("gunmen storm a hotel", "protesters storm", "troops storm") or before
// a determiner or "into" ("storm the building").
func (d *doc) stormVerb(k int) bool {
	if !d.is(k, wStorm) {
		return false
	}
	if k > 0 && d.toks[k-1].kind == tWord {
		p := d.low(k - 1)
		if agentNouns.has(p) || len(p) > 3 && strings.HasSuffix(p, "ers") || strings.HasSuffix(p, "ops") {
			return true
		}
		if d.is(k-1, wThey, wWe, wTo, wPolice, wForces, wWill, wWould, wCould, wMay, wMight, wDid) {
			return true // "kill 19 as they storm university", "police storm restaurant", "tried to storm"
		}
	}
	return k+1 < len(d.toks) && d.toks[k+1].kind == tWord && d.in(k+1, stormVerbAfter)
}

// fightingVerb reports whether "fighting" at token k is a verb and no clash: after a
// form of "be" or a verb of going on ("Exxon is fighting", "keep fighting"), or before
// "for", "to", "against", "back" ("fighting for its right"); or before its object: a
// determiner ("fighting the militants"), a name ("fighting Islamic State"), a noun or
// adjective of a thing fought ("fighting terrorism", "fighting economic espionage").
// The clash is followed by its verb or a preposition ("fighting raged", "fighting in
// Aleppo").
func (d *doc) fightingVerb(k int) bool {
	if !d.is(k, wFighting) {
		return false
	}
	if k > 0 && d.toks[k-1].kind == tWord && fightVerbBefore[d.low(k-1)] {
		return true
	}
	if k+1 >= len(d.toks) || d.toks[k+1].kind != tWord {
		return false
	}
	next := d.low(k + 1)
	return fightVerbAfter[next] || d.toks[k+1].has(fCap) ||
		strings.HasSuffix(next, "ism") || strings.HasSuffix(next, "ic") && len(next) > 4
}

// severalPlaces reports whether the event noun at token k is a plural one its clause
// places in two or more places, each after "in", "near", "outside" or "at" ("the
// shootings of two black men in Baton Rouge, Louisiana, and near St. Paul"): several
// incidents, none of which a figure of it counts alone.
func (rd *reader) severalPlaces(si, k int) bool {
	if !strings.HasSuffix(rd.low(k), "s") {
		return false
	}
	s := &rd.sents[si]
	c := rd.clauseOf(k)
	seen := ""
	for x := k + 1; x < s.b && x < k+30; x++ {
		if rd.clauseOf(x) != c || rd.quoteOf[x] != rd.quoteOf[k] {
			break
		}
		e := rd.entityOf(x)
		if e < 0 || rd.ents[e].typ != kg.Place || !rd.is(x-1, wIn, wNear, wOutside, wAt) {
			continue
		}
		if name := rd.ents[e].name; seen == "" {
			seen = name
		} else if name != seen {
			return true
		}
	}
	return false
}

// modifies reports whether the capitalized word at j opens the noun phrase of the word
// at k: only words between them, none a function word ("the December San Bernardino
// shootings"; not "in December, shootings" nor "December 2 shootings").
func (d *doc) modifies(j, k int) bool {
	if !d.toks[j].has(fCap) {
		return false
	}
	for x := j + 1; x < k; x++ {
		if d.toks[x].kind != tWord || d.toks[x].feat&lxFunc != 0 {
			return false
		}
	}
	return true
}

// mournedReach is how many words may stand between "for" or "to" and the event noun a
// mourning noun governs: "a moment of silence for the Nice terrorist attack".
const mournedReach = 4

// mourned reports whether the event noun at token k is what a mourning noun mourns: it
// ends a phrase of at most mournedReach words after "for" or "to", and the word before
// that is one of mourningNouns ("a moment of silence for the Nice terrorist attack", "a
// vigil for Sunday's shooting"). The mourning, not the act, is then the sentence's news;
// a victim it mourns is peopleHeads' ("a vigil for the shooting's victims").
func (d *doc) mourned(k int) bool {
	for x := k - 1; x > 0 && x >= k-1-mournedReach; x-- {
		t := &d.toks[x]
		if t.kind != tWord && !(t.kind == tPunct && d.punct(x, '\'')) {
			return false
		}
		if d.is(x, wFor, wTo) {
			return d.in(x-1, mourningNouns) && d.toks[x-1].kind == tWord
		}
	}
	return false
}

// mourningBefore reports whether sentence si mourns before the event noun at token k:
// a mourning noun or the verb "mourn" ("Norland held a day of mourning on Tuesday,
// following a suicide bombing that killed 34"). A mourning is the act's own aftermath,
// and its passing clause names the act as the news it follows.
func (d *doc) mourningBefore(si, k int) bool {
	for x := d.sents[si].a; x < k; x++ {
		if d.toks[x].kind == tWord && (d.in(x, mourningNouns) || d.is(x, wMourn, wMourns, wMourned)) {
			return true
		}
	}
	return false
}
