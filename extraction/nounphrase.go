package extraction

import "strings"

// nounPhrase reads up to three words that name what a number counts ("apartment units",
// "registered residents", "Syrian generals", "new board members"), stopping at function
// words, verbs and punctuation. It returns the token range.
func nounPhrase(d *doc, k, end int) (int, int) {
	a := k
	b := k
	limit := 3
	for b < end && b-a < limit {
		t := &d.toks[b]
		if t.kind != tWord {
			break
		}
		if b == a && d.is(b, wNew) && namedModifier(d, b+1) {
			if h := modifiedNameHead(d, b+1, b+1, end); h > 0 {
				b = h + 1 // "115 new California companies": the name modifies the head
				break
			}
		}
		if b == a && (d.is(b, wNew) || moreIncrement(d, b, end)) && d.contentWord(b+1) && !d.toks[b+1].has(fCap) {
			b++ // "two new board members", "three more felony counts": function words elsewhere
			limit++
			continue
		}
		if t.feat&(lxFunc|lxPronoun) != 0 && t.has(fCap) && b+1 < end && !d.toks[b+1].has(fCap) && d.contentWord(b+1) && len(d.tok(b)) > 1 && isAllUpper(d.tok(b)) {
			b++ // "700 IS militants", "500 US stores": an initialism, not "is" or "us"
			limit++
			continue
		}
		if b == a && t.feat&lxSpeech != 0 && strings.HasSuffix(d.low(b), "ed") && b+1 < end && d.toks[b+1].kind == tWord && !d.toks[b+1].has(fCap) &&
			d.contentWord(b+1) && plural(d.low(b+1)) {
			b++ // "250 confirmed cases", "40 reported deaths": a participle of saying as an adjective
			limit++
			continue
		}
		if t.feat&(lxFunc|lxSpeech|lxPronoun|lxQual) != 0 && t.feat&lxPersonNoun == 0 &&
			!(b == a && t.feat&(lxFunc|lxPronoun|lxQual) == 0 && plural(d.low(b)) && !d.contentWord(b+1)) && !numberedStates(d, a, b, end) {
			break // not "44 states", a plural noun a verb of saying spells like
		}
		w := d.low(b)
		if _, isPred := predMeasure[w]; isPred && b > a {
			break
		}
		if d.is(b+1, wThan) {
			break
		}
		if t.has(fCap) && b > a && !d.toks[a].has(fCap) {
			if h := modifiedNameHead(d, a, b, end); h > 0 {
				b = h + 1 // "four former Stanford players", "two senior CNPC officials"
				break
			}
			if _, dem := demonymOf[d.tok(b)]; !dem && !ethnic.has(d.tok(b)) || !d.contentWord(b+1) {
				break // "offshore Greek islands", "senior Mexican government sources" go on
			}
		}
		if strings.HasSuffix(w, "ed") && !d.contentWord(b+1) {
			break // "another two turned themselves in": a verb
		}
		if b == a && !t.has(fCap) && strings.HasSuffix(w, "ing") && b+1 < end && (d.toks[b+1].kind == tNum || d.is(b+1, wAs, wSince, wEvery, wBeen, wInto)) {
			break // "the other two serving as vice presidents", "five arriving since 1990", "16 turning 17": a verb and what follows it (not "a $1.25 billion offering the same day")
		}
		if t.has(fCap) && t.feat&lxMonth != 0 {
			break
		}
		b++
		if t.feat&lxPersonNoun != 0 || plural(w) && !strings.HasSuffix(w, "ous") && !strings.HasSuffix(w, "is") {
			// a plural head ends the phrase unless a noun follows ("police officers")
			if b < end && d.toks[b].kind == tWord && (d.toks[b].feat&lxPersonNoun != 0) && !d.is(b, wOthers) {
				continue
			}
			if collectiveNoun(w) && b < end && b-a < 3 && pluralNoun(d, b) {
				continue // "media outlets", "police cars": a collective noun before the head
			}
			if pluralModifiers.has(w) && b < end && b-a < 3 && pluralNoun(d, b) && !d.toks[b].has(fCap) && !(b+1 < end && (d.toks[b+1].feat&lxPronoun != 0 || subjectPronoun(d.low(b+1)) || d.is(b+1, wThe, wA, wAn, wIts, wHis, wHer, wTheir))) {
				continue // "civil rights cases", "2,800 sports cars", "news organizations": a plural that modifies the head
			}
			if h := pluralModifierHead(d, b, end); h > 0 && h-a <= limit+1 && (b-1 > a || !plural(w) && !irregularPlurals.has(w)) && !d.is(a, wTimes) && !strings.ContainsAny(d.tok(b-1), "'’") {
				b = h // "40 ongoing securities fraud investigations": securities is no head
				if b-a > limit {
					a = b - limit
				}
			}
			break
		}
	}
	if h := headPastLimit(d, a, b, limit, end); h > 0 {
		b = h + 1 // "five white border patrol officers": the head, not "patrol"; the name before whole ("two Supreme Court nomination opportunities")
	} else if namedRunHead(d, a, b, end) {
		b++ // "a dozen Virginia State Police troopers", "nine U.S. Supreme Court justices"
	}
	// a phrase starts and ends on a noun-like word, not an adverb ("fully autonomous vehicles")
	// nor "new" or "more", which make the count an increment (scopes.go) and no other measure
	if a < b-1 && d.is(a, wNew, wMore) {
		a++
	}
	for a < b-1 && strings.HasSuffix(d.low(a), "ly") {
		a++
	}
	for b > a {
		w := d.low(b - 1)
		if strings.HasSuffix(w, "ly") || strings.HasSuffix(w, "ing") && b-1 > a {
			b--
			continue
		}
		break
	}
	return a, b
}

// namedRunHead reports whether the counted phrase a..b-1 is a run of capitalised
// modifiers only (a body's or a product's name: "Virginia State Police", "U.S. Justice
// Department", "HH-60G Pave Hawk") and a lower-case plural noun right after it is its
// head ("troopers", "records", "helicopters"): the count is of those, not of the name.
// A plural followed by a pronoun or a determiner, or one of afterVerbs, is a verb.
func namedRunHead(d *doc, a, b, end int) bool {
	if b <= a || b >= end || !pluralNoun(d, b) || d.toks[b].has(fCap) || d.in(b, afterVerbs) || strings.ContainsAny(d.tok(b), "'’") {
		return false
	}
	for k := a; k < b; k++ {
		if !namedModifier(d, k) {
			return false
		}
	}
	if b == a+1 && (knownPlaceName(d.tok(a)) || d.toks[a].feat&lxPlaceHead != 0) {
		return false // "two Brussels apartments", "nine Texas counties": the place is the figure's place
	}
	return !(b+1 < end && (d.toks[b+1].feat&lxPronoun != 0 || subjectPronoun(d.low(b+1)) || d.is(b+1, wThe, wA, wAn, wThat, wThis, wIts, wHis, wHer, wTheir)))
}

// headPastLimit returns the head of a counted phrase a..b-1 that filled its limit of
// words on modifiers: a lower-case plural noun right after a last word that only
// modifies it ("five white border patrol officers", "two Chinese state-owned energy
// companies"), or -1; the phrase then holds one word more than its limit. A plural
// followed by a pronoun or a determiner, or one of afterVerbs, is a verb ("the compressed
// file contains the", "Puerto Rico exposure comes due").
func headPastLimit(d *doc, a, b, limit, end int) int {
	if b-a != limit || b+1 > end || !nounModifier(d, b-1) || !pluralNoun(d, b) || d.in(b, afterVerbs) || strings.ContainsAny(d.tok(b), "'’") {
		return -1
	}
	if b+1 < end && (d.toks[b+1].feat&lxPronoun != 0 || subjectPronoun(d.low(b+1)) || d.is(b+1, wThe, wA, wAn, wThat, wThis, wIts, wHis, wHer, wTheir)) {
		return -1
	}
	return b
}

// pluralModifierHead returns the token after the head of a counted phrase when the
// word before token b, a plural after a modifier ("ongoing securities") or a singular
// person noun ("child"), only modifies it: a lower-case noun and a plural noun follow
// ("ongoing securities fraud investigations", "three child health centers"), or -1. A
// plural right after the number is the head ("six men began deliberations").
func pluralModifierHead(d *doc, b, end int) int {
	if b+1 >= end || !d.contentWord(b) || d.toks[b].has(fCap) || plural(d.low(b)) || strings.HasSuffix(d.low(b), "ed") || strings.HasSuffix(d.low(b), "ing") {
		return -1
	}
	if d.toks[b].feat&(lxFunc|lxPronoun|lxQual|lxSpeech|lxTimeUnit|lxDistUnit|lxMonth|lxDay) != 0 || !pluralNoun(d, b+1) {
		return -1
	}
	return b + 2
}

// modifiedNameHead reads "four former Stanford players", "two senior CNPC officials",
// "660,000 additional U.S. vehicles": a counted phrase a..b-1 of lower-case modifiers
// (no noun of people, no plural: those are heads) that stops at a name is the start of
// one phrase whose head is a lower-case plural noun, or a plural of people without a
// plural ending, after one to three capitalised words (namedModifier) and any
// lower-case modifiers after them (nounModifier: "two famous Varnian national parks",
// "two former Fed cybersecurity staffers"). It returns the token of that head, or -1 (a
// possessive ends the name; a head followed by a pronoun or a determiner is a verb: "the
// base price Musk promises you"); the measure then runs from the modifiers to the head,
// as "two Republican governors" already gives "republican governors".
func modifiedNameHead(d *doc, a, b, end int) int {
	for k := a; k < b; k++ {
		if !d.contentWord(k) || d.toks[k].has(fCap) || pluralEnding(d.low(k)) || d.in(k, irregularPlurals) || d.isPersonNoun(k) {
			return -1
		}
	}
	for h := b; h < end && h <= b+3; h++ {
		if h > b && !strings.ContainsAny(d.tok(h), "'’") && (pluralNoun(d, h) || d.in(h, irregularPlurals) && d.contentWord(h)) {
			if h+1 < end && (d.toks[h+1].feat&lxPronoun != 0 || subjectPronoun(d.low(h+1)) || d.is(h+1, wThe, wA, wAn, wThat, wThis, wIts, wHis, wHer, wTheir)) {
				return -1 // "the $27,500 base price Musk promises you'll pay": a verb, not a head
			}
			return h
		}
		if namedModifier(d, h) && !strings.ContainsAny(d.tok(h), "'’") {
			continue
		}
		if h == b || !nounModifier(d, h) {
			break // "two famous Varnian national parks": lower-case modifiers may follow the name
		}
	}
	return -1
}

// nounModifier reports whether token k is a lower-case word that may stand between a
// count's modifiers and its plural head ("national", "mining", "border"): a content
// word, no plural and no person noun (heads), no word in -ed or -ly (often a verb or an
// adverb), no unit, month, day or number.
func nounModifier(d *doc, k int) bool {
	if !d.contentWord(k) || d.toks[k].has(fCap) || pluralEnding(d.low(k)) || d.in(k, irregularPlurals) || d.isPersonNoun(k) {
		return false
	}
	w := d.low(k)
	if strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ly") || strings.ContainsAny(w, "'’") {
		return false
	}
	return d.toks[k].feat&(lxTimeUnit|lxDistUnit|lxMonth|lxDay|lxNumWord) == 0
}

// subjectPronoun reports whether the lower-case word w is a subject pronoun, alone or with
// a contraction ("you’ll", "they're").
func subjectPronoun(w string) bool {
	if i := strings.IndexAny(w, "'’"); i > 0 {
		w = w[:i]
	}
	switch w {
	case "i", "you", "we", "they", "he", "she", "it":
		return true
	}
	return false
}

// irregularPlurals are plural nouns of people without a plural ending: after the
// number, each is the head ("six men began deliberations").
var irregularPlurals = newTokSet(map[string]bool{"men": true, "women": true, "people": true, "children": true})

// pluralModifiers are nouns spelt as plurals that modify the plural noun after them
// ("civil rights cases", "sports cars", "news organizations", "firearms violations",
// "ethics charges", "savings plans"): that noun is the head.
var pluralModifiers = newTokSet(map[string]bool{"news": true, "rights": true, "liberties": true,
	"ethics": true, "sports": true, "arms": true, "firearms": true, "goods": true, "sales": true,
	"savings": true, "telecoms": true, "overseas": true, "electronics": true,
	"communications": true, "customs": true, "humanities": true})

// collectiveNoun reports whether w is a plural noun without a plural ending ("media",
// "police"), which often modifies the noun after it ("media outlets").
func collectiveNoun(w string) bool {
	switch w {
	case "media", "police", "military", "press", "staff":
		return true
	}
	return false
}

// pluralNoun reports whether token k is a lower-case word with a plural ending
// ("outlets", "officers"): after a number and a modifier, the head of a counted phrase.
func pluralNoun(d *doc, k int) bool {
	if k >= len(d.toks) || !d.contentWord(k) || d.toks[k].has(fCap) {
		return false
	}
	return pluralEnding(d.low(k))
}

// pluralEnding reports whether the lower-case word w ends as a plural noun does.
func pluralEnding(w string) bool {
	return plural(w) && strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ous") && !strings.HasSuffix(w, "is")
}

// coordinatedHead reads "current and former regulators", "civilian or military
// planes": the counted phrase a..b-1 that stops at "and" or "or" on a modifier (no
// plural noun) is the first of two modifiers of one head. It returns the token of that
// head, a plural noun within two words of the second modifier ("civilian and military
// patrol vessels"), or -1. A participle that says what happened ("86 canceled arriving
// and departing flights") is no mere modifier: the phrase is left as it is.
func coordinatedHead(d *doc, a, b, end int) int {
	if b == a || !d.is(b, wAnd, wOr) || b+2 >= end || strings.HasSuffix(d.low(a), "ed") {
		return -1
	}
	for k := a; k < b; k++ {
		if pluralEnding(d.low(k)) || d.toks[k].has(fCap) || d.isPersonNoun(k) {
			return -1 // "ten men and women", "27 states and numerous groups"
		}
	}
	m := b + 1
	if !d.contentWord(m) || d.toks[m].has(fCap) || pluralEnding(d.low(m)) || d.isPersonNoun(m) ||
		d.toks[m].feat&lxNumWord != 0 || d.is(m, wSeveral, wNumerous, wMany, wOther, wVarious, wFew) {
		return -1 // "four conservative and four liberal justices": two counts
	}
	for h := b + 2; h < end && h <= b+3; h++ {
		if pluralNoun(d, h) {
			return h
		}
		if !d.contentWord(h) || d.toks[h].has(fCap) {
			break
		}
	}
	return -1
}

// namedModifiersHead reads "French and German children", "Airbus and Boeing jets", "NATO
// and U.S. troops": the counted phrase a..b-1 that stops at "and" or "or" on one or two
// capitalised modifiers (a nationality, a maker, an alliance; no plural: "3,600 Turkmens
// and Arabs" are two groups) is the first of two modifiers of one head. It returns the
// token of that head, a lower-case plural noun or noun of people right after one or two capitalised
// words, or -1. A second modifier with a count of its own ("30 Egyptian and 15 French
// nationals") is left alone: that count reads the head.
func namedModifiersHead(d *doc, a, b, end int) int {
	if b == a || b-a > 2 || !d.is(b, wAnd, wOr) {
		return -1
	}
	for k := a; k < b; k++ {
		if !namedModifier(d, k) {
			return -1
		}
	}
	for h := b + 1; h < end && h <= b+3; h++ {
		if h > b+1 && d.contentWord(h) && !d.toks[h].has(fCap) && (plural(d.low(h)) || d.isPersonNoun(h)) {
			return h // "jets", "children"
		}
		if !namedModifier(d, h) {
			break
		}
	}
	return -1
}

// namedModifier reports whether token k is a capitalised word that may modify a noun
// ("German", "Airbus", "U.S."): not a plural ("Germans"), a month or a day. A place the
// word lists know is no plural whatever its ending ("Texas", "Kansas").
func namedModifier(d *doc, k int) bool {
	return k < len(d.toks) && d.toks[k].kind == tWord && d.toks[k].has(fCap) && (!pluralEnding(d.low(k)) || knownPlaceName(d.tok(k))) && d.toks[k].feat&(lxMonth|lxDay) == 0
}

// moreIncrement reports whether "more" at k, right after a number, adds to a count ("three
// more felony counts", "two more suspects"): a noun follows, not a verb ("1.6 million
// more lining the streets", "seven billion more out"), nor a predicate ("four more
// injured"), nor a unit of time or distance ("two more years", "200 more feet"), and no
// "than" makes it a difference ("300 more pledged delegates than Sanders").
func moreIncrement(d *doc, k, end int) bool {
	if !d.is(k, wMore) || strings.HasSuffix(d.low(k+1), "ing") || d.is(k+1, wOut, wUp, wDown, wOff, wAway, wBack) {
		return false
	}
	if _, pred := predMeasure[d.low(k+1)]; pred || d.toks[k+1].feat&(lxTimeUnit|lxDistUnit) != 0 {
		return false // "four more injured" says what happened; "two more years", "200 more feet" are spans
	}
	for j := k + 1; j < min(end, k+6); j++ {
		if d.is(j, wThan) {
			return false
		}
	}
	return true
}
