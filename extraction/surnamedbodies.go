package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// surnamedBodies retypes a person's full name that the types of its own mentions made a
// body ("Dana White said the fight was off"), when the article goes on to name the
// person by the name's last word alone and that word is a person by its own evidence
// ("White added that he was sorry"): news names a person in full once, then by surname.
// The full name then takes its surname's mentions (shortFormOf). It reads only names of
// two or three capitalised words with no word of a body's, a place's, a title's or a role's
// (not "Supreme Court" beside a "Court", "Sr. Producer"), that no place opens ("Kansas
// City Star"), named before the surname, and that no word list knows.
func (ef *entityFinder) surnamedBodies() {
	p, o := typeIndex(kg.Person), typeIndex(kg.Organization)
	for _, e := range ef.ents {
		if e.dropped || e.words != 1 || e.typ != kg.Person || e.scores[p] < e.scores[o] {
			continue
		}
		for _, t := range ef.ents {
			if t.dropped || t.typ != kg.Organization || t.gaz || t.words < 2 || t.words > 3 || t.first > e.first {
				continue
			}
			tw := t.keyWords
			if len(tw) != t.words || tw[len(tw)-1] != e.keyWords[0] || !personNameWords(t.name) {
				continue
			}
			t.scores[p] += t.scores[o]
			t.scores[o], t.weakOrg = 0, 0
			t.typ = kg.Person
		}
	}
}

// personNameWords reports whether every word of name could be a word of a person's name:
// capitalised, and none a body's head or suffix, a place's head, a title, a role or a
// people's word, and no place before its last word.
func personNameWords(name string) bool {
	ws := strings.Fields(name)
	for _, w := range ws {
		if w[0] < 'A' || w[0] > 'Z' {
			return false
		}
		lw := strings.ToLower(strings.Trim(w, "."))
		if _, public := lowerOrgHeads[lw]; public || corpSuffix.has(lw) || orgLastWords.has(w) {
			return false
		}
		if lx := lexicon[lw]; lx != nil && lx.feat&(lxOrgHead|lxPlaceHead|lxHonor|lxRole|lxOrgPrefix|lxGroup|lxFunc) != 0 {
			return false
		}
	}
	i := strings.LastIndexByte(name, ' ')
	if i <= 0 {
		return false
	}
	lead := name[:i]
	if _, ok := countryOf[lead]; ok || townCountry[lead] != "" || placeLed(name) {
		return false
	}
	return true
}
