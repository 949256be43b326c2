package extraction

import "strings"

// Teller descriptions: a figure inside the description of a speaker named after the verb
// ("…,” said Ann Roe, a partner at Vale Capital, which manages $2.6 billion") is what
// the article says about the speaker, in its own voice, not what the speaker said.

// describedTeller reports whether a teller of cands has its verb of saying before the
// figure at tok and names its speaker right after it, and the figure lies in the description
// that follows the speaker's name and its comma: an apposition with no verb of its own
// ("said Tom Vale, the author of two books"), or a relative clause in it ("said Ann
// Roe, a partner at Vale Capital, which manages $2.6 billion"; "said Reas, who has
// shown his work at 100 museums"). A participle ("…, adding that 30 …", "noting …")
// or a clause of its own before the figure tells on. Such a figure is the article's,
// not another teller's of the sentence.
func (ff *figureFinder) describedTeller(cands []sourceCand, tok int) bool {
	for _, c := range cands {
		if c.tok >= tok || c.appos || !ff.is(c.tok, wSaid, wSays, wSay) || !(ff.punct(c.tok-1, ',') || ff.toks[c.tok-1].kind == tCloseQ) {
			continue // not `," said X` nor `…, said X`: "Skyscanner said Khazanah, …" reports a clause
		}
		if comma := ff.speakerNameEnd(c.tok+1, tok); comma >= 0 && ff.describes(comma+1, tok) {
			return true
		}
	}
	return false
}

// speakerNameEnd returns the comma that ends the speaker's name opening at token a
// (before limit): one to six capitalised words (titles and a name, "Bayview fund manager
// Ann Roe" with its lower-case title words), the last a name word; else -1.
func (ff *figureFinder) speakerNameEnd(a, limit int) int {
	caps := 0
	for k := a; k < limit && k < a+8; k++ {
		t := &ff.toks[k]
		if ff.punct(k, ',') {
			if caps == 0 || !ff.toks[k-1].has(fCap) || ff.entityOf(k-1) < 0 {
				return -1
			}
			return k
		}
		if t.kind != tWord || ff.isSpeech(k) || t.feat&(lxFunc|lxPronoun) != 0 && !ff.is(k, wOf) {
			return -1 // "said on Friday, …", "said it …": no speaker after the verb
		}
		if t.has(fCap) {
			caps++
		}
	}
	return -1
}

// describes reports whether tokens a..tok-1 describe the speaker named before a, up to
// the figure at tok: no verb of saying, no participle, no auxiliary or verb of a clause
// of its own, except inside a relative clause ("which manages", "who has"), and no verb
// that tells a figure even there ("who put the toll at …", "which estimated"); the figure
// not past a semicolon, a dash or "but".
func (ff *figureFinder) describes(a, tok int) bool {
	if a >= tok {
		return false
	}
	for k := a; k < tok; k++ {
		t := &ff.toks[k]
		if ff.punct(k, ';') || t.kind == tDash || t.kind == tOpenQ || t.kind == tStop || ff.is(k, wBut) {
			return false
		}
		if t.kind == tWord && (ff.isSpeech(k) || ff.isSourceVerb(k) || ff.in(k, tellingNouns)) {
			return false // "…, who put the toll at 30", "whose count of 30": the speaker tells it, in a relative clause too
		}
		if t.kind != tWord || ff.clauseOf(k) != 0 || ff.is(k, wWho, wWhose, wWhich) {
			continue
		}
		if ff.in(k, auxiliaries) || ff.is(k, wWas, wWere, wIs, wAre, wHas, wHad, wHave) {
			return false
		}
		if w := ff.low(k); !t.has(fCap) && strings.HasSuffix(w, "ing") && len(w) > 5 {
			return false // "…, adding that …", "noting the calf weighs …"
		}
	}
	return true
}

// tellingNouns are the nouns of a count or an estimate someone makes: in a speaker's
// description ("said Ann Roe, whose agency's count of 30 dead …") the figure they hold
// is the speaker's.
var tellingNouns = newTokSet(map[string]bool{"count": true, "counts": true, "tally": true,
	"toll": true, "estimate": true, "estimates": true, "figure": true, "figures": true,
	"forecast": true, "projection": true, "report": true, "survey": true, "poll": true,
	"data": true, "tracker": true, "calculation": true, "calculations": true})
