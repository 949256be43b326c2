package extraction

import (
	"github.com/factgraph/kg"
)

// Stakes: a holding stated as a noun, beyond a verb of holding before it ("took a 5
// percent stake in", verbphrases.go). Its holder is the one a possessive names — "Norfield's
// roughly $500 million stake in Brekke" (the possessor), "its stake in Brekke", "sold his
// Brekke stake" (the clause's subject: a sale still states that it held the stake) — or
// the subject of a verb of disclosing ("revealed a $1 billion stake in Brekke"). Each
// gives investsIn; the objects may be a list ("higher stakes in A, B and C"). "At stake
// in", "an offer for a stake in" and "plans to buy a stake in" hold nothing.

// stakeNouns are the nouns of a holding.
var stakeNouns = newTokSet(map[string]bool{"stake": true, "stakes": true})

// stakeDisclosers are the verbs that state a stake held: "disclosed a 9 percent stake".
var stakeDisclosers = newTokSet(map[string]bool{"revealed": true, "reveals": true, "disclosed": true,
	"discloses": true, "reported": true, "reports": true, "unveiled": true})

// stakePossessives are the pronouns whose stake is the clause subject's.
var stakePossessives = newTokSet(map[string]bool{"its": true, "his": true, "her": true, "their": true})

// stakeOwnerBefore returns the token of the possessive that owns the stake noun at v
// across its modifiers ("its entire 12.5 percent", "Halvorsen's roughly $500 million",
// "its Brekke"), or -1: a possessive pronoun, or the "'s" after a name.
func (rf *relationFinder) stakeOwnerBefore(si, v int) int {
	start := rf.sents[si].start
	for j := v - 1; j >= start && j >= v-8; j-- {
		switch {
		case rf.toks[j].kind == tWord && rf.in(j, stakePossessives) || rf.owner(j):
			return j
		case j == v-1 && rf.entAt[j] >= 0 && rf.toks[j].has(fCap):
			j = rf.mentions[rf.entAt[j]].a // "its Brekke stake": the held company
		case rf.toks[j].kind == tNum || rf.punct(j, '$') || rf.punct(j, '%') || rf.tok(j) == "-":
		case rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && (moneyWords[rf.low(j)] || rf.toks[j].feat&(lxFunc|lxPronoun|lxSpeech) == 0):
			if rf.is(j, wA, wAn, wThe, wAt, wTo, wFor, wOf, wIn) {
				return -1
			}
		default:
			return -1
		}
	}
	return -1
}

// stakeHeld reads the stakes at token v (the word w) that a named possessor holds
// ("Norfield's stake in Brekke", "Halvorsen's Brekke stake") or that the clause's subject
// holds as a name before the noun ("shed its Brekke stake"). It reports whether it read
// one; a stake in a name after "in" that a pronoun owns is phrasalAction's.
func (rf *relationFinder) stakeHeld(si, v int, w string) bool {
	if !rf.mayBe(v, w, wcStake) || !stakeNouns.has(w) || rf.is(v-1, wAt) {
		return false
	}
	o := rf.stakeOwnerBefore(si, v)
	if o < 0 {
		return false
	}
	holder := ""
	if rf.owner(o) {
		e := rf.entityOf(o - 1)
		if e < 0 || rf.mentions[rf.entAt[o-1]].demonym || rf.ents[e].typ == kg.Place {
			return false
		}
		holder = rf.entName(e)
	}
	s := &rf.sents[si]
	// the held company: named before the noun ("its Brekke stake") or after "in"
	if e := rf.entityOf(v - 1); e >= 0 && rf.mentions[rf.entAt[v-1]].a > o && !rf.is(v+1, wIn) {
		if rf.ents[e].typ != kg.Organization || rf.mentions[rf.entAt[v-1]].demonym {
			return false
		}
		if holder == "" {
			holder = rf.clauseSubject(si, o)
			if holder != "" && !rf.stakeHolderFits(si, v, holder) {
				return true
			}
		}
		rf.relateEach(si, nameList(holder), "investsIn", rf.entName(e), rf.span(o, v+1), notPlace)
		return holder != ""
	}
	if holder == "" && rf.is(v+1, wIn) && rf.is(o, wIts, wTheir) {
		rf.ownStakeIn(si, v, o)
	}
	if holder == "" || !rf.is(v+1, wIn) {
		return false // a pronoun's stake in a name: phrasalAction
	}
	obj := rf.actionObject(si, rf.stakeObjectStart(v+2), "investsIn")
	for ob := range nameList(obj).all() {
		if ob != holder && rf.objectFits("investsIn", ob) {
			rf.addRelation(si, holder, "investsIn", ob, rf.span(o-1, min(s.b, v+6)))
		}
	}
	return true
}

// ownStakeIn reads "its stake in Brekke" at token v (the noun; o the pronoun) whatever
// verb governs it: a body's own stake is held, whether it is sold, offered for or kept
// ("Kestrel shelved plans to spin off its stake in Brekke", "Kestrel has received no
// offer for its stake in Brekke"). The holder is the clause's subject, when
// stakeHolderFits; phrasalAction reads the verbs it knows the same way.
func (rf *relationFinder) ownStakeIn(si, v, o int) {
	holder := rf.clauseSubject(si, o)
	if holder == "" || nameList(holder).several() || !rf.stakeHolderFits(si, v, holder) || rf.typeOfName(holder) != kg.Organization {
		return
	}
	s := &rf.sents[si]
	obj := rf.actionObject(si, rf.stakeObjectStart(v+2), "investsIn")
	for ob := range nameList(obj).all() {
		if ob != holder && rf.objectFits("investsIn", ob) {
			rf.addRelation(si, holder, "investsIn", ob, rf.span(v, min(s.b, v+6)))
		}
	}
}

// stakeStated reports whether the stake noun at v states a stake held by the clause's
// subject: a verb of holding or of disclosing takes it ("took a 5 percent stake", "revealed
// a more than $1 billion stake") or a possessive pronoun owns it ("its stake", "cut its
// stake"); not "at stake".
func (rf *relationFinder) stakeStated(si, v int) bool {
	if rf.is(v-1, wAt) {
		return false
	}
	if o := rf.stakeOwnerBefore(si, v); o >= 0 && !rf.owner(o) {
		return true
	}
	for j := v - 1; j >= 0 && j >= v-9; j-- {
		if rf.in(j, stakeVerbs) || rf.in(j, stakeDisclosers) {
			return true
		}
		if rf.toks[j].kind != tWord && rf.toks[j].kind != tNum && !rf.punct(j, '$') && !rf.punct(j, '%') || rf.entAt[j] >= 0 {
			return false
		}
	}
	return false
}

// stakeHolderFits reports whether subj (a nameList), the clause subject
// activeAction found for the stake noun at v, holds the stake a possessive pronoun gives
// it: not a name that only qualifies the subject ("Lund's fund shed its stake",
// "Karvo-based Ostmark bought stakes"), not a person for "its", and no other name
// between them for the pronoun to point to ("asked Lumo to cap its stake").
func (rf *relationFinder) stakeHolderFits(si, v int, subj string) bool {
	names := nameList(subj)
	if rf.subjectQualifies(si, v, names, true) {
		return false
	}
	o := rf.stakeOwnerBefore(si, v)
	if o < 0 || rf.owner(o) {
		return true
	}
	if rf.is(o, wIts) && rf.typeOfName(names.first()) == kg.Person {
		return false
	}
	last := -1 // the subject's last mention before the pronoun
	for k := rf.sents[si].start; k < o; k++ {
		if rf.entAt[k] >= 0 && names.has(rf.entName(rf.mentions[rf.entAt[k]].ent)) {
			last = k
		}
	}
	for k := last + 1; last >= 0 && k < o; k++ {
		if e := rf.entityOf(k); e >= 0 && !names.has(rf.entName(e)) && !rf.mentions[rf.entAt[k]].demonym {
			return false
		}
	}
	return true
}

// stakeObjectStart returns the token where the company a stake is held in is named, from
// token k after "in": past a place and the lower-case words that describe the company
// ("a stake in Karvo blockchain developer Lumo Corp"), else k (pastParentPlace).
func (rf *relationFinder) stakeObjectStart(k int) int {
	if j := rf.pastParentPlace(k); j != k {
		return j
	}
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Place {
		return k
	}
	j := rf.mentions[rf.entAt[k]].b
	for n := 0; n < 3 && rf.entAt[j] < 0 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&lxFunc == 0; n++ {
		j++
	}
	if j > rf.mentions[rf.entAt[k]].b {
		if o := rf.entityOf(j); o >= 0 && rf.ents[o].typ == kg.Organization {
			return j
		}
	}
	return k
}
