package extraction

// Joint agreements and talks: two named parties, joined by "and", that agree or
// negotiate together with no partner named after the verb — "Ostmark and Norland agreed
// to reopen the border", "agreed on Tuesday to freeze output", "agreed in December 2014
// to end", "agreed on a framework", "Lund and Ruiz signed a peace deal in August" (each
// agreesWith the other), "Norland and Velland are in talks on a loan", "Acme and Birch
// were negotiating" (each negotiatesWith the other), as "met" gives a meeting of two
// subjects (verbforms.go reciprocal). Agreeing "that", "with" someone or "to" a named
// party's offer is no such agreement, nor talks "with" a third party or "to supply" one.

// agreeVerbs are the forms of "agree" that state an agreement reached.
var agreeVerbs = newTokSet(map[string]bool{"agreed": true, "agree": true, "agrees": true})

// agreementMakers are the verbs that make the agreement noun after them: "signed a
// deal", "reached an accord", "struck a pact".
var agreementMakers = newTokSet(map[string]bool{"signed": true, "reached": true, "struck": true, "sealed": true,
	"inked": true, "clinched": true})

// jointAgreement reads a joint agreement at token v (the word w) of sentence si: exactly
// two subjects before the verb, the verb's terms after it (agreedTerms, madeAgreement)
// and no partner after them. It reports whether it read one.
func (rf *relationFinder) jointAgreement(si, v int, w string) bool {
	end := -1
	switch {
	case rf.mayBe(v, w, wcAgree) && agreeVerbs.has(w):
		end = rf.agreedTerms(v + 1)
	case rf.mayBe(v, w, wcAgreementMaker) && agreementMakers.has(w):
		end = rf.madeAgreement(v)
	}
	if end < 0 || rf.unasserted(si, v) || rf.passive(si, v) {
		return false
	}
	return rf.eachWithOther(si, v, "agreesWith", rf.span(v, min(rf.sents[si].b, end+3)))
}

// eachWithOther adds pred both ways between the two subjects of the verb at v, when
// exactly two names are its subject; it reports whether it added them.
func (rf *relationFinder) eachWithOther(si, v int, pred, text string) bool {
	a, b, ok := nameList(rf.actionSubject(si, v)).pair()
	if !ok {
		return false
	}
	rf.addRelation(si, a, pred, b, text)
	rf.addRelation(si, b, pred, a, text)
	return true
}

// talkNouns are the nouns of talks two parties are "in": "are in talks".
var talkNouns = newTokSet(map[string]bool{"talks": true, "negotiations": true, "discussions": true})

// jointTalks reads talks two named subjects hold together at token v (the word w): "A and
// B are in [ongoing] talks|negotiations|discussions", "A and B were negotiating|
// discussing", with no partner after ("with", "between") and no infinitive ("are in talks
// to supply Lumo": talks with Lumo). It reports whether it read them.
func (rf *relationFinder) jointTalks(si, v int, w string) bool {
	be := -1
	switch {
	case rf.mayBe(v, w, wcTalk) && talkNouns.has(w):
		in := v - 1
		if rf.is(in, wOngoing, wAdvanced, wPreliminary, wExclusive, wEarly, wFormal, wSecret) {
			in--
		}
		b := in - 1
		if rf.is(b, wAlso, wNow, wStill, wAlready) {
			b-- // "are also in talks"
		}
		if rf.is(in, wIn) && rf.is(b, wAre, wWere, wIs, wWas, wBeen) {
			be = b
		}
	case w == "negotiating" || w == "discussing":
		if b := v - 1; rf.is(b, wAre, wWere, wBeen) || rf.is(b, wAlso, wNow, wStill) && rf.is(b-1, wAre, wWere, wBeen) {
			be = b
		}
	}
	if be < 0 || rf.is(v+1, wWith, wBetween, wAmong) || rf.is(v+1, wTo) && rf.infinitiveAt(v+2) || rf.unasserted(si, be) {
		return false
	}
	return rf.eachWithOther(si, be+1, "negotiatesWith", rf.span(be, min(rf.sents[si].b, v+3)))
}

// agreedTerms returns the token that states what was agreed after "agreed" at k, past a
// time phrase ("on Tuesday", "in December 2014", "last week"): "to" before a verb
// ("agreed to reopen", not "agreed to Northwind's offer") or "on" before what they agreed
// ("agreed on a framework"); -1 for none ("agreed that", "agreed with Lund", "agree,
// though").
func (rf *relationFinder) agreedTerms(k int) int {
	if t := rf.timePhraseAt(k); t > k {
		k = t
		if k < len(rf.toks) && rf.toks[k].kind == tNum && len(rf.tok(k)) == 4 {
			k++ // "in December 2014"
		}
	}
	switch {
	case rf.is(k, wTo) && rf.infinitiveAt(k+1):
		return k + 1
	case rf.is(k, wOn) && k+1 < len(rf.toks) && rf.toks[k+1].kind == tWord && rf.entityOf(k+1) < 0:
		return k + 1
	}
	return -1
}

// madeAgreement returns the agreement noun that the verb at v makes, "a [few modifiers]
// deal|accord|agreement|pact" ("signed a peace deal"), when no partner follows it
// ("with", "between", "among"); -1 otherwise. "The" is left out: "signed the Paris
// accord" names an agreement many parties signed.
func (rf *relationFinder) madeAgreement(v int) int {
	if !rf.is(v+1, wA, wAn) {
		return -1
	}
	for k := v + 2; k <= v+5 && k < len(rf.toks); k++ {
		if n, ok := actionNouns[rf.low(k)]; ok && n.pred == "agreesWith" {
			if rf.is(k+1, wWith, wBetween, wAmong) {
				return -1 // "signed a deal with Birch": the partner is named (actionnouns.go)
			}
			return k
		}
		if !rf.actModifier(k) {
			return -1
		}
	}
	return -1
}
