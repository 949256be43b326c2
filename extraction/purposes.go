package extraction

import "strings"

// Purpose infinitives after a place or a body one went to: "Kerry traveled to Moscow on
// Tuesday to meet Putin", "Wang is in the United States to meet Kerry", "Trump took to Fox
// News to call on Apple". The name before "to VERB" is the complement of a preposition
// after the main verb, so the one who meets, calls on or attacks is that verb's subject,
// not the name (actionSubject's "to" branch). With an object between the verb and the
// preposition ("gave $5 million to Acme to buy Northwind") the name may well be the
// infinitive's subject, and is left to be it.

// motionVerbBefore returns the verb whose prepositional complement is the name that starts
// at token a ("traveled to [the] NAME", "is in NAME", "flew into NAME", "arrived at",
// "went on Fox News"; "on" only after a verb of going or appearing), or -1: the preposition right before the name (or its "the"), and right before that, past
// adverbs in -ly, a verb — a form of "be", a past in -ed or an irregular past, or a
// word after a modal, "to" or a subject pronoun ("will travel to", "they head to").
func (rf *relationFinder) motionVerbBefore(a, start int) int {
	p := a - 1
	if rf.is(p, wThe) {
		p--
	}
	if p <= start || !rf.is(p, wTo, wIn, wInto, wAt, wOn) {
		return -1
	}
	q := p - 1
	for q > start && rf.toks[q].kind == tWord && !rf.toks[q].has(fCap) && strings.HasSuffix(rf.low(q), "ly") {
		q--
	}
	if q <= start || rf.toks[q].kind != tWord || rf.toks[q].has(fCap) || rf.entAt[q] >= 0 || rf.quoteOf[q] != 0 {
		return -1
	}
	w := rf.low(q)
	if rf.is(p, wOn) {
		if rf.is(q, wWent, wGo, wGoes, wGoing, wAppeared, wAppears, wAppear, wAppearing, wCame, wIs, wWas, wWere, wAre) {
			return q
		}
		return -1 // "called on Trump to ask the Times": Trump is the one asked to
	}
	switch {
	case rf.is(q, wIs, wWas, wAre, wWere, wBe, wBeen):
	case strings.HasSuffix(w, "ed") && !rf.is(q-1, wA, wAn, wThe, wIts, wTheir, wHis, wHer):
	case irregularVerbs[w] != "":
	case rf.is(q-1, wWill, wWould, wTo, wMay, wMight, wCould, wCan, wShould, wMust, wDid, wDidnAposT) || rf.subjectPronoun(q-1):
	default:
		return -1
	}
	return q
}

// suitNouns are the nouns of a case brought against a party.
var suitNouns = newTokSet(map[string]bool{"lawsuit": true, "lawsuits": true, "suit": true, "suits": true, "complaint": true, "complaints": true})

// suitAgainst returns the "against" of a suit filed or brought at token v ("filed a
// lawsuit against", "filed new patent suit against", "brought forward a complaint in
// arbitration against", "filing a class action complaint against"), or -1: after the
// verb, "forward" and up to four lower-case words, a suit's noun, and "against" right
// after it or after "in" and one word. "filed suit against Acme" sues Acme.
func (rf *relationFinder) suitAgainst(v int) int {
	k := v + 1
	if rf.is(k, wForward) {
		k++
	}
	end := min(len(rf.toks), k+5)
	for ; k < end; k++ {
		t := &rf.toks[k]
		if t.kind != tWord || t.has(fCap) || rf.entAt[k] >= 0 {
			return -1
		}
		if rf.in(k, suitNouns) {
			break
		}
	}
	if k >= end {
		return -1
	}
	if rf.is(k+1, wAgainst) {
		return k + 1
	}
	if rf.is(k+1, wIn) && rf.is(k+3, wAgainst) && rf.toks[k+2].kind == tWord && !rf.toks[k+2].has(fCap) {
		return k + 3
	}
	return -1
}

// upperName reports whether name is one word of three or more capitals (and digits,
// "&" or "!"): the call letters or the masthead of an outlet ("WJTV", "MSNBC", "WIRED").
func upperName(name string) bool {
	n := 0
	for _, r := range name {
		switch {
		case r >= 'A' && r <= 'Z':
			n++
		case r >= '0' && r <= '9', r == '&', r == '!':
		default:
			return false
		}
	}
	return n >= 3
}
