package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

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
	k = rf.pastParentPlace(k)
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

// pastParentPlace returns the token after the place that opens a parent's name at token
// k, as its home rather than the parent ("a subsidiary of Japan's Sun Corp", "a division
// of San Diego-based Sempra Energy"), and the words of kind after a demonym ("a unit of
// French group Vivendi"); else k.
func (rf *relationFinder) pastParentPlace(k int) int {
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Place {
		return k
	}
	m := &rf.mentions[rf.entAt[k]]
	switch {
	case rf.is(m.b, "'s", "’s"):
		return m.b + 1
	case m.demonym || strings.HasSuffix(rf.low(m.b-1), "-based"):
		j := m.b
		for j < m.b+2 && rf.entAt[j] < 0 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&lxFunc == 0 {
			j++ // "French group Vivendi", "Chinese e-commerce company Alibaba"
		}
		if rf.entityOf(j) >= 0 {
			return j
		}
	}
	return k
}
