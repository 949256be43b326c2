package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Campuses: a state university names its campus after a comma ("University of
// California, Berkeley", "University of Texas, Austin", "University of Nevada, Reno"),
// and the campus is part of the name. Cut at the comma, the university lost its campus
// and the town stood alone beside it, sometimes as a person ("San Diego professorOf
// University of California").

// campusEnd returns the end of the name i..j-1 with its campus when the name is
// "University of STATE" (a U.S. state the lists know), a comma follows, then one or two
// capitalised words that are no name the article gave a person, then no further name
// word ("University of California, Berkeley School of Law" stays as it was read), a
// possessive or a verb of speech ("…, Carson explained" is a person's clause); else j.
func (ef *entityFinder) campusEnd(i, j, end int) int {
	if j-i < 3 || ef.tok(i) != "University" || !ef.is(i+1, wOf) || !usStates[ef.span(i+2, j)] {
		return j
	}
	if j+1 >= end || !ef.punct(j, ',') {
		return j
	}
	k := j + 1
	for k < end && k-j <= 2 && ef.toks[k].kind == tWord && ef.toks[k].has(fCap) && !ef.toks[k].has(fUpper) && ef.toks[k].feat&(lxFunc|lxPronoun|lxStarter) == 0 {
		k++
	}
	for c := j + 1; c < k; c++ {
		if ef.toks[c].feat&(lxOrgHead|lxPlaceHead) != 0 {
			return j // "…, Berkeley School of Law": a school of the campus, read as it was
		}
	}
	if k == j+1 || k < end && ef.is(k, wOf, wFor) || k < end && (ef.isNameWord(k) || ef.tok(k) == "'s" || ef.tok(k) == "’s") {
		return j
	}
	if ef.personNamed(ef.span(j+1, k)) || k < end && ef.isSpeech(k) {
		return j // "At the University of Houston, Carson explained"
	}
	return k
}

// personNamed reports whether the article named a person before whose name holds the
// word or words w.
func (ef *entityFinder) personNamed(w string) bool {
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.typ == kg.Person && strings.Contains(" "+m.name+" ", " "+w+" ") {
			return true
		}
	}
	return false
}
