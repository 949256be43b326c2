package extraction

import (
	"github.com/factgraph/kg"
)

// Who attacked whom, read with care: the verbs and nouns of attack ("attacked",
// "struck", "attacks by") name an attacker and a target only when the clause gives
// them; a place that merely names the attack ("the Paris attacks"), a figurative strike
// ("struck a dismissive pose", "struck a chord with"), a mutual attack ("attacked each
// other") and an attack whose place the sentence never gives ("recent attacks by
// militants") do not become relations to whatever place is near.

// attackCompound reports whether the word w at token v, a noun of attack that can also
// be a verb ("attacks", "strikes"), is the head of a compound a place's name before it
// opens:
// "after the Paris attacks", "the Nov. 13 Paris attacks", "last year's Brussels
// bombings", "captured Paris attacks suspect Mohamed Abrini". The place is then where the
// attack happened, never a subject attacking what follows.
func (rf *relationFinder) attackCompound(si, v int, w string) bool {
	if eventNoun(w) == "" || v <= rf.sents[si].start || rf.entAt[v-1] < 0 {
		return false
	}
	m := &rf.mentions[rf.entAt[v-1]]
	if m.b != v || rf.ents[m.ent].typ != kg.Place || m.demonym {
		return false // "last year's Islamic State attacks in Paris": the group attacks
	}
	p := m.a - 1
	if p >= rf.sents[si].start && (rf.is(p, wThe, wLast, wThis, wRecent, wDeadly) || rf.owner(p) || rf.toks[p].kind == tNum) {
		return true // "the Paris attacks", "last year's Paris attacks", "Nov. 13 Paris attacks"
	}
	// "Paris attacks suspect Mohamed Abrini": a bare singular noun and a name after it
	n := v + 1
	return n+1 < rf.sents[si].b && rf.toks[n].kind == tWord && !rf.toks[n].has(fCap) && rf.toks[n].feat&(lxFunc|lxPronoun|lxSpeech) == 0 &&
		len(rf.low(n)) > 2 && rf.low(n)[len(rf.low(n))-1] != 's' && rf.entityOf(n+1) >= 0
}

// figurativeStrike reports whether "struck" (or "strikes", "strike") at token v, whose
// object begins at k, names no blow to an entity: its object must be the name right
// after the verb ("struck Tate", "struck Paris", "struck the Brussels metro"), not a
// thing before a name ("struck a dismissive pose toward Ryan", "struck a chord with New
// Yorkers", "struck media gold with an investment in Media General", "struck a Coast
// Guard plane"). A name that only modifies a noun after it counts as the target only
// when it is a place ("the Brussels metro").
func (rf *relationFinder) figurativeStrike(v, k int) bool {
	if !rf.is(v, wStruck, wStrikes, wStrike, wStriking) {
		return false
	}
	if rf.is(k, wThe) {
		k++
	}
	e := rf.entityOf(k)
	if e < 0 {
		return true
	}
	m := &rf.mentions[rf.entAt[k]]
	return rf.nounAfterName(m.b) && rf.ents[e].typ != kg.Place && !rf.memberNounAfter(m, m.b, len(rf.toks)) // not "struck Kestrel Front positions": statesubjects.go
}

// attackByTarget returns the target of "attacks by GROUP" at token v (the attack noun),
// the attackers' mention ending at b: the name after "on" right after the attackers
// ("attacks by Trump on Cruz's faith": Cruz), else the place the attack phrase itself
// names after the attackers ("attack by Kurdish militants on a shopping district in
// central Istanbul", "bombings by militants rocked Brussels", "an attack by militants
// that killed 130 people in Paris"), else the sentence's first place. Only a single
// attack told with an article ("the attack", "an attack by") falls back on the
// article's place; plural attacks with no place in their sentence ("recent attacks by
// militants", "deadly attacks by IS") are about no place the article names, and a
// person's attack ("an attack by Christie at the debate") is a verbal one, on no place.
func (rf *relationFinder) attackByTarget(si, v, b int, person bool) string {
	s := &rf.sents[si]
	if rf.is(b, wOn, wAgainst) {
		k := b + 1
		if rf.is(k, wThe) {
			k++
		}
		if e := rf.entityOf(k); e >= 0 && !rf.mentions[rf.entAt[k]].demonym {
			return rf.entName(e)
		}
	}
	if person {
		return ""
	}
	for k := b; k < s.b && k < b+16; k++ {
		if rf.toks[k].kind == tStop || rf.punct(k, ';') {
			break
		}
		if e := rf.entityOf(k); e >= 0 {
			m := &rf.mentions[rf.entAt[k]]
			if rf.ents[e].typ == kg.Place && !m.demonym && !rf.owner(m.b) {
				return rf.entName(e)
			}
			k = m.b - 1
		}
	}
	if p := rf.placeBefore(si, v); p != "" {
		return p
	}
	if !rf.is(v-1, wThe, wAn, wA, wThis, wThat, wSuspected, wCoordinated, wDeadly, wSuicide) || rf.is(v, wAttacks, wBombings) {
		return ""
	}
	return rf.mainPlaceOrCountry()
}
