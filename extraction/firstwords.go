package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// First words: a capitalised word that opens a sentence, a quote or a clause is a name
// only when something says so. Common English words ("Imagine", "Fresh", "Someone",
// "Historian") are not names there unless the article capitalises them inside a
// sentence too or names them before; contractions ("I’m", "Isn’t", "We’re") never are.

// englishWords are the common English words that are not also names
// (data/english-words.txt, derived from SCOWL by scripts/english-words.sh).
var englishWords = bigTokSet(readEnglishWords())

// properNames are SCOWL's proper names (data/proper-names.txt): people's given and
// family names, and a few brands.
var properNames = readWords("data/proper-names.txt", 4000)

func readEnglishWords() map[string]bool { return readWords("data/english-words.txt", 11000) }

// lessCommonWords are SCOWL's words of the next level (data/common-words-35.txt):
// "Turnout", "Attendance" open a sentence as words, not names; only the first-word test
// asks them.
var lessCommonWords = readWords("data/common-words-35.txt", 28000)

// lessCommonAlone reports whether the word w at token i is one of lessCommonWords with
// no capitalised word after it: "Turnout was 67 percent" opens on a word, "Mitt Romney"
// and "Fang Xinghai" on a given name the word lists do not know.
func (ef *entityFinder) lessCommonAlone(i int, w string) bool {
	if !lessCommonWords[ef.lowerTok(i)] || ef.toks[i].has(fUpper) || partyWords.has(w) {
		return false // "LAX", "Democrats": an acronym or a party
	}
	n := i + 1
	return n >= len(ef.toks) || ef.toks[n].kind != tWord || !ef.toks[n].has(fCap)
}

func readWords(path string, n int) map[string]bool {
	out := make(map[string]bool, n)
	eachLine(path, func(f []string) { out[f[0]] = true })
	return out
}

// clauseInitial reports whether token i opens a sentence or a clause where any word is
// capitalised: the sentence's first word, the first after an opening quote (double or
// single: ‘That is brilliant!’), a colon or a dash, and the first after a full stop
// the sentences did not split at ("… tacticians.’ So all that …").
func (ef *entityFinder) clauseInitial(i, start int) bool {
	if ef.sentenceInitial(i, start) {
		return true
	}
	p := i - 1
	switch {
	case ef.toks[p].kind == tStop:
		return true
	case ef.tok(p) == "‘":
		return true
	case ef.toks[p].kind == tCloseQ || ef.tok(p) == "’" || ef.punct(p, '\''):
		return p > start && ef.toks[p-1].kind == tStop
	}
	return false
}

// contraction reports whether the word is a contraction of a pronoun or a verb ("I’m",
// "Isn’t", "We’re", "They’ll"), which no name is.
func contraction(w string) bool {
	if strings.IndexByte(w, '\'') < 0 && strings.IndexByte(w, 0xe2) < 0 {
		return false // no apostrophe, straight or curly (’ opens on byte e2): most words
	}
	w = strings.ReplaceAll(w, "’", "'")
	i := strings.LastIndexByte(w, '\'')
	if i <= 0 {
		return false
	}
	switch strings.ToLower(w[i:]) {
	case "'m", "'ll", "'re", "'ve", "'d":
		return true
	case "'t":
		return strings.HasSuffix(strings.ToLower(w[:i]), "n")
	}
	return false
}

// commonWord reports whether the capitalised word at token i is a common English word
// the article uses as one: in the list of common words, not a given name, not in a
// gazetteer, a title or the start of a place's name ("New York"), and neither
// capitalised inside a sentence of the article nor part of a name it gave before.
func (ef *entityFinder) commonWord(i int) bool {
	w := ef.tok(i)
	if !englishWords.has(ef.lowerTok(i)) && !ef.lessCommonAlone(i, w) && (!pluralTrade(ef.lowerTok(i)) || pluralTitles[w] != "" && i+1 < len(ef.toks) && ef.toks[i+1].has(fCap)) && !ef.commonPlural(i) || firstNames[w] || ef.known(w) || ef.capSeen.has(w) {
		return false
	}
	if ef.toks[i].feat&lxHonor != 0 || ef.titleStarts(i) || ef.placeStarts(i) || ef.ofNameStarts(i) {
		return false
	}
	return !ef.namedBefore(w)
}

// pluralTrade reports whether lower-case word w is the plural of a role or a trade
// ("analysts", "prosecutors", "economists", "detectives"): SCOWL's common levels list
// many such nouns in the singular only, and a plural role opening a sentence ("Analysts
// said", "Prosecutors say") is people of that trade, not a name. A plural title
// before a capitalised word ("Senators Tim Kaine of Virginia", pluralTitles) is left
// to the titles: it opens a list of names.
func pluralTrade(w string) bool {
	s, ok := strings.CutSuffix(w, "s")
	return ok && len(s) > 3 && (kg.IsRole(s) || occupationNoun(s) || roleNouns[s])
}

// namedBefore reports whether a name the article gave before holds the word w
// ("Brown said" after "Eddie Brown").
func (ef *entityFinder) namedBefore(w string) bool {
	for mi := range ef.mentions {
		n := ef.mentions[mi].name
		if k := strings.Index(n, w); k >= 0 && (k == 0 || n[k-1] == ' ') && (k+len(w) == len(n) || n[k+len(w)] == ' ') {
			return true
		}
	}
	return false
}

// descriptorFirst reports whether the first word of the span a..b-1, at the start of a
// clause, is a common noun or adjective before a name rather than part of it
// ("Historian Richard Carrier", "Give Apple"): a common word followed by a word that
// is not one ("General Motors", "Federal Reserve" stay whole), and that does not start
// names itself (a title, "Mount", "Lake", "Hurricane", a head word of places and
// organizations).
func (ef *entityFinder) descriptorFirst(a, b int) bool {
	if b < a+2 || !ef.commonWord(a) {
		return false
	}
	first, next := ef.tok(a), ef.tok(a+1)
	if placePrefixes.has(first) || otherPrefixes.has(first) || ef.toks[a].feat&(lxOrgHead|lxPlaceHead) != 0 {
		return false
	}
	if _, ok := countryOf[ef.span(a, b)]; ok {
		return false
	}
	if _, ok := orgAlias[ef.span(a, b)]; ok {
		return false
	}
	if !ef.participleObject(a) && ef.orgWords(a+1, b) || corpSuffix.hasLower(strings.TrimSuffix(ef.tok(b-1), ".")) || orgLastWords.has(ef.tok(b-1)) {
		return false // "Alphabet Inc", "True Corp", "International Syria Support Group"
	}
	return firstNames[next] || ef.known(next) || !englishWords.has(lowerASCII(next)) && ef.toks[a+1].kind == tWord && !ef.toks[a+1].has(fUpper) && !strings.Contains(next, "-")
}

// monthMay reports whether "May" at token i is the month: after a word of time ("in
// May", "early May", "since May", "this past May"), or joined by "and", "or" or "to" to
// another month ("April and May", "May or June").
func (ef *entityFinder) monthMay(i int) bool {
	if ef.tok(i) != "May" {
		return false
	}
	if ef.is(i-1, wIn, wEarly, wLate, wMid, wSince, wUntil, wBy, wOf, wLast, wNext, wThis, wFrom, wThrough, wBetween, wTo, wPast, wDuring) {
		return true
	}
	return i >= 2 && ef.is(i-1, wAnd, wOr) && ef.toks[i-2].feat&lxMonth != 0 ||
		i+2 < len(ef.toks) && ef.is(i+1, wAnd, wOr, wTo, wThrough) && ef.toks[i+2].feat&lxMonth != 0
}

// monthAbbrev reports whether the word at token i is a month's abbreviation before a
// day or a year ("on Feb 27", "Dec 1, 2015"; the dotted "Feb." is a date already).
func (ef *entityFinder) monthAbbrev(i int) bool {
	return monthAbbrevs.has(ef.tok(i)) && i+1 < len(ef.toks) && ef.toks[i+1].kind == tNum
}

var monthAbbrevs = newTokSet(map[string]bool{"Jan": true, "Feb": true, "Mar": true, "Apr": true, "Jun": true, "Jul": true,
	"Aug": true, "Sep": true, "Sept": true, "Oct": true, "Nov": true, "Dec": true})

// pluralAcronym reports whether a word is the plural of an acronym ("PCs", "GPUs",
// "SUVs", "PDFs"): a common noun, no name.
func pluralAcronym(w string) bool {
	n := len(w)
	if n < 3 || w[n-1] != 's' {
		return false
	}
	for i := 0; i < n-1; i++ {
		if w[i] < 'A' || w[i] > 'Z' {
			return false
		}
	}
	return true
}

// shoutedWord reports whether the upper-case word at token i is a common English word
// written in capitals rather than an acronym: a word of two letters ("IT", "ID", "TO")
// or one of a run of such words ("I'll NEVER", "THE BERN IN MY BUTT"), and not a name
// of the word lists ("US", "WHO").
func (ef *entityFinder) shoutedWord(i int) bool {
	t := &ef.toks[i]
	if !t.has(fUpper) || !englishWords.has(ef.lowerTok(i)) || ef.known(ef.tok(i)) {
		return false
	}
	if t.e-t.s == 2 || t.feat&(lxFunc|lxPronoun) != 0 {
		return true // "IT", "do NOT want"
	}
	shouted := func(k int) bool {
		return k >= 0 && k < len(ef.toks) && ef.toks[k].kind == tWord && ef.toks[k].has(fUpper) && englishWords.has(ef.lowerTok(k)) && !ef.known(ef.tok(k))
	}
	return shouted(i-1) || shouted(i+1)
}

// notAPerson types a run of two to four capitalised words that nothing else typed and
// that would otherwise be a person's name, when its last word is a common English word
// and its first no given name nor other proper name of the word lists ("Panera Bread",
// "Google Maps", "Cold War", "Bowman
// Avenue Dam"): a product after an organization's name, an event or a work before a
// word of them (otherLastWords), a place before a place noun, else an organization.
func (ef *entityFinder) notAPerson(a, b int) (kg.EntityType, bool) {
	first, last := ef.tok(a), ef.tok(b-1)
	if ef.unitInitialism(a, b) {
		return kg.Organization, true // "Thomson Reuters I/B/E/S"
	}
	if ef.toks[b-1].has(fUpper) || personShaped(ef.doc, a, b) {
		return "", false // "Lena H. Sun": a middle initial makes a person's name
	}
	venue := venueHeads.has(lowerASCII(last))
	if !englishWords.has(lowerASCII(last)) && !venue {
		return "", false
	}
	switch {
	case ef.orgNamed(first):
		return kg.Other, true // "Google Maps", "Apple Music"
	case venue && !ef.roleAfterComma(b) && (firstNames[first] || properNames[first] || !englishWords.has(lowerASCII(last))):
		// "Henry Doorly Zoo", "the Marriott Hotel", "Hickory Run Campground": a venue's
		// head word ends no person's name, though a given name or surname opens it (the
		// list leaves out heads that are common surnames: Hall, Park, Church). The venue
		// is an establishment, as names the lists type are ("the zoo's director"); a
		// gathering is none ("the Farnborough Airshow"). A name
		// described by a role is a person's name ("said Salvatore Arena, a spokesman").
		if gatheringHeads.has(lowerASCII(last)) {
			return kg.Other, true
		}
		return kg.Organization, true
	case firstNames[first] || properNames[first] || ef.givenNameAndSurname(a, b):
		return "", false // "Sheldon Silver"; "Dana Bash", "Blake Lively" (givennames.go)
	case otherLastWords.has(last):
		return kg.Other, true
	case placeNouns.has(lowerASCII(last)) || ef.toks[b-1].feat&lxPlaceHead != 0:
		return kg.Place, true
	}
	return kg.Organization, true
}

// venueName reports whether the name ending before token b ends in a venue's head word
// (data/names.txt [venue-heads]) and no role describes it after a comma: "the Henry Doorly
// Zoo", not "Salvatore Arena, a spokesman" (typeByContext; notAPerson asks the same).
func (ef *entityFinder) venueName(b int) bool {
	return venueHeads.has(ef.low(b-1)) && !ef.roleAfterComma(b)
}

// roleAfterComma reports whether a comma, an article and a role word within three words
// follow the name ending before token b: "Salvatore Arena, a spokesman for …".
func (ef *entityFinder) roleAfterComma(b int) bool {
	if b+2 >= len(ef.toks) || !ef.punct(b, ',') || !ef.is(b+1, wA, wAn, wThe) {
		return false
	}
	for k := b + 2; k < len(ef.toks) && k < b+5; k++ {
		if ef.toks[k].kind != tWord {
			return false
		}
		if ef.toks[k].feat&lxRole != 0 {
			return true
		}
	}
	return false
}

// gatheringHeads are the venue heads (data/names.txt [venue-heads]) that name a
// gathering rather than a building: "the Farnborough Airshow", "the Calgary Stampede Rodeo".
var gatheringHeads = newTokSet(map[string]bool{"airshow": true, "rodeo": true, "conference": true,
	"convention": true, "forum": true})

// unitInitialism reports whether the name of tokens a..b-1 is a known organization's
// name (the word lists) and an initialism after it, the name of one of its units or
// services ("Thomson Reuters I/B/E/S", "Vandor Media VMX"): not a person, whose last
// word in capitals would follow a given name ("Mariana BAZO"). The initialism has three
// letters or more and is no title nor a body of its own ("Apple ID", "Twitter CEO",
// "Apple FBI" stay as they were).
func (ef *entityFinder) unitInitialism(a, b int) bool {
	last := &ef.toks[b-1]
	if b-a < 2 || !last.has(fUpper) || last.e-last.s < 3 || last.feat&(lxRole|lxHonor) != 0 || ef.known(ef.tok(b-1)) {
		return false // "Apple ID", "Twitter CEO", "Apple FBI"
	}
	_, ok := orgAlias[ef.span(a, b-1)]
	return ok
}

// orgNamed reports whether the word names an organization: in the word lists, or a
// mention before it in the article.
func (ef *entityFinder) orgNamed(w string) bool {
	if _, ok := orgAlias[w]; ok {
		return true
	}
	for mi := range ef.mentions {
		if m := &ef.mentions[mi]; m.name == w && m.typ == kg.Organization && m.score >= 3 {
			return true
		}
	}
	return false
}

// properAdjective reports whether the capitalised word at token i is an adjective of a
// place or a people that the word lists do not know, before the common noun it
// qualifies: "Alaskan volcanoes", "the Macedonian side", "Balkan countries", "Biblical
// epics", "the Greek-Macedonian border".
func (ef *entityFinder) properAdjective(i int) bool {
	w := ef.tok(i)
	if len(w) < 5 || ef.known(w) || firstNames[w] || properNames[w] {
		return false
	}
	adj := false
	for _, suf := range []string{"ian", "ean", "ese", "ic", "ical", "ish", "kan", "lan"} {
		if strings.HasSuffix(w, suf) {
			adj = true
		}
	}
	if !adj || i+1 >= len(ef.toks) {
		return false
	}
	n := &ef.toks[i+1]
	return n.kind == tWord && !n.has(fCap) && n.feat&(lxFunc|lxSpeech|lxPronoun) == 0 && ef.in(i+1, englishWords) && !strings.HasSuffix(ef.low(i+1), "ed")
}

// isSlashLetter reports whether token i is a single capital letter joined by slashes to
// others ("I/B/E/S"), a letter of an abbreviation rather than a name.
func (ef *entityFinder) isSlashLetter(i int) bool {
	if ef.toks[i].e-ef.toks[i].s > 1 {
		return false
	}
	return i > 0 && ef.punct(i-1, '/') && !ef.toks[i].has(fSpace) || i+1 < len(ef.toks) && ef.punct(i+1, '/') && !ef.toks[i+1].has(fSpace)
}

// givenNameIn reports whether a word of the span a..b-1 is a given name.
func (ef *entityFinder) givenNameIn(a, b int) bool {
	for k := a; k < b; k++ {
		if firstNames[ef.tok(k)] || properNames[ef.tok(k)] {
			return true
		}
	}
	return false
}

// gluedWord reports whether the word at token i is glued to a mark that makes it part of
// a link, a handle or a hashtag, not a name: after a link's "/" ("pic.twitter.com/LkbRQ9fh",
// "bit.ly/1TezgHe"), "#", "@", or the "-" of "3-D".
func (ef *entityFinder) gluedWord(i int) bool {
	if i == 0 || ef.toks[i].has(fSpace) {
		return false
	}
	p := &ef.toks[i-1]
	switch {
	case p.kind == tNum:
		return !p.has(fSpace) && ef.gluedWord(i-1) // "bit.ly/1TezgHe", not "1Malaysia"
	case p.kind == tPunct && p.e-p.s == 1:
		switch ef.text[p.s] {
		case '#', '@':
			return true
		case '/': // a link's path after its domain, not a credit ("REUTERS/Jim Young", "HIV/AIDS")
			return i >= 2 && !p.has(fSpace) && (ef.toks[i-2].kind == tWord && !ef.toks[i-2].has(fCap) && !ef.toks[i-2].has(fUpper) || ef.toks[i-2].kind == tNum)
		case '-':
			return ef.toks[i].e-ef.toks[i].s == 1 && i >= 2 && ef.toks[i-2].kind == tNum // "3-D"
		}
	}
	return false
}

// adjectiveCompound reports whether a hyphenated word is an adjective made from a name
// ("Earth-like", "Mars-bound", "Google-style", "Oscar-winning", "Brooklyn-born",
// "Zika-affected"): no name itself. A lower-case participle of six letters or more after
// the hyphen makes one; shorter endings are the syllables of given names ("Tsai
// Ing-wen", "Wang Yu-ting") unless listed. "-based" is left to entities_based.go, which
// reads the place in it, and the ties of compoundTies ("-backed", "-owned") to ties.go.
func adjectiveCompound(w string) bool {
	k := strings.LastIndexByte(w, '-')
	if k <= 0 {
		return false
	}
	end := w[k+1:]
	low := strings.ToLower(end)
	switch low {
	case "like", "bound", "style", "esque", "type", "sized", "shaped", "themed", "inspired", "focused",
		"focussed", "born", "made", "run", "wide", "area", "era", "rated", "language":
		return true
	case "based", "headquartered":
		return false
	}
	if _, tie := compoundTies[low]; tie {
		return false // "Saudi-backed", "Veltra-owned": ties.go reads who backs or owns
	}
	if len(end) < 6 || low != end {
		return false
	}
	return strings.HasSuffix(end, "ing") || strings.HasSuffix(end, "ed")
}

// labelEnd returns the token after a label that opens a sentence, or i: a run of two to
// five capitalised words, one of them a common word and none a given or known name, ending
// in a colon ("What Really Happened:", "The
// Takeaway:", "Where It Blew Up:"), which names no one.
func (ef *entityFinder) labelEnd(si, i int) int {
	s := &ef.sents[si]
	if i-s.start > 4 {
		return i
	}
	colon := false // the loop below returns other than i only at a colon: look for one first, cheaply
	for k := s.start; k < s.b && k <= s.start+5 && !colon; k++ {
		colon = ef.punct(k, ':')
	}
	if !colon {
		return i
	}
	common := 0
	for k := s.start; k < s.b && k <= s.start+5; k++ {
		if ef.punct(k, ':') {
			if k < s.start+2 || common == 0 {
				return i
			}
			return k + 1
		}
		t := &ef.toks[k]
		if t.kind != tWord || !t.has(fCap) {
			return i
		}
		w := ef.tok(k)
		if firstNames[w] || ef.known(w) {
			return i
		}
		if t.feat&(lxFunc|lxStarter|lxPronoun) != 0 || englishWords.has(lowerASCII(w)) {
			common++
		}
	}
	return i
}

// numberSign reports whether token i is "No." before a number ("the No. 2 official",
// "case No. 15-138"): a word for "number", no name.
func (ef *entityFinder) numberSign(i int) bool {
	if ef.tok(i) != "No." && !(ef.tok(i) == "No" && ef.punct(i+1, '.')) {
		return false
	}
	k := i + 1
	if ef.punct(k, '.') {
		k++
	}
	return k < len(ef.toks) && ef.toks[k].kind == tNum
}

// participleObject reports whether the clause opens with a participle (participleFirst)
// whose object is one name: the word after the name's first is no capitalised common word
// ("Making America Great Again" is a slogan, one name).
func (ef *entityFinder) participleObject(a int) bool {
	if !ef.participleFirst(a) {
		return false
	}
	c := a + 2
	return c >= len(ef.toks) || !ef.toks[c].has(fCap) || !ef.in(c, englishWords)
}

// participleFirst reports whether the common word at token a is a present participle
// that opens a clause before the name it governs ("Echoing Obama, …", "Addressing
// Mexico's bishops, …", "Following IBM, …"): it ends in "-ing" and its verb is a common
// word too ("echo", "address", "cite", "plan"). A country or a company the lists know
// after it is then its object, not the rest of one name with it (descriptorFirst keeps
// "International Syria Support Group" whole otherwise).
func (ef *entityFinder) participleFirst(a int) bool {
	w := ef.low(a)
	if titleModifiers.has(ef.tok(a)) || titleModifiers.has(w) {
		return false // "Acting U.S. Attorney …"
	}
	stem, ok := strings.CutSuffix(w, "ing")
	if !ok || len(stem) < 3 {
		return false
	}
	if englishWords.has(stem) || englishWords.has(stem+"e") {
		return true // "echoing", "citing"
	}
	n := len(stem)
	return n >= 4 && stem[n-1] == stem[n-2] && englishWords.has(stem[:n-1]) // "putting", "planning"
}

// commonPlural reports whether the word at token i is the regular plural of a common
// English word ("Parents": SCOWL's common levels list most nouns in the singular only),
// of a speaker's head ("Investigators", isPersonish) or of a word the article writes in
// lower case ("Aides" where it also writes "aides"), with a lower-case word after it ("Aides said", "Parents
// worry"): people or things, not a name. A name of that shape before a number or a name
// ("Windows 10", "Patriots Brady") is left alone, as is one the article capitalises
// elsewhere (commonWord's capSeen).
func (ef *entityFinder) commonPlural(i int) bool {
	if i+1 >= len(ef.toks) || ef.toks[i+1].kind != tWord || ef.toks[i+1].has(fCap) || ef.is(i+1, wOf, wAnd, wFor, wOn, wDe, wAmpersand) {
		return false // "Parents of Americans and …": a name's words joined
	}
	w := ef.lowerTok(i)
	if ef.is(i+1, wSay, wHave, wAre, wWere) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && len(w) > 4 {
		return true // "Aides say", "Aides have": a plural verb after it, people (a firm takes "says", "has")
	}
	s, ok := strings.CutSuffix(w, "s")
	if !ok || len(s) < 4 || strings.HasSuffix(s, "s") || strings.HasSuffix(s, "u") || strings.HasSuffix(s, "i") {
		return false // "Mass", "Aedes", "Oculus", "Sunnis"
	}
	if englishWords.has(s) || isPersonish(w) || isPersonish(s) || ef.lowerSeen.has(w) || ef.lowerSeen.has(s) {
		return true // a common word, a speaker's head ("Investigators"), or written in lower case here ("aides")
	}
	if y, ok := strings.CutSuffix(s, "ie"); ok && len(y) > 2 && englishWords.has(y+"y") {
		return true // "Companies"
	}
	if e, ok := strings.CutSuffix(s, "e"); ok && len(e) > 3 && (strings.HasSuffix(e, "ch") || strings.HasSuffix(e, "sh") || strings.HasSuffix(e, "x")) && englishWords.has(e) {
		return true // "Churches", "Taxes"
	}
	return false
}

// ofNameStarts reports whether the word at token i is a body's or a place's head word that
// "of" and a capitalised name continue ("Bank of America said", "University of Michigan
// researchers", "Department of Justice officials"): the sentence opens on that name, not
// on the common word. The heads are the word lists' heads before "of"
// (data/names.txt); a person after "of" makes the phrase no name ("Friends of Siamak
// Namazi have said").
func (ef *entityFinder) ofNameStarts(i int) bool {
	w := ef.tok(i)
	if !headsBeforeOf.has(w) && !lastHeadsBeforeOf.has(w) || !ef.is(i+1, wOf) {
		return false
	}
	n := i + 2
	if ef.is(n, wThe) {
		n++ // "Church of the Nazarene"
	}
	if n >= len(ef.toks) || ef.toks[n].kind != tWord || !ef.toks[n].has(fCap) || firstNames[ef.tok(n)] {
		return false
	}
	given := ef.tok(n) + " "
	for mi := range ef.mentions {
		if m := &ef.mentions[mi]; m.typ == kg.Person && strings.HasPrefix(m.name, given) {
			return false
		}
	}
	return true
}

// participleAcronym reports whether the capitalised word at token i, opening a clause,
// is a verb's form in -ing before an acronym that stands alone ("Following IBM, …",
// "Using CQ, …", "Putting THAAD in …", "Closing VPN access"): the acronym is the verb's
// object, and the two are no person's name. participleOpens asks the same of a known
// place or body after the verb; an acronym is a body's or a thing's whether the lists
// know it or not. A given name, a known name or town ("Sterling", "Reading") stays, and a
// capitalised word after the acronym leaves the run whole.
func (ef *entityFinder) participleAcronym(i, b int) bool {
	if !ef.ingVerbAt(i, b, 5) {
		return false
	}
	n := &ef.toks[i+1]
	if n.kind != tWord || !n.has(fUpper) {
		return false
	}
	return i+2 >= b || ef.toks[i+2].kind != tWord || !ef.toks[i+2].has(fCap)
}

// participleBeforeName reports whether the capitalised word at token i, opening a clause,
// is a verb's form in -ing before a run of name words that the article writes elsewhere,
// whole, without it ("Praising Carter, …" where "Carter" stands in another sentence;
// "Visiting Magic Leap" beside "Magic Leap"): the verb is no part of the name. The run's
// first word is no pronoun ("Boosting Your Energy"), and one word alone no common word
// ("Casting Words"). The verb itself
// must be a common word that the article never capitalises inside a sentence, so that a
// band, a show or a group named by one ("Flying Lotus", "Morning Joe", "Working America"
// written mid-sentence) stays whole, as do given names and known names ("Sterling",
// "Reading"). participleOpens and participleAcronym read the known and the acronym cases.
func (ef *entityFinder) participleBeforeName(i, b int) bool {
	w := ef.tok(i)
	if !ef.ingVerbAt(i, b, 5) || ef.capSeen.has(w) {
		return false
	}
	if !ef.isNameWord(i+1) || ef.toks[i+1].has(fUpper) || ef.toks[i+1].feat&(lxFunc|lxPronoun) != 0 {
		return false // "Boosting Your Energy": a title's words
	}
	e := i + 1
	for e < b && ef.isNameWord(e) {
		e++
	}
	n := e - (i + 1)
	if n == 1 && englishWords.has(ef.lowerTok(i+1)) {
		return false // "Casting Words": a common word alone after the verb
	}
	if ef.corpSuffixAt(e-1) || ef.toks[e-1].feat&lxOrgHead != 0 {
		return false // "Corning Inc.", "Reading Council": a body's name in -ing, not a verb before one
	}
	for k := 0; k+n <= len(ef.toks); k++ {
		if k == i+1 || k > 0 && ef.tok(k-1) == w {
			continue
		}
		same := true
		for j := 0; j < n && same; j++ {
			same = ef.toks[k+j].kind == tWord && ef.tok(k+j) == ef.tok(i+1+j)
		}
		if same {
			return true // the whole run after the verb, elsewhere: not "Making America Great Again"
		}
	}
	return false
}

// ingVerbAt reports whether the capitalised word at token i, before the end b of its run,
// may be a verb's form in -ing rather than a name's first word: of minLen letters or more,
// not all capitals, no given name, known name or town ("Sterling", "Reading"), and the
// form of a verb the word lists know (ingBase). participleOpens, participleAcronym and
// participleBeforeName ask it first.
func (ef *entityFinder) ingVerbAt(i, b, minLen int) bool {
	w := ef.tok(i)
	return len(w) >= minLen && strings.HasSuffix(w, "ing") && i+1 < b && !ef.toks[i].has(fUpper) &&
		!firstNames[w] && !ef.known(w) && !knownTown(w) && ingBase(lowerASCII(w)) != ""
}
