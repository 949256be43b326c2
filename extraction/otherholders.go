package extraction

import "github.com/factgraph/kg"

// andOtherHolders: a person named before "and other" and a body's plural role noun holds
// that role at the body — "Carlin and other Justice Department officials declined",
// "Marchionne and other FCA officials will visit", "Ryan and other GOP leaders met":
// "other" says the person is one of the body's officials. It reads the words right
// after the name: "and other", at most one of "top" or "senior", the body's name and a
// plural role noun ending the phrase. A body's plural that is no role ("Acme and other
// Internet giants") and a former role ("and other former Lyft drivers", not held now)
// give nothing.
func (rf *relationFinder) andOtherHolders(mi int) {
	m := &rf.mentions[mi]
	k := m.b
	if !rf.is(k, wAnd) || !rf.is(k+1, wOther) || m.ent < 0 || rf.ents[m.ent].typ != kg.Person {
		return
	}
	s := &rf.sents[m.sent]
	j := k + 2
	if rf.is(j, wTop, wSenior) {
		j++
	}
	if j >= s.b || rf.entAt[j] < 0 {
		return
	}
	o := &rf.mentions[rf.entAt[j]]
	if o.a != j || o.ent < 0 || rf.ents[o.ent].typ != kg.Organization || o.b >= s.b || rf.toks[o.b].kind != tWord || rf.toks[o.b].has(fCap) {
		return
	}
	if o.b+1 < s.b && rf.toks[o.b+1].kind == tWord && !rf.toks[o.b+1].has(fCap) && rf.toks[o.b+1].feat&lxFunc == 0 && singularRole(rf.low(o.b+1)) != "" {
		return // the plural noun goes on: "and other Acme board members" reads further
	}
	one := singularRole(rf.low(o.b))
	if one == "" || !roleNouns[one] {
		return
	}
	pred := rolePredicate(one)
	if pred == "" {
		return
	}
	rf.addRelation(m.sent, rf.entName(m.ent), pred, rf.entName(o.ent), rf.span(m.a, o.b+1))
}
