package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// personServingRoles are the roles held for a person as well as for a body: "a lawyer
// for Jim Ruiz", "a spokeswoman for Senator Ann Cole".
var personServingRoles = newTokSet(map[string]bool{"lawyer": true, "attorney": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "adviser": true, "advisor": true,
	"press secretary": true, "chief of staff": true, "strategist": true})

// roleWords returns the lower-case words ra..rb-1, the role noun that firstRole found.
func roleWords(d *doc, ra, rb int) string {
	if ra < 0 || rb <= ra {
		return ""
	}
	return strings.ToLower(d.span(ra, rb))
}

// advisingRoles are the roles of personServingRoles held "to" a person as well as
// "for" one: "a senior adviser to President Ann Cole".
var advisingRoles = newTokSet(map[string]bool{"adviser": true, "advisor": true})

// servedPerson reports whether the person mention at token i of an appositive is whom
// the role ra..rb-1 serves: the role is one of personServingRoles, "for" follows it ("to"
// after an adviser: advisingRoles), and only the person's capitalised title stands
// between the preposition and the name ("a spokesman for Michigan Governor Rick
// Snyder"); not when the name is a possessive ("a spokesman for Machar's party", "an
// adviser to Cole's campaign": the party or the campaign is served).
func (rf *relationFinder) servedPerson(role string, rb, i int) bool {
	if !personServingRoles.has(role) || !(rf.is(rb, wFor) || advisingRoles.has(role) && rf.is(rb, wTo)) || i <= rb {
		return false
	}
	m := &rf.mentions[rf.entAt[i]]
	if m.a != i {
		return false
	}
	if t := rf.tok(m.b); t == "'s" || t == "’s" {
		return false
	}
	for j := rb + 1; j < m.a; j++ {
		if rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) || rf.toks[j].kind != tWord && !rf.punct(j, '.') {
			return false
		}
	}
	return true
}

// servesPersonAfter reports whether the role whose words end at token rb serves a person
// named after it, before token end (servedPerson).
func (rf *relationFinder) servesPersonAfter(role string, rb, end int) bool {
	for i := rb + 1; i < end; i++ {
		if e := rf.entityOf(i); e >= 0 && rf.ents[e].typ == kg.Person && rf.servedPerson(role, rb, i) {
			return true
		}
	}
	return false
}
