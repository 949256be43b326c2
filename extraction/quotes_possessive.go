package extraction

import "github.com/factgraph/kg"

// Possessive names before a verb of saying: a name with "'s" owns what follows it and
// does not speak. "Machar's spokesman James Gatdet Dak told Reuters" is the spokesman's;
// "Mars Inc, Stephanie Shults' employer, said" is Mars Inc's, the name the apposition
// describes.

// possessiveSpeaker returns the speaker of the phrase a..b-1 before (or after) a verb of
// saying when a person's name in it is possessive: the person named after the
// possessive ("X's spokesman NAME"), else the person or organization the phrase names
// that is not possessive ("NAME, X's employer,"); or "" when no person's name in the
// phrase is possessive, or no other name stands in it.
func (rd *reader) possessiveSpeaker(a, b int) string {
	owner, other, after := -1, -1, -1
	for k := a; k < b; k++ {
		mi := rd.entAt[k]
		if mi < 0 || rd.mentions[mi].ent < 0 {
			continue
		}
		m := &rd.mentions[mi]
		e := m.ent
		k = max(k, m.b-1)
		t := rd.ents[e].typ
		if t != kg.Person && t != kg.Organization {
			continue
		}
		if rd.is(m.b, wAposS, wRsquoS, wApos, wRsquo) {
			if t == kg.Person && owner < 0 {
				owner = e
			}
			continue
		}
		if owner >= 0 && t == kg.Person && after < 0 && e != owner {
			after = e
		}
		if other < 0 && e != owner {
			other = e
		}
	}
	if owner < 0 {
		return ""
	}
	if after >= 0 {
		return rd.entName(after)
	}
	if other >= 0 {
		return rd.entName(other)
	}
	return ""
}
