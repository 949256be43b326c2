package extraction

import (
	"strings"
	"sync"
)

// Names of peoples and of votes that a lone capitalised word carries, which the one-word
// default (an Organization) gets wrong: the residents of a place ("Iowans", "Londoners",
// "Floridians"), a Group; a country's vote to leave a union ("Brexit", "Grexit"), an
// event, typed Other.

// placeResidents reports whether w is the plural of a resident noun of a place the word
// lists know, of one word of four letters or more: the place, or the place less its last
// letter, then "ians", "ans", "ns", "ers" or "ites" ("Iowans", "Ohioans", "Texans",
// "Floridians", "Londoners", "Chicagoans").
func placeResidents(w string) bool {
	if len(w) < 6 || w[len(w)-1] != 's' || w[0] < 'A' || w[0] > 'Z' {
		return false
	}
	residentsOnce.Do(buildResidentForms)
	return residentForms[w]
}

var (
	residentsOnce sync.Once
	residentForms map[string]bool
)

// residentSuffixes end the plural of a resident noun.
var residentSuffixes = []string{"ians", "ans", "ns", "ers", "ites"}

// buildResidentForms makes every plural resident noun of the places of one word that
// countryOf and usStates hold. A form that is itself a place's name ("Athens" is no
// plural of "Athe") is left out.
func buildResidentForms() {
	residentForms = map[string]bool{}
	add := func(p string) {
		if len(p) < 4 || strings.ContainsAny(p, " .-'") {
			return
		}
		for cut := 0; cut <= 1; cut++ {
			stem := p[:len(p)-cut]
			for _, suf := range residentSuffixes {
				f := stem + suf
				if _, place := countryOf[f]; !place {
					residentForms[f] = true
				}
			}
		}
	}
	for p := range countryOf {
		add(p)
	}
	for p := range usStates {
		add(p)
	}
}

// secessionVote reports whether w names a country's vote or move to leave a union by the
// blend of its name and "exit" ("Brexit", "Grexit", "Texit"): a capital and at most four
// lower-case letters, then "exit".
func secessionVote(w string) bool {
	stem, ok := strings.CutSuffix(w, "exit")
	if !ok || len(stem) < 1 || len(stem) > 5 || stem[0] < 'A' || stem[0] > 'Z' {
		return false
	}
	for i := 1; i < len(stem); i++ {
		if stem[i] < 'a' || stem[i] > 'z' {
			return false
		}
	}
	return true
}

// regionCompound reports whether w joins two or more regions the word lists know, each
// of no one country, by hyphens ("Asia-Pacific"): one region, a place. Two countries so
// joined ("China-Taiwan ties") name a tie between them, not a place, and are left alone.
func regionCompound(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	parts := strings.Split(w, "-")
	for _, p := range parts {
		if c, ok := countryOf[p]; !ok || c != "" {
			return false
		}
	}
	return true
}

// calendarRange reports whether w joins months or days of the week by hyphens
// ("January-March", "Friday-Saturday"): a stretch of time, no entity.
func calendarRange(w string) bool {
	if !strings.Contains(w, "-") {
		return false
	}
	parts := strings.Split(w, "-")
	for _, p := range parts {
		e := lookupLex(p)
		if p == "" || p[0] < 'A' || p[0] > 'Z' || e == nil || e.feat&(lxMonth|lxDay) == 0 {
			return false
		}
	}
	return true
}
