package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Units of a body: "Tom Vell, head of the Kestrel Agency's Security Office" heads the
// office, not the agency; "Mara Lind, director of Halvorsen University's marine
// program" directs the program, not the university. The name before the possessive only
// owns the unit the title is of, so a title that leads (head, director, chairman, chief
// executive, founder …) is not held of it. A trade or a membership practised in the unit
// is still practised at the owner ("a professor at Halvorsen University's medical
// school" works for the university), and a board or a delegation is the body's own ("the
// chairman of Norvale Motors' board" chairs Norvale Motors; "the head of the Tarn
// Council's delegation to the talks" leads the council there). A unit named in lower
// case before "at" is the same ("head of the political science department at Halvorsen
// University"); a post named by its field is the body's ("director of research at").

// unitHeadPredicates are the role predicates of titles that lead what they are of: held
// of a unit ("the head of the agency's security office"), they are not held of its owner.
var unitHeadPredicates = map[string]bool{
	"headOf": true, "directorOf": true, "deputyDirectorOf": true, "executiveDirectorOf": true,
	"managingDirectorOf": true, "chiefOf": true, "deputyOf": true, "chairmanOf": true,
	"chairwomanOf": true, "chairOf": true, "presidentOf": true, "chiefExecutiveOf": true,
	"chiefExecutiveOfficerOf": true, "chiefTechnologyOfficerOf": true, "commanderOf": true,
	"leaderOf": true, "managerOf": true, "generalManagerOf": true, "founderOf": true,
	"coFounderOf": true,
}

// unitOwnerAfter reports whether the name that ends before token b is only the owner of
// the unit a title is of: a possessive follows it, past an acronym in brackets, and then
// a word of the unit other than "board" or "delegation" ("of the Kestrel Agency's
// Security Office", "of Halvorsen University's marine program", "of the Vale Bank's (VB)
// Trade Department"; not "of Norvale Motors' board", whose chairman chairs the company,
// nor "of the Tarn Council's delegation to the talks", which is the council at the talks,
// nor "of Norvale Motors, which").
func (rf *relationFinder) unitOwnerAfter(b int) bool {
	if rf.punct(b, '(') && rf.punct(b+2, ')') {
		b += 3 // "the Vale Bank (VB)'s Trade Department"
	}
	if !rf.possessive(b) {
		return false
	}
	if rf.punct(b+1, '(') && rf.punct(b+3, ')') {
		b += 3 // "the Vale Bank's (VB) Trade Department"
	}
	return b+1 < len(rf.toks) && rf.toks[b+1].kind == tWord && !rf.is(b+1, wBoard, wDelegation)
}

// unitBeforeAt returns the token of "at" or "in" after a title's "of the" and a unit
// named in lower-case words ("head of the political science department at Halvorsen
// University", "director of the pediatric residency program at Birch Hospital"), the
// title opening at its "of" (token rb) and the phrase ending before token end; -1 when the
// words are no unit ("director of research at Norvale Capital": a post of the firm) or
// name one ("director of the Marine Program at …").
func (rf *relationFinder) unitBeforeAt(rb, end int) int {
	if !rf.is(rb, wOf, wFor) || !rf.is(rb+1, wThe) {
		return -1
	}
	for j := rb + 2; j < end && j < rb+8; j++ {
		if rf.is(j, wAt, wIn) {
			if j > rb+2 && rf.is(j-1, wDepartment, wProgram, wProgramme, wCommittee, wDivision, wUnit, wSection, wLab, wLaboratory) {
				return j
			}
			return -1
		}
		if rf.toks[j].kind != tWord || rf.toks[j].has(fCap) || rf.entAt[j] >= 0 {
			return -1
		}
	}
	return -1
}

// unitOwnerEmployer returns the organization that owns the unit a leading title is of,
// when the unit is named in lower-case words only: "Jo Reyes, director of Halvorsen
// University's marine program" directs the program and works for the university; "Ian
// Toft, who heads Norvale's gaming division," works for Norvale. The owner's name opens
// at token j (after the title's "of" and its article, or after the verb); the unit must
// follow its possessive and run to token end (the phrase's or the clause's end) as up to
// five lower-case words, "and" inside ("oil and gas program"), none a word of a tie
// between bodies ("the chairman of Fox's parent company" chairs the parent, not a unit of
// Fox), or as a name of two to eight words ("director of the Kestrel Agency's Bureau of
// Consumer Protection", which the unit's own relations read as well). A legislature's or
// a council's unit is left out: who chairs its committee is a member, no employee.
// "" when the shape is not there.
func (rf *relationFinder) unitOwnerEmployer(j, end int) string {
	e := rf.entityOf(j)
	if e < 0 || rf.ents[e].typ != kg.Organization || rf.mentions[rf.entAt[j]].a != j {
		return ""
	}
	b := rf.mentions[rf.entAt[j]].b
	if !rf.possessive(b) || !rf.unitOwnerAfter(b) {
		return ""
	}
	if memberBodyOwner(rf.ents[e].name) {
		return ""
	}
	u := b + 1
	if end-u >= 2 && end-u <= 8 && rf.toks[u].has(fCap) {
		return rf.namedUnitOwner(e, u, end)
	}
	if end-u < 1 || end-u > 5 {
		return ""
	}
	for p := u; p < end; p++ {
		t := &rf.toks[p]
		if t.kind != tWord || t.has(fCap) || rf.entAt[p] >= 0 {
			return ""
		}
		if rf.is(p, wAnd) {
			if p == u || p == end-1 {
				return ""
			}
			continue
		}
		if t.feat&lxFunc != 0 || rf.is(p, wParent, wSister, wRival, wPartner, wHolding, wFormer) {
			return ""
		}
	}
	return rf.entName(e)
}

// namedUnitOwner returns the name of organization e when tokens u..end-1 (two or more)
// name a unit of it: capitalised words, with "of", "for", "on", "and" or "&" between
// them ("Center for Politics", "Gold & Platinum Program"), the last one capitalised; else
// "". One word is more often the rest of a name the entity stage cut at its "'s"
// ("Whole Woman's Health", "the Patrolmen's Association").
func (rf *relationFinder) namedUnitOwner(e, u, end int) string {
	if !rf.toks[end-1].has(fCap) {
		return ""
	}
	for p := u; p < end; p++ {
		if rf.toks[p].has(fCap) && rf.toks[p].kind == tWord || rf.is(p, wOf, wFor, wOn, wAnd) || rf.tok(p) == "&" {
			continue
		}
		return ""
	}
	return rf.entName(e)
}

// memberBodyOwner reports whether an organization's name is a legislature's or a
// council's, whose units' heads are its members ("the Senate's Armed Services
// Committee", "the City Council's budget panel").
func memberBodyOwner(name string) bool {
	for _, w := range strings.Fields(name) {
		switch w {
		case "Senate", "House", "Congress", "Parliament", "Assembly", "Council", "Legislature":
			return true
		}
	}
	return false
}
