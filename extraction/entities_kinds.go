package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Kinds of names the sentence states around a name that its own words do not type
// (typeByContext would otherwise make two to four unknown words a person and one word
// an organization): a broadcaster's call letters ("WOFL"), a military base's leading
// head ("Naval Station Rota"), the body a role belongs to ("the owner of Smoky Mountain
// Helicopters"), an event by its recurrence ("the annual Polar Bear Plunge"), a thing
// or body by the noun before "called" ("an app called Scoop"), and places listed after
// the plural of a place noun ("two villages, al Foua and Kefraya").

// facilityHeads are the words of a military or transport facility that lead its name
// ("Naval Station Rota", "Joint Base Lewis-McChord") or end it ("Andrews Air Force
// Base"), though the name holds a body's head ("Air Force") (data/names.txt).
var facilityHeads = newTokSet(wordSet("facility-heads"))

// facilityPlace reports whether the name of tokens a..b-1 is a facility's: a facility
// head after the first word with one to three words after it, none a body's head
// ("Naval Station Rota", "Naval Air Station Whidbey Island"), or a facility head last
// after two words or more ("Andrews Air Force Base").
func (ef *entityFinder) facilityPlace(a, b int) bool {
	if b-a < 3 {
		return false
	}
	if facilityHeads.has(ef.tok(b - 1)) {
		return true
	}
	for k := a + 1; k < b-1; k++ {
		if facilityHeads.has(ef.tok(k)) {
			return b-k-1 <= 3 && !ef.bodyHeadIn(k+1, b)
		}
	}
	return false
}

// callLetters reports whether the one-word name at token a is a North American
// broadcaster's call sign: three or four upper-case letters opening with K or W ("WOFL",
// "KTNV", "WJHL"); every such word names an organization (WHO, WWE, KKK) or a
// station, and none a place or a person.
func (ef *entityFinder) callLetters(a, b int) bool {
	if b != a+1 || !ef.toks[a].has(fUpper) {
		return false
	}
	w := ef.tok(a)
	if len(w) < 3 || len(w) > 4 || w[0] != 'K' && w[0] != 'W' || strings.Contains(w, "II") {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// roleOfBody reports whether a role noun and "of" (and "the") stand before the name at
// token a: "the owner of Smoky Mountain Helicopters", "director of the Asia Maritime
// Transparency Initiative". What a role belongs to is a body; roles that belong to a
// place (mayor, governor, envoy …; placeRole; "town manager of Tusayan") and nouns of a
// subject or a work (professor, writer) are left to the other rules.
func (ef *entityFinder) roleOfBody(si, a int) bool {
	of := a - 1
	if ef.is(of, wThe) {
		of--
	}
	r := of - 1
	if r < ef.sents[si].start || !ef.is(of, wOf) || ef.toks[r].kind != tWord || ef.toks[r].has(fCap) {
		return false
	}
	role := ef.low(r)
	if ef.is(r-1, wChief, wExecutive, wManaging, wVice) {
		role = ef.low(r-1) + " " + role
	}
	if ef.toks[r].feat&lxRole == 0 || placeRole(role) || ef.in(r, notBodyRoles) || ef.in(r-1, placeNouns) || ef.is(r-1, wCity) {
		return false
	}
	return true
}

// notBodyRoles are role nouns whose "of" names a subject, a work or a person as often as
// a body ("professor of Economics", "writer of Hamilton", "partner of Smith", "coach of
// Serena Williams").
var notBodyRoles = newTokSet(map[string]bool{"professor": true, "writer": true, "partner": true, "photographer": true,
	"member": true, "deputy": true, "senior": true, "fighter": true, "editor": true, "captain": true,
	"coach": true, "lawyer": true, "attorney": true, "adviser": true, "advisor": true, "worker": true})

// eventBefore reports whether a word of recurrence stands before the name at token a,
// past an opening quote: "the annual Polar Bear Plunge", "the yearly 'Tulip Time'".
func (ef *entityFinder) eventBefore(si, a int) bool {
	p := a - 1
	if p >= ef.sents[si].start && ef.quoteMark(p) {
		p--
	}
	return p >= ef.sents[si].start && ef.is(p, wAnnual, wYearly, wBiennial)
}

// quoteMark tells whether token i is a quotation mark, straight or curly.
func (ef *entityFinder) quoteMark(i int) bool {
	if i < 0 || i >= len(ef.toks) || ef.toks[i].kind == tWord {
		return false
	}
	switch ef.tok(i) {
	case `"`, "“", "”", "'", "‘", "’":
		return true
	}
	return false
}

// calledKind types the name at tokens a..b-1 by the noun before "called", "named" or
// "dubbed" (and "a", "an", "the"): a work or a thing after a thing's noun ("an app called
// Scoop", "a document called an Apostolic Exhortation"), a body after a body's ("a
// start-up called Scoop Technologies"). A company suffix keeps its organization.
func (ef *entityFinder) calledKind(si, a, b int) (kg.EntityType, bool) {
	p := a - 1
	if ef.is(p, wA, wAn, wThe) {
		p--
	}
	if p-1 < ef.sents[si].start || !ef.is(p, wCalled, wNamed, wDubbed) || ef.toks[p-1].kind != tWord || ef.toks[p-1].has(fCap) {
		return "", false
	}
	if _, corp := ef.orgByMarks(a, b); corp {
		return "", false
	}
	noun := ef.low(p - 1)
	switch {
	case thingDescriptors.has(noun) || calledThings.has(noun):
		return kg.Other, true
	case orgDescriptors.has(noun) && noun != "rival" && noun != "broker":
		return kg.Organization, true
	}
	return "", false
}

// calledThings are nouns of things that a name after "called" names, beside the
// thing-descriptors of data/names.txt ("an app called Scoop").
var calledThings = newTokSet(map[string]bool{"app": true, "application": true, "document": true, "program": true,
	"programme": true, "game": true, "device": true, "product": true, "tool": true, "feature": true,
	"operation": true, "exercise": true, "campaign": true, "initiative": true, "project": true, "platform": true,
	"system": true, "software": true, "chatbot": true, "robot": true, "drone": true, "vehicle": true, "car": true,
	"phone": true, "show": true, "series": true, "book": true, "report": true, "plan": true, "festival": true, "event": true})

// pluralPlaceNouns are the plurals of place nouns that a list of places follows after a
// comma ("two Shi'ite villages, al Foua and Kefraya", "the towns, Zabadani and Madaya").
var pluralPlaceNouns = newTokSet(map[string]bool{"villages": true, "towns": true, "cities": true, "provinces": true,
	"districts": true, "neighborhoods": true, "neighbourhoods": true, "suburbs": true, "regions": true,
	"islands": true, "counties": true, "states": true, "countries": true, "capitals": true})

// afterPlacePlural reports whether the name at token a opens a list after the plural of
// a place noun and a comma, past a lower-case name particle ("villages, al Foua").
func (ef *entityFinder) afterPlacePlural(si, a int) bool {
	p := a - 1
	if ef.in(p, nameParticles) && !ef.toks[p].has(fCap) {
		p--
	}
	return p-1 >= ef.sents[si].start && ef.punct(p, ',') && ef.in(p-1, pluralPlaceNouns) && !ef.toks[p-1].has(fCap)
}

// kindAround types a name of words words at tokens a..b-1 by the words before it: the
// body of a role ("the owner of X"; not "director of Berkeley's Center", where the role
// is the next name's), an event ("the annual X"), a place listed after a place noun's
// plural ("villages, X and Y"), an animal ("her dog X"), a town of residence ("a X
// man").
func (ef *entityFinder) kindAround(si, a, b, words int) (kg.EntityType, bool) {
	switch {
	case words <= 5 && ef.roleOfBody(si, a) && !ef.possessiveAt(b):
		return kg.Organization, true
	case words <= 4 && ef.eventBefore(si, a):
		return kg.Other, true
	case words <= 3 && ef.afterPlacePlural(si, a):
		return kg.Place, true
	case words <= 2 && ef.animalBefore(si, a):
		return kg.Other, true
	case words <= 2 && ef.residentAfter(si, a, b):
		return kg.Place, true
	case words <= 2 && ef.featureAfter(si, b):
		return kg.Place, true
	case words <= 4 && ef.roleAtBody(si, a):
		return kg.Organization, true
	}
	return "", false
}

// naturalFeatures are the lower-case nouns after a name that make it a natural
// feature's or an area's, a place ("the Wamme river", "the Ross sea", "the Jhelum area").
var naturalFeatures = newTokSet(map[string]bool{"river": true, "sea": true, "lake": true, "bay": true, "gulf": true,
	"canal": true, "strait": true, "peninsula": true, "desert": true, "mountains": true, "creek": true, "delta": true, "basin": true, "area": true})

// featureAfter reports whether the lower-case word at token b, right after a name, is a
// natural feature's noun: "the Wamme river overflowed", "the Ross sea" (whatever follows:
// "the Nile river cruise" still names a river).
func (ef *entityFinder) featureAfter(si, b int) bool {
	return b < ef.sents[si].b && ef.toks[b].kind == tWord && !ef.toks[b].has(fCap) && ef.in(b, naturalFeatures)
}

// roleAtBody reports whether "at" stands before the name at token a after a role noun
// a few words back, a trade's employer: "director of Japan equity sales at X",
// "Principal Architect at X", "a senior analyst for energy at X". The role is none held
// for a place (a spokesman at an embassy; placeRole), and nothing but words and "of",
// "for" stands between it and "at" (no past tense, adverb or particle of a verb).
func (ef *entityFinder) roleAtBody(si, a int) bool {
	at := a - 1
	if at-1 <= ef.sents[si].start || !ef.is(at, wAt) {
		return false
	}
	for k := at - 1; k >= ef.sents[si].start && k >= at-5; k-- {
		t := &ef.toks[k]
		w := ef.low(k)
		if t.kind != tWord || t.feat&lxFunc != 0 && w != "of" && w != "for" || strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || w == "out" {
			return false // "the CEO lashed out at Obama": a verb between
		}
		if t.feat&lxRole != 0 {
			return !placeRole(ef.low(k))
		}
	}
	return false
}

// broadcasterAfter reports whether token b, after a name, is "television" or "radio"
// ending the noun phrase, as a broadcaster's name is written ("Al Manar television
// reported", "told Iranian state radio"): no noun follows it ("a radio host", "the
// PlayStation Vue television service" name no broadcaster).
func (ef *entityFinder) broadcasterAfter(b int) bool {
	if !ef.is(b, wTelevision, wRadio, wBroadcaster) {
		return false
	}
	n := b + 1
	if ef.is(n, wAnd, wOr) {
		return false // "the Crazyradio USB radio and antenna"
	}
	return n >= len(ef.toks) || ef.toks[n].kind != tWord || ef.toks[n].has(fCap) || ef.toks[n].feat&(lxFunc|lxSpeech) != 0
}

// monthSurname reports whether the month's name at token j is the surname of the given
// name at token i ("Carl June", "Tom March"): no number and no other name word after it
// ("Carl June 5", "Carl June Smith" are left as they were).
func (ef *entityFinder) monthSurname(i, j, end int) bool {
	// the month's bit first: the given-name lookup is for the few names a month follows
	if ef.toks[j].feat&lxMonth == 0 || ef.toks[j].kind != tWord || !ef.toks[j].has(fCap) || !ef.toks[j].has(fSpace) || !firstNames[ef.tok(i)] {
		return false
	}
	n := j + 1
	return n >= end || ef.toks[n].kind != tNum && !ef.isNameWord(n) && !ef.punct(n, '.')
}

// possessiveAt tells whether token b is a possessive "'s".
func (ef *entityFinder) possessiveAt(b int) bool {
	return b < len(ef.toks) && (ef.tok(b) == "'s" || ef.tok(b) == "’s")
}

// corpSuffixAt tells whether token k is a capitalised company suffix ("Inc", "Corp.").
func (ef *entityFinder) corpSuffixAt(k int) bool {
	return k < len(ef.toks) && ef.toks[k].has(fCap) && corpSuffix.hasLower(strings.TrimSuffix(ef.tok(k), "."))
}

// personAfterAnd reports whether a person's name starts at token k after "and": a given
// name and a capitalised word that is no head of a body or a place ("the University of
// Lenz and James Allison of …" names two, not one body), or a title and a name after it
// ("Prime Minister Shinzo Abe of Japan and President Park Geun-hye").
func (ef *entityFinder) personAfterAnd(k, end int) bool {
	if te := ef.titleEnd(k); te > k && te < end && ef.isNameWord(te) && ef.toks[te].has(fCap) {
		return true // "… of Japan and President Park Geun-hye": a title and its holder
	}
	if !firstNames[ef.tok(k)] || k+1 >= end || !ef.isNameWord(k+1) {
		return false
	}
	return ef.toks[k+1].feat&(lxOrgHead|lxPlaceHead) == 0 && !orgLastWords.has(ef.tok(k+1))
}

// possessiveCorpKey keys mention m, a company named with a possessive and a suffix
// ("McDonald's Corp"), as the company's name before the possessive, so that it is one
// entity with the article's "McDonald's" (whose possessive is cut off).
func (ef *entityFinder) possessiveCorpKey(m int) {
	if m < 0 || ef.mentions[m].key != "" {
		return
	}
	mm := &ef.mentions[m]
	if mm.b-mm.a == 3 && ef.possessiveAt(mm.a+1) && ef.corpSuffixAt(mm.b-1) {
		mm.key = nameKey(ef.tok(mm.a))
	}
}

// animalNouns before a name make it an animal's ("her dog Pat", "the gorilla, Harambe").
var animalNouns = newTokSet(map[string]bool{"dog": true, "puppy": true, "cat": true, "kitten": true, "horse": true,
	"colt": true, "filly": true, "mare": true, "gorilla": true, "chimpanzee": true, "elephant": true,
	"lion": true, "tiger": true, "panda": true, "whale": true, "dolphin": true, "parrot": true, "pet": true})

// animalBefore reports whether an animal's noun stands right before the name at token
// a, or before a comma before it ("her dog Pat", "the gorilla, Harambe,").
func (ef *entityFinder) animalBefore(si, a int) bool {
	p := a - 1
	if ef.punct(p, ',') && ef.punct(a+1, ',') {
		p-- // "their dog, Buddy," (not "the gorilla, Thayne Maynard, director of")
	}
	return p >= ef.sents[si].start && ef.toks[p].kind == tWord && !ef.toks[p].has(fCap) && ef.in(p, animalNouns)
}

// residentNouns after a name make it the place a person lives in or comes from ("a
// Rogersville man", "the Lenz girl", "a Brisk native").
var residentNouns = newTokSet(map[string]bool{"man": true, "woman": true, "girl": true, "boy": true, "teen": true,
	"teenager": true, "resident": true, "residents": true, "native": true})

// residentAfter reports whether the name at tokens a..b-1 stands between "a", "an" or
// "the" and a resident's noun ("a Rogersville man"), as a small town does: not a given
// name, nor common English or hyphenated words (plainPlaceWords).
func (ef *entityFinder) residentAfter(si, a, b int) bool {
	s := &ef.sents[si]
	return a-1 >= s.start && ef.is(a-1, wA, wAn, wThe) && b < s.b && ef.toks[b].kind == tWord &&
		!ef.toks[b].has(fCap) && ef.in(b, residentNouns) && !firstNames[ef.tok(a)] && ef.plainPlaceWords(a, b)
}

// plainPlaceWords tells whether the words of tokens a..b-1 are all outside the
// common-English word list and unhyphenated, as the name of a small town is ("a Raton
// man"; not "a Renaissance man", "a Native American woman", "a China-born woman").
func (ef *entityFinder) plainPlaceWords(a, b int) bool {
	for k := a; k < b; k++ {
		w := ef.tok(k)
		if ef.toks[k].kind != tWord || strings.Contains(w, "-") || englishWords.has(lowerASCII(w)) {
			return false
		}
	}
	return true
}
