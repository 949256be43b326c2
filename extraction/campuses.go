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
//
// A campus named "at" a town is the same ("University of Illinois at Chicago",
// "University of Texas at El Paso", "State University of New York at Buffalo"): cut at
// "at", the university lost its campus and the town stood as a place of its own.

// campusEnd returns the end of the name i..j-1 with its campus when the name is
// "University of STATE" (a U.S. state the lists know), a comma follows, then one or two
// capitalised words that are no name the article gave a person, then no further name
// word ("University of California, Berkeley School of Law" stays as it was read), a
// possessive or a verb of speech ("…, Carson explained" is a person's clause); else j.
func (ef *entityFinder) campusEnd(i, j, end int) int {
	if j-i >= 4 && ef.tok(i) == "State" && ef.tok(i+1) == "University" {
		i++ // "State University of New York at Buffalo"
	}
	if j-i < 3 || ef.tok(i) != "University" || !ef.is(i+1, wOf) || !usStates[ef.span(i+2, j)] {
		return j
	}
	if j+1 < end && ef.is(j, wAt) {
		return ef.campusAtEnd(j, end)
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

// campusAtEnd returns the end of "University of STATE at TOWN" whose "at" is token j:
// after it one to three capitalised words (joined by hyphens without a space at most,
// "Urbana-Champaign") that are no name the article gave a person, then no further name
// word, "of" or "for" ("at Kinnick Stadium", "at Chicago Medicine" are left as they
// were); a possessive or a verb of speech after the town is the campus's own ("the
// University of Texas at El Paso's stadium", "the University of Tennessee at Martin
// said"). Else j, the name without its campus.
func (ef *entityFinder) campusAtEnd(j, end int) int {
	k, words := j+1, 0
	for k < end && words < 3 && ef.toks[k].kind == tWord && ef.toks[k].has(fCap) && !ef.toks[k].has(fUpper) && ef.toks[k].feat&(lxFunc|lxPronoun|lxStarter|lxOrgHead|lxPlaceHead) == 0 {
		k++
		words++
		if k+1 < end && ef.punct(k, '-') && !ef.toks[k].has(fSpace) && !ef.toks[k+1].has(fSpace) && ef.toks[k+1].kind == tWord && ef.toks[k+1].has(fCap) {
			k++ // "Urbana-Champaign": the next word joins the town
		}
	}
	if words == 0 || k < end && (ef.isNameWord(k) || ef.is(k, wOf, wFor) || ef.punct(k, '-')) {
		return j
	}
	if ef.personNamed(ef.span(j+1, k)) {
		return j
	}
	return k
}

// campusTown returns the town of entity e when e is a campus named "at" its town
// ("University of Texas at Austin") and the article names the town as a place of its
// own: where a figure near the campus's name stands; else "".
func (rd *reader) campusTown(e int) string {
	if e < 0 || rd.ents[e].typ != kg.Organization || !strings.HasPrefix(rd.ents[e].name, "University of ") && !strings.HasPrefix(rd.ents[e].name, "State University of ") {
		return ""
	}
	_, town, ok := strings.Cut(rd.ents[e].name, " at ")
	if !ok {
		return ""
	}
	for _, p := range rd.ents {
		if !p.dropped && p.typ == kg.Place && p.name == town {
			return town
		}
	}
	return ""
}
