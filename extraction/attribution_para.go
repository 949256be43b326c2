package extraction

// Attribution carried to the next sentence: a wire report attributes a statement once, at
// its end, and goes on in the next sentence of the paragraph without saying so again
// ("Officers went to the motel to look for Collins, the FBI's Kansas City office said.
// Collins, 28, was wanted on two robbery charges."). The figures stage carries the
// source of a sentence with figures through its paragraph; this carries the source of
// one without figures to the next sentence.

// paragraphSource returns the source of the sentence just before si when both are of one
// paragraph and that sentence ends on its attribution: "…, the FBI said [on Saturday]."
// or "…, according to officials."; or "". A sentence that quotes its speaker's own words
// (a feature's '"…," Adams says.' is followed by the writer's words), attributes in a
// subordinate clause ("… after the website first reported the deal"), opens with its
// speaker ("GoPro said quarterly revenue was hit …", often followed by background) or
// reports with a verb other than a past verb of saying lends nothing.
func (ff *figureFinder) paragraphSource(si int) string {
	if si == 0 || ff.toks[ff.sents[si].a].has(fPara) {
		return ""
	}
	prev := si - 1
	if ff.sents[prev].kind != sProse || ff.quotes(prev) {
		return ""
	}
	cands, _ := ff.sourceCandidates(prev)
	if len(cands) == 0 {
		return ""
	}
	c := cands[0]
	if c.data || c.estimate || !ff.in(c.tok, carried) || !ff.trailingAttribution(prev, c.tok) || ff.subordinateAttribution(prev, c.tok) {
		return ""
	}
	if !ff.goesOnAbout(prev, si) {
		return ""
	}
	return c.src
}

// goesOnAbout reports whether sentence si goes on about what sentence prev told: it opens
// with a pronoun ("He was wanted on …") or with a capitalised word prev holds capitalised
// past its first word ("Collins, 28, was wanted …" after "… to look for Collins, the FBI
// said."). A sentence that opens on something new is background more often than not
// ("The memorial honors the 1,177 sailors …" after "…, the Navy said."): it borrows no
// source.
func (ff *figureFinder) goesOnAbout(prev, si int) bool {
	first := ff.sents[si].start
	if ff.inWord(first, continuingPronouns) {
		return true
	}
	if ff.toks[first].kind != tWord || !ff.toks[first].has(fCap) {
		return false
	}
	w := ff.low(first)
	for k := ff.sents[prev].start + 1; k < ff.sents[prev].b; k++ {
		if ff.toks[k].kind == tWord && ff.toks[k].has(fCap) && ff.low(k) == w {
			return true
		}
	}
	return false
}

// continuingPronouns open a sentence that goes on about the one before.
var continuingPronouns = newTokSet(map[string]bool{"he": true, "she": true, "they": true, "his": true, "her": true, "their": true})

// carried are the attribution verbs whose source the next sentence shares: past verbs of
// reporting a statement, and "according (to)".
var carried = newTokSet(map[string]bool{"said": true, "told": true, "according": true, "reported": true, "added": true})

// trailingAttribution reports whether the attribution at token v closes sentence si: a
// comma opens the attribution clause before v ("…, police said", "…, said Alana Feld,
// executive vice president …", "…, according to officials"), and what follows the verb
// up to the next comma is a few words, not the statement ("said in a statement on
// Sunday", not "…, Brazil said confirmed microcephaly cases rose to 745").
func (ff *figureFinder) trailingAttribution(si, v int) bool {
	s := &ff.sents[si]
	if !ff.attributionComma(si, v) {
		return false // "…, but Kasich said he lacked the authority": a clause of its own
	}
	n := 0
	for k := v + 1; k < s.b && !ff.punct(k, ','); k++ {
		if n++; n > 8 || ff.is(k, wThat) {
			return false // "…, and some experts said the latest launch could serve as …"
		}
	}
	return true
}

// subordinators open a clause that is not the sentence's main one: an attribution in it
// says who said something else, not who says the sentence.
var subordinators = newTokSet(map[string]bool{"after": true, "before": true, "when": true, "while": true,
	"since": true, "because": true, "although": true, "though": true, "if": true, "until": true,
	"which": true, "who": true, "where": true, "whereas": true, "unless": true})

// subordinateAttribution reports whether the attribution verb at token v of sentence si
// sits in a subordinate clause: "as reported by", or a subordinator between the verb and
// the comma before it ("…, up 2.7 percent after the website first reported the deal").
func (ff *figureFinder) subordinateAttribution(si, v int) bool {
	s := &ff.sents[si]
	if ff.is(v-1, wAs) {
		return true // "As reported by The Guardian, …"
	}
	for k := v - 1; k >= s.start; k-- {
		if ff.punct(k, ',') || ff.punct(k, ';') || ff.toks[k].kind == tCloseQ {
			return false
		}
		if ff.in(k, subordinators) {
			return true
		}
	}
	return false
}

// quotes reports whether sentence si holds quoted words.
func (ff *figureFinder) quotes(si int) bool {
	s := &ff.sents[si]
	for k := s.start; k < s.b; k++ {
		if ff.quoteOf[k] != 0 {
			return true
		}
	}
	return false
}

// closingSource returns the source of sentence si when its one attribution closes it
// ("Trump entered the contest with 756 delegates, while Cruz had 559, according to an
// Associated Press count"): it covers the sentence across a "while" or "but", which
// separate a figure from an attribution only when each side has its own; or "".
func (ff *figureFinder) closingSource(si int, cands []sourceCand) string {
	if len(cands) != 1 || !ff.trailingAttribution(si, cands[0].tok) && !ff.settingClose(si, cands[0].tok) || ff.subordinateAttribution(si, cands[0].tok) {
		return ""
	}
	return cands[0].src
}

// attributionComma reports whether a comma within 14 tokens before the verb of saying
// at v opens an attribution clause: not a clause of its own that a conjunction opens
// ("…, but Kasich said he lacked the authority").
func (ff *figureFinder) attributionComma(si, v int) bool {
	for k := v - 1; k >= ff.sents[si].start && v-k <= 14; k-- {
		if ff.punct(k, ',') {
			return !ff.is(k+1, wBut, wAnd, wWhile, wYet, wSo, wWhereas)
		}
	}
	return false
}
