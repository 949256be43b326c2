package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Listed kin: a kin noun with no possessor of its own, right after a comma or "and",
// takes the possessor of the kin phrase it continues ("his daughter Mariam and son
// Hussain", "Smith's wife Ada, son Bo and daughter Eve") or, when the name before it is
// no kin of anyone, that name ("Ammon Bundy, brother Ryan Bundy", "Mark Burgess, wife
// Lisa and …", "Bill Clinton and daughter Chelsea"). The one it names must follow the
// noun at once. Over the open corpus these were the kin pairs left unrelated most often
// after the possessive shapes kin.go reads (rel176).

// listedKinEnds returns the possessor and the named one of the kin noun at token v whose
// possessor slot, token g, is a comma or "and", or -1s.
func (rf *relationFinder) listedKinEnds(si, g, v int) (owner, named int) {
	s := &rf.sents[si]
	if !rf.is(g, wAnd) && !rf.punct(g, ',') || rf.punct(v+1, ',') {
		return -1, -1
	}
	named = rf.namedAfter(v+1, s.b)
	if named < 0 || rf.ents[named].typ != kg.Person {
		return -1, -1
	}
	p := g - 1
	if rf.is(g, wAnd) && rf.punct(p, ',') {
		p-- // "wife Ada, son Bo, and daughter Eve"
	}
	mi := rf.entAt[p]
	if p <= s.start || mi < 0 {
		return -1, -1
	}
	m := &rf.mentions[mi]
	if m.b != p+1 || m.demonym || rf.ents[m.ent].typ != kg.Person || m.ent == named {
		return -1, -1
	}
	k := m.a - 1
	if k >= s.start && rf.punct(k, ',') {
		k-- // "his wife, Ada, and son Bo"
	}
	if k >= s.start && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) {
		if _, ok := kinTies[rf.low(k)]; ok {
			// the name before is itself kin: this noun shares its possessor
			if o, n := rf.kinEnds(si, k); n == m.ent && o != named {
				return o, named
			}
			return -1, -1
		}
	}
	if rf.is(g, wAnd) && rf.punct(g-1, ',') {
		return -1, -1 // "A, B, and son C": the list's own possessor is not read
	}
	if k >= s.start && (rf.is(k, wAnd) || rf.punct(k, ',') || rf.relationNounBefore(k)) {
		return -1, -1 // "sons Bo and Eli and daughter Eve", "partner Ada Roe and son Bo": kin of a third
	}
	if strings.HasPrefix(rf.low(v), "ex-") || rf.formerKinBetween(g, v) {
		return -1, -1 // "the comings and goings of Herzer and ex-girlfriend Sydney Holland": a third's ex
	}
	return m.ent, named
}

// relationNounBefore reports whether token k, right before a name, is a lower-case noun
// that makes the name someone's kin or partner ("sons", "partner", "children").
func (rf *relationFinder) relationNounBefore(k int) bool {
	if rf.toks[k].kind != tWord || rf.toks[k].has(fCap) {
		return false
	}
	w := rf.low(k)
	if _, ok := kinTies[w]; ok || w == "partner" || w == "children" || w == "parents" {
		return true
	}
	_, ok := kinTies[strings.TrimSuffix(w, "s")]
	return ok
}

// formerKinBetween reports whether a modifier between tokens g and v makes the kin a
// former one ("former", "ex", "ex-").
func (rf *relationFinder) formerKinBetween(g, v int) bool {
	for j := g + 1; j < v; j++ {
		if rf.is(j, wFormer, wEx) || rf.low(j) == "ex-" {
			return true
		}
	}
	return false
}
