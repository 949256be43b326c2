package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Counts: what a number counts and what happened to it. A figure is kept when the words
// say what happened to what is counted (killed, taken to hospital, collapsed, without
// power); a generic noun ("people", "households") with nothing said of it is noise.

// predMeasure: predicates after a count: "36 people were wounded", "36 wounded", "5
// missing".
var predMeasure = wordValues("predicate-measures")

// verbMeasure: verbs before a count: "killing 26 people", "wounds 36", "toll rose to
// 26"; "" where the predicate follows ("left 26 dead").
var verbMeasure = wordValues("verb-measures")

var skipNouns = newTokSet(wordSet("skip-nouns"))

// genericNouns count people or things without saying what happened to them; they make a
// figure only when the sentence does ("killed", "without power", "living there").
var genericNouns = newTokSet(wordSet("generic-nouns"))
var locationNouns = newTokSet(wordSet("location-nouns"))
var buildingNouns = newTokSet(wordSet("building-nouns"))

// predicateAfter finds the predicate that says what happened to the counted: "were
// killed", "had been taken to hospital", "were still missing". It returns the measure
// and, for "and a police officer were killed", the token of the second subject.
func predicateAfter(d *doc, si, k, end int) (string, int) {
	extra := 0
	aside := false
	limit := min(end, k+16)
	hospital := false
	shot := ""      // "were shot", when nothing after says killed or wounded
	aboard := false // "on board", when nothing after says more
	for j := d.sents[si].start; j < end; j++ {
		if d.is(j, wHospital, wHospitals) {
			hospital = true
		}
	}
	for j := k; j < limit; j++ {
		t := &d.toks[j]
		if t.kind == tStop || d.punct(j, ';') || t.kind == tOpenQ || t.kind == tCloseQ {
			break
		}
		if d.punct(j, ',') {
			if !aside && d.placeComma(j) {
				continue // "100 residents of the park in Kingman, Arizona, were ordered evacuated"
			}
			if d.is(j+1, wIncluding, wMost, wMany, wMostly, wAmong) {
				aside = true
			} else if aside && !asideCloses(d, j) {
				continue // a list inside the aside: ", including an Algerian, Austrian and Dutchman,"
			} else if aside {
				aside = false // the comma that closes ", including the 17-story tower,"
			} else if m := apposedAfterCount(d, j, limit); m > 0 {
				j = m // "forced some 88,000 residents, the entire population of the town, to flee"
				continue
			} else {
				break
			}
		}
		if aside {
			continue // the aside's own words say nothing of the count: ", including six fatalities,"
		}
		if j > k && (t.kind == tNum || t.feat&lxNumWord != 0) && !d.is(j-1, wAnd, wIn, wInto, wOf, wAt, wFrom, wTo) && !d.punct(j+1, '-') &&
			!(d.is(j-1, wThe) && d.is(j-2, wIn, wOf, wAt, wFrom, wOn, wAcross) && j+1 < end && d.toks[j+1].kind == tWord && !d.toks[j+1].has(fCap)) {
			break // another count begins; one inside a phrase ("staying in two shelters", "in the two cities") does not
		}
		if j > k && (d.is(j, wIn, wDuring, wAfter) && d.is(j+1, wWhich) || d.is(j, wWhere) && d.punct(j-1, ',') == false && j > k+1) {
			break // "20 cases in which individuals have been infected": the clause's own subject
		}
		if d.is(j, wAnd) && d.is(j+1, wA, wAn) {
			extra = j + 1
		}
		w := d.low(j)
		if m, ok := predMeasure[w]; ok && t.kind == tWord {
			if d.is(j-1, wThe) && d.is(j-2, wOf, wFor) && j-2 > k+1 {
				continue // "victims and relatives of the dead" are not the dead; "two of the dead" are
			}
			if d.is(j, wInfected, wSickened) && j+1 < end && (d.toks[j+1].kind == tNum || d.toks[j+1].feat&lxNumWord != 0 || d.is(j+1, wMore, wAbout, wNearly, wAlmost, wSome, wAround)) {
				continue // "two outbreaks that sickened more than 50 people": the verb of another count
			}
			if d.is(j, wInfected, wSickened) && (d.is(j-1, wOn, wBy, wWith, wFrom, wOf, wThe, wA, wAn) || d.is(k-1, wCases) || d.is(k, wCases) || d.is(k+1, wCases)) {
				continue // "fell victim by clicking on infected attachments": the attachments'; "20 cases in which individuals have been infected": cases
			}
			return m, extra
		}
		switch w {
		case "hospital", "hospitals":
			// taken, sent or rushed to hospital: injured; still in hospital: hospitalized
			p := j - 1
			for p > j-3 && d.is(p, wThe, wA, wLocal, wNearby, wArea, wCity, wMilitary) {
				p-- // "taken to a local hospital"
			}
			if d.is(p, wTo) {
				return "injured", extra
			}
			if d.is(p, wIn, wAt) {
				if d.near(p, k, 6, "treated") {
					return "injured", extra
				}
				return "hospitalized", extra
			}
		case "ill":
			if d.is(j-1, wFell, wFall, wFalls, wFalling, wFallen, wBecame, wBecome, wBecoming) {
				return "sickened", extra // "more than 200 people fell ill"; not "one was mentally ill"
			}
		case "treated":
			// "12 were treated for burns"; not "two psychiatrists who had treated Holmes":
			// the count treated someone
			if d.is(j-1, wHad, wHave, wHas, wWho) || j+1 < end && (d.toks[j+1].has(fCap) || d.is(j+1, wHim, wHer, wThem, wPatients, wThe, wVictims)) {
				continue
			}
			return "injured", extra
		case "shot", "stabbed":
			if d.is(j-1, wFatally, wMortally) && j > k && !shotObject(d, j+1) && !subjectBetween(d, k, j) {
				return "killed", extra // "two women were fatally shot", "found two women and a man fatally shot"
			}
			if shot == "" && passiveShot(d, k, j) {
				shot = w
			}
		case "custody":
			if d.is(j-1, wInto, wIn) {
				return "arrested", extra
			}
		case "board", "aboard", "onboard":
			if w != "board" || d.is(j-1, wOn) {
				aboard = true // "55 people were on board", unless more follows: "all 61 people on board … were killed"
			}
		case "themselves":
			if d.is(j-1, wTurned, wHanded) {
				return "arrested", extra
			}
		case "death":
			if d.is(j-1, wTo) {
				return "killed", extra // starved, burned, stabbed to death
			}
		case "shelters", "shelter":
			return "sheltered", extra
		case "condition":
			// "18 were in critical condition", "two people remain in a serious condition":
			// hurt, however the sentence counted the others (condition gives the scope)
			if p := j - 1; d.in(p, conditionWords) && (d.is(p-1, wIn) || d.is(p-1, wA) && d.is(p-2, wIn)) {
				return "injured", extra
			}
		case "in":
			if d.is(j-1, wBrought) && hospital {
				return "injured", extra
			}
		case "collapsed", "buckled", "toppled", "flattened", "crumbled", "caved", "pancaked":
			return "state:collapsed", extra
		case "damaged":
			return "state:damaged", extra
		case "destroyed", "razed", "levelled", "leveled":
			return "state:destroyed", extra
		case "tilting", "tilted", "leaning":
			return "state:tilting", extra
		case "flee", "evacuate":
			if d.is(j-1, wTo) && forcedBefore(d, j-1, k-4) {
				// "forced 88,000 residents … to flee for safety": they fled, none was
				// rescued; "88,000 people were forced to evacuate the area"
				return "displaced", extra
			}
		case "evacuation":
			if d.is(j-1, wUnder) || d.is(j-1, wMandatory, wVoluntary) && d.is(j-2, wUnder) {
				return "displaced", extra // "770 homes were placed under evacuation", "remained under mandatory evacuation"
			}
		case "safety":
			return "rescued", extra
		case "alive":
			if d.is(j-1, wOut, wFound) {
				return "rescued", extra
			}
		case "defect", "defected":
			return "defected", extra
		}
		if t.feat&lxSpeech != 0 && w != "reported" && w != "confirmed" && !(d.is(j-1, wIs, wAre, wWas, wWere, wBeen, wBe) && d.is(j+1, wTo)) &&
			!(d.is(j, wDeclared) && d.is(j+1, wDead)) { // "were declared dead": the state, not a speaker's word
			break
		}
	}
	if shot == "" && aboard {
		return "on board", extra
	}
	return shot, extra
}

// shotObject reports whether the words at j begin the object of an active "fatally shot":
// "two gunmen fatally shot a man" counts the shooters. A day ("fatally shot Friday
// night") begins no object.
func shotObject(d *doc, j int) bool {
	if j >= len(d.toks) {
		return false
	}
	t := &d.toks[j]
	if t.kind == tNum || t.feat&lxNumWord != 0 || d.is(j, wA, wAn, wThe, wHis, wHer, wTheir, wIts, wHim, wThem, wHimself, wHerself, wThemselves) {
		return true
	}
	if _, day := weekdays[d.low(j)]; day {
		return false
	}
	return t.kind == tWord && t.has(fCap)
}

// subjectBetween reports whether a subject pronoun stands between the count at k and its
// verb at j: "two officers pinned him down and he was fatally shot" shot him, not them.
func subjectBetween(d *doc, k, j int) bool {
	for i := k + 1; i < j; i++ {
		if d.is(i, wHe, wShe, wThey, wIt, wWe, wI, wWho, wWhich) {
			return true
		}
	}
	return false
}

// asideCloses reports whether the comma at j closes an aside after a count (", including
// nine soldiers,", ", among them thousands of children,"): the words after it go on
// with the count's predicate (an auxiliary, an adverb, "who" or "that", or a verb in -ed: "were killed",
// "have also been charged", "drowned"), not with the aside's list ("an Algerian,
// Austrian, German and Dutchman").
func asideCloses(d *doc, j int) bool {
	w := d.low(j + 1)
	t := &d.toks[j+1]
	if t.kind != tWord || t.has(fCap) {
		return false
	}
	if subjectAuxiliaries.has(w) || subjectAdverbs.has(w) || d.is(j+1, wWho, wThat, wWill, wWould, wCould, wMay, wMight, wRemain, wRemained, wRemains, wDied, wDrowned) {
		return true
	}
	if _, ok := predMeasure[w]; ok {
		return true
	}
	return strings.HasSuffix(w, "ed") && t.feat&(lxFunc|lxPronoun) == 0
}

// afterCountAside returns the token after an aside that follows a count's noun at b
// (", including nine soldiers,", ", among them thousands of children,", ", many of
// them women,") and closes before the count's own verb (asideCloses), or b when none
// does.
func afterCountAside(d *doc, si, b int) int {
	end := d.sents[si].b
	if !d.punct(b, ',') || !d.is(b+1, wIncluding, wAmong, wMostly, wMany, wMost) {
		return b
	}
	for j := b + 2; j < end && j < b+20; j++ {
		t := &d.toks[j]
		if t.kind == tStop || t.kind == tOpenQ || t.kind == tCloseQ || d.punct(j, ';') {
			break
		}
		if d.punct(j, ',') && asideCloses(d, j) {
			return j + 1
		}
	}
	return b
}

// passiveShot reports whether "shot" or "stabbed" at token j says what happened to
// those counted by the phrase ending at k: a passive ("were shot near the station") or
// a participle right after them, as in a headline ("3 federal agents shot, motel set
// ablaze"), and no more said of them ("shot dead", "shot and wounded", "stabbed to
// death" name what the shooting did; "shot down", "shot at" are what they did).
func passiveShot(d *doc, k, j int) bool {
	t := &d.toks[j]
	if t.kind != tWord || t.has(fCap) || d.is(j+1, wDead, wTo, wAnd, wOr, wDown, wBy) || d.punct(j+1, '-') {
		return false
	}
	if d.is(j+1, wAt) {
		// "were shot at" is fired upon, but "were shot at one location", "at about 6 p.m.",
		// "at a party" say where or when they were hit (figunread70)
		return d.is(j-1, wWere, wWas) && (d.is(j+2, wA, wAn, wThe, wOne, wAbout, wAround, wApproximately, wLeast) || d.toks[min(j+2, len(d.toks)-1)].kind == tNum)
	}
	if d.is(j-1, wWere, wWas, wBeen, wBeing, wAre, wIs, wGot, wBe) {
		return true
	}
	return j == k && (j+1 >= len(d.toks) || d.toks[j+1].kind == tPunct || d.toks[j+1].kind == tStop || d.is(j+1, wIn, wNear, wOn, wDuring, wOutside, wInside))
}

// verbBefore reads a verb before the number: "killing", "wounds", "toll rose to".
func verbBefore(d *doc, i, start int) string {
	for k := i - 1; k >= start && k >= i-3; k-- {
		w := d.low(k)
		if m, ok := verbMeasure[w]; ok {
			if m == "" { // "left 26 dead": the predicate follows
				return ""
			}
			return m
		}
		if w == "toll" || w == "tolls" {
			return "killed"
		}
		if w == "custody" && d.is(k-1, wInto, wIn) {
			return "arrested"
		}
		if w == "death" && d.is(k-1, wTo) {
			return "killed" // "shot to death 14 people"
		}
		if w == "to" || w == "at" || w == "of" || w == "into" || w == "all" || w == "rose" || w == "climbed" || w == "climbs" || w == "rises" || w == "risen" || w == "jumped" || w == "reached" || w == "stood" || w == "stands" || w == "the" || w == "put" {
			continue
		}
		break
	}
	// "death toll … to 26" a little further back
	for k := i - 1; k >= start && k >= i-6; k-- {
		if d.is(k, wToll) {
			return "killed"
		}
	}
	return ""
}

// directVerb returns the measure of a verb right before the number (or its hedge):
// "killed 2,474", "injuring about 11,000", "rescued 12".
func directVerb(d *doc, qa, start int) string {
	k := qa - 1
	if d.is(k, wAnother, wAll) {
		k-- // "injured another 43", "killing all 66 people on board"
	} else if d.is(k, wFurther, wAdditional) && d.is(k-1, wA, wAn) {
		k -= 2 // "killing a further 16 people"
	}
	if k < start || d.toks[k].kind != tWord {
		return ""
	}
	if m, ok := verbMeasure[d.low(k)]; ok {
		return m
	}
	if m := killPhrase(d, k, start); m != "" {
		return m // "gunned down 12", "the deaths of 15" (killverbs.go)
	}
	return chargeNoun(d, k)
}

// drivingVerbs drive people out when their object is sent "from their homes":
// "has driven 11 million from their homes", "forced 2,000 residents out of their houses".
var drivingVerbs = newTokSet(wordSet("driving-verbs"))

// drivenFromHomes reports whether a driving verb stands right before the count starting
// at qa (past "another" or "some") and the counted phrase ending at k is sent "from" or
// "out of" homes: the count is of people displaced. Alone these verbs count nothing
// ("forced 12 changes", "pushed 300 cars").
func drivenFromHomes(d *doc, qa, k, start, end int) bool {
	v := qa - 1
	if d.is(v, wAnother, wSome) {
		v--
	}
	if v < start || !d.in(v, drivingVerbs) {
		return false
	}
	switch {
	case d.is(k, wFrom) && k+1 < end:
		k++
	case d.is(k, wOut) && d.is(k+1, wOf):
		k += 2
	default:
		return false
	}
	if d.is(k, wTheir, wHis, wHer, wIts) {
		k++
	}
	return k < end && d.is(k, wHomes, wHome, wHouses, wVillages, wTowns, wLand, wLands, wNeighborhoods, wNeighbourhoods)
}

// chargeNoun returns the measure of a noun of prosecution and its preposition ending at
// token k, right before a count: "charges against 90 people" (charged), "convictions
// of 70" (convicted), or "".
func chargeNoun(d *doc, k int) string {
	switch {
	case d.is(k, wAgainst) && d.is(k-1, wCharges, wIndictments):
		return "charged"
	case d.is(k, wOf) && d.is(k-1, wConvictions):
		return "convicted"
	case d.is(k, wOf) && d.is(k-1, wEvacuation, wEvacuations) && !d.is(k+1, wThe, wA, wAn):
		return "displaced" // "prompted the evacuation of 88,000 people", "of about 70 homes"
	}
	return ""
}

// toHospital reports whether the words at k send those counted to a hospital: "to the
// hospital", "to a local hospital", "to hospital".
func toHospital(d *doc, k int) bool {
	if !d.is(k, wTo) {
		return false
	}
	k++
	if d.is(k, wThe, wA) {
		k++
	}
	if d.is(k, wLocal, wNearby, wArea, wCity, wMilitary) {
		k++
	}
	return d.is(k, wHospital, wHospitals)
}

// speaksAfter reports whether a verb of saying follows the counted noun phrase ending at
// b, within a few words: "Two neighbors said", "Two senior Mexican government sources said".
func speaksAfter(d *doc, b, end int) bool {
	for j := b; j < end && j < b+5; j++ {
		if d.isSpeech(j) && !d.is(j, wReported, wDescribed, wCalled) {
			return true
		}
		t := &d.toks[j]
		if t.kind != tWord || t.feat&(lxFunc|lxPronoun|lxQual) != 0 {
			return false
		}
	}
	return false
}

// notCounted reports whether the noun phrase a..b-1 names something that is not worth a
// figure: "a 4-4 split", "two sides", "three times".
func notCounted(d *doc, a, b int) bool {
	switch d.low(b - 1) {
	case "split", "sides", "side", "times", "ways", "things", "reasons", "steps", "tiers", "levels",
		"stages", "thing", "way", "reason", "step", "lovebirds", "decades", "centuries":
		return true
	}
	return false
}

// miscounted reports whether the words from token k say that what a number counts was
// counted in error ("after two victims were counted twice", "were double-counted"): the
// number is why a toll was corrected, not a toll.
func miscounted(d *doc, k, end int) bool {
	for j := k; j < end && j < k+4; j++ {
		switch d.low(j) {
		case "miscounted", "double-counted", "duplicated":
			return true
		case "counted", "recorded", "listed", "reported", "registered":
			return d.is(j+1, wTwice, wDouble) || d.is(j+1, wIn) && d.is(j+2, wError)
		case "double":
			return d.is(j+1, wCounted) || d.punct(j+1, '-') && d.is(j+2, wCounted)
		}
	}
	return false
}

// nounMeasure names the measure of a count whose noun phrase a..b-1 is noun and whose
// predicate said nothing tracked, with state a building's state ("collapsed") or "".
// It returns "" when the figure is noise: a generic noun ("people", "households",
// "locations") with nothing said about what happened to it.
func nounMeasure(d *doc, si, qa, a, b int, noun, state string, before []figureCand) string {
	s := &d.sents[si]
	lw := strings.ToLower(noun)
	head := lastWord(lw)
	if population(d, qa, s.start) && (head == "" || d.isPersonNoun(b-1)) || populationWith(d, qa, head) {
		return "population"
	}
	if state != "" && !d.isPersonNoun(b-1) {
		switch {
		case lw == "":
			// "… had collapsed and five were left tilting": the noun of a figure before
			for k := len(before) - 1; k >= 0; k-- {
				if n, _, ok := strings.Cut(before[k].f.Measure, " "); ok && buildingNouns.has(n) {
					return n + " " + state
				}
			}
			return ""
		case locationNouns.has(head) && d.wordBefore(si, qa, "buildings", "building", "homes", "houses"):
			// "Buildings in nine other locations … had collapsed"
			return "buildings " + state
		case buildingNouns.has(head):
			return head + " " + state
		}
		return lw
	}
	if !genericNouns.has(head) || strings.Contains(lw, " ") && !genericNouns.has(strings.Fields(lw)[0]) && head != "households" {
		if (d.isPersonNoun(b-1) || demonymOf[d.tok(b-1)] != "") && !d.in(b-1, uprootedNouns) && countVerbMeasure(d, si, b) == "fled" {
			return "fled" // "Some 4.8 million Syrians have fled to neighboring countries"
		}
		return lw
	}
	if pollSize(d, qa) && d.isPersonNoun(b-1) {
		return "respondents" // "the poll of 1,421 adults": its size (pollsources.go)
	}
	switch head {
	case "households", "homes":
		if u := utilityCut(d, si, qa); u != "" {
			return head + " without " + u
		}
	case "people", "persons", "individuals", "inhabitants", "residents":
		if d.in(qa-1, employVerbs) && qa-1 >= s.start {
			return "employees" // "the group employs about 4,200 people" (unreadcounts.go)
		}
		for j := b; j < s.b && j < b+4; j++ {
			if d.is(j, wLiving, wLive, wLived, wLives) {
				return "residents"
			}
		}
	}
	if peopleCountedBy.has(head) {
		b := afterCountAside(d, si, b) // "At least 12,000 people, among them thousands of children, were stranded"
		if m := countVerbMeasure(d, si, b); m != "" {
			return m // "About 5,000 people gathered", "10,000 people fled"
		}
		if m := passiveCountMeasure(d, si, b); m != "" {
			return m // "About 40 people had been surrounded by police"
		}
	}
	if existential(d, qa, s.start) {
		return lw
	}
	return ""
}

// utilityCut names the service a count of households lost: "cut power to 168,000
// households", "halted water services to about 400,000 households", "power had been
// restored to all but about 900 households".
func utilityCut(d *doc, si, qa int) string {
	s := &d.sents[si]
	for j := qa - 1; j >= s.start && j >= qa-12; j-- {
		switch d.low(j) {
		case "power", "electricity", "blackout", "blackouts":
			return "power"
		case "water":
			return "water"
		case "gas", "heating":
			return d.low(j)
		}
	}
	for j := qa; j < s.b && j < qa+8; j++ {
		if d.is(j, wWithout, wLost, wLosing) {
			switch d.low(j + 1) {
			case "power", "electricity":
				return "power"
			case "water", "gas", "heating":
				return d.low(j + 1)
			}
		}
	}
	return ""
}

// population reports whether the count at qa is how many live somewhere: "the city of 2
// million people", "home to 40,000 people", "a population of 5,000".
func population(d *doc, qa, start int) bool {
	if d.is(qa-1, wOf) {
		switch d.low(qa - 2) {
		case "city", "town", "country", "nation", "island", "region", "province", "state", "capital",
			"metropolis", "village", "population", "district", "county", "municipality":
			return true
		}
	}
	return d.is(qa-1, wTo) && d.is(qa-2, wHome)
}

// populationWith reports whether the count at qa, of head, is the population of a place
// it is "with": "a state with 12 million people", "a city with about 400,000
// inhabitants". Only nouns of those who live there: "a city with 5,000 police
// officers" counts no population.
func populationWith(d *doc, qa int, head string) bool {
	if !d.is(qa-1, wWith) {
		return false
	}
	switch head {
	case "people", "inhabitants", "residents", "citizens":
	default:
		return false
	}
	switch d.low(qa - 2) {
	case "city", "town", "country", "nation", "island", "region", "province", "state", "capital",
		"metropolis", "village", "district", "county", "municipality", "area", "territory":
		return true
	}
	return false
}

// existential reports whether the count at qa is introduced by "there are", "there
// were", "there might be": a statement that so many exist.
func existential(d *doc, qa, start int) bool {
	for j := qa - 1; j >= start && j >= qa-6; j-- {
		if d.punct(j, ',') || d.punct(j, ';') {
			return false
		}
		if d.is(j, wThere) && d.is(j+1, wIs, wAre, wWas, wWere, wBe, wBeen, wHave, wHas, wHad, wMight, wMay, wCould, wWill, wWould, wMust) {
			return true
		}
	}
	return false
}

// counted is what a count counts, as the words around its number say: the class of
// what happened to it where they say it ("killed"), the noun phrase a..b-1 counted and
// its words, whether it counts a part ("four of the five suspects", "seven of those"),
// a building's state ("collapsed"), and the figures of one more subject ("and a police
// officer were killed").
type counted struct {
	class     string
	verb      string      // the verb phrase a bare count is the subject of ("pleaded guilty"; verbcounts.go)
	sibling   *figureCand // the count before whose measure an elliptic count takes ("and two in Indiana"; ellipticcounts.go)
	a, b      int
	noun      string
	partitive bool
	whole     int    // the count of the whole after its owner ("the state's four clinics"), read again as a figure of its own; 0 if none
	part      string // what a part of a toll is ("foreigners", "in serious condition"), "of" for a part it does not say
	state     string
	extra     []figureCand
	rating    bool // a score out of a possible best ("4.73 out of a possible 5 stars"; ranks.go): no count
}

// count reads what number n counts and what happened to it: "36 people were wounded",
// "killing 26", "six or seven bodies", "seven of those were in serious condition", "12
// buildings collapsed", "168,000 households without power". before are the figures read
// earlier in the sentence, whose measure a count may take ("along with 36 others").
func (ff *figureFinder) count(n *number, before []figureCand) reading {
	s := &ff.sents[n.si]
	if n.qual == kg.MoreThan && ff.negatedBefore(n.qa, s.start) {
		n.qual = kg.UpTo // "does not include more than 25,000 workers"
	}
	if ff.rankedSet(n) || ff.possibleBest(n) {
		return reading{} // "one of the three largest banks", "out of a possible 5 stars" (ranks.go)
	}
	if ff.numberInName(n) {
		return reading{} // "the S&P 500 Index", "the 91 Freeway", "the 787 Dreamliner"
	}
	c := ff.countedWords(n, before)
	if c.rating || !ff.countableNoun(n, &c) || miscounted(ff.doc, max(c.b, n.next), s.b) || ff.spanOfTime(n, &c) {
		return reading{}
	}
	whole := ff.partitiveWhole(n)
	if c.class == "" && !whole {
		// a verb right before the number says what happened to those counted, even
		// when another verb follows: "killed 2,474 people and injured about 11,000"
		c.class = directVerb(ff.doc, n.qa, s.start)
		if c.class == "" && drivenFromHomes(ff.doc, n.qa, max(c.b, n.next), s.start, s.b) {
			c.class = "displaced" // "has driven 11 million from their homes"
		}
		if c.class == "" {
			c.class = ff.sharedVerb(n, before)
		}
		if c.class == "deployed" && toHospital(ff.doc, max(c.b, n.next)) {
			c.class = "injured" // "sent three firefighters to the hospital": where they were sent says
		}
		if ff.nothingDeployed(&c) {
			c.class = "" // "sent 183 billion emails", "sent more than 20,000 gallons": the noun says
		}
		if c.class == "" && c.b == c.a && !c.partitive && employedBareCount(ff.doc, n.qa, s.start) {
			c.class = "employees" // "it employs 106,000." (employedcounts.go)
		}
	}
	if !whole {
		ff.whatHappened(n, &c, before) // what happened, happened to the part ("three of the 12 crew were missing")
		if ff.nothingDeployed(&c) {
			c.class = "" // "a state of emergency in 44 of 55 counties and deployed 200 members": the counties were not deployed
		}
	} else if c.class == "" && c.b > c.a && (ff.is(c.b-1, wPeople, wPersons) || ff.isPersonNoun(c.b-1) && ff.is(c.b, wWho)) {
		// "two of the 14 people killed in the attack": 14 killed; "eight of the nine
		// soldiers who were killed": 9 killed
		c.class, _ = wholePredicate(ff.doc, c.b, s.b)
	}
	measure := ff.countMeasure(n, &c, before)
	bodyOf := false // "the 15 members of the Security Council": the body's members (compounds.go)
	if measure == "members" && c.b > c.a && ff.is(c.b-1, wMembers) && ff.is(c.b, wOf) {
		k := c.b + 1
		k += skipDeterminer(ff.doc, k)
		if m := ff.bodyMembersOf(k, s.b); m != "members" {
			measure, bodyOf = m, true
		}
	}
	unit := ""
	if u, end := ff.commodityUnit(n); u != "" && c.class == "" && c.noun != "" {
		if m := ff.commodityMeasure(n, u, end, before); m != "" {
			unit, measure = u, m // "crude stocks fell by 4.2 million barrels" (commodities.go)
		} // else the unit's own noun stays the measure: "at around 3 ounces, the midsole is heavier"
	}
	verb := measure == "" && c.class == "" && c.verb != ""
	if verb {
		measure = c.verb // "Six others pleaded guilty"
	}
	if measure == "" {
		return reading{}
	}
	if ff.idleCount(n, &c, measure) {
		return reading{} // "the two companies", "her two sons"
	}
	if m := ff.siteMeasure(&c, measure); m != "" {
		measure = m // "nine other locations": sites, no toll (othercounts.go)
	}
	measure, scope := ff.countScope(n, &c, measure)
	if _, from := ff.changeStart(n.si, n.qa); from && scope.Kind == kg.Whole {
		scope = kg.Scope{Kind: kg.Background} // "grew from 113 in 2014 to 180": where the change started
	}
	if scope.Kind == kg.Whole && ff.othersPart(n, &c, measure, before) {
		scope, c.part = kg.Scope{Kind: kg.GroupPart, Of: "others"}, "others" // "Bundy and four others" (othercounts.go)
	}
	if whole {
		// "two of the other three patients were in critical condition", "eight of the 13
		// incidents came in the last months of 2014": the state, scope and date are the part's
		scope = kg.Scope{}
	}
	var r reading
	if c.sibling != nil {
		r = ff.ellipticFigure(n, c.sibling, measure)
	} else {
		r = ff.one(n, max(c.b, n.next), "", measure, n.qual)
	}
	if c.whole > 0 && r.next > c.whole {
		r.next = c.whole // "24 of the league's 32 owners": the 32 owners too
	}
	r.figs[0].qa = n.qa
	r.figs[0].f.Scope = scope
	if bodyOf && strings.HasSuffix(r.figs[0].f.Measure, " members") {
		r = bodySize(r) // one body's size, folding with "the seven-member trust"
	}
	if unit != "" {
		r.figs[0].f.Unit = unit
		ff.lastCommodity = r.figs[0].f
	}
	if measure == "population" {
		if p := ff.sizedPlace(n); p >= 0 {
			r.figs[0].subj = p // the place's own count, whatever the clause is about
		}
	}
	if whole {
		// the clause dates the part, and the whole may span more; an event the whole is
		// of still dates it ("11 of the 36 wounded were foreigners")
		r.figs[0].f.Date = ""
		if e := r.figs[0].f.Event; e >= 0 {
			r.figs[0].f.Date = ff.events[e].Date
		}
	}
	if c.sibling != nil && (ff.earlierOfPair(n, c.sibling) || ff.comparedCount(n)) && scope.Kind == kg.Whole {
		r.figs[0].f.Scope = kg.Scope{Kind: kg.Background} // the value a change started from (earlierValues: a toll's earlier count)
	}
	r.figs[0].named = scope.Kind == kg.GroupPart && c.part == ""
	r.figs[0].verb = verb
	for _, e := range c.extra {
		c2 := r.figs[0]
		c2.f.Value = 1
		c2.f.Qualifier = kg.Exact
		c2.f.Scope = kg.Scope{}
		if cl := kg.MeasureClass(measure); (cl == "killed" || cl == "injured") && (ff.in(e.tok+1, perpetratorNouns) || ff.in(e.tok+2, perpetratorNouns)) {
			c2.f.Measure, c2.class = "attackers "+cl, "attackers "+cl // "and a suspect were killed"
		}
		c2.tok = e.tok
		c2.f.Text = ff.span(e.tok, min(e.tok+4, s.b))
		r.figs = append(r.figs, c2)
	}
	r.figs = ff.casualtyList(n, &c, r.figs) // casualtylists.go
	return r
}

// countedWords reads the words after number n that say what it counts: a predicate
// right after it ("36 wounded"), a part ("four of the five suspects", "two of them"),
// a noun phrase ("apartment units", "Syrian generals"), or "others".
func (ff *figureFinder) countedWords(n *number, before []figureCand) counted {
	s := &ff.sents[n.si]
	c := counted{a: n.next, b: n.next}
	if n.next < s.b {
		if m, ok := predMeasure[ff.low(n.next)]; ok && !ff.toks[n.next].has(fCap) || ok && n.si == ff.headline {
			c.class = m
			c.b = n.next + 1
			if v := directVerb(ff.doc, n.qa, s.start); v != "" && ff.isPersonNoun(n.next+1) {
				c.class = v // "killed five homeless people": homeless says who, not what happened
				c.b = n.next + 2
			}
		}
	}
	if c.class == "" {
		k := n.next
		outOf := false
		if base, whole, rating, ok := ff.outOfWhole(n, s.b); ok {
			if rating {
				c.rating = true
				return c
			}
			k, c.whole, c.partitive, outOf = base, whole, true, true // "11 out of 89 engineers" (ranks.go)
		} else if ff.is(k, wOf) && (ff.is(k+1, wThe, wThose, wThem, wWhom, wIts, wTheir, wThese, wHer, wHis)) {
			c.partitive = true
			k += 2
			if ff.is(k-1, wThose, wThem, wThese, wWhom) && !ff.demonstrativeHead(n.qa, k) {
				k--
				c.class = inherit(before)
				if v := directVerb(ff.doc, n.qa, s.start); v != "" {
					c.class = v // "shooting eight people, killing six of them": the part's own verb
				}
				if m, _ := predicateAfter(ff.doc, n.si, k+1, s.b); (ff.is(k, wWhom) || c.class == "people") && m != "" && !strings.HasPrefix(m, "state:") {
					// "three people were shot, two of whom died": the part's own verb
					// (figunread70); "125 people joined, and 27 of them have died": what
					// the part did, not the whole's bare count (peoplecounts.go)
					c.class = m
				}
				c.a, c.b = k, k
			}
		}
		if c.class == "" {
			if ff.is(k, wOther) || ff.is(k, wSuch) && !ff.is(k+1, wAs) {
				k++ // "945 such wells": the noun after the word that points back
			}
			if c.partitive && !outOf {
				k, c.whole = ff.partitiveBase(k, s.b)
			}
			if ff.is(k, wOr) && ff.is(k+1, wSo, wMore) {
				k += 2 // "two dozen or so fully autonomous vehicles"
			}
			if m, ok := predMeasure[ff.low(k)]; ok && k < s.b {
				c.class = m
				c.a, c.b = k, k+1
			} else if ff.is(k, wOut) && ff.is(k+1, wOf) {
				c.a, c.b = k, k // "pushed 11 million out of their homes": no noun, "out of" is where they went
			} else if ff.prepositionWord(k) {
				c.a, c.b = k, k // "a population of 50,000 according to a census": no noun (causatives.go)
			} else {
				c.a, c.b = nounPhrase(ff.doc, k, s.b)
				if h := coordinatedHead(ff.doc, c.a, c.b, s.b); h > 0 && n.v > 1 {
					c.a, c.b = c.b+2, h+1 // "current and former regulators": the head, not the first modifier
				} else if m, h := commaModifiersHead(ff.doc, c.a, c.b, s.b); h > 0 && n.v > 1 {
					c.a, c.b = m, h+1 // "two outspoken, left-leaning columnists": columnists, not "outspoken" (commamodifiers.go)
				} else if h := namedModifiersHead(ff.doc, c.a, c.b, s.b); h > 0 && n.v > 1 {
					c.a, c.b = h, h+1 // "four German and French children": children, not "german"
				} else if a2, b2 := ff.placeModifiedHead(c.a, c.b, s.b); b2 > a2 {
					c.a, c.b = a2, b2 // "12 Dallas law enforcement officers": the officers, not Dallas
				} else if a2, b2 := ff.nameModifiedHead(c.a, c.b, s.b); b2 > a2 {
					c.a, c.b = a2, b2 // "two University of Colorado psychiatrists": psychiatrists
				}
			}
		}
	}
	if c.class == "" && ff.is(n.next, wIn) && ff.in(n.next+1, conditionWords) && ff.is(n.next+2, wCondition) {
		// "six patients, with five in serious condition and one in fair condition"
		c.class = inherit(before)
		if c.class == "" {
			c.class = "injured"
		}
		c.a, c.b = n.next, n.next
	}
	if c.class == "" {
		if m := ff.degreePart(n, before); m != "" {
			c.class = m // "Fourteen people were hurt, four seriously", "24 were shot, three fatally"
			c.a, c.b = n.next, n.next+1
		}
	}
	if c.class == "" && ff.is(n.next, wOthers) && (c.a == c.b || c.b == n.next+1) {
		// "killed three people and wounded 14 others": the verb before says, else the
		// predicate after ("and three others were injured"), else the figure before
		c.class = directVerb(ff.doc, n.qa, s.start)
		if c.class == "" {
			if m, _ := predicateAfter(ff.doc, n.si, n.next+1, s.b); m != "" && !strings.HasPrefix(m, "state:") {
				c.class = m
			} else if m := countVerbMeasure(ff.doc, n.si, n.next+1); m != "" {
				c.class = m // "police killed a gunman and two others fled": they fled, not killed
			} else {
				c.class = inherit(before)
			}
		}
		c.a, c.b = n.next, n.next+1
	}
	if c.class == "" && !c.partitive && (c.b == c.a || c.b == c.a+1 && (ff.is(c.a, wOthers) || ff.in(c.a, subjectAdverbs))) {
		k := c.a
		if ff.is(k, wOthers) {
			k++
		}
		if v := ff.verbPhraseMeasure(n, k, before); v != "" {
			c.verb = v // "Six others pleaded guilty", "300-400 already have returned"
			c.b = c.a  // no noun: the verb says what is counted
		}
	}
	return c
}

// countableNoun reads the noun phrase of a count with no class yet: "bodies" and "dead"
// were killed; a noun not worth a figure ("times", "a 4-4 split") or people who speak
// ("Two neighbors said") make the number no figure (false).
func (ff *figureFinder) countableNoun(n *number, c *counted) bool {
	if c.b <= c.a || c.class != "" {
		return true
	}
	if ff.compassNoun(c.a, c.b) {
		c.b, c.noun = c.a, "" // "a city of 90,000 north of Lusk": the direction places, counts nothing
		return true
	}
	c.noun = ff.span(c.a, c.b)
	switch ff.low(c.b - 1) {
	case "bodies", "corpses", "dead":
		c.class = "killed" // "six or seven bodies lying on the ground"
		return true
	}
	if ff.is(c.b-1, wTimes) && c.b-c.a == 1 {
		if m, end := ff.valuationMultiple(n.si, c.b); m != "" {
			c.class, c.b = m, end // "trading at 50 times forward 12-month earnings"
			return true
		}
		if ff.timesCounted(n.si, n.qa, c.b-1) {
			// "the truce was broken by the government 15 times": how often something was done
			if v := ff.participleBefore(n.si, n.qa); v != "" {
				c.class = "times " + v
				return true
			}
			// "spoke to Zarif at least five times by phone": how often someone did it (howoften.go)
			if v := ff.howOftenVerb(n.si, n.qa, c.b-1); v != "" {
				c.class = "times " + v
				return true
			}
		}
	}
	if skipNouns.hasLower(c.noun) || notCounted(ff.doc, c.a, c.b) {
		return false
	}
	// people who speak are not counted ("Two neighbors said", "Two senior Mexican
	// government sources said")
	return !speaksAfter(ff.doc, c.b, ff.sents[n.si].b)
}

// whatHappened reads, for a count whose class its words did not give, a predicate later
// ("36 people had been wounded", "103 people who live … were buried", "12 buildings
// collapsed"), then a verb before ("killing at least 26 people", "toll rose to 26"), then
// "along with" a figure before.
func (ff *figureFinder) whatHappened(n *number, c *counted, before []figureCand) {
	s := &ff.sents[n.si]
	if c.class == "" && c.state == "" && !c.partitive && c.b > c.a && ff.in(c.b-1, buildingNouns) {
		c.state = ruinVerb(ff.doc, n.qa, s.start) // "destroyed at least 150 homes": homes destroyed
	}
	if (c.class == "" || c.partitive) && c.state == "" {
		if m, ex := predicateAfter(ff.doc, n.si, c.b, s.b); m != "" && (m != "on board" || c.b > c.a && genericNouns.hasLower(c.noun) && ff.isPersonNoun(c.b-1)) {
			// "on board" counts only people the noun says nothing more of: "55 people were
			// on board"; "128 passengers and 14 crew on board" are passengers and crew
			if st, ok := strings.CutPrefix(m, "state:"); ok {
				c.state = st
			} else {
				if c.class == "" {
					c.class = m
				}
				if ex > 0 {
					c.extra = append(c.extra, figureCand{tok: ex, class: m})
				}
			}
		}
	}
	if c.class == "" && c.state == "" && ff.is(n.qa-1, wOr) && ff.punct(n.qa-2, ',') && ff.punct(c.b, ',') && c.b+1 < s.b && asideCloses(ff.doc, c.b) {
		// "3,000 homes, or about 5,000 people, had been evacuated": a count that restates
		// the one before it, in commas, takes the predicate after them
		if m, _ := predicateAfter(ff.doc, n.si, c.b+1, s.b); m != "" && !strings.HasPrefix(m, "state:") {
			c.class = m
		}
	}
	if c.class == "" && c.state == "" && (c.noun == "" || ff.isPersonNoun(c.b-1)) {
		if m := verbBefore(ff.doc, n.qa, s.start); m != "" {
			c.class = m
		}
	}
	if c.class == "" && c.state == "" && c.b > c.a && genericNouns.hasLower(c.noun) && ff.isPersonNoun(c.b-1) &&
		ff.is(n.qa-1, wCarrying, wCarried, wCarries, wCarry) {
		c.class = "on board" // "a plane carrying 239 people", "two helicopters carrying 12 people"
	}
	if c.class == "" && c.state == "" && c.b > c.a && ff.isPersonNoun(c.b-1) {
		if m := shotVerb(ff.doc, n.qa, s.start); m != "" {
			c.class = m // "shot eight people", "the shooting of 49 people": as "eight people were shot"
		}
	}
	if c.class == "" && c.noun == "" && ff.is(n.qa-2, wAlong) && ff.is(n.qa-1, wWith) {
		c.class = inherit(before)
	}
	if c.class == "" && c.noun == "" && ff.tollRoseTo(n.si, n.qa) {
		c.class = "killed"
	}
}

// tollRoseTo reports whether the count at qa is what a toll named earlier in its
// clause rose to: "the death toll of a twin suicide bombing in a Shi'ite district of
// Baghdad on Sunday rose to 70", "the toll … climbed to 73".
func (ff *figureFinder) tollRoseTo(si, qa int) bool {
	s := &ff.sents[si]
	v, from := ff.changeStart(si, qa) // "the toll rose from 20 on Monday to 35"
	if ff.is(v, wTo, wAt) || v != qa-1 || from {
		v--
	}
	if _, ok := changeVerbs[ff.low(v)]; !ok || ff.toks[v].kind != tWord {
		return false
	}
	for k := v - 1; k >= s.start && v-k < 30; k-- {
		if ff.punct(k, ';') || ff.punct(k, ',') && !ff.is(k+1, wWhich, wWho) && k < v-1 && ff.toks[k-1].kind == tWord && ff.entityOf(k-1) < 0 {
			return false
		}
		if ff.is(k, wToll, wTolls) {
			return true
		}
		if _, verb := changeVerbs[ff.low(k)]; verb && ff.toks[k].kind == tWord && changeVerbs[ff.low(k)] != "level" && k < v-1 {
			return false
		}
	}
	return false
}

// countMeasure names the measure of a count: its class, else what its noun and the
// sentence say (nounMeasure); a part of a toll is named by what the sentence says of it
// ("Twelve of the wounded were foreigners" → "injured foreigners"), so that it is not
// read against the whole. It returns "" when the count is no figure.
func (ff *figureFinder) countMeasure(n *number, c *counted, before []figureCand) string {
	if c.class == "" && c.noun == "" && c.state == "" {
		if population(ff.doc, n.qa, ff.sents[n.si].start) && !ff.contentWord(n.next) {
			return "population" // "the town of about 6,000"
		}
		if m := ff.sizeOf(n, ""); m != "" {
			return m // "a crowd of about 400", "a city of 90,000 north of Lusk" (sizecounts.go)
		}
		if m := ff.bodyMembers(n, c); m != "" {
			return m // "a starting field of 17" (bodymembers.go)
		}
		if m := ff.numberOfBefore(n); m != "" {
			return m
		}
		if m := ff.reckonedAt(n); m != "" {
			return m // "police put the crowd at 1,200" (sizecounts.go)
		}
		if m := ff.rivalAhead(n); m != "" {
			return m // "2,165 to Sanders' 1,357 delegates" (ellipticcounts.go)
		}
		if m := ff.pluralRoseTo(n); m != "" {
			return m
		}
		if m := ff.levelAfterMove(n, before); m != "" {
			return m // "traffic deaths rose by 7.7 percent to 35,200" (movedlevels.go)
		}
		if m := ff.apartCountLevel(n, before); m != "" {
			return m // "…, from 504 in fiscal 2012 to 783 in fiscal 2015" (apartfromto.go)
		}
		if sib := ff.ellipticSibling(n, before); sib != nil {
			c.sibling = sib
			return sib.f.Measure // "…, while Ostby hosted 12,000"
		}
		if p, ok := ff.upFromAmount(n, before, ""); ok {
			return p.f.Measure // "208 rallies …, up from 95 a year earlier" (upfrom.go)
		}
		return ""
	}
	measure := c.class
	if measure == "" {
		measure = nounMeasure(ff.doc, n.si, n.qa, c.a, c.b, c.noun, c.state, before)
		if n.word && ff.low(n.tok) == "one" && n.v == 1 && c.state == "" && !oneCharge(ff.doc, n.next) {
			return ""
		}
		if measure == "" && c.state == "" {
			noun := strings.ToLower(c.noun)
			if measure = ff.sizeOf(n, noun); measure == "" && ff.ownedPopulation(n, noun) {
				measure = "population" // "Varnia's 12 million people" (sizecounts.go)
			}
			if measure == "" {
				measure = ff.bodyMembers(n, c) // "the jury of four women and two men" (bodymembers.go)
			}
			if measure == "" && (noun == "people" || noun == "persons") {
				measure = ff.reckonedAt(n) // "estimated the crowd at about 1,200 people" (sizecounts.go)
			}
			if measure == "" {
				measure = ff.peopleCount(n, c) // "29 million people don't have health insurance" (peoplecounts.go)
			}
		}
	}
	if measure == "" {
		return ""
	}
	if c.partitive && c.class != "" && c.class == measure && kg.IsToll(c.class) && tollPart(ff.doc, n.next) {
		c.part = "of" // a part of the toll, whatever the sentence says it is
		if desc := partOf(ff.doc, c.b, ff.sents[n.si].b); desc != "" {
			if m, ok := predMeasure[strings.Fields(desc)[0]]; !ok {
				c.part = desc
			} else if m != c.class {
				measure, c.part = m, ""
			}
		}
	}
	return measure
}

// valuationMultiple reads what a multiple of "times" values a stock at, from token k of
// sentence si after "times": "50 times forward 12-month earnings" is a forward earnings
// multiple, "17 times its expected earnings" an expected earnings multiple, "3 times
// sales" a sales multiple. It returns the measure and the token after its words, or ""
// when earnings, sales, revenue or book value do not follow.
func (ff *figureFinder) valuationMultiple(si, k int) (string, int) {
	end := ff.sents[si].b
	if ff.is(k, wIts, wTheir, wThe) {
		k++
	}
	var words []string
	for ; k < end; k++ {
		switch {
		case ff.is(k, wForward, wTrailing, wExpected, wEstimated, wProjected, wNext, wCurrent):
			words = append(words, ff.low(k))
			continue
		case ff.toks[k].kind == tNum && ff.punct(k+1, '-') && ff.is(k+2, wMonth, wYear):
			k += 2 // "12-month"
			continue
		case ff.is(k, wEarnings, wSales, wRevenue, wRevenues, wProfit, wProfits, wBook):
			words = append(words, ff.low(k))
			return strings.Join(words, " ") + " multiple", k + 1
		}
		break
	}
	return "", 0
}

// sharedVerb returns the measure of the verb right before the count just read when
// count n is the second object of that verb: "killed 163 French and 143 German soldiers
// and wounded thousands" (both killed, though "wounded" follows the second). The count
// before must take its measure from the verb, and only a few words of its noun (no
// function word) stand
// between it and the "and" before n. It returns "" otherwise.
func (ff *figureFinder) sharedVerb(n *number, before []figureCand) string {
	if len(before) == 0 || !ff.is(n.qa-1, wAnd) {
		return ""
	}
	prev := before[len(before)-1]
	if prev.f.Sentence != n.si || prev.tok >= n.qa || n.qa-1-prev.tok > 4 {
		return ""
	}
	v := directVerb(ff.doc, prev.qa, ff.sents[n.si].start)
	if v == "" || v != prev.f.Measure {
		return ""
	}
	for k := prev.tok + 1; k < n.qa-1; k++ {
		if ff.toks[k].kind != tWord || ff.toks[k].feat&lxFunc != 0 {
			return "" // "killed three people in Louisiana and one in Oklahoma": an elliptic count (ellipticcounts.go)
		}
	}
	return v
}

// partitiveWhole reports whether n counts the whole a part is taken of ("three of the 12
// crew", "two of the state's four clinics", "a quarter of the 400 passengers", "11 out of 89 engineers"): what the sentence says happened is the
// part's, so the whole is measured by its own words.
func (ff *figureFinder) partitiveWhole(n *number) bool {
	if ff.outOfPart(n) {
		return true // "11 out of 89 engineers" (ranks.go)
	}
	k := n.qa - 1
	if ff.is(k, wOther) {
		k-- // "two of the other three patients"
	}
	if ff.is(k, wAposS, wRsquoS) && ff.toks[max(k-1, 0)].kind == tWord {
		k -= 2
	}
	if !ff.is(k, wThe, wIts, wTheir, wHis, wHer) || !ff.is(k-1, wOf) || k-2 < ff.sents[n.si].start {
		return false
	}
	if ff.is(k-2, wOne) {
		return false // "one of the 12,000 people injured": one among them, whose words say what happened to all
	}
	if _, part := fractionParts[ff.low(k-2)]; part || ff.is(k-2, wHalf) {
		return true // "more than a quarter of the 400 passengers", "half of its 3,000 workers"
	}
	return ff.toks[k-2].kind == tNum || ff.toks[k-2].feat&lxNumWord != 0
}

// partitiveBase returns where the noun a part is taken of begins, past the words before it
// in the whole: its owner and a superlative or count ("two of the world's largest oil
// companies", "two of the state's four clinics"), a count ("four of the five suspects")
// and a superlative ("three of the four largest carriers"). The owner stays when neither
// follows it ("600 of the company's drivers"). whole is the token of the whole's count, a
// figure of its own ("three of the 12 crew", "the state's four clinics"), or 0; a count
// after "first", "last" or "next" is a stretch the part is counted in ("14 of the first 20
// contests") and no whole.
func (ff *figureFinder) partitiveBase(k, end int) (base, whole int) {
	if k+2 < end && ff.toks[k].kind == tWord && ff.is(k+1, wAposS, wRsquoS) && (superlative(ff.low(k+2)) || ff.numberStarts(k+2) && ff.toks[k+2].kind != tPunct) {
		k += 2
	}
	if k+1 < end && superlative(ff.low(k)) && ff.numberStarts(k+1) && ff.toks[k+1].kind != tPunct && !ff.punct(k+2, '-') {
		k++ // "79 of the web's top 100 sites"
	}
	ordinal := false
	if k+1 < end && ff.is(k, wFirst, wLast, wPast, wPrevious, wNext) && ff.numberStarts(k+1) && ff.toks[k+1].kind != tPunct && !ff.punct(k+2, '-') {
		k++ // "14 of the first 20 contests", "three of its last 16 possessions": the part is counted, the stretch is no whole
		ordinal = true
	}
	counted := false
	if ff.numberStarts(k) && ff.toks[k].kind != tPunct {
		if !ordinal && !(k+1 < end && (superlative(ff.low(k+1)) || ff.is(k+1, wMost))) {
			whole = k // "three of the 12 crew", "two of the state's four clinics": the whole is a count too (not "the four largest carriers", a rank)
		}
		k++
		counted = true
	}
	if k+1 < end && (superlative(ff.low(k)) || counted && ff.is(k, wMost)) && ff.contentWord(k+1) && !ff.numberStarts(k+1) {
		k++ // "the four largest carriers", "the top 25 most common passwords"
	}
	return k, whole
}

// superlative reports whether w ranks its noun among others: "largest", "busiest", "top",
// "most-visited" (the words of a whole a part is taken from: "two of the world's largest").
func superlative(w string) bool {
	if w == "top" || w == "best" || w == "worst" || strings.HasPrefix(w, "most-") {
		return true
	}
	return len(w) > 4 && strings.HasSuffix(w, "est") && !notSuperlative.has(w)
}

// notSuperlative are words ending in "est" that rank nothing.
var notSuperlative = newTokSet(map[string]bool{"interest": true, "request": true, "protest": true, "arrest": true, "contest": true,
	"harvest": true, "forest": true, "honest": true, "modest": true, "suggest": true, "invest": true, "digest": true,
	"manifest": true, "conquest": true, "inquest": true, "unrest": true, "behest": true, "earnest": true,
	"midwest": true, "southwest": true, "northwest": true, "interests": true})

// oneCharge reports whether the words at k after "one" name a single criminal charge
// ("pleaded guilty to one count of fraud", "one charge of manslaughter"): a count of
// charges as "two counts of perjury" is, though "one" alone is no count.
func oneCharge(d *doc, k int) bool {
	return d.is(k, wCount, wCharge) && d.is(k+1, wOf)
}

// placeModifiedHead returns the counted phrase after a place's name that only says where
// those counted are from or are ("12 Dallas law enforcement officers", "two Brussels
// apartments", "nine Azores islands"): the name a..b-1 is a place's whole mention (no
// demonym: "five Americans held" count Americans), and a lower-case phrase that ends in a
// plural noun follows it. a2 == b2 when there is none.
func (ff *figureFinder) placeModifiedHead(a, b, end int) (int, int) {
	if a >= b || b >= end || ff.entAt[a] < 0 {
		return 0, 0
	}
	if m := &ff.mentions[ff.entAt[a]]; m.a == a && m.b > b && m.b < end && ff.toks[m.b-1].kind == tWord && !ff.toks[m.b-1].has(fCap) {
		b = m.b // the place's mention runs on with a lower-case word: "Kansas state"
	}
	if ff.is(b, wAnd, wOr) && ff.placeAt(a) {
		// "three Michigan state and local officials": the place's name, then the first of
		// two lower-case modifiers of one head (coordinatedHead)
		q := a
		for q < b && ff.toks[q].has(fCap) {
			q++
		}
		if q > a && q < b {
			if h := coordinatedHead(ff.doc, q, b, end); h > 0 {
				return b + 2, h + 1
			}
		}
	}
	m := &ff.mentions[ff.entAt[a]]
	if m.a != a || m.b != b || m.demonym || ff.entityOf(a) < 0 || ff.ents[ff.entityOf(a)].typ != kg.Place {
		return 0, 0
	}
	if ff.toks[b].kind != tWord || ff.toks[b].has(fCap) || !ff.contentWord(b) {
		return 0, 0
	}
	a2, b2 := nounPhrase(ff.doc, b, end)
	if b2 > a2 && !pluralNoun(ff.doc, b2-1) {
		if h := coordinatedHead(ff.doc, a2, b2, end); h > 0 {
			return b2 + 2, h + 1 // "three Kansas state and local officials"
		}
	}
	if b2 <= a2 || !pluralNoun(ff.doc, b2-1) {
		return 0, 0
	}
	return a2, b2
}

// nameModifiedHead finds the head of a count's noun phrase when a name with "of" inside
// it modifies the head: "two University of Colorado psychiatrists" counts psychiatrists.
// The noun phrase a..b stops at the name's "of"; the name's mention runs on past it, and a
// plural lower-case noun follows the mention. It returns 0, 0 when nothing such follows.
func (ff *figureFinder) nameModifiedHead(a, b, end int) (int, int) {
	if a >= b || b >= end || ff.entAt[a] < 0 || !ff.is(b, wOf) {
		return 0, 0
	}
	m := &ff.mentions[ff.entAt[a]]
	if m.a != a || m.b <= b+1 || m.b >= end || ff.toks[m.b].kind != tWord || ff.toks[m.b].has(fCap) || !ff.contentWord(m.b) {
		return 0, 0
	}
	a2, b2 := nounPhrase(ff.doc, m.b, end)
	if b2 <= a2 || !pluralNoun(ff.doc, b2-1) {
		return 0, 0
	}
	return a2, b2
}

// ruinVerbs are the verbs whose object buildings are left in a state: "destroyed 150
// homes", "damaging nearly 300 homes", "burned 40 houses", as "150 homes were destroyed".
var ruinVerbs = map[string]string{
	"destroyed": "destroyed", "destroying": "destroyed", "destroys": "destroyed", "destroy": "destroyed",
	"razed": "destroyed", "razing": "destroyed", "levelled": "destroyed", "leveled": "destroyed",
	"flattened": "destroyed", "flattening": "destroyed", "burned": "destroyed", "burning": "destroyed",
	"burnt": "destroyed", "torched": "destroyed", "gutted": "destroyed",
	"damaged": "damaged", "damaging": "damaged", "damages": "damaged", "damage": "damaged",
}

// ruinVerb returns the state ("destroyed", "damaged") a verb right before the count at
// qa (past "another") leaves what it counts in, or "". A verb after "were" or "was" is
// a passive whose object is no count ("homes were damaged 40 times").
func ruinVerb(d *doc, qa, start int) string {
	k := qa - 1
	if d.is(k, wAnother) {
		k--
	}
	if k < start || d.toks[k].kind != tWord || d.is(k-1, wWas, wWere, wBeen, wBe, wIs, wAre) {
		return ""
	}
	return ruinVerbs[d.low(k)]
}

// apposedAfterCount reports, for the comma at j right after a count, the comma that closes
// an apposition naming the counted again ("88,000 residents, the entire population of the
// town, to flee"): a determiner, then at most eight words with no verb-like word (a speech
// verb, a form of be or have, a word in -ed), and a closing comma. It returns 0 otherwise,
// so ", the police said," still ends the scan.
func apposedAfterCount(d *doc, j, limit int) int {
	if !d.is(j+1, wThe, wA, wAn, wIts, wTheir, wHis, wHer) {
		return 0
	}
	for m := j + 2; m < limit && m <= j+10; m++ {
		t := &d.toks[m]
		if d.punct(m, ',') {
			if m == j+2 {
				return 0
			}
			return m
		}
		if t.kind == tStop || t.kind == tOpenQ || t.kind == tCloseQ || t.kind == tNum || t.feat&(lxSpeech|lxNumWord|lxPronoun) != 0 {
			return 0
		}
		w := d.low(m)
		if strings.HasSuffix(w, "ed") || d.is(m, wIs, wAre, wWas, wWere, wBe, wBeen, wHas, wHave, wHad, wWill, wWould, wCould, wCan, wMay, wSays, wSay, wWho, wWhich, wThat) {
			return 0
		}
	}
	return 0
}

// forceVerbs make those they act on leave: "forced 88,000 residents to flee".
var forceVerbs = []string{"forced", "forcing", "forces", "force", "prompted", "ordered"}

// forcedBefore reports whether a verb of forceVerbs stands within 16 words before token
// i, no further back than start.
func forcedBefore(d *doc, i, start int) bool {
	for _, v := range forceVerbs {
		if d.near(i, start, 16, v) {
			return true
		}
	}
	return false
}

// degreePart reads a bare count set off by a comma after a toll of its sentence, with
// only an adverb of how badly they were hurt: "Fourteen people were hurt, four
// seriously, when …", "24 people had been shot over the past day, three fatally". The
// part is injured (its condition: condition()) or, "fatally", killed; a part of a toll
// of the dead is none ("killed 3, two critically" says nothing). It returns "" otherwise.
func (ff *figureFinder) degreePart(n *number, before []figureCand) string {
	s := &ff.sents[n.si]
	if !ff.punct(n.qa-1, ',') || n.next+1 > s.b || len(before) == 0 {
		return ""
	}
	if k := n.next + 1; k < s.b && !(ff.toks[k].kind == tPunct || ff.toks[k].kind == tStop || ff.is(k, wWhen, wAnd, wAfter, wAs, wWhile, wIn, wAccording)) {
		return ""
	}
	last := before[len(before)-1].f
	cl := kg.MeasureClass(last.Measure)
	if last.Unit != "" || cl != "injured" && last.Measure != "shot" && last.Measure != "stabbed" {
		return ""
	}
	switch ff.low(n.next) {
	case "fatally", "mortally":
		return "killed"
	case "seriously", "critically", "gravely", "badly", "severely", "slightly", "minorly":
		return "injured"
	}
	return ""
}

// shotVerb returns "shot" or "stabbed" when a verb of shooting or stabbing, or its noun
// and "of", stands right before the count of people starting at qa ("shot eight people",
// "stabbing two people", "the shooting of 49 people"), as the passive says it ("eight
// people were shot", passiveCountMeasure); "killed" after "fatal" or "deadly" ("the
// fatal shootings of two black men"); else "".
func shotVerb(d *doc, qa, start int) string {
	k := qa - 1
	if d.is(k, wOf) && d.is(k-1, wShooting, wShootings, wStabbing, wStabbings) {
		k--
		for j := k - 1; j >= start && j >= k-3; j-- {
			if d.is(j, wFatal, wDeadly) {
				return "killed" // "the fatal shootings of two black men", "the fatal weekend shootings of six people"
			}
		}
	}
	if k < start || d.toks[k].kind != tWord || d.toks[k].has(fCap) {
		return ""
	}
	switch d.low(k) {
	case "shot", "shooting", "shootings", "shoots", "shoot":
		return "shot"
	case "stabbed", "stabbing", "stabbings", "stabs", "stab":
		return "stabbed"
	}
	return ""
}

// numberInName reports whether the count n is part of a name: a run of capitalised
// words follows it at once that ends in a singular word and stands as a name, not as the
// modifier of a noun after it ("the Standard & Poor's 500 Index climbed", "the 91 Freeway
// in Anaheim", "the 787 Dreamliner has", "38 North, a
// website", "1 World Trade Center"). What a count counts is a plural ("14 Iranians", "12
// Nobel Prizes"), a noun after the capitalised words ("500,000 Powerball tickets", "21
// St. Paul police"), a model and its number ("198,000 Model 3"), a word that says what
// happened ("3 Killed" in a headline), a nationality, a unit or a day; none of those is
// a name, nor is the first of two coordinated modifiers ("1,000 Union and Confederate
// soldiers").
func (ff *figureFinder) numberInName(n *number) bool {
	end := ff.sents[n.si].b
	k := n.next
	if n.word || k >= end || ff.toks[k].kind != tWord || !ff.toks[k].has(fCap) || demonymOf[ff.tok(k)] != "" || ethnic.has(ff.tok(k)) {
		return false
	}
	if ff.is(n.qa-1, wLatitude, wLongitude) {
		return false // "latitude 29.9 North": a position
	}
	j := k
	for j < end && j-k < 4 && ff.toks[j].kind == tWord && ff.toks[j].has(fCap) {
		if l := ff.low(j); strings.HasSuffix(l, "s") && !strings.HasSuffix(l, "ss") || strings.HasSuffix(l, "ed") || strings.Contains(l, "-") {
			return false // a plural ends what is counted, even in a headline's capitals ("150 Structures Destroyed"); "350 Turkey-backed rebels"
		}
		j++
	}
	w, l := ff.tok(j-1), ff.low(j-1)
	if len(w) < 3 || strings.ToLower(w[1:]) != w[1:] || l == "kelvin" || l == "celsius" || l == "fahrenheit" {
		return false // an initialism or a unit ("GHz", "20.5 Kelvin")
	}
	if _, pred := predMeasure[l]; pred || ff.toks[j-1].feat&(lxMonth|lxDay|lxTimeUnit|lxDistUnit|lxPersonNoun|lxGroup|lxScale) != 0 {
		return false
	}
	if j < end {
		switch t := &ff.toks[j]; {
		case t.kind != tWord && t.s == ff.toks[j-1].e && j+1 < end && ff.toks[j+1].kind == tWord && ff.toks[j+1].s == t.e:
			return false // "57 million Mail.ru accounts": the name goes on past the mark
		case t.kind == tNum || ff.is(j, wAnd, wOr):
			return false // "198,000 Model 3", "Union and Confederate soldiers"
		case t.kind == tWord && !t.has(fCap) && ff.contentWord(j) && !strings.HasSuffix(ff.low(j), "ed"):
			return false // "500,000 Powerball tickets": the noun after is counted
		}
	}
	return true
}

// nothingDeployed reports whether count c, of class "deployed", counts a noun no verb of
// deploying sends: no person, force, unit or craft (deployableNouns).
func (ff *figureFinder) nothingDeployed(c *counted) bool {
	return c.class == "deployed" && c.b > c.a && !ff.isPersonNoun(c.b-1) && !ff.in(c.b-1, deployableNouns)
}

// deployableNouns are what a verb of deploying ("sent", "deployed", "mobilized") sends
// that is no person: forces, their units and craft ("two boats", "two carrier battle
// groups", "eight new canines", "50 U.S. special operations forces", whose count stops
// at "operations"), and people the lexicon knows no person noun for ("agents"). Another noun ("183 billion emails", "six pending
// cases", "20,000 gallons") is the figure's measure, and nothing was deployed.
var deployableNouns = newTokSet(map[string]bool{"troops": true, "forces": true, "personnel": true,
	"units": true, "teams": true, "crews": true, "squads": true, "battalions": true, "brigades": true,
	"groups": true, "boats": true, "ships": true, "vessels": true, "warships": true, "carriers": true,
	"submarines": true, "aircraft": true, "planes": true, "jets": true, "helicopters": true,
	"drones": true, "bombers": true, "fighters": true, "tanks": true, "trucks": true, "vehicles": true,
	"ambulances": true, "engines": true, "dogs": true, "canines": true, "horses": true,
	"missiles": true, "batteries": true, "systems": true, "cars": true, "buses": true,
	// people the lexicon has no person noun for
	"agents": true, "operatives": true, "commandos": true, "guardsmen": true, "peacekeepers": true,
	"medics": true, "staff": true, "volunteers": true, "operations": true})
