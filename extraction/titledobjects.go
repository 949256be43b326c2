package extraction

import "github.com/factgraph/kg"

// Titled objects: the person a verb acts on when a title, and before it the place, the
// body or the nationality the title belongs to, stand between the verb and the name
// ("met Japanese Prime Minister Shinzo Abe", "met with Apple CEO Tim Cook", "endorsed
// Florida Senator Marco Rubio", "arrested former Illinois Governor Rod Blagojevich").
// The owner only qualifies the title (the role readers relate it to the person); the
// person is the object. Without this the owner was taken for the object ("endorses
// Florida") or the name fell past the short window strict verbs read.

// titledPersonAt returns the mention of the person whose title opens the noun phrase at
// token k, or -1: after an optional "the", an optional word of time ("former", "then", "acting", "late", "outgoing"), then
// either the title itself or one owner — a place, a body or a demonym, its mention
// ending where the title starts, across a possessive ("Norland's Foreign Minister") —
// and the title of a person named in full right after. A person who owns what follows
// ("Apple CEO Tim Cook's pay") or who opens a clause of their own ("… Tim Cook would")
// is no object here: -1.
func (rf *relationFinder) titledPersonAt(k, end int) int {
	if rf.is(k, wThe) && rf.entAt[k] < 0 {
		k++
	}
	if rf.is(k, wFormer, wThen, wActing, wLate, wOutgoing) {
		k++
	}
	if k >= end {
		return -1
	}
	if oi := rf.entAt[k]; oi >= 0 {
		o := &rf.mentions[oi]
		if o.a != k || o.ta != k || !o.demonym && (o.ent < 0 || rf.ents[o.ent].typ == kg.Person) {
			return -1 // a person's own name: the plain object readers take it
		}
		k = o.b
		if rf.owner(k) {
			k++
		}
	}
	mi := -1
	for j := k; j < end && j < k+8; j++ {
		if rf.entAt[j] >= 0 {
			mi = int(rf.entAt[j]) // the title may hold "of" ("Speaker of the House Paul Ryan")
			break
		}
	}
	if mi < 0 {
		return -1
	}
	m := &rf.mentions[mi]
	if m.ta != k || m.ta >= m.a || m.ent < 0 || rf.ents[m.ent].typ != kg.Person || m.b > end {
		return -1
	}
	if rf.owner(m.b) || rf.is(m.b, wCould, wWould, wWill, wMay, wMight, wMust, wShould, wCan, wIs, wWas, wHas, wHad) {
		return -1
	}
	return mi
}

// scoreAt reports whether a game's score opens at token k ("27-23", "6-3"): two counts
// of up to three digits joined by a hyphen. A name before a score is a side of the game
// ("beat the Seahawks 27-23"), not a name with a number of its own ("Tier 1").
func (d *doc) scoreAt(k int) bool {
	short := func(i int) bool {
		if i >= len(d.toks) || d.toks[i].kind != tNum || len(d.tok(i)) > 3 {
			return false
		}
		for _, c := range d.tok(i) {
			if c < '0' || c > '9' {
				return false
			}
		}
		return true
	}
	return short(k) && d.punct(k+1, '-') && short(k+2)
}
