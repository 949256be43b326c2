package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// townsBeforeBasedStates types as a place a name of weak evidence before a comma and a
// U.S. state's or a country's "-based" compound: "the Cupertino, California-based
// company", "Armonk, New York-based IBM". The compound is no mention of its own, so
// townsBeforeStates does not see the state. Not a name its own words say is a person's
// or an organization's.
func (ef *entityFinder) townsBeforeBasedStates() {
	for mi := range ef.mentions {
		m := &ef.mentions[mi]
		if m.typ == kg.Place || m.typ == kg.Group || m.typ == kg.Other || m.demonym || m.score >= 6 || !ef.punct(m.b, ',') {
			continue
		}
		st := ef.basedState(m.b + 1)
		if st == "" || firstNames[ef.tok(m.a)] || otherLastWords.has(ef.tok(m.b-1)) || orgLastWords.has(ef.tok(m.b-1)) || ef.toks[m.b-1].feat&lxOrgHead != 0 {
			continue
		}
		if m.b == m.a+1 && ef.toks[m.a].has(fUpper) {
			continue // an acronym
		}
		m.typ, m.score = kg.Place, 6
		if m.country == "" {
			m.country = stateCountry(st)
		}
	}
}

// basedState returns the U.S. state or country of a "-based" compound starting at token
// i ("California-based", "New York-based"), or "".
func (ef *entityFinder) basedState(i int) string {
	for k := i; k < i+3 && k < len(ef.toks) && ef.toks[k].kind == tWord && ef.toks[k].has(fCap); k++ {
		w := ef.tok(k)
		for _, suffix := range []string{"-based", "–based"} {
			if !strings.HasSuffix(w, suffix) {
				continue
			}
			name := strings.TrimSuffix(ef.text[ef.toks[i].s:ef.toks[k].e], suffix)
			if usStates[name] || countryOf[name] != "" {
				return name
			}
		}
	}
	return ""
}
