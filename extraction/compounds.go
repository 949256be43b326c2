package extraction

import "strings"

// Numbers fused into a compound adjective: "the 513-seat chamber", "a 28-nation bloc",
// "the 17,000-island archipelago" count the noun after the hyphen (seats, nations,
// islands); "a 5,000-strong force" counts the noun the compound modifies; and "a
// 5-mile (8-km) stretch of beach" is the length of a stretch, the bracketed
// restatement in other units no figure of its own. Durations and ages ("a 70-minute
// meeting", "a 15-month-old"), sizes of a thing ("a 200-page report", "a 64-bit chip",
// "a 10-story building": data/figures.txt compound-sizes), and distances that measure no
// stretch ("a 10-mile run") stay no figures.

// compoundSizes are nouns after a number's hyphen that give a size or a kind, not a
// count of things: "a 200-page report", "a three-time champion" (data/figures.txt).
var compoundSizes = newTokSet(wordSet("compound-sizes"))

// stretchNouns are what a length measures in a compound: "a 5-mile stretch of beach".
var stretchNouns = newTokSet(wordSet("stretch-nouns"))

// compoundHead returns the token of the noun a compound "N-X" modifies, X at token x:
// the word after X, past a bracketed restatement ("5-mile (8-km) stretch"); or -1.
func (ff *figureFinder) compoundHead(x, end int) int {
	h := x + 1
	if ff.punct(h, '(') {
		for k := h + 1; k < end && k-h < 6; k++ {
			if ff.punct(k, ')') {
				h = k + 1
				break
			}
		}
	}
	if h >= end || ff.toks[h].kind != tWord || ff.toks[h].feat&(lxFunc|lxQual|lxSpeech) != 0 {
		return -1
	}
	return h
}

// compoundNoun reports whether the word at x, glued after a number's hyphen, makes the
// number v a figure of the compound (compoundMeasure).
func (ff *figureFinder) compoundNoun(x, end int, v float64) bool {
	m, _ := ff.compoundMeasure(x, end, v)
	return m != ""
}

// compoundMeasure returns what the number v counts when the word at x is glued after its
// hyphen, and the token of the noun the compound modifies: things counted ("seat",
// "nation", "island"), the length of a stretch ("mile"), or the strength of a force
// ("strong"); "" when the compound is no figure. Below ten, a count compound names a
// kind more often than it counts ("a two-man race", "a 2-stage rocket", "two-factor
// authentication") and is left alone, but for a body's members ("a 5-member board").
func (ff *figureFinder) compoundMeasure(x, end int, v float64) (string, int) {
	if x >= end || ff.toks[x].kind != tWord || ff.toks[x].has(fSpace) || ff.toks[x].has(fCap) {
		return "", -1
	}
	h := ff.compoundHead(x, end)
	if h < 0 {
		return "", -1
	}
	w := ff.low(x)
	count := (v >= 10 || ff.membersCompound(w, h, end)) && currencyWords[w] == "" && currencyWords[w+"s"] == "" && // "a 100-peso note"
		countedCompound(w, ff.toks[x].feat) // "a two-party system", "a 2-stage rocket": kinds
	m := ff.measureOfCompound(w, ff.toks[x].feat, h, count)
	if m != "" && w != "member" && ff.membersCompound(w, h, end) {
		m = "members" // "a seven-person trust": its members
	}
	if m == "members" {
		m = ff.bodyMembersOf(h, end) // "a seven-person trust": "trust members"
	}
	return m, h
}

// measureOfCompound is what a compound of w (its lexicon features feat) before the noun
// at h measures: the stretch a distance is the length of, the force a strength is of,
// or, where count allows it, the things w counts; "" for none.
func (ff *figureFinder) measureOfCompound(w string, feat uint32, h int, count bool) string {
	switch {
	case feat&lxDistUnit != 0:
		if ff.in(h, stretchNouns) {
			return ff.low(h) // "a 5-mile stretch": the stretch's length
		}
	case w == "strong":
		// "a 5,000-strong force", not "the 40,000-strong rapid reaction force"
		if strings.HasSuffix(ff.low(h), "force") || ff.toks[h].feat&(lxGroup|lxPersonNoun|lxOrgHead) != 0 {
			return ff.low(h)
		}
	case count:
		return pluralOf(w)
	}
	return ""
}

// membersCompound reports whether x, after a number's hyphen, counts the members of
// the body the compound modifies (its head at token h), whatever the number: "the
// seven-member committee", "a 5-member board", and "person", "man" or "woman" before a
// body's noun within three words ("a seven-person trust", "a three-person arbitration
// panel", "a six-person Internet task force"; data/figures.txt member-bodies). Below ten,
// other count compounds name a kind ("a two-man race"): compoundMeasure.
func (ff *figureFinder) membersCompound(x string, h, end int) bool {
	if x == "member" {
		return true
	}
	if x != "person" && x != "man" && x != "woman" {
		return false
	}
	for k := h; k < end && k < h+3; k++ {
		if ff.toks[k].kind != tWord || ff.toks[k].feat&(lxFunc|lxSpeech) != 0 {
			return false
		}
		if ff.in(k, memberBodies) {
			return !ff.punct(k+1, '-') // "a two-man team-up" is no team
		}
	}
	return false
}

// memberBodies are the bodies a "person" compound counts the members of (data/figures.txt).
var memberBodies = newTokSet(wordSet("member-bodies"))

// bodyNames are other nouns of bodies a "member" compound may count the members of
// ("the eight-member court", "a 15-member body"; data/figures.txt body-names), for
// its measure's name only.
var bodyNames = newTokSet(wordSet("body-names"))

// bodyMembersOf names the measure of a compound that counts a body's members by the
// body: the last body noun of the first four words from the compound's head h, before
// a function word or a mark ("a six-person jury": "jury members", "the seven-person
// managing board runs …": "board members", "a nine-member board of directors": "board
// members"), as "a field of 17" gives "field members" (bodymembers.go). Two bodies of
// one size are two figures ("a six-person jury" and "a six-member managing
// partnership"); with no body noun the measure stays "members".
func (ff *figureFinder) bodyMembersOf(h, end int) string {
	body := -1
	for k := h; k < end && k < h+4; k++ {
		if ff.toks[k].kind != tWord || ff.toks[k].feat&(lxFunc|lxSpeech) != 0 {
			break
		}
		if ff.in(k, memberBodies) || ff.in(k, bodyNames) {
			body = k
		}
	}
	if body < 0 {
		return "members"
	}
	return ff.low(body) + " members"
}

// countedCompound reports whether w, after a number's hyphen, is a noun of things one
// counts: a lower-case word, no unit of time or distance, no size (compoundSizes),
// no adjective or participle by its ending.
func countedCompound(w string, feat uint32) bool {
	if len(w) < 3 || compoundSizes.has(w) || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
		return false
	}
	if feat&(lxTimeUnit|lxDistUnit|lxFunc|lxQual|lxScale|lxNumWord|lxMonth|lxDay|lxPronoun) != 0 {
		return false
	}
	for _, suf := range []string{"ed", "ing", "ly", "est", "ish", "ful", "less", "like", "ous", "able", "al", "s"} {
		if strings.HasSuffix(w, suf) {
			return false
		}
	}
	return true
}

// compoundFigure reads number n fused into a compound adjective ("513-seat"), or a
// compound of a distance in brackets ("(8-km)") reads no stretch after it and stays no
// figure (notAFigure).
func (ff *figureFinder) compoundFigure(n *number) (r reading, known bool) {
	if !ff.punct(n.next, '-') || ff.toks[n.next].has(fSpace) {
		return reading{}, false
	}
	measure, h := ff.compoundMeasure(n.next+1, ff.sents[n.si].b, n.v)
	if measure == "" {
		return reading{}, false
	}
	return bodySize(ff.one(n, h+1, "", measure, n.qual)), true
}

// pluralOf is the plural of a singular count noun: seat → seats, country → countries,
// person → people.
func pluralOf(w string) string {
	switch {
	case w == "person":
		return "people"
	case w == "man":
		return "men"
	case w == "woman":
		return "women"
	case strings.HasSuffix(w, "y") && len(w) > 2 && !strings.ContainsRune("aeiou", rune(w[len(w)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(w, "ch") || strings.HasSuffix(w, "sh") || strings.HasSuffix(w, "x") || strings.HasSuffix(w, "z"):
		return w + "es"
	}
	return w + "s"
}

// wordCompound reads a length or a strength whose number is a word, one hyphenated
// token: "a two-mile stretch of the highway", "a ten-strong team"; a count compound so
// written is a kind as often as a count ("a two-party system") and is left alone.
func (ff *figureFinder) wordCompound(si, i int) reading {
	w := ff.low(i)
	k := strings.IndexByte(w, '-')
	if k <= 0 || ff.toks[i].kind != tWord || ff.toks[i].has(fCap) && i != ff.sents[si].start {
		return reading{}
	}
	v, ok := numberWords[w[:k]]
	x := w[k+1:]
	if !ok || v < 2 || strings.IndexByte(x, '-') >= 0 {
		return reading{}
	}
	var feat uint32
	if e := lookupLex(x); e != nil {
		feat = e.feat
	}
	h := ff.compoundHead(i, ff.sents[si].b)
	if h < 0 || compoundSizes.has(x) {
		return reading{}
	}
	// no counts ("a two-party system", "a three-judge panel" are kinds as often as
	// counts) but a body's members: "the seven-member committee" (membersCompound)
	members := ff.membersCompound(x, h, ff.sents[si].b)
	measure := ff.measureOfCompound(x, feat, h, members)
	if measure != "" && members {
		measure = ff.bodyMembersOf(h, ff.sents[si].b) // "a seven-person trust": "trust members"
	}
	if measure == "" {
		return reading{}
	}
	n := number{si: si, i: i, tok: i, next: i + 1, v: v, qa: i, word: true}
	n.qual, n.qa = qualifierBefore(ff.doc, i, ff.sents[si].start)
	return bodySize(ff.one(&n, h+1, "", measure, n.qual))
}

// bodySize keeps a compound's count of a body's members ("trust members") in the class
// "members": one article's "the seven-member trust" and "three of the seven members of
// the trust" are one body's size, and fold into one figure (distinctFigures); two named
// bodies of one size ("a six-person jury", "a six-member partnership") stay two.
func bodySize(r reading) reading {
	for k := range r.figs {
		if strings.HasSuffix(r.figs[k].f.Measure, " members") {
			r.figs[k].class = "members"
		}
	}
	return r
}
