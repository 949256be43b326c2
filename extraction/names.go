package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Names: runs of capitalised words, split into titles and names, and typed by the word
// lists, their head words and their context (chunk, spanMentions, classifyAndAdd); and
// groups named by a demonym or creed and a group noun (findGroups).

var (
	ethnic        = newTokSet(wordSet("ethnic"))
	groupNouns    = newTokSet(wordSet("group-nouns"))
	otherPrefixes = newTokSet(wordSet("other-prefixes"))
	holidays      = newTokSet(wordSet("holidays"))
	notNames      = wordSet("not-names") // time words that look like names
	placeNouns    = newTokSet(wordSet("place-nouns"))
	placePrefixes = newTokSet(wordSet("place-prefixes"))
	nameParticles = newTokSet(wordSet("name-particles"))
)

// possessiveInName: words whose "'s" belongs to the name it starts ("Republican People's
// Party", "Today's Zaman"), not to an owner ("Turkey's Foreign Ministry").
var possessiveInName = newTokSet(wordSet("possessive-in-name"))

// descriptorNouns open a sentence as common nouns before a name ("Broadcaster NTV said").
var descriptorNouns = newTokSet(wordSet("descriptor-nouns"))

// partyWords name a political side, not a person: "Republican Texas Senator Ted Cruz".
var partyWords = newTokSet(wordSet("party-words"))

// partyLabels are the party words that alone are an adjective or a member's label ("a
// Republican senator", "a Democrat"), no entity; their plurals name the party.
var partyLabels = newTokSet(wordSet("party-labels"))
var romanNumerals = newTokSet(wordSet("roman-numerals"))

// ordinalUnits: words of a unit an ordinal numbers ("Regiment", "Circuit"), with the
// type of the unit's name where it is no organization ("Amendment": a law, Other), or
// "time" for a period ("the 19th Century": no name; "21st Century Fox" is one).
var ordinalUnits = wordValues("ordinal-units")

// titleModifiers stand before a title as part of it ("Deputy District Attorney").
var titleModifiers = newTokSet(wordSet("title-modifiers"))

// placeAfterTo, placeBeforeOf: the words before "to" and "of" after which a name is a
// place ("fled to Turkey", "southeast of Yujing"); orgDescriptors: the words after
// which it is an organization ("utility Taipower").
var (
	placeAfterTo   = newTokSet(wordSet("place-after-to"))
	placeBeforeOf  = newTokSet(wordSet("place-before-of"))
	orgDescriptors = newTokSet(wordSet("organization-descriptors"))
	// headsBeforeOf: the capitalised head words, besides the lexicon's organization and
	// place heads and the titles, after which "of"/"for"/"on" goes on with the name
	// ("Chamber of Commerce", "House of Representatives"); see headed
	headsBeforeOf = newTokSet(wordSet("heads-before-of"))
	// lastHeadsBeforeOf: the same, but only as the name's last word and not after a
	// first name ("Robert Hall of Canada")
	lastHeadsBeforeOf = newTokSet(wordSet("last-heads-before-of"))
)

// chunk finds runs of capitalised words in sentence si and turns each into mentions.
func (ef *entityFinder) chunk(si int) {
	s := &ef.sents[si]
	credit := s.kind == sCredit || s.kind == sDebris
	i := s.start
	if credit && i == s.a && ef.followCredit(si) {
		i++ // "Follow Anna Berg on Twitter": the reporter's name starts after the verb
	} else if on := ef.accountAt(si); credit && i == s.a && on >= 0 {
		i = on + 1 // "Follow her on Twitter: @aberg": only the platform is named
	}
	for i < s.b {
		if next := ef.workTitleAt(si, i); next > i {
			i = next // "the film <em>Ghost in the Shell</em>": one name
			continue
		}
		if next := ef.quotedTitleAt(si, i); next > i {
			i = next // appeared on “Meet the Press”: one name (entities_works.go)
			continue
		}
		if ef.entAt[i] >= 0 || !ef.isNameWord(i) {
			i++
			continue
		}
		if next := ef.noNameAt(si, i, credit); next > i {
			i = next
			continue
		}
		if end, name := ef.nicknamedName(si, i); end > i {
			ef.addMention(si, i, end, i, name, kg.Person, 7) // Robert "Bobcat" Lane
			i = end
			continue
		}
		initial := ef.clauseInitial(i, s.start)
		if initial && (ef.participleOpens(i, s.b) || ef.participleAcronym(i, s.b) || ef.participleBeforeName(i, s.b)) {
			i++ // "Retaking Falluja would …", "Neighboring Turkey has …": a verb's -ing form, then the name
			continue
		}
		if initial && i+1 < s.b && ef.in(i, callImperatives) && ef.isNameWord(i+1) && (firstNames[ef.tok(i+1)] || ef.known(ef.tok(i+1))) && !firstNames[ef.tok(i)] {
			i++ // "Watch Hillary Clinton and …", "Download ABC News": a page's call to act, then the name
			continue
		}
		t := &ef.toks[i]
		if initial && i+1 < s.b && ef.isNameWord(i+1) && !ef.titleStarts(i) && (ef.lowerSeen.has(ef.lowerTok(i)) || descriptorNouns.has(ef.lowerTok(i))) && !ef.known(ef.tok(i)) && !ef.knownPlaceStarts(i) && !ef.namedBefore(ef.tok(i)+" "+ef.tok(i+1)) && !ef.adjectiveOpensBody(i, s.b) {
			// "Broadcaster NTV said": the first word is a common noun (not "New" of "New
			// Zealand", nor "App" of "App Annie" when the article gave that name before,
			// nor "Federal" of "Federal Aviation Administration": bodyfirstwords.go)
			i++
			continue
		}
		if (initial || s.kind == sCredit && t.feat&(lxFunc|lxStarter) != 0) && !ef.creditGivenName(si, i) {
			if t.feat&(lxFunc|lxStarter|lxNumWord|lxPronoun) != 0 && t.feat&lxHonor == 0 && !ef.placeStarts(i) && !(s.kind != sCredit && bodyStarters.has(ef.low(i)) && ef.adjectiveOpensBody(i, s.b)) {
				i++
				continue
			}
			if (i+1 >= s.b || !ef.isNameWord(i+1)) && !ef.officeTitleOpens(i, s.b) && !ef.ofNameStarts(i) && ef.numberedNameEnd(si, i, i+1) == i+1 {
				w := ef.tok(i)
				if ef.lowerSeen.has(lowerASCII(w)) && !ef.known(w) {
					i++
					continue
				}
				// a lone capitalised first word is a name only when the article names it
				// elsewhere too, or it speaks ("Reuters reported", "NDTV also reported"); not a plural of people
				// ("Officers had taken …")
				if t.feat&lxPersonNoun != 0 && !ef.known(w) {
					i++
					continue
				}
				if !ef.known(w) && !firstNames[w] && !ef.capSeen.has(w) && !ef.townBeforeNoun(i) && !(i+1 < s.b && (ef.isSpeech(i+1) || ef.is(i+1, wAlso) && i+2 < s.b && ef.isSpeech(i+2) || ef.is(i+1, wHas, wHad, wIs, wWas, wWill, wWould))) && !ef.employerBeforeRole(i, s.b) && !ef.ownerBeforeName(i, s.b) && !ef.orgSlot(si, i, i+1) && !ef.outletNounsAfter(i+1) {
					i++
					continue
				}
			}
		}
		if ef.ordinalAt(i, s.b) {
			i += 2 // "Game 5", "Category 4" (numberednames.go)
			continue
		}
		if next := ef.titleNoName(i, s.b); next > i {
			i = next
			continue
		}
		j := ef.extendSpan(i, s.b)
		j = ef.numberedNameEnd(si, i, j)  // "Interstate 75" (numberednames.go)
		j = ef.indexNumberEnd(si, i, j)   // "the S&P 500", "FTSE 100" (marketnames.go)
		j = ef.productNumberEnd(si, i, j) // "the Lexus LC 500 coupe" (marketnames.go)
		j = ef.stockIndexEnd(si, i, j)    // "the S&P 500 Index" (numberednames.go)
		j = ef.campusEnd(i, j, s.b)       // "University of California, Berkeley" (campuses.go)
		coded := ef.codeAfter(i, &j)      // "Brent LCOc1": the name ends before the quote code
		if i >= 2 && ef.punct(i-1, '-') && ef.toks[i-2].kind == tNum && !ef.toks[i-1].has(fSpace) && !ef.toks[i].has(fSpace) && ef.entAt[i-2] < 0 && ef.toks[i].e-ef.toks[i].s >= 3 {
			i -= 2 // "7-Eleven"
		}
		i = ef.numeralNameStart(s.start, i) // "9News", "the rapper 2 Vex" (numeralnames.go)
		// "Sarinah shopping mall", "Aceh province": the place noun belongs to the name, unless
		// it introduces another place or modifies the next noun (placenouns.go), or follows a
		// people's or creed's word alone ("the Shiite district of Sadr City"; not a body's
		// name written in lower case, "the Islamic state")
		if _, dem := demonymOf[hyphenHead(ef.tok(i))]; j < s.b && ef.toks[j].kind == tWord && !ef.toks[j].has(fCap) && !(j == i+1 && (dem || ethnic.has(ef.tok(i)) && !ef.known(ef.tok(i)+" "+strings.ToUpper(ef.tok(j)[:1])+ef.tok(j)[1:]) && !ef.possessedRegion(i, j, s.start))) {
			if ef.in(j, placeNouns) && ef.toks[j-1].feat&lxPlaceHead == 0 && ef.placeNounEndsName(i, j, s.b) && !ef.townBeforeFacility(i, j) {
				if ef.adjectivesOnly(i, j) {
					i = j + 1 // "the Midwestern state", "a Democratic state": a description, no place's name (placenouns.go)
					continue
				}
				j++
			} else if j+1 < s.b && ef.in(j+1, placeNouns) && ef.low(j) == "shopping" {
				j += 2
			}
		}
		// "New Year's Eve"
		if j+1 < s.b && (ef.tok(j) == "'s" || ef.tok(j) == "’s") && ef.is(j+1, wEve, wDay) {
			j += 2
		}
		j = ef.diseaseEnd(i, j, s.b) // "Guillain-Barre syndrome", "Alzheimer's disease" (diseasenames.go)
		if k := ef.namedDayEnd(i, j, s.b); k > j {
			i = k // "Super Tuesday", "Fourth of July": a day's name, no entity
			continue
		}
		// the straight-apostrophe spelling is another key only when the span holds a curly one
		if sp := ef.span(i, j); notNames[sp] || strings.Contains(sp, "’") && notNames[strings.ReplaceAll(sp, "’", "'")] || (j == i+2 && ethnic.has(ef.tok(i)) && notNames[ef.tok(i+1)]) {
			i = j
			continue
		}
		if j > i+1 && ethnic.has(ef.tok(i)) && notNames[ef.span(i+1, j)] {
			i = j
			continue
		}
		if j == i+1 && ef.corpSuffixAt(i) {
			i = j // a company form alone names no one ("Amazon.com Inc": the domain ends the name before it)
			continue
		}
		if k, tail := ef.modifierCompound(i, j); k >= 0 { // modifiercompounds.go
			ef.addModifierCompound(si, i, k, j, tail, credit)
			i = j
			continue
		}
		if k, place := ef.basedPlace(i, j); k >= 0 {
			ef.addBased(si, i, k, j, place)
			i = j
			continue
		}
		if k := ef.jointTitles(si, i, j, s.b, credit); k > j {
			i = k
			continue
		}
		ef.spanMentions(si, ef.ordinalUnitStart(si, i, j), j, credit)
		if end := ef.nicknameRunsOn(si, j); end > j {
			j = end // Parish Coroner William "Beau" Clark
		}
		if ef.articleParticleBefore(i, s.start) {
			ef.particleOpens(i) // "al Qaeda", "al Foua"
		}
		if coded {
			ef.instrumentName(i)
		}
		i = j
	}
}

// namedDayEnd returns the end of a day's name that opens with the name words i..j-1 and
// ends, within three words, in a weekday or a month the name reader stops at ("Super
// Tuesday", "Black Friday", "Fourth of July"; not-names lists them), or j when none does.
// Without it the first word stood alone as an Organization ("Super", "Fourth").
func (ef *entityFinder) namedDayEnd(i, j, b int) int {
	for k := j; k < b && k < j+3; k++ {
		if ef.toks[k].feat&(lxMonth|lxDay) != 0 && notNames[ef.span(i, k+1)] {
			return k + 1
		}
	}
	return j
}

// articleParticleBefore reports whether the name at token i opens after a lower-case
// Arabic article that belongs to it ("al Qaeda", "militants of al Shabaab"): "al" alone
// before the name, with no name word before it ("Abu Bakr al Baghdadi" is read whole by
// extendSpan) and not "et al".
func (ef *entityFinder) articleParticleBefore(i, start int) bool {
	p := i - 1
	if p < start || ef.entAt[p] >= 0 || ef.toks[p].kind != tWord || ef.tok(p) != "al" || !ef.toks[i].has(fSpace) {
		return false
	}
	return p == start || !ef.is(p-1, wEt) && !ef.isNameWord(p-1)
}

// particleOpens moves the start of the mention at token i back over the article before
// it: an organization the word lists know by the article ("al Qaeda", "al Jazeera") takes
// their name, a place or another body the article's ("al Foua") unless the lists name it
// ("al Nusra": Nusra Front); a person keeps the
// surname alone, as the people's names it abbreviates do ("al Baghdadi": Baghdadi).
func (ef *entityFinder) particleOpens(i int) {
	mi := ef.entAt[i]
	if mi < 0 || ef.mentions[mi].a != i {
		return
	}
	m := &ef.mentions[mi]
	rest := ef.span(i, m.b)
	switch {
	case orgAlias["Al "+rest] != "":
		m.name, m.typ, m.score = "Al "+rest, kg.Organization, 10
	case m.typ == kg.Person || m.demonym:
		return
	case m.name == rest: // not "al Nusra", whose name the lists give ("Nusra Front")
		m.name = "al " + rest
	}
	if m.ta == i {
		m.ta = i - 1
	}
	m.a = i - 1
	ef.entAt[i-1] = int32(mi)
}

// noNameAt returns the token after the word at token i when that word starts no name,
// or i: a state's abbreviation after a town (recorded as the state), a ticker
// (its company made an organization), a shouted word in prose, a contraction, "May" the
// month, a month's abbreviation before a day ("Feb 27"), an acronym's plural ("PCs"), a run of shouted common words, or a common word that opens a clause
// ("Imagine …", "Historian Richard Carrier").
func (ef *entityFinder) noNameAt(si, i int, credit bool) int {
	s := &ef.sents[si]
	if ef.stateAfterTown(si, i) {
		return i + 1
	}
	if end := ef.partyStateTag(si, i); end > i {
		return end // "R-Wis." (entities_tags.go)
	}
	if ef.quoteCode(i) {
		ef.codeMention(si, i) // "JPY="
		return i + 1
	}
	if end := ef.tickerEnd(i - 1); end >= 0 {
		ef.tickerOwner(i - 2) // "Alphabet Inc (GOOGL.O)"
		return end
	}
	t := &ef.toks[i]
	if t.e-t.s <= 3 && strings.IndexByte(ef.tok(i), '/') > 0 {
		return i + 1 // "P/E", "A/B", "I/O" alone: a ratio or a pair, no name
	}
	if place := ef.shoutedPlace(si, i, i+1); place != "" && t.e-t.s > 6 {
		ef.addMention(si, i, i+1, i, place, kg.Place, 10)
		return i + 1
	}
	if ef.numberSign(i) || ef.clockZone(i) || ef.scaleAfterNumber(i) {
		return i + 1
	}
	if t.has(fUpper) && t.e-t.s > 6 && t.feat&lxHonor == 0 && !stationCall(ef.tok(i)) && !ef.capsCredit(i) && !ef.shoutedBrand(si, i) || contraction(ef.tok(i)) || ef.monthMay(i) || ef.monthAlone(si, i) || ef.engineLayout(i) || ef.monthAbbrev(i) || pluralAcronym(ef.tok(i)) || ef.nounAcronym(i) || ef.gluedWord(i) || adjectiveCompound(ef.tok(i)) {
		return i + 1
	}
	if ef.loneFunctionWord(si, i) {
		return i + 1
	}
	if end := ef.labelEnd(si, i); end > i {
		return end
	}
	if !credit && ef.shoutedWord(i) {
		for i++; i < s.b && ef.toks[i].kind == tWord && ef.toks[i].has(fUpper); i++ {
		}
		return i
	}
	if ef.clauseInitial(i, s.start) && !credit && ef.commonWord(i) && (i+1 >= s.b || !ef.isNameWord(i+1) || ef.descriptorFirst(i, i+2)) && !ef.ownerBeforeName(i, s.b) && !ef.adjectiveOpensBody(i, s.b) {
		return i + 1
	}
	return i
}

// nicknamedName returns the end of a person's name that holds a nickname or stage name
// in quotation marks, and the name without it ("Robert “Bobcat” Lane" → Robert Lane,
// "Joaquin "El Chapo" Guzman" and "Joaquin 'El Chapo' Guzman" → Joaquin Guzman), or i:
// one or two name words (the first a given name the word lists know, or followed by a
// one- or two-word nickname), a quotation mark that opens (nicknameOpens), one to three
// capitalised words of two letters or more (not Toys "R" Us), one that closes
// (nicknameCloses), and one or two name words after a space; no title before it.
func (ef *entityFinder) nicknamedName(si, i int) (int, string) {
	end := ef.sents[si].b
	k := i
	for k < end && k-i < 2 && ef.isNameWord(k) && ef.toks[k].feat&(lxFunc|lxStarter|lxPronoun|lxNumWord|lxHonor) == 0 {
		k++
	}
	if k == i || k >= end || !ef.nicknameOpens(k) || !ef.toks[k].has(fSpace) || ef.titleStarts(i) {
		return i, ""
	}
	m := k + 1
	for m < end && m-k <= 3 && ef.toks[m].kind == tWord && ef.toks[m].has(fCap) && ef.toks[m].e-ef.toks[m].s >= 2 {
		m++
	}
	if m == k+1 || m >= end || !ef.nicknameCloses(m) || m-k-1 > 2 && !firstNames[ef.tok(i)] {
		return i, ""
	}
	n := m + 1
	for n < end && n-m <= 2 && ef.isNameWord(n) && (n > m+1 || ef.toks[n].has(fSpace)) {
		n++
	}
	if n == m+1 || ef.known(ef.span(m+1, n)) || ef.titleStarts(m+1) {
		return i, ""
	}
	return n, ef.span(i, k) + " " + ef.span(m+1, n)
}

// nicknameOpens reports whether token k opens a nickname's quotation: a quotation mark,
// or a single one, straight or curly, that the next word is written against ("Joaquin
// 'El Chapo' Guzman", a headline's style).
func (ef *entityFinder) nicknameOpens(k int) bool {
	if ef.toks[k].kind == tOpenQ {
		return true
	}
	return (ef.punct(k, '\'') || ef.tok(k) == "‘") && k+1 < len(ef.toks) && !ef.toks[k+1].has(fSpace)
}

// nicknameCloses reports whether token m closes a nickname's quotation: a quotation mark,
// or a single one written against the word before it, with a space after it.
func (ef *entityFinder) nicknameCloses(m int) bool {
	if ef.toks[m].kind == tCloseQ {
		return true
	}
	return (ef.punct(m, '\'') || ef.tok(m) == "’") && !ef.toks[m].has(fSpace) && m+1 < len(ef.toks) && ef.toks[m+1].has(fSpace)
}

// nicknameRunsOn extends the person whose mention ends at token j, before a quotation
// mark, over a nickname and the surname after it, when the titles before the given name
// kept nicknamedName from reading the whole ("East Baton Rouge Parish Coroner William
// “Beau” Clark": William → William Clark, still coroner of the parish), and returns the
// new end; else j.
func (ef *entityFinder) nicknameRunsOn(si, j int) int {
	if j >= ef.sents[si].b || ef.toks[j].kind != tOpenQ || j == 0 || ef.entAt[j-1] < 0 {
		return j
	}
	m := &ef.mentions[ef.entAt[j-1]]
	if m.typ != kg.Person || m.b != j {
		return j
	}
	for g := j - 1; g >= m.a && g >= j-2; g-- {
		end, name := ef.nicknamedName(si, g)
		if end <= j {
			continue
		}
		for k := j; k < end; k++ {
			if ef.entAt[k] >= 0 {
				return j
			}
		}
		m.name = strings.TrimSpace(ef.span(m.a, g) + " " + name)
		for k := j; k < end; k++ {
			ef.entAt[k] = ef.entAt[j-1]
		}
		m.b = end
		return end
	}
	return j
}

// ordinalUnitStart returns where the name i..j-1 starts when the ordinal before it
// numbers a unit of its kind and so is part of it ("the 75th Ranger Regiment", "the 2nd
// U.S. Circuit Court of Appeals", "the 82nd Airborne", "21st Century Fox"), else i: one of
// its words is a unit's (ordinal-units), or its last word, or its word before "of", is an
// organization's or a place's head. An ordinal that counts an occasion ("the 88th Academy
// Awards", "the 50th Super Bowl") stays out.
func (ef *entityFinder) ordinalUnitStart(si, i, j int) int {
	o := i - 1
	if o < ef.sents[si].start || ef.entAt[o] >= 0 || !ef.ordinal(o) || !ef.toks[i].has(fSpace) {
		return i
	}
	for k := i; k < j; k++ {
		if _, ok := ordinalUnits[ef.tok(k)]; ok {
			return o
		}
		if (k == j-1 || ef.is(k+1, wOf)) && ef.toks[k].feat&(lxOrgHead|lxPlaceHead) != 0 {
			return o
		}
	}
	return i
}

// ordinal reports whether token k is a number written as an ordinal ("75th", "2nd").
func (ef *entityFinder) ordinal(k int) bool {
	t := &ef.toks[k]
	if t.kind != tNum || !t.has(fSuffix) {
		return false
	}
	w := ef.tok(k)
	switch strings.ToLower(w[max(0, len(w)-2):]) {
	case "st", "nd", "rd", "th":
		return allDigits(w[:len(w)-2])
	}
	return false
}

// titleNoName returns the token after a title at token i that names no one, or i: a
// title alone ("the Prime Minister said"), a title before "of" ("CEO of PlayerUp": the
// name after it starts there), a letter between slashes ("I/B/E/S"); not a title that
// opens a party's name ("the Justice and Development Party": partyAfterAnd).
func (ef *entityFinder) titleNoName(i, end int) int {
	if ef.isSlashLetter(i) {
		return i + 1
	}
	t := ef.titleEnd(i)
	if t == i {
		return i
	}
	if (t >= end || !ef.isNameWord(t)) && !ef.is(t, wOf) && !ef.officeOfTitle(t, end) && !properNames[ef.tok(i)] && !ef.namedBefore(ef.tok(i)) && ef.partyAfterAnd(i, t, end) == t {
		return t
	}
	if ef.is(t, wOf) && t+1 < end {
		if _, _, ok := ef.officeHolder(t, ef.extendSpan(i, end)); ok {
			return i // "Director of National Intelligence James Clapper" (officetitles.go)
		}
		if ef.is(t+1, wThe) {
			return t + 2
		}
		return t + 1
	}
	return i
}

// titleStarts reports whether a title begins at token i ("Health Minister").
func (ef *entityFinder) titleStarts(i int) bool {
	for l := maxTitleLen; l >= 1; l-- {
		if i+l <= len(ef.toks) {
			if _, ok := titleRole[ef.span(i, i+l)]; ok {
				return true
			}
		}
	}
	return false
}

// titleEnd returns the end of the longest title that starts at token i, or i.
func (ef *entityFinder) titleEnd(i int) int {
	for l := maxTitleLen; l >= 1; l-- {
		if i+l <= len(ef.toks) {
			if _, ok := titleRole[ef.span(i, i+l)]; ok {
				return i + l
			}
		}
	}
	return i
}

// known reports whether a single word is in a gazetteer.
func (ef *entityFinder) known(w string) bool {
	if _, ok := countryOf[w]; ok {
		return true
	}
	if _, ok := orgAlias[w]; ok {
		return true
	}
	if _, ok := demonymOf[w]; ok {
		return true
	}
	return regionNations.has(w)
}

// extendSpan grows a name from token i: capitalised words, joined by of/for/on/and/the
// where the name so far is an organization's or a title's ("Institute for Policy Analysis of
// Conflict", "United Nations Office on Drugs and Crime", "Secretary of State John Kerry").
func (ef *entityFinder) extendSpan(i, end int) int {
	j := i + 1
	connected := false
	joinedAt := i // the first word after the last of/for/on that joined
	lastJoined := false
	for j < end && j-i < 12 {
		if ef.toks[j].has(fLine | fPara) {
			break // a name never runs across a line break: "Washington Times" on one line, "Senate" on the next
		}
		if camelBrand(ef.tok(j)) {
			break // "Apple iPhone", "San Bernardino iPhone": a product starts its own name
		}
		if ef.placeThenPerson(i, j, end) {
			break // "envoy to Syria Omar Haddad": the place, then the person (placeperson.go)
		}
		if ef.tok(j) == "I" && ef.tok(j-1) == "War" && !ef.toks[j].has(fAbbr) {
			j++ // "World War I": the numeral, not the pronoun
			continue
		}
		if j == i+1 && ef.monthSurname(i, j, end) {
			j++ // "Carl June at the University of Pennsylvania"
			continue
		}
		// "J.P.Morgan Securities": a name written on after an initialism
		if ef.isNameWord(j) && (ef.toks[j].has(fSpace) || ef.toks[j-1].has(fAbbr) && ef.toks[j-1].kind == tWord && ef.toks[j].e-ef.toks[j].s >= 3 && !ef.toks[j].has(fUpper)) {
			if ef.toks[j].has(fUpper) && ef.toks[j].e-ef.toks[j].s > 6 && !ef.toks[j-1].has(fUpper) && !strings.Contains(ef.tok(j), "/") {
				break
			}
			j++
			continue
		}
		if ef.suffixedAfterComma(j, end) {
			j += 2 // "Caesar Goodson, Jr." (namesuffixes.go)
			continue
		}
		// Peoples' Democratic Party (not "Theranos’ California lab", "Brussels' Grand Place")
		if (ef.punct(j, '\'') || ef.tok(j) == "’") && !ef.toks[j].has(fSpace) && j+1 < end && ef.isNameWord(j+1) && strings.HasSuffix(ef.tok(j-1), "s") && !ef.known(ef.tok(j+1)) && !ef.ownerBeforeMark(i, j) {
			j += 2
			continue
		}
		// Republican People's Party, Today's Zaman, Harford County Sheriff's Office,
		// Macy's Inc (a company suffix after the possessive)
		if (ef.tok(j) == "'s" || ef.tok(j) == "’s") && j+1 < end && ef.isNameWord(j+1) && (possessiveInName.has(ef.tok(j-1)) || ef.corpSuffixAt(j+1)) || ef.officeOfTitle(j, end) {
			j += 2
			continue
		}
		if ef.possessiveSite(i, j, end) || ef.brandUnit(i, j, end) {
			j += 2 // "Levi's Stadium", "Prince George's County", "Moody's Investors Service" (possessivenames.go)
			continue
		}
		if ef.toks[j].kind == tWord && !ef.toks[j].has(fCap) {
			w := ef.low(j)
			if k := ef.caseEnd(i, j, end); k > j {
				j = k // "Roe v. Wade", "Koza v Diggs": a case's parties are one name
				continue
			}
			if nameParticles.has(w) && j+1 < end && ef.isNameWord(j+1) {
				j += 2
				continue
			}
			// "Place de la Bourse", "Jan van der Berg": two particles, then the name goes on
			if nameParticles.has(w) && j+2 < end && ef.in(j+1, nameParticles) && !ef.toks[j+1].has(fCap) && ef.toks[j+1].kind == tWord && ef.isNameWord(j+2) {
				j += 3
				continue
			}
			if (w == "of" || w == "for" || w == "on") && j+1 < end {
				k := j + 1
				if ef.is(k, wThe) && k+1 < end {
					k++
				}
				if ef.isNameWord(k) && !ef.toks[k].has(fUpper|fAbbr) && !camelBrand(ef.tok(k)) {
					// a name joined after a last head goes on at a later "of" ("Convention
					// on the Law of the Sea"), not "for" ("House of Commons for Britain")
					if ef.headed(i, j) || ef.lastHeaded(i, j) || lastJoined && w == "of" || w == "of" && ef.listedAffiliate(i, j, k) {
						lastJoined = lastJoined || ef.lastHeaded(i, j)
						connected = true
						joinedAt = k
						j = k + 1
						continue
					}
				}
				if ef.isNameWord(k) && (ef.headed(i, j) && ef.titleAt(i, j) || ef.pluralTitleOpens(i, j)) { // listtitles.go
					connected = true
					joinedAt = k
					j = k + 1
					continue
				}
			}
			if w == "for" && !connected {
				if k := ef.forNameEnd(i, j, end); k > j {
					j = k // "Parents for Safer Streets" (fornames.go)
					continue
				}
			}
			// not past a title and its holder ("House of Representatives Speaker Paul
			// Ryan and Senate …")
			if (w == "and" || w == "&") && connected && j+1 < end && ef.isNameWord(j+1) && !ef.titleAt(joinedAt, j) && !ef.personAfterAnd(j+1, end) && !ef.nameAfterAnd(joinedAt, j, end) && !ef.secondBodyAfterAnd(joinedAt, j, end) {
				j += 2
				continue
			}
			// "Food and Drug Administration", "Energy and Commerce Committee", "Bill and
			// Melinda Gates Foundation"
			if w == "and" && !connected {
				if k := max(ef.bodyAfterAnd(i, j, end), ef.committeeAfterAnd(i, j, end), ef.portfolioAfterAnd(i, j, end), ef.knownAfterAnd(i, j, end), ef.coupleAfterAnd(i, j, end), ef.partyAfterAnd(i, j, end), ef.acronymAfterAnd(i, j, end)); k > j {
					j = k
					continue
				}
			}
			// "Cowen and Co", "Smith and Sons"
			if w == "and" && j+1 < end && (corpSuffix.hasLower(strings.TrimSuffix(ef.tok(j+1), ".")) || ef.is(j+1, wSons, wPartners, wAssociates)) && ef.toks[j+1].has(fCap) {
				j += 2
				continue
			}
			if w == "in" && connected {
				if k := ef.fieldInAfterJoin(joinedAt, j, end); k > j {
					j = k // "Canadian Centre for Ethics in Sports" (fieldinnames.go)
					continue
				}
			}
			if w == "in" && j+1 < end && ef.isNameWord(j+1) && (ef.is(j-1, wEmbassy, wConsulate)) {
				j += 2
				continue
			}
		}
		if ef.punct(j, '&') && j+1 < end && ef.isNameWord(j+1) && !ef.peopleAroundAmp(i, j, end) {
			j += 2
			continue
		}
		if connected && ef.punct(j, ',') {
			if k := ef.fieldListEnd(joinedAt, j, end); k > j {
				j = k // "Bureau of Alcohol, Tobacco, Firearms and Explosives" (fieldlists.go)
				continue
			}
		}
		break
	}
	return j
}

// nameAfterAnd reports whether the "and" at token j, in a name joined at "of" or "for"
// whose words since the join start at token from, opens a second name rather than
// going on with the first: a nationality ("Secretary of State Ann Roe and Russian
// Foreign Minister …", "the Bureau of Investigation and Panamanian police"), a place
// before a title ("Senator Ted Cruz of Texas and Ohio Governor …"), or, after a place,
// a name with an organization's head of its own ("University of Richmond and Virginia
// Commonwealth University"; not "Port Authority of New York and New Jersey",
// "Department of Health and Human Services"), or a second name joined at "of" (ofNameAt).
func (ef *entityFinder) nameAfterAnd(from, j, end int) bool {
	k := j + 1
	if _, ok := demonymOf[ef.tok(k)]; ok {
		return true
	}
	if ef.ofNameAt(k, end) {
		return true
	}
	for l := min(3, end-k); l >= 1; l-- {
		if _, ok := countryOf[ef.span(k, k+l)]; ok && k+l < end && ef.titleStarts(k+l) {
			return true
		}
	}
	if _, ok := countryOf[ef.span(from, j)]; !ok {
		return false
	}
	e := k
	for e < end && ef.isNameWord(e) {
		e++
	}
	return e > k+1 && ef.toks[e-1].feat&lxOrgHead != 0
}

// ofNameAt reports whether a second name joined at "of" opens at token k, after the "and"
// that follows a first one: name words with an organization's head, or two of them at
// least, then "of" and a name word ("Communications Workers of America and International
// Brotherhood of Electrical Workers", "Bank of America and Bank of New York Mellon").
// One word that is no head goes on with the first name ("Bureau of Industry and Security
// of the Department of Commerce"), as a name with no "of" does ("Department of Health
// and Human Services").
func (ef *entityFinder) ofNameAt(k, end int) bool {
	e := k
	for e < end && e < k+4 && ef.isNameWord(e) && !ef.is(e, wOf) {
		e++
	}
	if e == k || e+1 >= end || !ef.is(e, wOf) || !(ef.toks[e-1].feat&lxOrgHead != 0 || e-k >= 2) {
		return false
	}
	n := e + 1
	if ef.is(n, wThe) {
		n++
	}
	return n < end && ef.isNameWord(n)
}

// caseEnd returns the end of a case's name whose first party is i..j-1 and whose "v" or
// "v." is token j ("Roe v. Wade", "Koza v Diggs", "Batman v Superman"), or j: each party
// one or two name words that no word list knows and that hold no head of a body or a
// place and no company suffix ("U.S. v. Zarrab" keeps the country, "Apple Inc v.
// Samsung" its companies, "Shelby County v. Holder" its county). "vs." between teams or
// rivals is no name.
func (ef *entityFinder) caseEnd(i, j, end int) int {
	if w := ef.tok(j); w != "v" && w != "v." || j-i > 2 || !ef.caseParty(i, j) {
		return j
	}
	k := j + 1
	if k >= end || !ef.toks[k].has(fSpace) {
		return j
	}
	n := k
	for n < end && n-k < 3 && ef.isNameWord(n) {
		n++
	}
	if n == k || n-k > 2 || !ef.caseParty(k, n) {
		return j
	}
	return n
}

// caseParty reports whether the name words a..b-1 may be a party of a case's name joined
// to the other party (caseEnd).
func (ef *entityFinder) caseParty(a, b int) bool {
	if ef.known(ef.span(a, b)) {
		return false
	}
	for k := a; k < b; k++ {
		if ef.known(ef.tok(k)) || ef.toks[k].feat&(lxOrgHead|lxPlaceHead) != 0 || ef.corpSuffixAt(k) {
			return false
		}
	}
	return true
}

// headed reports whether the words a..b-1 contain an organization's or place's head word
// or a title, after which "of" continues the name.
func (ef *entityFinder) headed(a, b int) bool {
	for k := a; k < b; k++ {
		f := ef.toks[k].feat
		if f&(lxOrgHead|lxPlaceHead|lxRole) != 0 {
			return true
		}
		w := ef.tok(k)
		if _, ok := titleRole[w]; ok {
			return true
		}
		if headsBeforeOf.has(w) {
			return true
		}
	}
	return false
}

// lastHeaded reports whether the words a..b-1 end with a head word after which "of"
// continues the name ("House of Representatives", "Chamber of Commerce") and do not
// open with a first name ("Robert Hall of Canada").
func (ef *entityFinder) lastHeaded(a, b int) bool {
	return b > a && lastHeadsBeforeOf.has(ef.tok(b-1)) && !firstNames[ef.tok(a)]
}

// titleAt reports whether one of the words a..b-1 is a title.
func (ef *entityFinder) titleAt(a, b int) bool {
	for k := a; k < b; k++ {
		if _, ok := titleRole[ef.tok(k)]; ok {
			return true
		}
	}
	return false
}

// spanMentions splits a capitalised span into title, organization prefix and name, and
// records the mentions.
func (ef *entityFinder) spanMentions(si, a, b int, credit bool) {
	if b == a+1 && (ef.demonymWord(si, a) || calendarRange(ef.tok(a)) || loneLetter(ef.tok(a))) {
		return // "Turkish"; "January-March" (residents.go); "corner B", "vitamin D"
	}
	if ef.chamberParty(a, b) {
		ef.spanMentions(si, a, a+1, credit) // "Senate Democratic leader": the chamber; the party word a label (chamberparties.go)
		return
	}
	if k := max(ef.sideBeforeName(a, b), ef.placeBeforeParty(a, b), ef.placeBeforeAcronym(a, b), ef.partyLabelBefore(a, b), ef.bodyPlaceSpan(a, b), ef.placeBeforeOrg(a, b)); k > a {
		// "Republican Donald Trump", "Democrats Hillary Clinton": the side and the person;
		// "a Texas Republican": the state and the party; "Denver ABC": the city and the
		// network (entities_tags.go); "a Lakeview Wal-Mart": the town and the company
		// (placechains.go)
		ef.spanMentions(si, a, k, credit)
		ef.spanMentions(si, k, b, credit)
		return
	}
	if k := ef.trailingTitle(a, b); k > a {
		ef.spanMentions(si, a, k, credit) // "the Lyft CTO,", "Oculus VP of product": the title names no one (firmsbeforetrades.go)
		return
	}
	if ef.roleLabel(a, b) {
		return // "Principal Architect at …": a job, no name (entities_tags.go)
	}
	if d := ef.gluedDescriptor(a, b); d >= 0 {
		ef.descriptorMentions(si, a, b, d, credit) // "U.S. Olympian Dana Ruiz" (bodyglue.go)
		return
	}
	if !ef.titledName(si, a, b, credit) {
		ef.possessiveCorpKey(ef.classifyAndAdd(si, a, b, credit))
	}
}

// loneLetter reports whether w is one capital letter, maybe with its full stop: a
// label ("corners A and B", "vitamin D", "the R button", "255 K"), never a name alone.
func loneLetter(w string) bool {
	return (len(w) == 1 || len(w) == 2 && w[1] == '.') && w[0] >= 'A' && w[0] <= 'Z'
}

// demonymWord records the lone demonym at token a ("Turkish") or each of a compound of
// demonyms ("Turkish-Syrian") as a mention of its country; a word of a people or creed
// alone ("Kurdish", "Sunnis") is no entity. It reports whether the word was one of them.
func (ef *entityFinder) demonymWord(si, a int) bool {
	w := ef.tok(a)
	if c, ok := demonymOf[w]; ok {
		ef.addDemonym(si, a, w, c)
		return true
	}
	if strings.Contains(w, "-") && demonymCompound(w) {
		for _, p := range strings.Split(w, "-") {
			ef.addDemonym(si, a, p, demonymOf[p])
		}
		return true
	}
	base, _, _ := strings.Cut(w, "-")
	if ethnic.has(base) || ethnic.has(strings.TrimSuffix(base, "s")) || partyWords.has(base) {
		if partyLabels.has(w) {
			return true // "a Republican senator", "a Democrat": a label, no entity
		}
		if partyWords.has(w) && !strings.HasSuffix(w, "s") {
			return false // "Labour": the party
		}
		if base != w || !strings.HasSuffix(w, "s") {
			return true // "Kurdish": a word of a people or a creed
		}
		if partyLabels.has(strings.TrimSuffix(w, "s")) {
			ef.addMention(si, a, a+1, a, w, kg.Organization, 5) // "Republicans": the party
			return true
		}
		ef.addMention(si, a, a+1, a, w, kg.Group, 5) // "the Kurds", "Sunnis"
		return true
	}
	if placeResidents(w) {
		ef.addMention(si, a, a+1, a, w, kg.Group, 5) // "Iowans", "Londoners" (residents.go)
		return true
	}
	return ef.properAdjective(a)
}

// titledName records a name after a title in the span a..b-1 ("Health Minister Mehmet
// Muezzinoglu", "Maj. Gen. X", "Tainan City Mayor Lai Ching-Te"): the last run of
// titles followed by a name word; the name is a person with the title's role, and the
// words before the titles the organization or place the role is held for. It reports
// whether there was a title.
func (ef *entityFinder) titledName(si, a, b int, credit bool) bool {
	ta, tb, nb := -1, -1, b
	od, hp := -1, -1 // an office's words and its holder's name (officetitles.go)
	for k := a; k < b-1; k++ {
		for l := min(maxTitleLen, b-1-k); l >= 1; l-- {
			if l > 1 && ef.chiefOfAfter(k+l) {
				continue // "Cal Fire Chief of Public Information X": the office is "Chief of …" (titleglue.go)
			}
			if r, ok := ef.listTitleAt(k, k+l, b); ok && !ef.onlySuffixes(k+l, b) { // listtitles.go; not "John King Jr." (namesuffixes.go)
				// an honorific (Mr., Mrs.) always names a person: "Mr. Douglas" even
				// where Douglas is also a capital, but not "Dr. Soliman Fakeeh Hospital"
				end := ef.nameBeforeOf(k+l, b)
				if k+l < b && (r == "" && ef.toks[k+l-1].has(fAbbr) && ef.toks[b-1].feat&(lxOrgHead|lxPlaceHead) == 0 || !ef.orgWords(k+l, end) || ef.givenNameSurname(k+l, end)) {
					ta, tb, nb = k, k+l, end
					od, hp = -1, -1
				} else if d, p, ok := ef.officeHolder(k+l, b); ok {
					// "Minister of Public Security Guo Shengkun"; a title among the
					// office's words is the office's ("Minister of Justice Ann Roe")
					ta, tb, nb = k, k+l, b
					od, hp = d, p
					l = p - k
				}
				k += l - 1
				break
			}
		}
	}
	roleTitle := false
	if ta < 0 {
		k, end := ef.roleNounTitle(a, b) // "Legal Counsel Heather Dietrick" (roletitles.go)
		if k < 0 {
			return false
		}
		ta, tb, nb, roleTitle = a, k, end, true
	}
	ta = titlesFrom(ef.doc, a, ta)
	if ta+1 < tb && countryOf[ef.tok(ta)] != "" && ef.titleEnd(ta+1) > ef.titleEnd(ta) {
		// "U.S. Attorney General Loretta Lynch": not the title "U.S. Attorney" and a general,
		// but the longer "Attorney General" held for the country before it
		ta++
	}
	role := ef.listTitleRole(tb, titleRoleOf(ef.doc, ta, tb)) // listtitles.go
	if roleTitle {
		role = ef.roleNounOf(ta, tb)
	}
	orgM := -1
	orgText := ""
	for a < ta && titleModifiers.has(ef.tok(a)) && !ef.titleStarts(a+1) {
		a++ // "Former New York Mayor Michael Bloomberg": the office was New York's
	}
	if a < ta && partyLabels.has(ef.tok(a)) && (a+1 == ta || countryOf[ef.span(a+1, ta)] != "") {
		// "Republican Sen. Ann Roe", "Democratic Texas Gov. Ben Lund": a side, not whose
		// office; not "Republican National Committee Chairman X"
		a++
	}
	if a+1 < ta && demonymCompound(ef.tok(a)) && countryOf[ef.span(a+1, ta)] != "" {
		a++ // "Mexican-American U.S. District Judge X": her origin, then whose office
	}
	pe := ta // where whose office ends
	if a+1 < ta && partyLabels.has(ef.tok(ta-1)) && countryOf[ef.span(a, ta-1)] != "" {
		// "Michigan Republican Governor Rick Snyder": the state's office; the party's word
		// is a side (partyMember reads it), not part of whose office
		pe = ta - 1
	}
	if k, te := ef.titleRunsOn(a, tb, nb); k >= 0 {
		if te == b && ef.officeOfTail(a, ta) < ta {
			// "Office of Inspector General", "Office of the Attorney General": the title
			// names the office, one organization's name (officetails.go)
			if m := ef.classifyAndAdd(si, a, b, credit); m >= 0 && ef.mentions[m].typ != kg.Organization {
				ef.mentions[m].typ = kg.Organization
			}
			return true
		}
		// "Deputy U.N. Ambassador", "Magistrate Judge", "Deputy Chief of Staff": one
		// title, no name; whose office it is stays ("U.S.", "U.N.")
		for _, o := range [][2]int{{a, ta}, {tb, k}} {
			if o[0] >= o[1] {
				continue
			}
			if m := ef.classifyAndAdd(si, o[0], o[1], credit); m >= 0 && ef.mentions[m].typ == kg.Person && ef.mentions[m].score <= 2 {
				ef.mentions[m].typ = kg.Organization
			}
		}
		if te == nb && nb < b {
			ef.titleOf(si, nb, b, credit) // "… Ambassador of Varnia": the country
		}
		return true
	}
	if nb < b {
		// "Senator Bernie Sanders of Vermont": the place the role is held for
		defer ef.titleOf(si, nb, b, credit)
	}
	b = nb
	ofTail := false
	if k := ef.officeOfTail(a, pe); k < pe {
		if pe == ta && tb-ta > 1 && ef.known(ef.span(a, tb-1)) {
			// "Department of Homeland Security Secretary X": the body's name runs into the
			// title ("Homeland Security Secretary"); the title is its last word (officetails.go)
			pe, ta = tb-1, tb-1
		} else {
			// "the Conservative Party of Prime Minister X": the party is the minister's, not
			// whose office; a lone head ("Office of", "Department of") names nothing
			ofTail = true
			pe = k
			if pe == a+1 && ef.toks[a].feat&lxOrgHead != 0 {
				pe = a
			}
		}
	}
	if pe > a {
		oe := pe
		if k := ef.bodyPlace(a, pe); k > a {
			ef.classifyAndAdd(si, k, pe, credit) // "UN Syria Envoy X": the U.N.'s envoy; Syria its own name (bodyglue.go)
			oe = k
		}
		orgText = ef.span(a, oe)
		orgM = ef.classifyAndAdd(si, a, oe, credit)
		if orgM >= 0 && ef.mentions[orgM].typ == kg.Person && ef.mentions[orgM].score <= 2 {
			ef.mentions[orgM].typ = kg.Organization // "U.S. Transportation Secretary": whose office
		}
		if ofTail {
			orgText, orgM = "", -1
		}
	}
	if hp > 0 {
		if orgM < 0 && ef.namedOffice(od, hp) {
			// "Speaker of the House of Representatives Nancy Pelosi": the body is named
			orgText = ef.span(od, hp)
			orgM = ef.classifyAndAdd(si, od, hp, credit)
		}
		tb = hp
	}
	m := ef.addMention(si, tb, b, ta, ef.span(tb, b), kg.Person, 8)
	if m >= 0 {
		ef.mentions[m].role = role
		ef.mentions[m].roleOrg = orgText
		ef.mentions[m].roleOrgM = orgM
	}
	return true
}

// titleRunsOn reports where a title starts among the words tb..nb-1 that titledName took
// for the name after a title in the span from a, and where it ends, or -1: the words are one more title
// ("Magistrate Judge", "Deputy Chief of Staff", whose title runs past nb) or a known name
// or acronym and then a title that ends them ("Deputy U.N. Ambassador"). Such a span is a
// title that runs into another title, never a name. A first name or any other word before
// the title keeps the name ("Rep. Steve King"), and so does an honorific or an abbreviated
// title before it ("Dr. King", "Gen. King"), and a lone word that a person named before
// bears ("Colonel King" after "William King"; not after an article: "a Magistrate Judge").
func (ef *entityFinder) titleRunsOn(a, tb, nb int) (int, int) {
	if r, ok := titleRole[ef.tok(tb-1)]; ok && r == "" || ef.toks[tb-1].has(fAbbr) {
		return -1, -1 // "Dr. King", "Gen. King": an honorific or a short title names someone
	}
	if nb == tb+1 && !ef.is(a-1, wA, wAn, wThe) && ef.personSurname(ef.tok(tb)) {
		return -1, -1 // "Colonel King" after "William King": his surname
	}
	for k := tb; k < nb; k++ {
		if te := ef.titleEnd(k); te >= nb {
			return k, te
		}
		w := ef.tok(k)
		if !ef.known(w) && !allCaps(strings.ReplaceAll(w, ".", "")) {
			break
		}
	}
	return -1, -1
}

// personSurname reports whether a person the article named before ends with the word w
// ("King" after "William E. King IV", suffixes aside).
func (ef *entityFinder) personSurname(w string) bool {
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.typ != kg.Person || m.name == w {
			continue
		}
		for _, f := range strings.Fields(m.name)[1:] {
			if f == w {
				return true
			}
		}
	}
	return false
}

// titlesFrom returns the first token of the run of titles that ends with the one at ta
// ("Maj. Gen."), no further back than a.
func titlesFrom(d *doc, a, ta int) int {
	for ta > a {
		found := false
		for l := min(maxTitleLen, ta-a); l >= 1; l-- {
			if _, ok := titleRole[d.span(ta-l, ta)]; ok {
				ta -= l
				found = true
				break
			}
		}
		if p := portfolioBefore(d, a, ta); !found && p < ta {
			ta, found = p, true // "Transport Minister": the portfolio is the title's (bodyglue.go)
		}
		if !found && titleModifiers.has(d.tok(ta-1)) {
			ta, found = ta-1, true // "Deputy District Attorney", "Acting Director"
		}
		if !found && d.tok(ta) == "Officer" {
			// "Chief Legal Officer", "Chief Research Officer"
			for k := ta - 1; k >= a && k >= ta-3 && d.toks[k].has(fCap); k-- {
				if d.tok(k) == "Chief" {
					ta, found = k, true
					break
				}
			}
		}
		if !found {
			break
		}
	}
	return ta
}

// titleRoleOf returns the role the titles ta..tb-1 give: the last that gives one.
func titleRoleOf(d *doc, ta, tb int) string {
	role := ""
	for k := ta; k < tb; {
		matched := false
		for l := min(maxTitleLen, tb-k); l >= 1; l-- {
			if r, ok := titleRole[d.span(k, k+l)]; ok {
				if r != "" {
					role = r
				}
				k += l
				matched = true
				break
			}
		}
		if !matched {
			k++
		}
	}
	return role
}

// orgWords reports whether tokens a..b-1 look like an organization rather than a
// person's name (General Motors, Director of National Intelligence).
func (ef *entityFinder) orgWords(a, b int) bool {
	for k := a; k < b; k++ {
		if ef.toks[k].feat&(lxOrgHead|lxPlaceHead) != 0 || ef.is(k, wOf, wFor) {
			return true
		}
	}
	name := ef.span(a, b)
	if _, ok := countryOf[name]; ok {
		return true
	}
	if _, ok := orgAlias[name]; ok {
		return true
	}
	return false
}

// givenNameSurname reports whether the words a..b-1 after a title are a given name and a
// surname that is also a place's head word (surnamePlaceHeads: "Chief Executive Lee Park",
// "Judge Dana Hill"): a person, though "Park" and "Hill" end places; "Prince William County"
// stays a place. So is a surname of those that comes first, before a hyphened given name
// ("Park Geun-hye").
func (ef *entityFinder) givenNameSurname(a, b int) bool {
	if b-a == 2 && surnamePlaceHeads.has(ef.tok(a)) && strings.Contains(ef.tok(b-1), "-") {
		if n := ef.span(a, b); hyphenedGivenName(n, strings.LastIndexByte(n, '-')) {
			return true // "President Park Geun-hye": a Korean surname first, the given name after (verbphrases.go)
		}
	}
	if b-a != 2 || !firstNames[ef.tok(a)] || !surnamePlaceHeads.has(ef.tok(b-1)) {
		return false
	}
	_, country := countryOf[ef.span(a, b)]
	return !country
}

// surnamePlaceHeads are the place heads that are also common surnames, as written.
var surnamePlaceHeads = newTokSet(wordSet("surname-place-heads"))

// classifyAndAdd types a name by word lists, head words and context, and records it.
// A demonym before a name is a nationality ("Syrian President Bashar al-Assad"): the name
// after it is typed, except in a credit line.
func (ef *entityFinder) classifyAndAdd(si, a, b int, credit bool) int {
	name := ef.span(a, b)
	name = strings.TrimSuffix(name, ",")
	if strings.HasSuffix(name, ".") && (!ef.toks[b-1].has(fAbbr) || b > a+1 && loneLetter(ef.tok(b-1)) && b == ef.sents[si].b) {
		name = name[:len(name)-1] // "the Moto G." at a sentence's end: its full stop
	}
	if b == a+1 && ef.amountCurrencyCode(a) {
		return -1 // "$679 AUD": the amount's currency (numbers.go), no name
	}
	if _, ok := countryOf[name]; ok {
		return ef.addMention(si, a, b, a, name, kg.Place, 10)
	}
	if b == a+1 && leaderOf[name] != "" {
		return ef.addMention(si, a, b, a, name, kg.Person, 6) // "Obama", "Merkel": a leader the word lists name by surname (data/leaders.txt)
	}
	if knownTown(name) && b > a+1 && !ef.is(b, wAposS, wRsquoS) {
		return ef.addMention(si, a, b, a, name, kg.Place, 6) // "in Ann Arbor", "Baton Rouge": a town of two words names no one
	}
	if ef.branchOfBody(a, b) {
		return ef.addMention(si, a, b, a, name, kg.Organization, 6) // "CBS Denver", "Greenpeace Netherlands": a body's station or branch
	}
	if ef.marketName(si, a, b) {
		return ef.addMention(si, a, b, a, name, kg.Other, 7) // "the S&P 500", "the Nikkei fell" (marketnames.go)
	}
	if m, done := ef.boundedName(si, a, b, credit); done {
		return m // share classes, brands with their "'s", prizes (possessivenames.go)
	}
	if ef.capitalDistrict(a, b) {
		return ef.addMention(si, a, b, a, "Washington, D.C.", kg.Place, 10)
	}
	if place := ef.shoutedPlace(si, a, b); place != "" {
		return ef.addMention(si, a, b, a, place, kg.Place, 10)
	}
	if c, ok := demonymOf[name]; ok && (b == a+1 || !ef.peoplePlural(a, b)) {
		// "Turkish", "South African": the country ("South Koreans" are a people)
		m := ef.addMention(si, a, b, a, c, kg.Place, 6)
		if m >= 0 {
			ef.mentions[m].demonym = true
			ef.mentions[m].name = name
		}
		return m
	}
	if ef.creedPhrase(a, b) {
		return -1 // "Shi'ite Muslim cleric", "Evangelical Christian leader": a description
	}
	for k := a + 1; k < b-1; k++ {
		if w := ef.tok(k); w == "v" || w == "v." {
			return ef.addMention(si, a, b, a, name, kg.Other, 6) // "Roe v. Wade": a case (caseEnd)
		}
	}
	if typ, ok := ef.numberedKind(a, b); ok {
		return ef.addMention(si, a, b, a, name, typ, 6) // "Interstate 75", "Chapter 11"
	}
	if ef.workDescriptor(si, a, b) {
		return ef.addMention(si, a, b, a, name, kg.Other, 6)
	}
	if typ, ok := ef.calledKind(si, a, b); ok {
		return ef.addMention(si, a, b, a, name, typ, 6) // "an app called Scoop"
	}
	if credit && strings.Count(name, " ") == 1 && !ef.is(a-1, wIn) && ef.toks[b-1].feat&lxPlaceHead != 0 && ef.toks[a].kind == tWord && ef.toks[a].has(fCap) {
		// a credit line names people; its places follow "in": "Reporting by Jack Kim and
		// Ju-min Park in Seoul" (a surname such as Park or Hill is no place there)
		return ef.addMention(si, a, b, a, name, kg.Person, 7)
	}
	if typ, score, ok := ef.typeByWords(a, b, name); ok {
		return ef.addMention(si, a, b, a, name, typ, score)
	}
	if ef.gluedNumeralName(a, b) {
		return ef.addMention(si, a, b, a, name, kg.Organization, 5) // "11Alive" (numeralnames.go)
	}
	if ef.ordinal(a) && b > a+1 {
		// "75th Ranger Regiment", "2nd Circuit" (ordinalUnitStart): a unit, or a law
		// ("14th Amendment")
		typ := kg.Organization
		for k := a + 1; k < b; k++ {
			switch t := ordinalUnits[ef.tok(k)]; {
			case t == "time" && k == b-1:
				return -1 // "the 19th Century": a period
			case t != "" && t != "time":
				typ = kg.EntityType(t)
			}
		}
		return ef.addMention(si, a, b, a, name, typ, 5)
	}
	if camelBrand(ef.tok(a)) {
		// a name spelt with a lower-case initial ("iPhone SE", "iCloud") is a product,
		// unless the word lists know it as a company (camelBrand, tokens.go)
		return ef.addMention(si, a, b, a, name, kg.Other, 5)
	}
	// a demonym that starts an organization's name ("Syrian National Council") is typed
	// above; before a name that is typed by nothing but its form, the demonym is part of
	// an organization's name ("Syrian Arab Red Crescent")
	if _, ok := demonymOf[ef.tok(a)]; ok && b > a+1 && !credit {
		if typ, score := ef.typeByContext(si, a+1, b, credit); typ == kg.Person && score <= 2 && !ef.givenNameIn(a+1, b) && !personDemonyms[ef.tok(a)] {
			return ef.addMention(si, a, b, a, name, kg.Organization, 3)
		}
		if ef.demonymOfName(a, b) {
			ef.addDemonym(si, a, ef.tok(a), demonymOf[ef.tok(a)])
		}
		if b == a+2 && ef.genericAfterDemonym(a+1) && !ef.in(a-1, describedBefore) {
			// a single common word after the demonym is no name of its own: the demonym
			// stays in it ("the French Open", "Indian Point"); the bodies a country owns
			// ("Turkish Navy") are typed above
			typ, score := ef.typeByContext(si, a, b, credit)
			return ef.addMention(si, a, b, a, name, typ, score)
		}
		return ef.classifyAndAdd(si, a+1, b, credit)
	}
	typ, score := ef.typeByContext(si, a, b, credit)
	if typ == kg.Person && ef.countyOffice(a, b) {
		typ, score = kg.Organization, 5 // "Cook County Sheriff", "Oneida County Courthouse"
	}
	if typ == kg.Person {
		if t, ok := ef.possessiveSiteType(a, b); ok {
			typ, score = t, 5 // "Joe's Tavern", "Martha's Vineyard" (possessivenames.go)
		}
	}
	if typ == kg.Person && score <= 2 && b == a+2 && !credit && ef.countryBefore(a) && !firstNames[ef.tok(a+1)] {
		// a country and one word is no one's name: "U.S. Powerball", "U.S. Treasury",
		// "Malaysia Airports" (a country says where the thing is, not who a person is)
		typ, score = kg.Organization, 3
	}
	if typ == kg.Person && score <= 2 && ef.outletNamed(a, b) {
		typ, score = kg.Organization, 4 // "published in the Lancet Neurology journal"
	}
	if typ == kg.Person && score <= 2 && !credit {
		if t, ok := ef.articledName(si, a, b); ok {
			m := ef.addMention(si, a, b, a, name, t, 3) // "the Oculus Rift", "the Model S sedan" (articlednames.go)
			if m >= 0 {
				ef.mentions[m].articled = true
			}
			return m
		}
	}
	if typ == kg.Person && score <= 2 && !credit && b >= a+2 && ef.bodyPronounAfter(a, b) {
		typ, score = kg.Organization, 3 // "Didi Chuxing, which", "Dayang Trands said it would … its" (bodypronouns.go)
	}
	if score <= 2 && b == a+1 && knownTown(name) && (ef.is(a-1, wIn, wTo, wFrom, wNear, wAt, wOf, wOutside, wAcross, wAround) || ef.townBeforeNoun(a)) {
		typ, score = kg.Place, 3 // "heading to Fresno", "Tucson resident": a town the gazetteer knows, where nothing else types the word
	}
	return ef.addMention(si, a, b, a, name, typ, score)
}

// townBeforeNoun reports whether the word at token a is a town the gazetteer knows before
// a lower-case noun a town modifies: its residents or natives, its mayor, police,
// officials or suburbs ("Fresno residents", "Tucson resident John Brakey", "the Toledo
// mayor").
func (ef *entityFinder) townBeforeNoun(a int) bool {
	b := a + 1
	if b >= len(ef.toks) || ef.toks[b].kind != tWord || ef.toks[b].has(fCap) || !knownTown(ef.tok(a)) {
		return false
	}
	return ef.in(b, residentNouns) || ef.is(b, wMayor, wPolice, wOfficials, wAuthorities, wSuburbs, wArea, wNeighborhood) || ef.in(b, townSiteNouns)
}

// callImperatives are the verbs a page's calls to act open with ("Watch Hillary Clinton
// debate", "Download ABC News", "Follow Jane Doe on Twitter").
var callImperatives = newTokSet(map[string]bool{"watch": true, "download": true, "vote": true, "follow": true,
	"subscribe": true, "listen": true, "read": true})

// townSiteNouns are what a town names by where it is ("the Cleveland convention", "a
// Leipzig factory", "the Charleston church", "a Minneapolis suburb").
var townSiteNouns = newTokSet(map[string]bool{"convention": true, "suburb": true, "campus": true, "church": true,
	"factory": true, "plant": true, "headquarters": true, "zoo": true, "airport": true, "airports": true, "beach": true,
	"district": true, "region": true, "paramedics": true, "firefighters": true, "hospital": true, "shipyard": true,
	"depot": true, "neighbourhood": true, "streets": true, "skyline": true, "court": true, "courthouse": true})

// participleOpens reports whether the capitalised word at token i, opening a clause, is
// a verb's form in -ing ("Retaking", "Praising", "Neighboring") before a place, a body or a
// people the word lists know: it opens the clause and is no part of the name. A word the
// lists or the given names hold ("Reading", "Sterling") stays.
func (ef *entityFinder) participleOpens(i, b int) bool {
	if !ef.ingVerbAt(i, b, 6) || !ef.isNameWord(i+1) {
		return false
	}
	if ef.knownPlaceStarts(i + 1) {
		return true
	}
	if ef.extendSpan(i+1, b) != i+2 {
		return false // "Making America Great Again": a slogan, not a participle before "America"
	}
	n := ef.tok(i + 1)
	return ef.known(n) || usStates[n] || knownTown(n)
}

// branchOfBody reports whether the name of tokens a..b-1 is a body the word lists know
// followed by a country, a U.S. state or a town: the body's station or branch there
// ("CBS Denver", "Greenpeace Netherlands", "T-Mobile US"), which a person's name never is.
func (ef *entityFinder) branchOfBody(a, b int) bool {
	for k := a + 1; k < b && k <= a+3; k++ {
		if orgAlias[ef.span(a, k)] == "" {
			continue
		}
		rest := ef.span(k, b)
		_, country := countryNames[rest]
		_, listed := countryOf[rest]
		return country || listed || usStates[rest] || knownTown(rest)
	}
	return false
}

// outletNamed reports whether the name of tokens a..b-1 stands between "the" and an
// outlet's noun ("the Lancet Neurology journal", "the Hill Country newspaper"): a
// publication's name, never a person's, whom news does not name after "the".
func (ef *entityFinder) outletNamed(a, b int) bool {
	return a > 0 && ef.is(a-1, wThe) && b < len(ef.toks) && ef.toks[b].kind == tWord && !ef.toks[b].has(fCap) &&
		ef.is(b, wJournal, wMagazine, wNewspaper, wTabloid, wWeekly, wDaily)
}

// countyOffice reports whether the name of tokens a..b-1 is "PLACE County WORD…" ("Cook
// County Sheriff", "Harrison County Coroner", "Oneida County Courthouse"): the county's
// office or building, never a person's name, whatever the sentence says of it; a name
// typed otherwise keeps its type.
func (ef *entityFinder) countyOffice(a, b int) bool {
	for k := a + 1; k < b-1; k++ {
		if ef.tok(k) == "County" {
			return !firstNames[ef.tok(k+1)] // "Prince George’s County" split at its apostrophe
		}
	}
	return false
}

// countryBefore reports whether token a names a country before a name that is no
// person's: a country's initials ("U.S.", "UK"), or a country's name before a word of
// the common-English word list ("Malaysia Airports"); "Jordan Spieth", "Kenya Barris"
// and "Chad Morrison" are people whose given name is a country's.
func (ef *entityFinder) countryBefore(a int) bool {
	if _, ok := countryNames[ef.tok(a)]; !ok {
		return false
	}
	return ef.toks[a].has(fUpper) || ef.toks[a].has(fAbbr) || lookupLex(strings.ToLower(ef.tok(a+1))) != nil
}

// findGroups finds collectives named by a demonym or creed and a group noun: "the Syrian
// opposition", "Kurdish militants", "a Kurdish militant group", "German tourists".
func (ef *entityFinder) findGroups(si int) {
	s := &ef.sents[si]
	for i := s.start; i+1 < s.b; i++ {
		t := &ef.toks[i]
		if t.kind != tWord || !t.has(fCap) {
			continue
		}
		w := ef.tok(i)
		_, dem := demonymOf[w]
		if !dem && !ethnic.has(w) {
			continue
		}
		j := i + 1
		if !ef.in(j, groupNouns) || ef.toks[j].has(fCap) {
			continue
		}
		k := j + 1
		if k < s.b && (ef.is(k, wGroup, wGroups, wNetwork, wMovement, wFighters, wMilitants)) {
			k++
		}
		if k == j+1 && singularGroupNoun(ef.low(j)) {
			continue // "Syrian rebel commanders", "a Tunisian militant": a modifier or one person (modifiercompounds.go)
		}
		// replace the demonym's country mention: the group is the mention here
		if m := ef.entAt[i]; m >= 0 && ef.mentions[m].demonym {
			ef.mentions[m].name = ""
			ef.entAt[i] = -1
		}
		if ef.entAt[i] >= 0 {
			continue
		}
		ef.addMention(si, i, k, i, ef.span(i, k), kg.Group, 8)
		i = k - 1
	}
}

// placeStarts reports whether a name the word lists know begins with the function word at
// token i: "New York City Mayor Bill de Blasio", "New Delhi", "Saint Martin".
func (ef *entityFinder) placeStarts(i int) bool {
	if ef.knownPlaceStarts(i) {
		return true
	}
	return ef.is(i, wNew) && ef.isNameWord(i+1) && ef.toks[i+1].has(fCap) // "New Jersey", "New Hampshire"
}

// knownPlaceStarts reports whether a place's or a body's name the lists know opens with
// the prefix word at i ("New Zealand", "South Korea", "Los Angeles", "United Nations"):
// two or three words. Unlike placeStarts it does not take every "New" before a
// capitalised word ("New Radiohead" is a new record by Radiohead).
func (ef *entityFinder) knownPlaceStarts(i int) bool {
	if !ef.is(i, wNew, wSaint, wSan, wLos, wLas, wEl, wLa, wLe, wStDot, wUnited, wSouth, wNorth, wEast, wWest) || !ef.isNameWord(i+1) {
		return false
	}
	for l := 2; l <= 3 && i+l <= len(ef.toks); l++ {
		n := ef.span(i, i+l)
		if _, ok := countryOf[n]; ok {
			return true
		}
		if _, ok := orgAlias[n]; ok {
			return true
		}
		if _, ok := datelineRegions[n]; ok {
			return true // "New South Wales", "South Australia"
		}
	}
	return false
}

// partyLabelBefore returns a+1 when the span a..b-1 opens with a party's label (a
// partyLabels word) before a name that is not the party's own: a place or a body the
// lists know ("Democratic U.S.", "Republican White House"), or the surname of a person
// named before ("Democrat Silver" after Sheldon Silver; a given name and more is
// sideBeforeName's); else a. "Republican National Convention", "Democratic Republic of
// Congo" and "Republican Presidential" stay whole.
func (ef *entityFinder) partyLabelBefore(a, b int) int {
	if b-a < 2 || !partyLabels.has(ef.tok(a)) || ef.known(ef.span(a, b)) {
		return a
	}
	if ef.known(ef.span(a+1, b)) {
		return a + 1
	}
	if ef.orgWords(a+1, b) || ef.titleStarts(a+1) {
		return a
	}
	if b == a+2 && ef.surnameBefore(ef.tok(a+1)) {
		return a + 1 // "Democrat Silver" after Sheldon Silver
	}
	return a
}

// surnameBefore reports whether w is the last word of a person's name the article gave
// before ("Silver" after "Sheldon Silver").
func (ef *entityFinder) surnameBefore(w string) bool {
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.typ == kg.Person && m.b > m.a+1 && ef.tok(m.b-1) == w {
			return true
		}
	}
	return false
}

// sideBeforeName returns where the person's name starts in a span a..b-1 that opens
// with a political side ("Republican Donald Trump", "Democrat Hillary Clinton"): the
// token after the side words, when a given name follows them and at least one more
// name word follows it; else a. A side before an organization's or a title's words
// ("Republican National Committee", "Republican Texas Senator Ted Cruz") is left to
// the span.
func (ef *entityFinder) sideBeforeName(a, b int) int {
	k := a
	for k < b && partyWords.has(ef.tok(k)) {
		k++
	}
	if k == a || b-k < 2 || !firstNames[ef.tok(k)] || ef.titleStarts(k) || ef.orgWords(k, b) {
		return a
	}
	return k
}

// demonymCompound reports whether w is a demonym or a hyphenated compound of demonyms
// ("Turkish", "Mexican-American").
func demonymCompound(w string) bool {
	for _, p := range strings.Split(w, "-") {
		if _, ok := demonymOf[p]; !ok {
			return false
		}
	}
	return true
}

// employerBeforeRole reports whether the lone capitalised first word at token i names an
// employer before a lower-case role noun and a person's name: "Barclays analyst Brian
// Johnson said …", "UKIP leader Nigel Farage". Without it the firm fell as an unknown
// first word and the analyst lost it. Not a common English word ("Police spokesman …",
// "Senior analyst …"), a hyphened word ("Ex-NYPD officer …") nor a people's adjective
// ("Syrian official …").
func (ef *entityFinder) employerBeforeRole(i, b int) bool {
	if i+2 >= b || ef.toks[i+1].kind != tWord || ef.toks[i+1].has(fCap) || ef.toks[i+1].feat&lxRole == 0 {
		return false
	}
	if !ef.toks[i+2].has(fCap) || !ef.isNameWord(i+2) || ef.toks[i+2].feat&(lxFunc|lxRole|lxHonor) != 0 {
		return false
	}
	w := ef.tok(i)
	if englishWords.has(lowerASCII(w)) || ethnic.has(w) || strings.ContainsAny(w, "-.") {
		return false
	}
	if _, dem := demonymOf[w]; dem {
		return false
	}
	// an initialism ("RBC", "UKIP", "AfD") names a body before any role; a plain
	// capitalised word only before a role a firm employs by name ("Young leader …",
	// "Antiquities chief …", "Homepage editor …" are a description, not an employer)
	return strings.ToLower(w[1:]) != w[1:] || ef.in(i+1, firmRoles)
}

// firmRoles are the role nouns a news story puts after a firm's bare name: "Barclays
// analyst …", "Wedbush strategist …", "WFTV reporter …".
var firmRoles = newTokSet(map[string]bool{
	"analyst": true, "economist": true, "strategist": true, "reporter": true, "correspondent": true,
	"spokesman": true, "spokeswoman": true, "spokesperson": true,
})

// jointTitles reads an employer, its title, "and" and a second title before the holder's
// name: "Acme Chairman and Chief Executive Officer Jane Roe", "Acme President and
// Co-Founder John Doe". The run i..j-1 ends in the first title; without this the employer
// and that title stood as one name ("Acme Chairman") and the holder lost the employer.
// It records the employer and the titled holder, who holds the last title at the
// employer, and returns the end of the holder's name, or j when the shape is not there.
func (ef *entityFinder) jointTitles(si, i, j, end int, credit bool) int {
	if j+2 >= end || !ef.is(j, wAnd) {
		return j
	}
	lower := 0 // "Acme CEO and president Greg Baxter": lower-case roles before the name
	for lower < 2 && j+1+lower < end && ef.toks[j+1+lower].kind == tWord && !ef.toks[j+1+lower].has(fCap) && (ef.toks[j+1+lower].feat&lxRole != 0 || ef.is(j+1+lower, wCoFounder, wFounder)) {
		lower++
	}
	if lower == 0 && !ef.titleStarts(j+1) || lower > 0 && !ef.isNameWord(j+1+lower) {
		return j
	}
	ts := -1
	for l := min(maxTitleLen, j-i-1); l >= 1; l-- {
		if _, ok := titleRole[ef.span(j-l, j)]; ok {
			ts = titlesFrom(ef.doc, i+1, j-l)
			break
		}
	}
	if ts <= i || ef.titleAt(i, ts) || ef.is(i-1, wAposS, wRsquoS) {
		return j
	}
	for t := i; t < ts; t++ {
		if titleModifiers.has(ef.tok(t)) || ef.toks[t].feat&lxHonor != 0 {
			return j // "Deputy Crown Prince and Defense Minister …": a title, not an employer
		}
	}
	if lower > 0 {
		a := j + 1 + lower
		k := ef.extendSpan(a, end)
		if ef.titleAt(a, k) || ef.orgWords(a, k) {
			return j
		}
		org := ef.classifyAndAdd(si, i, ts, credit)
		p := ef.classifyAndAdd(si, a, k, credit)
		if org >= 0 && p >= 0 && ef.mentions[p].typ == kg.Person {
			ef.mentions[p].role = titleRoleOf(ef.doc, ts, j)
			ef.mentions[p].roleOrg = ef.span(i, ts)
			ef.mentions[p].roleOrgM = org
		}
		return k
	}
	k := ef.extendSpan(j+1, end)
	te := j + 1 // the second run of titles, then a name with no role word in it
	for te < k {
		l := min(maxTitleLen, k-te)
		for ; l >= 1; l-- {
			if _, ok := titleRole[ef.span(te, te+l)]; ok {
				break
			}
		}
		if l < 1 {
			break
		}
		te += l
	}
	if te < k && ef.in(te, englishWords) && !firstNames[ef.tok(te)] {
		return j // "… and General Counsel Ann Roe": "Counsel" is no given name
	}
	for t := te; t < k; t++ {
		if ef.toks[t].feat&(lxRole|lxOrgHead|lxPlaceHead) != 0 {
			return j // "Senior Vice President and General Counsel Ann Roe": the title goes on
		}
	}
	n := len(ef.mentions)
	if k <= j+2 || !ef.titledName(si, j+1, k, credit) {
		return j
	}
	org := ef.classifyAndAdd(si, i, ts, credit)
	if org < 0 {
		return k
	}
	for m := n; m < len(ef.mentions); m++ {
		if ef.mentions[m].typ == kg.Person && ef.mentions[m].roleOrgM < 0 && ef.mentions[m].roleOrg == "" {
			ef.mentions[m].roleOrg = ef.span(i, ts)
			ef.mentions[m].roleOrgM = org
		}
	}
	return k
}

// creditGivenName reports whether the capitalised function word at i opens a person's
// name in a credit line: right after "by" or "and", before a name word ("Editing by Will
// Dunham"), where a modal cannot stand.
func (ef *entityFinder) creditGivenName(si, i int) bool {
	return ef.sents[si].kind == sCredit && ef.toks[i].has(fCap) && !ef.toks[i].has(fUpper) && ef.is(i-1, wBy, wAnd) && ef.isNameWord(i+1)
}

// genericAfterDemonym reports whether the capitalised word at token k, alone after a
// demonym (its caller also wants no "a" or possessive before the demonym: "a Chinese
// Man of Steel", "America's Dutch Treasure" describe), is a common English word that names nothing by itself ("Open", "Point",
// "Naval"), so that the demonym is part of the name; a body a country owns ("Navy",
// "Ministry": lowerOrgHeads) keeps the country's reading.
func (ef *entityFinder) genericAfterDemonym(k int) bool {
	w := ef.tok(k)
	if ef.toks[k].has(fUpper) || !englishWords.has(lowerASCII(w)) || firstNames[w] || ef.known(w) {
		return false
	}
	if _, owned := lowerOrgHeads[lowerASCII(w)]; owned || ef.toks[k].feat&(lxRole|lxHonor) != 0 || ef.titleStarts(k) {
		return false
	}
	// a minister's portfolio before the title ("Russian Foreign Minister", "Scottish
	// First Minister"): the country's office, as before
	return k+1 >= len(ef.toks) || ef.toks[k+1].feat&(lxRole|lxHonor) == 0 && !ef.titleStarts(k+1)
}

// demonymOfName reports whether the demonym at token a, before the rest of the span
// a+1..b-1, says whose country the name is: a body the word lists know ("Lebanese
// Hezbollah fighters", "an Egyptian EgyptAir plane") or a person by a given name
// ("Colombian Pablo Escobar"). Before a name the lists do not know the demonym is most
// often part of it ("American Express", "French Open", "Indian Point"), so no country.
func (ef *entityFinder) demonymOfName(a, b int) bool {
	if _, ok := orgAlias[ef.span(a+1, b)]; ok {
		return true
	}
	return b > a+2 && firstNames[ef.tok(a+1)]
}

// describedBefore are the words before "Demonym Word" that make it a description, not a
// name: "a Chinese Man of Steel", "America's Dutch Treasure" (genericAfterDemonym).
var describedBefore = newTokSet(map[string]bool{"a": true, "an": true, "'s": true, "’s": true})

// ownerBeforeMark reports whether the name words i..j-1, whose last ends in "s" before
// the bare possessive mark at token j, name an owner rather than open a longer name
// (nameEnd's "Peoples' Democratic Party", "Workers' Party"): a place or a country the
// gazetteer knows ("Brussels' Grand Place", "New Orleans' Lower Garden District"), a
// person's name with its given name ("Jeff Bezos’ Blue Origin") or a surname the article
// gave, or an owner before a person's name ("ABC News' Diane Sawyer", "Pacers’ Paul
// George": a given name, or a surname the article gave, after the mark), or before a
// title it holds ("Quill Systems' CEO"; a party, a union or a day is no title).
func (ef *entityFinder) ownerBeforeMark(i, j int) bool {
	owner := ef.tok(j - 1)
	if ef.known(owner) || ef.known(ef.span(i, j)) || j-1 > i && firstNames[ef.tok(i)] || ef.surnameBefore(owner) {
		return true
	}
	next := ef.tok(j + 1)
	return firstNames[next] || ef.surnameBefore(next) || ef.titleStarts(j+1)
}

// listedAffiliate reports whether the words a..j-1, an organization of the word lists
// named in two words or more ("Planned Parenthood"), and "of" go on with a region's name
// at token k ("Planned Parenthood of the Rocky Mountains", "… of Southern Dunmore", "… of
// Ohio"): a regional affiliate, a body of its own whose heads are not the national
// body's. Any other name after "of" is left out of it ("The New York Times of the …").
// nametypes.go types the affiliate as its parent (typeByWords).
func (ef *entityFinder) listedAffiliate(a, j, k int) bool {
	if j < a+2 || ef.is(a, wThe) {
		return false // "The Guardian of London": a paper and the city it is printed in
	}
	if _, listed := orgAlias[ef.span(a, j)]; !listed {
		return false
	}
	_, place := countryOf[ef.tok(k)]
	return place || compassWords.has(ef.tok(k)) || ef.is(k, wGreater) ||
		k+1 < len(ef.toks) && ef.isNameWord(k+1) && (ef.in(k+1, featureHeads) || ef.in(k+1, pluralPlaceHeads) || ef.toks[k+1].feat&lxPlaceHead != 0)
}

// possessedRegion reports whether the people's word at i and the place noun at j name a
// country's region: "region" after a possessive within three words ("Iraq's autonomous
// Kurdish region"), a region as real as its name is plain.
func (ef *entityFinder) possessedRegion(i, j, start int) bool {
	if !ef.is(j, wRegion) {
		return false
	}
	for k := i - 1; k >= start && k >= i-3; k-- {
		if ef.is(k, wAposS, wRsquoS) {
			return true
		}
	}
	return false
}

// outletNounsAfter reports whether an outlet's kind follows token b's name word and a verb
// of saying follows the kind ("Sabq news website reported", "Okaz newspaper said"): the
// word before is the outlet's name, though the article names it nowhere else.
func (ef *entityFinder) outletNounsAfter(b int) bool {
	k := b
	if ef.is(k, wNews) {
		k++
	}
	if !ef.is(k, wWebsite, wNewspaper, wAgency, wDaily, wTelevision, wChannel, wSite) {
		return false
	}
	return k+1 < len(ef.toks) && ef.toks[k+1].feat&lxSpeech != 0
}

// hyphenHead returns w up to its first hyphen, all of w when it has none: what
// strings.Split(w, "-")[0] gives, without the slice ("Franco" of "Franco-German", to be
// looked up as a demonym).
func hyphenHead(w string) string {
	if i := strings.IndexByte(w, '-'); i >= 0 {
		return w[:i]
	}
	return w
}
