package extraction

import "strings"

// Described tellers: a figure's source given by a description of the story's company
// rather than its name, where an adverb or a relative clause stands between the
// description and its verb of saying ("The company also reported a 5 percent drop",
// "The university initially said", "The company, which makes cameras, said it expected
// revenue of $435 million"). sourceNP resolves the bare description ("the company" by
// salience, "the government" by the main country, a description a body's name ends in);
// these readers only find where the description ends.

// tellerAdverbs are the adverbs that may stand between a teller and its verb ("the
// company also said", "police later said", "the agency had earlier estimated").
var tellerAdverbs = newTokSet(map[string]bool{
	"also": true, "later": true, "earlier": true, "initially": true, "previously": true,
	"originally": true, "subsequently": true, "separately": true, "recently": true,
	"already": true, "further": true, "again": true, "then": true, "now": true,
	"first": true, "still": true, "have": true, "has": true, "had": true,
})

// tellerEnd returns where the teller phrase a..e-1 before a verb of saying at token e
// ends once the adverbs and auxiliaries right before the verb are left out ("the company
// also" → "the company"; "two sources have" → "two sources"); never less than one word.
// Adverbs are left in (the phrase names no teller) before "put" with no "at" after it
// ("the lawyers also put some blame on") and "added" with no clause after it ("the
// company also added 129,000 customers"): verbs of saying only in those shapes. neg
// reports a negated verb ("officials did not immediately say"): no one tells.
func (ff *figureFinder) tellerEnd(a, e int) (end int, neg bool) {
	k := e
	for e > a+1 && ff.is(e-1, wHave, wHas, wHad) {
		e-- // "two sources have told Reuters": the speaker before the auxiliary
	}
	if ff.is(k, wPut, wPuts) && !ff.wordWithin(k+1, k+9, "at") || ff.is(k, wAdded) && !ff.is(k+1, wThat) && ff.toks[k+1].kind == tWord {
		return e, false
	}
	for e > a+1 && ff.toks[e-1].kind == tWord && !ff.toks[e-1].has(fCap) {
		w := ff.low(e - 1)
		if !tellerAdverbs.has(w) && !(len(w) > 4 && strings.HasSuffix(w, "ly") && !ff.is(e-1, wOnly, wFamily, wSupply, wAssembly, wDaily, wWeekly, wMonthly, wQuarterly, wYearly, wEarly)) {
			break
		}
		e--
		if w == "first" && e > a+1 && ff.is(e-1, wAt) {
			e-- // "the official at first said"
		}
	}
	return e, ff.is(e-1, wNot, wNever, wNAposT)
}

// wordWithin reports whether one of words occurs at a token from a to b-1.
func (ff *figureFinder) wordWithin(a, b int, words ...string) bool {
	for k := a; k < b && k < len(ff.toks); k++ {
		if ff.isWord(k, words...) {
			return true
		}
	}
	return false
}

// describedOpening returns the story's company a sentence opens with when it is "the
// company", "the firm" or a description of it (describedCompany) set off by a comma
// before a relative clause, and the verb at token k closes that clause's aside ("The
// company, which has struggled for years, said it expected …"): the teller sourceNP
// makes of the description, or "". A description that names someone is openingSpeaker's.
func (ff *figureFinder) describedOpening(si, k int) string {
	s := &ff.sents[si]
	c := ff.openingComma(si, k)
	if c < 0 || !ff.is(c+1, wWhich, wThat) || !ff.is(s.start, wThe) {
		return ""
	}
	if !(c-s.start == 2 && ff.is(c-1, wCompany, wFirm)) && !ff.describedCompany(s.start, c) {
		return ""
	}
	return ff.sourceNP(s.start, c)
}

// coordinatedTeller returns the teller of a verb of saying at token k whose subject is
// left out after "and" or "but" (the phrase a..e-1 is that word alone, adverbs left out
// by tellerEnd): the teller of the sentence's attribution before it, when that one is
// the only one so far, at most 60 tokens back, and no semicolon stands between ("Police had said 21 people were
// hurt, but later said another three went to hospitals"); or "".
func (ff *figureFinder) coordinatedTeller(out []sourceCand, a, e, k int) string {
	if e != a+1 || !ff.is(a, wAnd, wBut) || len(out) != 1 || out[0].tok >= k || k-out[0].tok > 60 || out[0].data || out[0].own || out[0].forecast || out[0].appos {
		return ""
	}
	for j := out[0].tok + 1; j < k; j++ {
		if ff.punct(j, ';') || ff.toks[j].kind == tStop {
			return ""
		}
	}
	return out[0].src
}
