package extraction

import "github.com/factgraph/kg"

// titlesOfOne reports whether a source phrase a..b-1 joined by "and" at token k holds two
// titles of the one person named after them ("Chairman and CEO Ann Roe", "Vale's
// founder and chief executive Ann Roe"), not two tellers: the words before "and" are a
// role (its last word a role noun), after an owner's name at most ("Vale's", "the
// company's", "its"), with no person named there; the words after "and" open with a role
// word and end on a person's name. "Vale and CEO Ann Roe" and "Senator Ann Roe and Mayor
// Tim Vost" are two tellers.
func (ff *figureFinder) titlesOfOne(a, k, b int) bool {
	if k-1 < a || ff.toks[k-1].feat&lxRole == 0 || ff.toks[k+1].feat&lxRole == 0 {
		return false
	}
	for j := a; j < k; j++ {
		if e := ff.entityOf(j); e >= 0 && ff.ents[e].typ == kg.Person {
			return false
		}
	}
	e := ff.entityOf(b - 1)
	return e >= 0 && ff.ents[e].typ == kg.Person && ff.entityOf(k+1) < 0
}
