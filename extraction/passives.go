package extraction

import (
	"github.com/factgraph/kg"
)

// Passives whose two ends stand away from the verb. The patient of a passive inside a
// relative clause is what the clause describes: "Kestrel Robotics, which was bought by
// Halvorsen Systems", "Fjordbot, a start-up that sold its first arm in 2010 and was
// acquired by …". The agent may follow a short description: "by U.S. chip equipment
// maker Veltrax". An attack noun before "claimed by" is the attack the agent made: "the
// bombings claimed by the Red Hand Front" — its place is the attack's.

// attackNouns are the nouns an attack is named by.
var attackNouns = newTokSet(map[string]bool{"attack": true, "attacks": true, "bombing": true, "bombings": true,
	"blast": true, "blasts": true, "explosions": true, "assault": true, "shooting": true})

// passiveAgent returns the entity that acts in "by …" at token k, the token after "by":
// a name, after "the" ("by the Islamic State militant group"), or a name after a short
// description or title that a place or demonym may open ("by U.S. chip equipment maker
// Veltrax", "by Governor Tom Wade").
// It returns -1 when none.
func (rf *relationFinder) passiveAgent(k, end int) int {
	if mi := rf.titledPersonAt(k, end); mi >= 0 {
		return rf.mentions[mi].ent // "by former Florida Governor Jeb Bush": titledobjects.go
	}
	if rf.is(k, wThe) {
		k++
	}
	e := rf.entityOf(k)
	if e >= 0 && rf.owner(rf.mentions[rf.entAt[k]].b) {
		// "by Warren Buffett's Berkshire Hathaway": the owned organization acts
		if o := rf.entityOf(rf.mentions[rf.entAt[k]].b + 1); o >= 0 && rf.ents[o].typ == kg.Organization {
			return o
		}
		return -1
	}
	if e >= 0 && rf.ents[e].typ != kg.Place && !rf.mentions[rf.entAt[k]].demonym {
		return e
	}
	if e >= 0 && rf.countryActs(&rf.mentions[rf.entAt[k]], end) {
		return e // "freed by Peru", "was sanctioned by the United States": verbforms.go
	}
	if e >= 0 {
		dem := rf.mentions[rf.entAt[k]].demonym
		k = rf.mentions[rf.entAt[k]].b // the place that opens the description
		if a := rf.entityOf(k); dem && a >= 0 && rf.mentions[rf.entAt[k]].a == k && (rf.ents[a].typ == kg.Person || rf.ents[a].typ == kg.Organization) {
			return a // "backed by Lebanese Hezbollah": the demonym says whose the name is
		}
		if dem && rf.stateForcesAt(k, end) {
			return e // "backed by Russian air strikes": agentgaps.go
		}
	}
	j := k
	for j < end && j-k < 4 && rf.toks[j].kind == tWord && rf.entAt[j] < 0 &&
		rf.toks[j].feat&(lxFunc|lxSpeech) == 0 {
		j++
	}
	if j == k || j >= end {
		return -1
	}
	if a := rf.entityOf(j); a >= 0 && rf.mentions[rf.entAt[j]].a == j {
		if b := rf.mentions[rf.entAt[j]].b; rf.owner(b) {
			if o := rf.entityOf(b + 1); o >= 0 && rf.ents[o].typ == kg.Organization {
				return o // "by billionaire Tom Wade's Velland Group": the owned organization acts
			}
			return -1 // "by the ruling Velland Party's daily": the daily acts, unnamed
		}
		if t := rf.ents[a].typ; (t == kg.Person || t == kg.Organization) && !rf.modifiesAfter(rf.mentions[rf.entAt[j]].b, end) {
			return a // not "by former Oracle Corp (ORCL.N) executives": the executives act
		}
	}
	return -1
}

// modifiesAfter reports whether the name that ends before token b modifies the common
// noun after it, across a ticker in parentheses ("Oracle Corp (ORCL.N) executives"),
// unless a title and a person follow (openAgent takes the person).
func (rf *relationFinder) modifiesAfter(b, end int) bool {
	if rf.punct(b, '(') {
		for b < end && b < len(rf.toks) && !rf.punct(b, ')') {
			b++
		}
		b++
	}
	return b < end && rf.modifier(b) && !rf.timeAfter(b) && rf.titledPersonAfter(b, end) < 0 // "Velland Bank chair Tom Wade" acts
}

// relativePatient returns the entity that the relative clause holding the passive verb
// at v describes, when the words before the verb (auxiliaries aside, ending at token g)
// are that clause's pronoun ("Kestrel Robotics, which was bought") or the "and" of the
// clause's verb phrases ("a start-up that sold … and was acquired"); "" otherwise.
func (rf *relationFinder) relativePatient(si, g int) string {
	s := &rf.sents[si]
	j := g
	if rf.is(g, wAnd) {
		// the clause's pronoun before the "and", with no comma or other clause between
		for j = g - 1; j > s.start && g-j < 15; j-- {
			if rf.is(j, wWho, wWhich, wThat) || rf.toks[j].kind != tWord && !rf.numeric(j) || rf.is(j, wAnd, wBut, wSaid, wSays) {
				break
			}
		}
	}
	if !rf.is(j, wWho, wWhich, wThat) {
		return ""
	}
	if rf.punct(j-1, ',') {
		if rf.is(j, wThat) {
			return "" // ", that …": no relative clause
		}
		name := rf.entityBefore(j-1, s.start)
		if name != "" && (rf.typeOfName(name) == kg.Person) != rf.is(j, wWho) {
			return ""
		}
		return name
	}
	return rf.describedHeadOf(j, s.start)
}

// describedHeadOf is describedHead for "that" too, which may belong to anything.
func (rf *relationFinder) describedHeadOf(j, start int) string {
	if !rf.is(j, wThat) {
		return rf.describedHead(j, start)
	}
	c := j - 1
	for c > start && j-c < 10 && rf.toks[c].kind == tWord && !rf.is(c, wAnd, wOr, wSaid, wSays) {
		c--
	}
	if c <= start || !rf.punct(c, ',') || c == j-1 || !rf.is(c+1, wA, wAn, wThe) {
		return ""
	}
	return rf.entityBefore(c, start)
}

// numeric reports whether token k is a number ("in 2010").
func (rf *relationFinder) numeric(k int) bool {
	return k >= 0 && k < len(rf.toks) && rf.toks[k].kind == tNum
}
