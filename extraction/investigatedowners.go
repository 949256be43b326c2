package extraction

import "github.com/factgraph/kg"

// The patient of an investigation named by its possessive: "the FBI investigation into
// Clinton's use of a private server", "the Justice Department's probe into Hillary
// Clinton's email use", "a U.S. Senate inquiry into Facebook's practices" → investigates
// the person or body whose conduct is looked into. Other acts keep their patient free of
// a possessive ("the acquisition of Birch's unit" acquires no Birch). Not a person's or
// body's death or injury ("an investigation into Sterling's death" looks into a killing,
// not into Sterling), nor a place's ("into Ferguson's policing": its police).

// deathNouns are the nouns of a death or an injury after a possessive.
var deathNouns = newTokSet(map[string]bool{"death": true, "deaths": true, "killing": true, "killings": true,
	"shooting": true, "murder": true, "disappearance": true, "injury": true, "injuries": true, "crash": true,
	"assault": true, "beating": true, "rape": true, "abduction": true, "kidnapping": true})

// actPatientFor is actPatient for an act of the predicate pred: an investigation also
// takes the owner of a conduct as its patient (investigatedOwner).
func (rf *relationFinder) actPatientFor(pred string, k, end int) (string, int) {
	p, pe := rf.actPatient(k, end)
	if p != "" || pred != "investigates" {
		return p, pe
	}
	return rf.investigatedOwner(k, end)
}

// investigatedOwner returns the person or organization whose possessive opens the phrase
// at token k (past "the") and the token after the owned noun and up to two lower-case
// words before it; "" when the phrase is no such possessive or names a death.
func (rf *relationFinder) investigatedOwner(k, end int) (string, int) {
	k = rf.skipThe(k)
	if k >= end || rf.entAt[k] < 0 {
		return "", k
	}
	m := &rf.mentions[rf.entAt[k]]
	if m.a != k || m.ent < 0 || m.demonym || !rf.owner(m.b) {
		return "", k
	}
	if t := rf.ents[m.ent].typ; t != kg.Person && t != kg.Organization {
		return "", k
	}
	j := m.b + 1
	for j < end && j-m.b <= 3 && rf.lowerWordAt(j) && rf.toks[j].feat&lxFunc == 0 {
		if rf.in(j, deathNouns) {
			return "", k
		}
		j++
	}
	if j == m.b+1 {
		return "", k
	}
	return rf.entName(m.ent), j
}
