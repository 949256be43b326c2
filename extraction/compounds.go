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
var compoundSizes = wordSet("compound-sizes")

// stretchNouns are what a length measures in a compound: "a 5-mile stretch of beach".
var stretchNouns = wordSet("stretch-nouns")

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

// compoundNoun reports whether the word at x, glued after a number's hyphen, counts
// things ("seat", "nation", "island"), gives a length of a stretch ("mile"), or the
// strength of a force ("strong"): the number v is then a figure of the compound. Below
// ten, a count compound names a kind more often than it counts ("a two-man race", "a
// 2-stage rocket", "two-factor authentication") and is left alone.
func (ff *figureFinder) compoundNoun(x, end int, v float64) bool {
	if x >= end || ff.toks[x].kind != tWord || ff.toks[x].has(fSpace) || ff.toks[x].has(fCap) {
		return false
	}
	h := ff.compoundHead(x, end)
	if h < 0 {
		return false
	}
	w := ff.low(x)
	if ff.toks[x].feat&lxDistUnit != 0 {
		return stretchNouns[ff.low(h)]
	}
	if w == "strong" {
		return strings.HasSuffix(ff.low(h), "force") || ff.toks[h].feat&(lxGroup|lxPersonNoun|lxOrgHead) != 0 // "a 5,000-strong force", not "the 40,000-strong rapid reaction force"
	}
	if currencyWords[w] != "" || currencyWords[w+"s"] != "" {
		return false // "a 100-peso note"
	}
	return v >= 10 && countedCompound(w, ff.toks[x].feat) // "a two-party system", "a 2-stage rocket": kinds
}

// countedCompound reports whether w, after a number's hyphen, is a noun of things one
// counts: a lower-case word, no unit of time or distance, no size (compoundSizes),
// no adjective or participle by its ending.
func countedCompound(w string, feat uint32) bool {
	if len(w) < 3 || compoundSizes[w] || strings.IndexFunc(w, func(r rune) bool { return r < 'a' || r > 'z' }) >= 0 {
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
	s := &ff.sents[n.si]
	if !ff.punct(n.next, '-') || ff.toks[n.next].has(fSpace) || !ff.compoundNoun(n.next+1, s.b, n.v) {
		return reading{}, false
	}
	x := n.next + 1
	h := ff.compoundHead(x, s.b)
	w := ff.low(x)
	var measure string
	switch {
	case ff.toks[x].feat&lxDistUnit != 0:
		measure = ff.low(h) // "a 5-mile stretch": the stretch's length
	case w == "strong":
		measure = ff.low(h) // "a 5,000-strong force"
	default:
		measure = pluralOf(w)
	}
	return ff.one(n, h+1, "", measure, n.qual), true
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
	if h < 0 || compoundSizes[x] {
		return reading{}
	}
	var measure string
	switch {
	case feat&lxDistUnit != 0:
		if !stretchNouns[ff.low(h)] {
			return reading{}
		}
		measure = ff.low(h)
	case x == "strong":
		if !strings.HasSuffix(ff.low(h), "force") && ff.toks[h].feat&(lxGroup|lxPersonNoun|lxOrgHead) == 0 {
			return reading{}
		}
		measure = ff.low(h)
	default: // "a five-member panel", "a two-party system": kinds as often as counts
		return reading{}
	}
	n := number{si: si, i: i, tok: i, next: i + 1, v: v, qa: i, word: true}
	n.qual, n.qa = qualifierBefore(ff.doc, i, ff.sents[si].start)
	return ff.one(&n, h+1, "", measure, n.qual)
}
