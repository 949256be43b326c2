package extraction

import "github.com/factgraph/kg"

// Rivals joined to a name by "and": "Lyft and larger rival Uber face separate lawsuits",
// "Brekke Corp (BRK.N) and smaller rival Lumo Inc reported losses". allianceOwner reads
// the name before "and" as the noun's owner; allianceNamed refuses a name after the
// noun that seems to qualify the next word ("Uber face": a noun compound to its reading)
// or that opens a clause of its own. In a subject of two names joined by "and" that next
// word is the verb both names share, and the rivalry is stated whatever follows: the
// name right after the noun is the rival (coordinatedRival). A stock ticker in brackets
// may stand between the first name and "and" (nameBeforeAnd).

// nameBeforeAnd returns the entity named right before the "and" at token k, past a stock
// ticker in brackets ("Brekke Corp (BRK.N) and"), and the token its mention starts at;
// -1 for none or a demonym.
func (rf *relationFinder) nameBeforeAnd(k int) (int, int) {
	if !rf.is(k, wAnd) {
		return -1, 0
	}
	j := k - 1
	for p := k - 5; p < k-1; p++ {
		if p > 0 && rf.tickerEnd(p) == k {
			j = p - 1 // "Brekke Corp (BRK.N) and"
			break
		}
	}
	e := rf.entityOf(j)
	if e < 0 || rf.mentions[rf.entAt[j]].demonym || rf.mentions[rf.entAt[j]].b != j+1 {
		return -1, 0
	}
	return e, rf.mentions[rf.entAt[j]].a
}

// coordinatedRival returns the name right after the rival noun at token v ("and smaller
// rival Uber face") and the token after it, when the noun's phrase follows "and" and a
// name (the owner allianceOwner found; its phrase starts at token from); "" when none:
// a name that owns what follows ("and rival Uber's drivers"), joins a hyphened word, is
// a demonym or is neither a person nor a body.
func (rf *relationFinder) coordinatedRival(si, v int, pred string, from int) (string, int) {
	s := &rf.sents[si]
	if pred != "rivalOf" || v+1 >= s.b || rf.entAt[from] < 0 {
		return "", 0
	}
	k := v - 1
	for k > s.start && v-k <= 3 && rf.allianceModifier(k) {
		k--
	}
	if e, a := rf.nameBeforeAnd(k); e < 0 || a != from {
		return "", 0
	}
	mi := rf.entAt[v+1]
	if mi < 0 {
		return "", 0
	}
	m := &rf.mentions[mi]
	if m.a != v+1 || m.demonym || m.ent < 0 || rf.owner(m.b) || rf.punct(m.b, '-') || rf.tok(m.b) == "'" || rf.tok(m.b) == "’" {
		return "", 0
	}
	if t := rf.ents[m.ent].typ; t != kg.Person && t != kg.Organization {
		return "", 0
	}
	return rf.entName(m.ent), m.b
}
