package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A named unit of a body "at" that body: "the Economic Forecasting Center at Dunmore State
// University", "the Graduate Center at the City University of Ostburg", "the Liberty
// Program at the Brennan Center for Justice" → partOf(unit, body). The unit's name has a
// word of a unit of an institution (academicUnitWords: Center, Institute, Laboratory,
// School, Program, Department …) and the body's name a word of an institution that houses
// such units (academicHostWords: University, College, School, Institute, Center …, or a
// name in capitals, "MIT"). Not a body owned by a possessive after it ("at the Army's
// Aberdeen Proving Ground"), and not a gathering or a body that only meets or stands
// somewhere ("the Republican National Convention at Quicken Loans Arena", "the American
// Red Cross at St. Jude's Church"): those names have no unit word.

// academicUnitWords are the words of a unit's name.
var academicUnitWords = map[string]bool{"center": true, "centre": true, "institute": true, "laboratory": true,
	"lab": true, "school": true, "program": true, "programme": true, "department": true, "unit": true,
	"college": true, "initiative": true, "project": true, "division": true, "clinic": true}

// academicHostWords are the words of the name of a body that houses such units.
var academicHostWords = map[string]bool{"university": true, "college": true, "school": true,
	"institute": true, "center": true, "centre": true, "institution": true, "academy": true}

// unitsAt reads the shape above in prose sentence si.
func (rf *relationFinder) unitsAt(si int) {
	s := &rf.sents[si]
	for m := range rf.namedMentionsIn(s.start, s.b) {
		if rf.ents[m.ent].typ != kg.Organization || !rf.is(m.b, wAt) || !nameHasWord(rf.entName(m.ent), academicUnitWords) {
			continue
		}
		j := m.b + 1
		if rf.is(j, wThe) {
			j++
		}
		o := rf.namedMentionAt(j)
		if j >= s.b || o == nil || o.ent == m.ent || o.demonym || rf.ents[o.ent].typ != kg.Organization || rf.owner(o.b) || rf.tok(o.b) == "'" || rf.tok(o.b) == "’" {
			continue
		}
		host := rf.entName(o.ent)
		if !nameHasWord(host, academicHostWords) && !(o.b-o.a == 1 && rf.toks[o.a].has(fUpper)) {
			continue
		}
		rf.addRelation(si, rf.entName(m.ent), "partOf", host, rf.span(m.a, o.b))
	}
}

// nameHasWord reports whether one of the words of name, in lower case, is in words.
func nameHasWord(name string, words map[string]bool) bool {
	for _, w := range strings.Fields(name) {
		if lowerKeyIn(words, w) {
			return true
		}
	}
	return false
}
