package extraction

import "strings"

// personServingRoles are the roles held for a person as well as for a body: "a lawyer
// for Jim Ruiz", "a spokeswoman for Senator Ann Cole".
var personServingRoles = map[string]bool{"lawyer": true, "attorney": true, "spokesman": true,
	"spokeswoman": true, "spokesperson": true, "adviser": true, "advisor": true,
	"press secretary": true, "chief of staff": true, "strategist": true}

// roleWords returns the lower-case words ra..rb-1, the role noun that firstRole found.
func roleWords(d *doc, ra, rb int) string {
	if ra < 0 || rb <= ra {
		return ""
	}
	return strings.ToLower(d.span(ra, rb))
}

// servedPerson reports whether the person mention at token i of an appositive is whom
// the role ra..rb-1 serves: the role is one of personServingRoles, "for" follows it, and
// only the person's capitalised title stands between "for" and the name ("a spokesman
// for Michigan Governor Rick Snyder"); not when the name is a possessive ("a spokesman
// for Machar's party": the party is served).
func (rf *relationFinder) servedPerson(role string, rb, i int) bool {
	if !personServingRoles[role] || !rf.is(rb, "for") || i <= rb {
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
