package extraction

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
