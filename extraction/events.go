package extraction

import (
	"strconv"
	"strings"

	"github.com/factgraph/kg"
)

// Events: what happened (an earthquake, a bombing…) and when, read from the words that
// name events. The events stage finds the article's main event; the figures stage adds
// the events its figures name in passing ("a 1999 tremor that killed about 2,400
// people"); the relations stage reads them all.

// eventSet is what the events stage finds and the figures stage adds to: the article's
// events, the main one first, and the sentence each other event was first named in; and
// where the article is, its main place and country.
type eventSet struct {
	events []kg.Event
	// eventSent is the sentence each event of events was first named in (-1 for the
	// main event)
	eventSent              []int
	mainPlace, mainCountry string
	// reactionAct is the token of the act a headline names only as its topic
	// (topicHeadline), or -1: the article has no main event, and a toll its sentences
	// give is that act's, recalled, or the act's their clause names
	reactionAct int
	// aftermathDay is the day of a claim, an arrest or a funeral the lead dates
	// when the article gives its act another day (mainDate), or "": a figure of that
	// day ("arrested three people on Saturday") is still the main event's
	aftermathDay string
	// pairedLead: the lead names one kind of disaster in two countries
	// (pairedIncidents); the event found as main is recalled, not the article's news,
	// once the figures stage has given it its figures
	pairedLead bool
}

// eventWords are the words that name events, by type (data/events.txt).
var eventWords = wordValues("event-words")

// eventRank orders the event types: the lowest a headline or the first sentences name
// is the article's main event.
var eventRank = wordInts("event-rank")

// findEvents is the events stage: the article's main event is the highest-ranked event
// its headline and first two prose sentences name (mainEventType); its place is the
// town a sentence that states the event names (eventCity), else the article's
// (articlePlace: its dateline's, its first sentences'); its date the first a sentence
// that states it gives (mainDate).
func findEvents(rd *reader, ev *eventSet) {
	ev.events = nil
	ev.eventSent = ev.eventSent[:0]
	ev.reactionAct = -1
	ev.aftermathDay = ""
	ev.pairedLead = false
	typ, firstProse := mainEventType(rd)
	ev.mainPlace, ev.mainCountry = articlePlace(rd, firstProse)
	if typ == "" || rd.listHeadline() {
		return // a list of items ("5 things you need to know Wednesday") reports none
	}
	if k := rd.topicHeadline(firstProse); actsOfViolence.has(typ) && k >= 0 {
		ev.reactionAct = k
		return // "… move to stem celebrations of Nice attack": a reaction piece reports no act
	}
	// the town a sentence that states the event names ("struck near Tainan", "a
	// shootout at a restaurant near Baltimore") before the dateline's: a report from
	// WASHINGTON tells of events elsewhere
	p, outside := rd.eventCity(typ, firstProse)
	if p == "" && outside != "" && ev.mainPlace != "" && ev.mainPlace == rd.mainCity {
		p = outside // LOS ANGELES: "a wildfire raged … outside Santa Barbara"
	}
	if p != "" {
		ev.mainPlace = p
		if c := rd.townCountry(p, firstProse); c != "" {
			ev.mainCountry = c
		}
	} else if ev.mainPlace != "" && ev.mainPlace == rd.mainCity && outside == "" && rd.actInRegion(typ, firstProse) {
		ev.mainPlace = "" // OSLO: "crashed in the North Sea" is no crash in Oslo
	} else if ev.mainPlace != "" && ev.mainPlace == rd.mainCity {
		// a dateline is where the reporter is: a report from BEIRUT of air strikes
		// in Syria places them in Syria, not in Beirut
		if c := rd.eventCountry(typ, firstProse, ev.mainCountry); c != "" {
			ev.mainPlace, ev.mainCountry = "", c
		}
	}
	date, aftermath := rd.mainDate(typ, firstProse)
	ev.aftermathDay = aftermath
	if p == "" && date == "" && ev.mainPlace != "" && ev.mainPlace == rd.mainCity && !rd.leadTellsAct(firstProse) &&
		!rd.namedBesideDateline(rd.mainCity) {
		// a dateline places the report: one that names its town nowhere else and
		// gives the act neither a day nor a toll in its headline or lead (an
		// industry analysis from DETROIT after a crash in Florida) is filed from
		// there, not about an act there
		ev.mainPlace = ""
	}
	place := ev.mainPlace
	if place == "" {
		place = ev.mainCountry
	}
	ev.events = append(ev.events, kg.Event{Type: typ, Place: place, Country: ev.mainCountry, Date: date, Main: true})
	ev.eventSent = append(ev.eventSent, -1)
	// "… the cities of Kumamoto, Japan and Muisne, Ecuador, … after earthquakes rocked
	// the two cities": an explainer on both, the report of neither
	ev.pairedLead = rd.pairedIncidents(typ, firstProse)
}

// mainEventType returns the type of the highest-ranked event the headline and the first
// two prose sentences name outside quotes as their news (not one of another time:
// otherEventWord; not in passing: leadEvent), or "", and the first prose sentence (-1
// when there is none).
func mainEventType(rd *reader) (typ string, firstProse int) {
	type candidate struct {
		typ string
		how leadHow
		si  int
		k   int
	}
	var found []candidate
	headlineNews := false
	var scanned []int
	scan := func(si int) {
		scanned = append(scanned, si)
		s := &rd.sents[si]
		protest := false
		for k := s.start; k < s.b && !protest; k++ {
			protest = rd.quoteOf[k] == 0 && rd.eventAt(k) == "protest"
		}
		for k := s.start; k < s.b; k++ {
			if rd.quoteOf[k] != 0 {
				continue
			}
			ev := rd.eventAt(k)
			if ev == "" || rd.otherEventWord(si, k) {
				continue
			}
			if protest && ev != "protest" && rd.protestedAct(si, k, rd.ofAfter(k)+1) {
				continue // "took to the streets to denounce the fatal police shootings of two black men …": the protest is the news
			}
			if ok, how := rd.leadEvent(si, k, firstProse); ok {
				found = append(found, candidate{ev, how, si, k})
				headlineNews = headlineNews || si == rd.headline && how == leadNews
			}
		}
	}
	if rd.headline >= 0 {
		scan(rd.headline)
	}
	prose := 0
	firstProse = -1
	for si := range rd.sents {
		if rd.sents[si].kind != sProse || si == rd.headline {
			continue
		}
		if firstProse < 0 {
			firstProse = si
		}
		scan(si)
		prose++
		if prose >= 2 {
			break
		}
	}
	// A first sentence that names an act only in a passing clause, which alone gives
	// its toll, makes a report of the act when the headline or the other lead sentence
	// names the act too, or the other lead sentence gives a toll as its news ("Turkey
	// detains three Russians … following a suicide bomb attack … that killed 10
	// tourists", then "A suicide bomber … killed nine German … tourists on Tuesday");
	// alone, it tells what the news came after, and the news
	// is something else: a company standing by its checks, a reaction. The toll stays
	// a figure of the article; the article is no report of the act.
	//
	// A first sentence whose own clause tells of another killing ("Two days after bomb
	// attacks … killed 31 people, a security guard … was murdered") is news of that
	// killing: the other lead sentence's toll ("he had been shot dead") is the
	// guard's, not the passing act's.
	toldElsewhere := func(typ string, si, k int) bool {
		for _, o := range found {
			if o.si != si && o.typ == typ {
				return true
			}
		}
		if rd.ownKilling(si, k) {
			return false
		}
		for _, o := range scanned {
			if o != si && o != rd.headline && rd.newsToll(o) {
				return true // "… after a man … killed the 41-year-old …", then "Cox … was shot and stabbed …"
			}
		}
		return false
	}
	// an event named in passing ranks below any the lead tells as news; one whose toll
	// the passing clause gives, below one the headline tells as news
	tr := 999
	for _, c := range found {
		if c.how == leadTollOnlyAside && !toldElsewhere(c.typ, c.si, c.k) {
			continue // "Uber's security chief stood by … after a man … was accused of killing six in a … shooting spree"
		}
		score := eventRank[c.typ]
		if c.how == leadAside || (c.how == leadTollAside || c.how == leadTollOnlyAside) && headlineNews {
			score += 100
		}
		if score < tr {
			typ, tr = c.typ, score
		}
	}
	return typ, firstProse
}

// compoundHeads make a compound with an event noun before them: "fire brigade", "bomb
// squad" name no event.
var compoundHeads = newTokSet(wordSet("compound-heads"))

// eventAt returns the type of event the word at token k names, or "": not a word that
// only qualifies a noun after it ("fire officials", "bomb squad").
func (d *doc) eventAt(k int) string {
	w := d.low(k)
	if d.is(k, wStreets) && d.takeToStreets(k) {
		return "protest" // "thousands took to the streets": a protest
	}
	if d.heatWave(k) && d.sentOf(k) == d.headline {
		// "More than 100 feared dead in India heat wave"; in the text a heat wave is as
		// often the weather around another event ("brush parched by a spring heat wave")
		return "heatwave"
	}
	if d.shotInHeadline(k) {
		return "shooting" // "Two shot dead, four wounded after Mardi Gras parade"
	}
	if !d.mayBe(k, w, wcEvent) {
		return ""
	}
	ev := eventNoun(w)
	if ev != "" && !d.incidentNoun(k) {
		return ""
	}
	if ev == "" {
		if rammingVehicles.has(w) && d.vehicleDriven(k) {
			return vehicleAttack // "drove a truck into the crowd"
		}
		return ""
	}
	if d.in(k+1, compoundHeads) && !d.toks[k+1].has(fCap) || d.in(k-1, eventBlockers) || d.punct(k-1, '-') && d.in(k-2, eventBlockers) {
		return "" // "bomb squad", "nuclear bomb test", "cyber attacks", "heart attack"
	}
	if ev == "attack" && d.vehicleCompound(k) {
		return vehicleAttack // "the truck attack": no sentence needs a word of violence
	}
	if d.toks[k].has(fCap) && k+1 < len(d.toks) && d.toks[k+1].has(fCap) && d.in(k+1, serviceHeads) && d.sentOf(k) != d.headline {
		return "" // "the Sacramento Fire Department said": a body's name, no fire
	}
	if ev == "attack" && !d.violent(d.sentOf(k)) {
		return "" // "a line of attack", "an attack on privacy"
	}
	if figurative.has(ev) && d.measureOf(k) {
		return "" // "a flood of refugees", "a storm of criticism"
	}
	if ev == "outbreak" && d.outbreakOfOther(k) {
		return "" // "the first widespread outbreak of intense fires": the fires are the event
	}
	if d.infinitive(k) {
		return "" // "come to support or protest the convention", "to attack the U.S."
	}
	if d.stormVerb(k) && (d.violent(d.sentOf(k)) || d.is(k-1, wPolice, wTroops, wForces, wSoldiers, wCommandos, wGunmen, wMilitants)) {
		return "attack" // "Taliban kill at least 19 as they storm university": an assault
	}
	if d.criticism(k) || d.fightingVerb(k) || d.stormVerb(k) {
		return "" // "Clinton blasts Trump", "Exxon is fighting for", "gunmen storm": verbs
	}
	// the verb "fire": "police fire tear gas", "opened fire on", "came under fire"
	if ev == "fire" && (d.is(k+1, wTear, wAt, wOn, wRubber, wWater, wShots, wWarning, wBack, wInto, wOff, wUpon, wLive) ||
		d.is(k-1, wOpened, wOpen, wOpening, wCease, wReturned, wReturn, wUnder, wExchanged, wTo, wPolice, wTroops, wSoldiers, wForces)) {
		return ""
	}
	return ev
}

// heatWave reports whether token k ends the two words "heat wave".
func (d *doc) heatWave(k int) bool { return d.is(k, wWave, wWaves) && d.is(k-1, wHeat) }

// shotInHeadline reports whether token k is the headline's "shot" of people shot: a
// participle after its victims or with its outcome ("Two shot dead", "Oregon officer shot
// to death while serving warrant", "suspect who shot and wounded him"), not a noun ("takes
// a shot at rivals", "the new shot clock") nor a plane "shot down".
func (d *doc) shotInHeadline(k int) bool {
	if !d.is(k, wShot) || d.sentOf(k) != d.headline || d.is(k+1, wDown, wUp, wClock, wClocks, wGlass, wPut, wAcross) {
		return false
	}
	return !d.is(k-1, wA, wAn, wThe, wHis, wHer, wTheir, wIts, wLong, wBig, wFlu, wParting, wBest, wFirst, wLast, wMug, wCheap, wOne, wAnother, wNew, wGood, wGreat, wFree)
}

// incidentNoun reports whether the event word at token k, where it is one that also
// names a thing or an action, names an incident: lightning that strikes or kills, not
// the hockey team, the phone connector or "a lightning rod" ("Lightning strikes kill 11",
// "killed by lightning", "a lightning strike"); a stabbing, not the verb before its
// object ("acquitted of stabbing to death his ex-wife", "stabbing him").
func (d *doc) incidentNoun(k int) bool {
	switch {
	case d.is(k, wLightning):
		return !d.toks[k].has(fCap) && (d.is(k+1, wStrike, wStrikes, wStruck, wBolt, wBolts, wKills, wKilled, wStorms, wStorm) ||
			d.is(k-1, wBy, wOf)) || d.toks[k].has(fCap) && d.sentOf(k) == d.headline && d.is(k+1, wStrikes, wKills, wKilled, wStrike)
	case d.is(k, wStabbing, wStabbings):
		return !d.is(k+1, wTo, wHim, wHer, wHis, wTheir, wThem, wA, wAn, wThe, wTwo, wThree, wSeveral, wPeople, wWomen, wMen)
	}
	return true
}

// takeToStreets reports whether "streets" at token k ends "took to the streets" or a
// headline's "take to streets" whose subject, within six words before the verb, is
// people ("Thousands of people took to the streets", "Protesters take to streets"):
// a protest; not "allowing autonomous cars to take to the streets".
func (d *doc) takeToStreets(k int) bool {
	j := k - 1
	if d.is(j, wThe) {
		j--
	}
	if !d.is(j, wTo) || !d.is(j-1, wTook, wTake, wTakes, wTaking, wTaken) {
		return false
	}
	for x := j - 2; x >= 0 && x >= j-8; x-- {
		if d.toks[x].kind != tWord {
			break
		}
		if d.is(x, wPeople, wThousands, wHundreds, wProtesters, wDemonstrators, wCrowds, wResidents,
			wCitizens, wSupporters, wActivists, wStudents, wWorkers, wOpponents, wWomen, wMarchers) {
			return true
		}
	}
	return false
}

// infinitive reports whether the event word at token k is a verb after "to" ("to
// protest the war", "to support or protest the convention"): a base form (no plural
// or -ing noun: "in response to protests") right after "to", or after "to", a verb and
// "or"/"and".
func (d *doc) infinitive(k int) bool {
	w := d.low(k)
	if strings.HasSuffix(w, "s") || strings.HasSuffix(w, "ing") || k == 0 {
		return false
	}
	if d.is(k-1, wTo) {
		return true
	}
	return k >= 3 && d.is(k-1, wOr, wAnd) && d.toks[k-2].kind == tWord && d.is(k-3, wTo)
}

// criticism reports whether "blasts" or "blasted" at token k is the verb of a critic
// and not an explosion: a name or a pronoun before it, a name after it (through "the"
// or a possessive), and that name no day or month ("Clinton blasts Trump", "he blasted
// the Fed"; not "twin blasts Tuesday killed 20").
func (d *doc) criticism(k int) bool {
	if !d.is(k, wBlasts, wBlasted, wBlasting) || k == 0 || k+1 >= len(d.toks) {
		return false
	}
	prev := &d.toks[k-1]
	if prev.kind != tWord || !prev.has(fCap) && prev.feat&lxPronoun == 0 || prev.feat&lxNumWord != 0 {
		return false
	}
	next := k + 1
	if d.is(next, wThe, wHis, wHer, wIts, wTheir) && next+1 < len(d.toks) {
		next++
	}
	w := d.low(next)
	_, day := weekdays[w]
	_, month := months[w]
	return d.toks[next].kind == tWord && d.toks[next].has(fCap) && !day && !month
}

// figurative are the types of event whose nouns also measure a quantity ("a flood of
// refugees", "an explosion of violence"); not "an outbreak of dengue", "a fire of
// unknown origin".
var figurative = newTokSet(map[string]bool{"flood": true, "storm": true, "landslide": true, "tsunami": true, "explosion": true, "earthquake": true})

// outbreakOthers are nouns of what breaks out besides a disease that are no event
// words of their own: "an outbreak of intense fires", "an outbreak of violence".
var outbreakOthers = newTokSet(wordSet("outbreak-others"))

// outbreakOfOther reports whether the word "outbreak" or "epidemic" at token k is
// followed by "of" and, within three lower-case words, an event word or one of
// outbreakOthers: "an outbreak of intense fires" tells of fires, "outbreaks of
// fighting" of a clash, not of a disease ("an outbreak of Zika", "an outbreak of the
// virus" stay outbreaks).
func (d *doc) outbreakOfOther(k int) bool {
	if !d.is(k+1, wOf) {
		return false
	}
	for x := k + 2; x < len(d.toks) && x <= k+4; x++ {
		t := &d.toks[x]
		if t.kind != tWord || t.has(fCap) {
			return false
		}
		if w := d.low(x); eventNoun(w) != "" || outbreakOthers.has(w) {
			return true
		}
	}
	return false
}

// measureOf reports whether the event noun at token k is a figure of speech for a
// quantity: "a flood of refugees", "a steady storm of criticism", "an explosion of
// violence" — after "a" or "an" (and at most two words between), before "of" and a
// word in lower case that is no determiner or number ("a bombing of the embassy", "a
// flood of 2011" are events).
func (d *doc) measureOf(k int) bool {
	if !d.is(k+1, wOf) || k+2 >= len(d.toks) {
		return false
	}
	t := &d.toks[k+2]
	if t.kind != tWord || t.has(fCap) || t.feat&(lxFunc|lxNumWord|lxPronoun) != 0 {
		return false
	}
	if d.is(k+2, wMagnitude, wIntensity, wForce, wCategory) {
		return false // "an earthquake of magnitude 7.8"
	}
	if k > 0 && d.headlineVerb(k-1) {
		return true // "Lynch faces storm of criticism": a headline drops its "a"
	}
	for j := k - 1; j >= 0 && j >= k-3; j-- {
		if d.is(j, wA, wAn) {
			return true
		}
		if d.toks[j].kind != tWord || d.toks[j].has(fCap) || d.toks[j].feat&lxFunc != 0 {
			return false
		}
	}
	return false
}

// headlineVerb reports whether token j is a verb in the present of a headline's style
// ("faces", "sparks", "unleashes"): a lower-case word in -s that is no function word,
// adjective in -ous or event noun.
func (d *doc) headlineVerb(j int) bool {
	t := &d.toks[j]
	if t.kind != tWord || t.has(fCap) || t.feat&lxFunc != 0 {
		return false
	}
	w := d.low(j)
	return len(w) > 3 && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "ous") && eventNoun(w) == ""
}

// eventBlockers are words that make the event noun after them no event.
var eventBlockers = newTokSet(wordSet("event-blockers"))

// violenceCues are the words of a sentence that tells of violence.
var violenceCues = newTokSet(wordSet("violence-cues"))

// violent reports whether sentence si, or the headline, tells of violence.
func (d *doc) violent(si int) bool {
	for _, x := range []int{si, d.headline} {
		if x < 0 || x >= len(d.sents) {
			continue
		}
		s := &d.sents[x]
		for k := s.a; k < s.b; k++ {
			if d.toks[k].kind == tWord && d.in(k, violenceCues) {
				return true
			}
		}
	}
	return false
}

// eventSentences calls fn with the prose sentences near the top of the article that
// state an event of type typ (namesAct; the first prose sentence always), until fn returns true.
func (rd *reader) eventSentences(typ string, firstProse int, fn func(si int) bool) {
	if firstProse < 0 {
		return
	}
	prose := 0
	for si := firstProse; si < len(rd.sents) && prose < 12; si++ {
		s := &rd.sents[si]
		if s.kind != sProse || si == rd.headline {
			continue
		}
		prose++
		states := si == firstProse
		for k := s.start; k < s.b && !states; k++ {
			if rd.quoteOf[k] == 0 && rd.namesAct(k, typ, prose == 2) && !rd.otherEventWord(si, k) {
				states = true
			}
		}
		if states && fn(si) {
			return
		}
	}
}

// mainDate dates the article's event: the first day a sentence stating it names
// ("Saturday", "yesterday", "Feb. 6"), resolved against the publication date; else the
// publication day. A lead that dates the act's aftermath (a claim, an arrest) gives way
// to the day the article gives the act itself ("Thursday's attack"): then aftermath is
// the lead's day.
func (rd *reader) mainDate(typ string, firstProse int) (date, aftermath string) {
	dated := -1
	rd.eventSentences(typ, firstProse, func(si int) bool {
		if dt := rd.dateIn(si); len(dt) == len("2006-01-02") {
			date, dated = dt, si
			return true
		}
		return false
	})
	if dated >= 0 && actsOfViolence.has(typ) && rd.aftermathDated(dated) {
		// "Islamic State claimed responsibility for the truck attack on Saturday" dates
		// the claim when the report also says "Thursday's attack": the act's own day
		// wins. Acts of violence only: "likely to polarize protests on Sunday" in a
		// report of an arrest warrant names a day ahead
		if own := rd.actOwnDate(typ, firstProse); own != "" && own < date && daysApart(own, date) <= 7 {
			date, aftermath = own, date
		} else if rd.laterAftermath(dated, typ) {
			// "Belgian police on Friday arrested suspects in the Paris and Brussels
			// attacks": the day is the arrests', and the act, which the report dates
			// nowhere, keeps no date; the cross-report layer takes it for the incident
			// of its place it follows (actdates.go)
			date, aftermath = "", date
		}
	} else if dated >= 0 && actsOfViolence.has(typ) && rd.sayingDay(dated) {
		// "… killed five officers, the city's police chief said on Monday" dates the
		// telling; "The attack on Thursday night" in a later sentence dates the act
		if own := rd.actOwnDate(typ, firstProse); own != "" && own < date && daysApart(own, date) <= 7 {
			date, aftermath = own, date
		}
	}
	// An event no sentence dates keeps no date: the day the report was published is
	// not the day of what it tells of (a trial over a 2014 shooting, a follow-up a week
	// later). The cross-report layer takes it for the incident of its place it follows.
	return date, aftermath
}

// otherEventWord reports whether the event noun at k belongs to another event than the
// article's: "a 1999 tremor", "a bombing in Ankara last month", "November's attacks"
// (a month's other than the report's).
func (d *doc) otherEventWord(si, k int) bool {
	s := &d.sents[si]
	for j := max(s.start, k-4); j < min(s.b, k+8); j++ {
		if d.toks[j].kind == tNum && !d.toks[j].has(fSuffix) && d.yearAt(j) {
			if v, err := strconv.Atoi(d.tok(j)); err == nil && (d.pub.IsZero() || v != d.pub.Year()) {
				return true
			}
		}
		if d.is(j, wLast) && d.is(j+1, wMonth, wYear, wWeek, wWeekend) {
			return true
		}
		if _, month := months[d.low(j+1)]; month && d.is(j, wLast) {
			return true // "in Paris last November"
		}
		if d.is(j, wPrevious, wEarlier, wSimilar, wPast) {
			return true
		}
		if d.is(j, wRecent) && j < k && k-j <= 3 {
			return true // "one of the victims of the recent Orlando mass shooting"
		}
		if m, ok := months[d.low(j)]; ok && j < k && (d.is(j+1, wAposS) || d.tok(j+1) == "’s" || d.modifies(j, k)) && !d.pub.IsZero() && m != d.pub.Month() {
			return true // "November's Paris attacks", "the December San Bernardino shootings" in a report of March
		}
	}
	return false
}

// eventOf returns the event a figure at token tok of sentence si belongs to, and the
// date the sentence gives the figure. A figure belongs to the article's main event unless
// its sentence names another time ("in 1999", "last month", "In January") or another event
// ("a similar bombing in Ankara", "a suicide car bombing in the capital Ankara"): then it
// belongs to that event, or, when the sentence names a time but no event, to none.
func (ff *figureFinder) eventOf(si, tok int, measure string) (int, string) {
	main := -1
	mainDate, mainPlace := kg.DateString(ff.pub), ""
	if len(ff.events) > 0 && ff.events[0].Main {
		main = 0
		mainDate, mainPlace = ff.events[0].Date, ff.events[0].Place
		if mainDate == "" {
			mainDate = kg.DateString(ff.pub) // what the report tells of is of its time
		}
	}
	k := ff.nearestEventNoun(si, tok)
	// the date of the figure's clause, else of the event's clause ("a massive 1999 tremor
	// that killed about 2,400 people")
	c := ff.clauseOf(tok)
	date := ff.clauseDate(si, c)
	if date == "" && k >= 0 {
		c = ff.clauseOf(k)
		date = ff.clauseDate(si, c)
	}
	if date != "" {
		if dt, ok := ff.ownActDate(si, k, c); ok {
			date = dt // not the date of another place's act in the clause (actphrasedates.go)
		}
	}
	if dt := ff.phraseDate(si, k, tok); dt != "" {
		date = dt
	}
	if dt := ff.followingMonth(si, tok); dt != "" {
		date = dt // "down 15 percent in January, 9.1 percent in December": each its own month
	}
	if dt := ff.followingLastYear(si, tok); dt != "" {
		date = dt // "since Japan Post's $12 billion offering last year" beside "set for July 14-15"
	}
	otherTime := date != "" && mainDate != "" && !datesMeet(date, mainDate) && date != ff.aftermathDay
	back := false // the figure's clause looks back on an earlier incident (lookBack)
	// the passing clause the toll lies in and the date a look-back gives it
	// (passingClause, lookBack)
	pj, pplace, backDate := -1, "", ""
	if kg.IsToll(kg.MeasureClass(measure)) {
		pj, pplace = ff.passingClause(si, tok)
	}
	if main >= 0 && kg.IsToll(kg.MeasureClass(measure)) {
		j, place := pj, pplace
		if j >= 0 && place != mainPlace && place != "" {
			back, backDate = ff.lookBack(si, j, mainDate)
			if backDate != "" {
				date, otherTime = backDate, true
			}
			back = back || otherTime && date < mainDate // "… in Paris last November"
		}
		if j >= 0 && (k < 0 || k < j || k > tok) && place != mainPlace && (place != "" || otherTime) && (back || !ff.leadPlace(place)) {
			// "less than a week after a man killed six people in Kalamazoo": another
			// event of the main event's kind, told of in passing; "the deadliest attack
			// since gunmen killed 130 people in Paris" even when the lead names Paris
			return ff.otherEvent(si, passingType(ff.events[0].Type), place, date), date
		}
		back = back && k > j && k < tok // the clause's own act: "since gunmen killed 130"
	}
	if k >= 0 && aftershock(ff.low(k)) {
		if otherTime {
			return -1, date
		}
		return main, date
	}
	if k < 0 && main < 0 && ff.reactionAct >= 0 && kg.IsToll(kg.MeasureClass(measure)) {
		// "… drove a truck into crowds on Thursday, killing 84 people" in a piece on the
		// celebrations of the attack its headline names by its place: that attack's
		// toll, recalled ("Bombs can be even more deadly" names no incident)
		h := ff.reactionAct
		if place := ff.namedPlaceBefore(ff.headline, h); place != "" {
			return ff.otherEvent(si, ff.actType(h), place, date), date
		}
		return -1, date
	}
	if k < 0 && main >= 0 && kg.IsToll(kg.MeasureClass(measure)) {
		// no event named, but another place: "Eight members of the same family were
		// shot to death … in Pike County, Ohio" in a report on Georgia
		if place := ff.clausePlace(si, tok); place != "" && place != mainPlace && (!ff.leadPlace(place) || otherTime && date < mainDate) && ff.elsewhere(place, mainPlace) {
			return ff.otherEvent(si, passingType(ff.events[0].Type), place, date), date
		}
	}
	if k < 0 {
		// no event named: the main event's only if the figure is of the kind events have
		// (a toll, damage, a magnitude) or the sentence tells of its effects, and the
		// sentence dates it no wider than that day ("already this month" is a total);
		// not a toll that goes on with a past act of the sentence before (dates.go), nor
		// one counted since a time its date leaves out ("have been killed since the PKK
		// took up arms in 1984": sincePhrase)
		if otherTime || len(date) > 0 && len(date) < len("2006-01-02") ||
			!eventMeasure(measure) && !impactIn(ff.doc, si) ||
			date == "" && kg.IsToll(kg.MeasureClass(measure)) && (ff.continuesPastAct(si, mainDate) || ff.perfectSince(tok, ff.sents[si].b)) {
			return -1, date
		}
		return main, date
	}
	typ := ff.actType(k)
	if ff.severalPlaces(si, k) {
		return -1, date // "the shootings of two black men in Baton Rouge and near St. Paul"
	}
	if ff.protestedAct(si, k, tok) {
		return -1, date // "to protest against the fatal shooting of two black men": the incident protested
	}
	place := ff.eventPlace(si, k)
	sentencePlace := place
	if sentencePlace == "" {
		sentencePlace = mainPlace
	}
	if t, p, dt, ok := ff.ownClauseAct(si, pj, k, tok, sentencePlace, backDate); ok {
		// "… killed 14 people in San Bernardino, just weeks after gunmen killed 130
		// people in Paris": the act and the place of the toll's own clause
		return ff.otherEvent(si, t, p, dt), dt
	}
	if main >= 0 && place == "" && kg.IsToll(kg.MeasureClass(measure)) {
		// "… killed and 20 wounded in the blast": the act the noun refers back to
		if e, dt, ok := ff.referredAct(si, k, tok, date, mainDate, mainPlace); ok {
			return e, dt
		}
	}
	if main < 0 && ff.reactionAct >= 0 && actsOfViolence.has(typ) && kg.IsToll(kg.MeasureClass(measure)) {
		// "the bombings in Brussels on Tuesday that killed more than 30 people" in an
		// explainer: the act's toll, recalled; one its clause does not place ("the man
		// who drove a truck into crowds") is at the place the headline names
		if place == "" {
			place = ff.namedPlaceBefore(ff.headline, ff.reactionAct)
		}
		return ff.otherEvent(si, typ, place, date), date
	}
	other := otherTime || back || ff.otherEventWord(si, k) || main >= 0 && kg.FamilyOf(typ) != kg.FamilyOf(ff.events[0].Type) ||
		main >= 0 && ff.actInPassing(si, k, typ, ff.events[0].Type) // "clashes spread … following a suicide bombing that killed 37"
	if !other && main >= 0 && place != "" && place != mainPlace && mainPlace != "" && (indefinite(ff.doc, si, k) || !kg.Regional(typ)) &&
		(indefinite(ff.doc, si, k) || !ff.leadPlace(place)) {
		// "a suicide car bombing in the capital Ankara" in a report on Istanbul: both
		// towns the word lists know, neither a country
		_, isCountry := countryNames[place]
		_, mainIsCountry := countryNames[mainPlace]
		c1, known1 := countryOf[place]
		_, known2 := countryOf[mainPlace]
		if !known2 && kg.Regional(ff.events[0].Type) {
			// a wildfire "outside Santa Barbara", a town the lists do not know: the
			// "Dog Head Fire in central New Mexico" is another, as it would be of a
			// fire in Los Angeles
			known2 = ff.events[0].Country != ""
		}
		if !isCountry && !mainIsCountry && known1 && known2 && c1 != mainPlace {
			other = true
		}
		if pc, mc := ff.placeCountry(place), ff.placeCountry(mainPlace); !isCountry && !mainIsCountry && pc != "" && mc != "" && pc != mc {
			other = true // "a magnitude 7.8 quake hit the coastal town of Muisne" in a report on Kumamoto: a town the article places in another country
		}
	}
	if !other && main < 0 && ff.reactionAct < 0 {
		if e, dt, ok := ff.recalledAct(si, k, tok, typ, measure, date); ok {
			return e, dt // an act recalled in a report with no event of its own (recalledacts.go)
		}
	}
	if !other {
		return main, date
	}
	return ff.otherEvent(si, typ, place, date), date
}

// actInPassing reports whether the event noun at token k of sentence si, of type typ,
// is an act of violence told in a clause of something before the sentence's news
// ("clashes spread … following a suicide bombing that killed 37") in a report whose
// main event, of type main, is of another kind: a clash, a protest, not another name
// of the act ("a bomb attack", "blasts").
func (ff *figureFinder) actInPassing(si, k int, typ, main string) bool {
	if !actsOfViolence.has(typ) || actsOfViolence.has(main) || main == "explosion" {
		return false
	}
	passing, _ := ff.doc.passingClause(si, k)
	return passing
}

// otherEvent returns the event of type typ at place on date that sentence si tells of
// in passing, adding it to the article's events when it is new. A place the word
// lists do not place in a country is in the article's country.
func (ff *figureFinder) otherEvent(si int, typ, place, date string) int {
	country := ""
	if place != "" {
		country = ff.placeCountry(place)
		if _, isCountry := countryNames[place]; isCountry {
			country = place
		}
	}
	if country == "" {
		country = ff.mainCountry
	}
	if place == "" {
		place = country
	}
	for i, e := range ff.events {
		if !e.Main && e.Type == typ && e.Date == date && e.Place == place {
			return i
		}
	}
	ff.events = append(ff.events, kg.Event{Type: typ, Place: place, Country: country, Date: date})
	ff.eventSent = append(ff.eventSent, si)
	return len(ff.events) - 1
}

// clausePlace returns the place named after "in" or "at" in the figure's clause,
// after the figure and before a comma; or "".
func (ff *figureFinder) clausePlace(si, tok int) string {
	s := &ff.sents[si]
	for k := tok + 1; k < s.b && k < tok+20; k++ {
		if ff.punct(k, ',') && !ff.entityAround(k) || ff.punct(k, ';') {
			return ""
		}
		if ff.is(k-1, wIn, wAt) || ff.is(k-1, wThe) && ff.is(k-2, wIn, wAt) {
			if e := ff.entityOf(k); e >= 0 {
				if c := ff.demonymCapital(&ff.mentions[ff.entAt[k]]); c != "" {
					return c // "in the Belgian capital"
				}
			}
		}
		if ff.is(k-1, wIn, wAt) || ff.is(k-2, wIn, wAt) && (ff.in(k-1, inPlaceAdjectives) || ff.in(k-1, neighbourWords)) || ff.is(k-1, wFrom) && ff.is(k-2, wReported, wRecorded) {
			if e := ff.entityOf(k); e >= 0 && ff.ents[e].typ == kg.Place && !ff.mentions[ff.entAt[k]].demonym && !roadName(ff.entName(e)) {
				return ff.entName(e) // not "on Interstate 94": a road is no event's town
			}
		}
	}
	return ""
}

// neighbourWords may stand, beside the words of direction and kind of inPlaceAdjectives,
// between "in" and the place a count is of: "claimed 10 lives in neighbouring Jharkhand
// state".
var neighbourWords = newTokSet(map[string]bool{"neighbouring": true, "neighboring": true, "nearby": true, "remote": true})

// entityAround reports whether the comma at k joins a place to its region ("Pike
// County, Ohio").
func (ff *figureFinder) entityAround(k int) bool {
	return ff.entityOf(k-1) >= 0 && ff.entityOf(k+1) >= 0
}

// elsewhere reports whether a place lies apart from the main event's: in another
// country, or both are towns the word lists place (a report on Georgia that names
// Ohio).
func (ff *figureFinder) elsewhere(place, mainPlace string) bool {
	c1, c2 := countryOf[place], countryOf[mainPlace]
	if _, ok := countryNames[place]; ok {
		c1 = place
	}
	if _, ok := countryNames[mainPlace]; ok {
		c2 = mainPlace
	}
	if c1 == "" || c2 == "" {
		return false
	}
	if c1 != c2 {
		return true
	}
	_, country1 := countryNames[place]
	_, country2 := countryNames[mainPlace]
	return !country1 && !country2
}

// passingClause finds the clause a figure at tok of sentence si lies in when that
// clause tells of something before or after the article's event ("less than a week
// after a man killed six people in Kalamazoo", "since gunmen killed 14 in San
// Bernardino"): the token of its conjunction and the place it names, or -1.
func (ff *figureFinder) passingClause(si, tok int) (int, string) {
	s := &ff.sents[si]
	j := -1
	for k := tok - 1; k >= s.start && k >= tok-24; k-- {
		if ff.punct(k, ',') || ff.punct(k, ';') || ff.toks[k].kind == tDash {
			break
		}
		if ff.is(k, wAfter, wSince, wBefore, wFollowing, wFollows, wFollowed, wFollow, wLike, wUnlike) {
			j = k
			break
		}
	}
	if j < 0 {
		return -1, ""
	}
	for k := j + 1; k < s.b && k < tok+12; k++ {
		if k > tok && (ff.punct(k, ',') || ff.punct(k, ';')) {
			break
		}
		if e := ff.entityOf(k); e >= 0 && ff.ents[e].typ == kg.Place && !ff.noEventPlace(&ff.mentions[ff.entAt[k]]) && (ff.is(k-1, wIn, wAt, wNear) || ff.mentions[ff.entAt[k]].demonym || k < tok ||
			ff.is(k-1, wA, wAn, wThe) && ff.is(k-2, wIn, wAt, wNear)) {
			return j, ff.entName(e) // "in Kalamazoo", "a Michigan man", "at a Dallas protest"
		}
	}
	return j, ""
}

// leadPlace reports whether the headline or the first three prose sentences name a
// place: "the shooting in Maryland" in a report whose lead tells of Maryland is the
// article's own event, wherever its dateline.
func (ff *figureFinder) leadPlace(place string) bool {
	prose := 0
	for si := range ff.sents {
		s := &ff.sents[si]
		if s.kind != sProse && si != ff.headline {
			continue
		}
		if si != ff.headline {
			if prose >= 3 {
				continue
			}
			prose++
		}
		for k := s.a; k < s.b; k++ {
			if e := ff.entityOf(k); e >= 0 && ff.ents[e].typ == kg.Place && ff.entName(e) == place {
				return true
			}
		}
	}
	return false
}

func aftershock(w string) bool { return w == "aftershock" || w == "aftershocks" }

// nearestEventNoun returns the event noun of sentence si nearest token tok ("aftershock"
// counts as one, of the main event), or -1. Words inside a quote count only for a figure
// inside that quote.
func (rd *reader) nearestEventNoun(si, tok int) int {
	s := &rd.sents[si]
	best, bestDist := -1, 1<<30
	for k := s.start; k < s.b; k++ {
		if rd.toks[k].kind != tWord || rd.quoteOf[k] != 0 && rd.quoteOf[k] != rd.quoteOf[tok] {
			continue
		}
		w := rd.low(k)
		if rd.eventAt(k) == "" && !aftershock(w) {
			continue
		}
		if k > tok && rd.commaBetween(tok, k) {
			// "9,000 police were deployed in Bali, the site of Indonesia's deadliest
			// attack": an event named after the figure, past a comma, is another matter
			continue
		}
		dist := k - tok
		if dist < 0 {
			dist = -dist
		}
		if dist < bestDist {
			best, bestDist = k, dist
		}
	}
	return best
}

// eventPlace returns the place an event noun at token k is tied to: "a bombing in
// Ankara", "in the capital Ankara", "in central Taiwan in 1999", "the Ankara bombing", a
// town named after in/near/at in the same clause ("a suicide bomber killed around 10
// people … in Istanbul's historic heart"); or "".
func (rd *reader) eventPlace(si, k int) string {
	s := &rd.sents[si]
	placeAt := rd.actPlaceAt
	// after the noun: "in [the] [capital|city of] X"
	for j := k + 1; j < s.b && j <= k+8; j++ {
		if rd.punct(j, ',') || rd.punct(j, ';') || rd.is(j, wWhich, wThat, wWho, wWhere, wKilled, wKilling) {
			break
		}
		if p := placeAt(j); p != "" {
			if a := rd.mentions[rd.entAt[j]].a; (placePrep(rd.doc, k, a) || strikeVerb(rd.doc, a-1)) && !rd.distanceRef(a) {
				return p
			}
			j = rd.mentions[rd.entAt[j]].b - 1
		}
	}
	// a town after in/near/at in the noun's clause
	c := rd.clauseOf(k)
	for j := s.start; j < s.b; j++ {
		if rd.clauseOf(j) != c || rd.quoteOf[j] != 0 {
			continue
		}
		if p := placeAt(j); p != "" {
			m := &rd.mentions[rd.entAt[j]]
			j = m.b - 1
			if _, isCountry := countryNames[p]; !isCountry && placePrep(rd.doc, s.start-1, m.a) && !rd.distanceRef(m.a) && !rd.borderEdge(m) {
				return p // not "near the Utah border" (borderEdge)
			}
		}
	}
	// right before the noun: "the Ankara bombing"; a possessive last ("Indonesia's
	// deadliest terror attack")
	poss := ""
	for j := k - 1; j >= s.start && j >= k-4; j-- {
		if p := placeAt(j); p != "" {
			if rd.tok(j+1) == "'s" || rd.tok(j+1) == "’s" {
				poss = p
				break
			}
			return p
		}
		if rd.toks[j].kind != tWord {
			break
		}
	}
	return poss
}

// actPlaceAt returns the place the entity at token j names as where an act was: "the
// Belgian capital" is Brussels; no demonym ("a Michigan man"), body ("the Paris
// prosecutor's office") or road ("on Interstate 94"); "" for none.
func (rd *reader) actPlaceAt(j int) string {
	e := rd.entityOf(j)
	if e < 0 {
		return ""
	}
	m := &rd.mentions[rd.entAt[j]]
	if c := rd.demonymCapital(m); c != "" {
		return c // "in the Belgian capital": Brussels
	}
	if rd.ents[e].typ == kg.Place && !m.demonym && !rd.bodyCompoundPlace(m) && !roadName(rd.entName(e)) {
		return rd.entName(e)
	}
	return ""
}

// indefinite reports whether the event noun at k is introduced by "a", "an" or
// "another": a new event rather than the one the article is about.
func indefinite(d *doc, si, k int) bool {
	s := &d.sents[si]
	for j := k - 1; j >= s.start && j >= k-4; j-- {
		if d.is(j, wA, wAn, wAnother) {
			return true
		}
		if d.toks[j].kind != tWord && d.toks[j].kind != tNum || d.is(j, wThe, wThis, wThat, wIts, wTheir) {
			return false // a number goes on: "a magnitude 7.8 quake"
		}
	}
	return false
}

// eventMeasure reports whether a figure of this measure is one an event has: its toll,
// its damage, its strength.
func eventMeasure(m string) bool {
	if f := strings.Fields(m); len(f) > 1 && kg.IsToll(f[0]) {
		return true // "injured foreigners": a part of a toll
	}
	switch kg.MeasureClass(m) {
	case "killed", "injured", "missing", "rescued", "hospitalized", "arrested", "displaced", "deployed",
		"sheltered", "magnitude", "aftershock magnitude", "depth", "aftershocks", "damage",
		"kidnapped", "defected", "evacuated", "survivors", "attackers killed":
		return true
	}
	return strings.HasPrefix(m, "households without") || strings.HasPrefix(m, "buildings ") ||
		strings.HasSuffix(m, " collapsed") || strings.HasSuffix(m, " damaged") || strings.HasSuffix(m, " destroyed")
}

// impactIn reports whether sentence si tells of an event's effects: something damaged,
// affected, destroyed, shut, halted.
func impactIn(d *doc, si int) bool {
	s := &d.sents[si]
	for k := s.start; k < s.b; k++ {
		switch d.low(k) {
		case "damaged", "damage", "affected", "affecting", "destroyed", "disrupted", "suspended",
			"halted", "collapsed", "shut", "closed", "evacuated", "cut", "toppled", "flooded":
			return true
		}
	}
	return false
}

// serviceHeads end the names of bodies named after what they fight or watch for ("Fire
// Department", "Flood Control District", "Storm Prediction Center"): the event word
// before one, capitalised outside a headline, names the body, not an event
// (data/events.txt).
var serviceHeads = newTokSet(wordSet("service-heads"))

// protestWords name a protest, its people or the anger that drives one, besides the
// event nouns of type protest (data/events.txt: protest, demonstration, riot): the act after
// them and an object word ("against", "over") is the incident protested ("a march against
// the killing of …").
var protestWords = newTokSet(map[string]bool{"protested": true, "protesting": true, "protesters": true,
	"demonstrators": true, "demonstrated": true, "march": true, "marches": true, "marched": true,
	"rally": true, "rallies": true, "rallied": true, "vigil": true, "vigils": true, "outrage": true,
	"anger": true, "outcry": true})

// denounceWords are verbs of public condemnation (data/events.txt): officials denounce
// the report's own attack as often as crowds denounce another incident, so the act
// after one is the incident protested only when its sentence tells of another act
// (actBeside).
var denounceWords = newTokSet(wordSet("denounce-words"))

// actBeside reports whether sentence si, besides the act a denouncing word at j governs
// (whose figure stands at tok), tells of an act of its own: a verb of killing or wounding
// outside quotes in another clause, before the denouncing word or past a comma after the
// figure ("Thousands … took to the streets to denounce the fatal police shootings of two
// black men this week, marching the day after a gunman killed five police officers"). The
// sentence then holds two incidents, and the one denounced is not the one it tells of;
// "Obama denounced the shooting of five officers in Dallas" holds one, the report's own.
func (rd *reader) actBeside(si, j, tok int) bool {
	s := &rd.sents[si]
	comma := false
	for x := s.start; x < s.b; x++ {
		if x > tok && rd.punct(x, ',') {
			comma = true
		}
		if x >= j && (x <= tok || !comma) || rd.toks[x].kind != tWord || rd.quoteOf[x] != 0 {
			continue
		}
		if rd.in(x, tollVerbs) {
			return true
		}
	}
	return false
}

// protestWord reports whether the word at k names a protest (protestWords, or an event
// noun of type protest).
func (rd *reader) protestWord(k int) bool {
	return rd.in(k, protestWords) || rd.eventAt(k) == "protest"
}

// ofAfter returns the "of" within four words after token k (protestedAct's reach), or k.
func (rd *reader) ofAfter(k int) int {
	for of := k + 1; of <= k+4 && of < len(rd.toks); of++ {
		if rd.is(of, wOf) {
			return of
		}
	}
	return k
}

// protestedAct reports whether the event noun at token k, which a figure at token tok
// after it counts ("the fatal shooting of two black men"), names the incident a protest is
// about: "to protest against the fatal shooting of", "outrage over the killings of",
// "rallies protesting the death of". That incident is not the one the report tells of (a
// protest is a reaction), so its figures join no event of the report's.
func (rd *reader) protestedAct(si, k, tok int) bool {
	s := &rd.sents[si]
	of := k + 1
	for of < tok && of <= k+4 && !rd.is(of, wOf) {
		of++ // "the shooting by police of two black men"
	}
	if tok < k || of >= tok || !rd.is(of, wOf) {
		return false
	}
	j := k - 1
	for j > s.start && k-j <= 4 && rd.toks[j].kind == tWord && !rd.in(j, objectWords) && !rd.protestWord(j) && !rd.in(j, denounceWords) &&
		(rd.is(j, wThe, wA, wAn, wHis, wHer, wTheir) || rd.toks[j].feat&lxFunc == 0) {
		j-- // "the fatal police", "the recent"; not "after", "since"
	}
	if rd.protestWord(j) {
		return true // "protesting the death of", "anger at"…: the words in between are the act's
	}
	if rd.in(j, denounceWords) {
		return rd.actBeside(si, j, tok) // "to denounce the fatal police shootings of two black men …, the day after a gunman killed five officers"
	}
	if !rd.in(j, objectWords) {
		return false
	}
	for p := j - 1; p >= s.start && j-p <= 5; p-- {
		if rd.protestWord(p) {
			return true
		}
	}
	return false
}
