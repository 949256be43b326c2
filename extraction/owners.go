package extraction

import "github.com/factgraph/kg"

// Owners: a company's parent, as an appositive says it — "Lumo Inc, a unit of Northwind
// Corp", "Pento Ltd, a wholly owned subsidiary of Harlow Bank", "Brisk Co, owned by
// Veltra", "Brisk Co, which is owned by Veltra" — and "Veltra-owned Brisk" (compoundTies).
// Each gives partOf(company, parent).

// unitNouns are the heads of an appositive that names a company's parent after "of".
var unitNouns = map[string]bool{"unit": true, "subsidiary": true, "division": true, "arm": true,
	"affiliate": true, "offshoot": true}

// ownedBy reads the owner ties of sentence si at token v, the word "of" after a unit noun
// or the word "by" after "owned".
func (rf *relationFinder) ownedBy(si, v int) {
	s := &rf.sents[si]
	head := v - 1
	if !(rf.is(v, "of") && unitNouns[rf.low(head)]) && !(rf.is(v, "by") && rf.is(head, "owned")) {
		return
	}
	// back over the appositive's lower-case words to its comma: ", a wholly owned
	// subsidiary of", ", which is owned by", ", a company owned by"
	c := head - 1
	for c > s.start && head-c <= 5 && rf.toks[c].kind == tWord && !rf.toks[c].has(fCap) && !rf.punct(c, ',') {
		c--
	}
	if !rf.punct(c, ',') {
		return
	}
	for j := c + 1; j < head; j++ {
		if rf.is(j, "of") {
			return // "Pokemon Co, a third of which is owned by Nintendo": a stake
		}
	}
	k := v + 1
	if rf.is(k, "the") {
		k++
	}
	owner := rf.entityOf(k)
	if owner < 0 || rf.mentions[rf.entAt[k]].a != k || rf.is(rf.mentions[rf.entAt[k]].b, "'s", "’s") {
		return // not "owned by Jack Dorsey's company Square"
	}
	unit := rf.entityOf(c - 1)
	if unit < 0 || unit == owner || rf.ents[unit].typ == kg.Person || rf.ents[unit].typ == kg.Place || rf.ents[unit].typ == kg.Group {
		return
	}
	if ot := rf.ents[owner].typ; ot != kg.Organization && !(ot == kg.Person && rf.is(v, "by")) {
		return // a unit of a company; owned by a company or a person
	}
	text := rf.span(rf.mentions[rf.entAt[c-1]].a, rf.mentions[rf.entAt[k]].b)
	rf.addRelation(si, rf.entName(unit), "partOf", rf.entName(owner), text)
	// "jointly owned by Lockheed Martin Corp and Boeing Co"
	if j := rf.mentions[rf.entAt[k]].b; rf.is(j, "and") {
		if o2 := rf.entityOf(j + 1); o2 >= 0 && o2 != unit && rf.mentions[rf.entAt[j+1]].a == j+1 && rf.ents[o2].typ == rf.ents[owner].typ {
			rf.addRelation(si, rf.entName(unit), "partOf", rf.entName(o2), text)
		}
	}
}
