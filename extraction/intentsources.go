package extraction

// Stated intentions: a person or organization that "plans", "aims", "wants", "hopes",
// "intends" or "seeks" to do something with a figure, or has "promised", "pledged" or
// "vowed" to, states that figure as a forecaster states its own ("Verizon plans to hire
// another 1,400 union workers", "Panasonic is aiming to double its revenue to 2 trillion
// yen", "Musk has promised to sell 500,000 electric cars a year"). forecaster reads them
// with a forecast verb's reach (the figures after the verb in its clause), only when
// "to" follows the verb: "its plans for 2017", "the aims of the study" are nouns.

// intentVerbs state what their subject means to do, before "to".
var intentVerbs = newTokSet(map[string]bool{"plans": true, "aims": true, "wants": true,
	"hopes": true, "intends": true, "seeks": true, "promised": true, "pledged": true,
	"vowed": true, "promises": true, "pledges": true, "vows": true})

// progressiveIntentVerbs are intent verbs in the progressive, after "is" or "are": "Tesla
// is planning to build 500,000 cars".
var progressiveIntentVerbs = newTokSet(map[string]bool{"planning": true, "aiming": true,
	"hoping": true, "seeking": true, "looking": true})

// statedIntent reports whether token k, word w, is an intent verb followed by "to"
// (intentVerbs, or progressiveIntentVerbs after "is" or "are").
func (ff *figureFinder) statedIntent(k int, w string) bool {
	if !ff.is(k+1, wTo) {
		return false
	}
	return intentVerbs.has(w) || progressiveIntentVerbs.has(w) && ff.is(k-1, wIs, wAre)
}

// intentReach drops from cands a stated intention (statedIntent, read as a forecaster)
// that does not state the figure f: one whose figure is a known quantity, "the" before
// it ("Cruz aims to stop Trump from receiving the 1,237 delegates needed"), or another's,
// a name's possessive between the verb and the figure ("Kuka … whether it wants to
// recommend Midea's 4.5 billion euro bid", "Xenophon has vowed to block the Coalition's
// A$50 billion tax cuts").
func (ff *figureFinder) intentReach(cands []sourceCand, f *figureCand) []sourceCand {
	for i, c := range cands {
		if !c.forecast || c.tok >= f.tok || !ff.statedIntent(c.tok, ff.low(c.tok)) {
			continue
		}
		if ff.definiteFigure(f.tok) || ff.othersPossessive(c.tok+1, f.tok, c.src) {
			out := append([]sourceCand(nil), cands[:i]...)
			return ff.intentReach(append(out, cands[i+1:]...), f)
		}
	}
	return cands
}

// othersPossessive reports whether a possessive "'s" after the name of someone other
// than src stands among tokens a..b-1.
func (ff *figureFinder) othersPossessive(a, b int, src string) bool {
	for j := a; j < b; j++ {
		if ff.owner(j) {
			if e := ff.entityOf(j - 1); e >= 0 && ff.entName(e) != src {
				return true
			}
		}
	}
	return false
}

// definiteFigure reports whether "the" opens the figure at token tok, past its currency
// sign and up to two words that hedge it ("the 1,237 delegates", "the roughly $50
// million").
func (ff *figureFinder) definiteFigure(tok int) bool {
	j := tok - 1
	if ff.punct(j, '$') {
		j--
	}
	for n := 0; n < 2 && j > 0 && ff.toks[j].kind == tWord && ff.toks[j].feat&lxQual != 0; n++ {
		j--
	}
	return ff.is(j, wThe)
}
