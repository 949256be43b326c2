package extraction

import "github.com/factgraph/kg"

// Warnings told in the passive or as standing, whose issuer the sentence names apart:
// "Flood warnings were posted for Ohio and Indiana by the Tarvo Weather Bureau", "A
// tropical storm warning is in effect for Norland and Dunmore, the Tarvo Weather Bureau
// said", "The Tarvo Weather Bureau said a heat advisory remains in effect for Kansas",
// "A blizzard watch has been issued for Vermont, according to the Tarvo Weather Bureau"
// → warns(body, place) for each place the phrase after "for" names (warnedPlaces, as for
// "X issued a warning for"). The warning's noun opens its clause (no "of", "under" or
// other preposition before its phrase: "the lifting of a warning issued for Ohio" tells
// of no issuer); the issuer is an organization named by "by", by a closing ", X said" or
// ", according to X", or as the subject of the verb of saying the clause hangs on. A
// warning with no issuer named ("Tornado watches were posted for Kansas") gives nothing.

// standingWarnings reads the shapes above in prose sentence si.
func (rf *relationFinder) standingWarnings(si int) {
	if !rf.warningSentence(si) {
		return
	}
	s := &rf.sents[si]
	for n := s.start; n < s.b; n++ {
		t := &rf.toks[n]
		if t.kind != tWord || t.has(fCap) || !rf.in(n, warningNouns) || rf.quoteOf[n] != 0 {
			continue
		}
		k := n + 1
		if rf.is(k, wIn) {
			k = rf.placeQualifierEnd(k + 1) // "the year's first warning in the United States was issued"
		}
		v, ok := rf.standingWarningVerb(k, s.b)
		if !ok || rf.unasserted(si, v) {
			continue
		}
		open := rf.warningPhraseStart(n, s.start)
		if open < 0 {
			continue
		}
		// from the verb to "for": a time ("on Friday") and "by X" may stand between
		issuer := -1
		k = v + 1
		for ; k < s.b && k < v+9 && !rf.is(k, wFor); k++ {
			if rf.toks[k].kind != tWord {
				break
			}
			if rf.is(k, wBy) {
				if e, b := rf.issuerAt(k + 1); e >= 0 {
					issuer, k = e, b-1
				}
			}
		}
		if !rf.is(k, wFor) {
			continue
		}
		places, end := rf.warnedPlaces(k, s.b)
		if len(places) == 0 {
			continue
		}
		if issuer < 0 {
			issuer = rf.warningIssuerAfter(end, s.b)
		}
		if issuer < 0 {
			issuer = rf.warningIssuerBefore(si, open)
		}
		if issuer < 0 {
			continue
		}
		for _, p := range places {
			rf.addRelation(si, rf.entName(issuer), "warns", p, rf.span(open, end))
		}
	}
}

// standingWarningVerb reads, from token k after a warning's noun, a passive of issuing
// ("was issued", "have been posted", "is also extended") or a standing one ("is in
// effect", "remain in place"), and returns its last token.
func (rf *relationFinder) standingWarningVerb(k, end int) (int, bool) {
	if rf.is(k, wHas, wHave, wHad) && rf.is(k+1, wBeen) {
		k++
	} else if !rf.is(k, wIs, wAre, wWas, wWere, wRemain, wRemains, wRemained) {
		return -1, false
	}
	k++
	if rf.is(k, wNow, wAlso, wStill, wAlready) {
		k++
	}
	if k+1 >= end {
		return -1, false
	}
	if rf.is(k, wIn) && rf.is(k+1, wEffect, wPlace) {
		return k + 1, true
	}
	if rf.is(k, wIssued, wPosted, wExtended, wExpanded) && !rf.is(k-1, wRemain, wRemains, wRemained) {
		return k, true
	}
	return -1, false
}

// warningGoverners are the words that make a warning's phrase a part of another
// ("the lifting of a warning", "residents under a watch").
var warningGoverners = newTokSet(map[string]bool{"of": true, "for": true, "under": true, "about": true,
	"from": true, "without": true, "to": true, "by": true, "with": true, "in": true, "on": true,
	"at": true, "into": true, "against": true, "over": true, "and": true, "or": true, "but": true,
	"after": true, "before": true, "than": true, "as": true, "if": true, "when": true, "until": true})

// warningPhraseStart returns where the noun phrase of the warning noun at n opens — back
// over at most seven words of its own ("A tropical storm", "Excessive-heat", "Hurricane",
// "The year's first") to an article, the clause's start, a comma, "that" or a verb of
// saying — or -1 when a preposition, a conjunction or any other word governs the phrase
// ("the end of a warning", "residents under a watch", "and flood warnings").
func (rf *relationFinder) warningPhraseStart(n, start int) int {
	a := n
	for a > start && a > n-8 {
		p := a - 1
		if rf.is(p, wA, wAn, wThe) {
			a = p
			break
		}
		t := &rf.toks[p]
		if t.kind == tWord && t.feat&(lxPronoun|lxSpeech) == 0 && !rf.in(p, warningGoverners) || rf.owner(p) {
			a = p
			continue
		}
		break
	}
	if a == start || rf.punct(a-1, ',') || rf.is(a-1, wThat) || rf.isSpeech(a-1) {
		return a
	}
	return -1
}

// issuerAt returns the organization whose name opens at token k, after an optional
// "the", and the token after its name, or -1.
func (rf *relationFinder) issuerAt(k int) (int, int) {
	if rf.is(k, wThe) {
		k++
	}
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Organization {
		return -1, k
	}
	m := &rf.mentions[rf.entAt[k]]
	if m.a != k || m.demonym {
		return -1, k
	}
	return e, m.b
}

// warningIssuerAfter returns the organization a warning's clause, ending at token k,
// is credited to after it: "by the Tarvo Weather Bureau", ", the Tarvo Weather Bureau
// said", ", according to the Tarvo Weather Bureau" — the comma within a few lower-case
// words of the clause's end ("for Ohio on Sunday, the bureau said") — or -1.
func (rf *relationFinder) warningIssuerAfter(k, end int) int {
	if rf.is(k, wBy) {
		e, _ := rf.issuerAt(k + 1)
		return e
	}
	c := k
	for c < end && c < k+6 && !rf.punct(c, ',') {
		if rf.toks[c].kind != tWord || rf.entAt[c] >= 0 {
			return -1
		}
		c++
	}
	if !rf.punct(c, ',') {
		return -1
	}
	if rf.is(c+1, wAccording) && rf.is(c+2, wTo) {
		e, _ := rf.issuerAt(c + 3)
		return e
	}
	e, b := rf.issuerAt(c + 1)
	if e < 0 || b >= end || !rf.isSpeech(b) {
		return -1
	}
	return e
}

// warningIssuerBefore returns the organization that is the subject of the verb of saying
// right before the warning's phrase opening at token open ("The Tarvo Weather Bureau said
// [that] a watch is in effect for"), or -1.
func (rf *relationFinder) warningIssuerBefore(si, open int) int {
	v := open - 1
	if rf.is(v, wThat) {
		v--
	}
	if v < rf.sents[si].start || !rf.isSpeech(v) || rf.toks[v].has(fCap) {
		return -1
	}
	g := rf.backOverAuxiliaries(rf.sents[si].start, v)
	if g < 0 || rf.entAt[g] < 0 {
		return -1
	}
	m := &rf.mentions[rf.entAt[g]]
	if m.b != g+1 || m.demonym || rf.ents[m.ent].typ != kg.Organization {
		return -1
	}
	if m.a > rf.sents[si].start && !rf.is(m.a-1, wThe) && !rf.punct(m.a-1, ',') {
		return -1 // "a warning from the bureau's Ohio office said": not the subject
	}
	return m.ent
}

// placeQualifierEnd returns the token after the place named from token k, after an
// optional "the" ("in the United States"), or k-1 (the "in" itself, which no verb
// follows) when no place's name opens there.
func (rf *relationFinder) placeQualifierEnd(k int) int {
	if rf.is(k, wThe) {
		k++
	}
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[k]].a != k {
		return k - 1
	}
	return rf.mentions[rf.entAt[k]].b
}
