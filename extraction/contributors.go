package extraction

import "github.com/factgraph/kg"

// Contributors: the closing line "OUTLET's A, B and C contributed (to this report)" names
// reporters of the outlet, each of them reporterOf the outlet ("Harbor News' Ann Roe and
// Lee Park in Oslo contributed").

// possessedContributors reads the list of persons after the outlet's possessive at token
// g (owner: the outlet, an organization) when the list ends in "contributed" or "also
// contributed": each person, after a comma, "and" or ", and", optionally followed by "in
// PLACE", is a reporter of the outlet. Nothing else may stand in the list.
func (rf *relationFinder) possessedContributors(si, g, owner int) {
	s := &rf.sents[si]
	if rf.ents[owner].typ != kg.Organization || g+1 >= s.b {
		return
	}
	from := g - 1
	if om := rf.entAt[g-1]; om >= 0 {
		from = rf.mentions[om].a
	}
	var persons [][2]int // each person of the list and the end of their name
	i := g + 1
	for i < s.b {
		e := rf.entityOf(i)
		if e < 0 || rf.mentions[rf.entAt[i]].a != i || rf.ents[e].typ != kg.Person {
			return
		}
		b := rf.mentions[rf.entAt[i]].b
		persons = append(persons, [2]int{e, b})
		if rf.is(b, wIn) && rf.entityOf(b+1) >= 0 && rf.ents[rf.entityOf(b+1)].typ == kg.Place {
			b = rf.mentions[rf.entAt[b+1]].b // "Ann Roe in Oslo"
		}
		switch {
		case rf.is(b, wContributed) || rf.is(b, wAlso) && rf.is(b+1, wContributed):
			for _, p := range persons {
				rf.addRelation(si, rf.entName(p[0]), "reporterOf", rf.entName(owner), rf.span(from, p[1]))
			}
			return
		case rf.punct(b, ',') && rf.is(b+1, wAnd):
			i = b + 2
		case rf.is(b, wAnd) || rf.punct(b, ','):
			i = b + 1
		default:
			return
		}
	}
}
