package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Titles and places glued to names: "Senator Bernie Sanders of Vermont" is a person with
// a role held for a place, "Taunton, Mass." a town in a state, "Washington, D.C." one
// place, "Harford County Sheriff's Office" one organization.

// stateAbbrevs are abbreviations of U.S. states after a town (data/names.txt).
var stateAbbrevs = wordValues("us-state-abbreviations")

// nameBeforeOf returns where a person's name that starts at token a ends: at an "of"
// after at least one word of the name ("Bernie Sanders of Vermont"), else b.
func (ef *entityFinder) nameBeforeOf(a, b int) int {
	for k := a + 1; k < b-1; k++ {
		if ef.is(k, wOf) {
			return k
		}
		if ef.toks[k].kind != tWord {
			break
		}
	}
	return b
}

// titleOf records the place or organization after the "of" at token o of a titled name
// ("… of Vermont") and makes it the role's place when the title had none before it.
func (ef *entityFinder) titleOf(si, o, b int, credit bool) {
	pm := ef.entAt[o-1]
	a := o + 1
	if ef.is(a, wThe) {
		a++ // "Capt. Andrew Neiman of the LAPD"
	}
	om := ef.classifyAndAdd(si, a, b, credit)
	if pm < 0 || om < 0 {
		return
	}
	p := &ef.mentions[pm]
	_, country := countryNames[p.roleOrg]
	if p.roleOrgM >= 0 {
		_, country = countryNames[ef.mentions[p.roleOrgM].name]
	}
	// "U.S. Senator Bernie Sanders of Vermont": the state is the more precise
	if p.roleOrgM < 0 && p.roleOrg == "" || partyWords.has(p.roleOrg) || country {
		p.roleOrgM, p.roleOrg = om, ef.mentions[om].name
	}
}

// stateAfterTown records "Mass" in "Taunton, Mass., home" as the state it abbreviates, and
// "D.C." or "DC" after "Washington," as part of the one place "Washington, D.C."; it reports
// whether token i was such an abbreviation.
func (ef *entityFinder) stateAfterTown(si, i int) bool {
	if !ef.punct(i-1, ',') || i < 2 || ef.entAt[i-2] < 0 {
		return false // no "Town," before it: asked first, before the map lookups (it was asked after them)
	}
	w := strings.TrimSuffix(ef.tok(i), ".")
	if w == "DC" {
		// "Washington, DC": the district's initials without their stops; after any other
		// name "DC" is no state ("Marvel, DC and Image" names the publisher)
		if i < 2 || ef.tok(i-2) != "Washington" {
			return false
		}
		w = "D.C"
	}
	state, ok := stateAbbrevs[w]
	if !ok {
		state = ef.dottedStateAt(i) // "Pottsville, Penn." (facilitytowns.go)
		ok = state != ""
	}
	if !ok {
		return false
	}
	town := int(ef.entAt[i-2])
	if t := &ef.mentions[town]; t.typ != kg.Place {
		if t.demonym {
			return false
		}
		if t.score >= 6 {
			// "Rep. Bill Smith, Pa.," is no town, but the stop-marked abbreviation between
			// commas is still his state, no name of its own (facilitytowns.go)
			if !ef.stateBetweenCommas(i) {
				return false
			}
			if t.typ == kg.Organization && orgAlias[t.name] == "" {
				t.typ = kg.Place // "Newport News, Va.,", "Painted Post, N.Y.,": the head word misled
			}
		} else {
			t.typ, t.score = kg.Place, 6 // "Taunton, Mass.": a town
		}
	}
	if w == "D.C" {
		if ef.mentions[town].name != "Washington" {
			return false
		}
		m := &ef.mentions[town]
		m.name, m.typ, m.score, m.b = state, kg.Place, 10, i+1
		ef.entAt[i-1], ef.entAt[i] = int32(town), int32(town)
		return true
	}
	ef.addMention(si, i, i+1, i, state, kg.Place, 10)
	return true
}

// capitalDistrict reports whether the name on tokens a..b is "Washington D.C." or
// "Washington DC" written without the comma: the one place "Washington, D.C.", never a
// person whose family name is "DC".
func (ef *entityFinder) capitalDistrict(a, b int) bool {
	if b != a+2 || ef.tok(a) != "Washington" {
		return false
	}
	switch ef.tok(a + 1) {
	case "D.C.", "D.C", "DC":
		return true
	}
	return false
}

// officeOfTitle reports whether the possessive at token j joins a title to an
// organization's head: "Sheriff's Office", "District Attorney's Office", "Medical
// Examiner's Office", "Public Defender's Office", "County Clerk's Office".
func (ef *entityFinder) officeOfTitle(j, end int) bool {
	if !(ef.tok(j) == "'s" || ef.tok(j) == "’s") || j+1 >= end || !ef.isNameWord(j+1) {
		return false
	}
	if ef.toks[j+1].feat&lxOrgHead == 0 {
		return false
	}
	_, title := titleRole[ef.tok(j-1)]
	return title || ef.is(j-1, wExaminer, wMarshal, wAttorney, wCoroner, wSheriff, wDefender, wProsecutor, wSolicitor, wAuditor, wTreasurer, wComptroller, wController, wAssessor, wRecorder, wClerk, wCommissioner)
}
