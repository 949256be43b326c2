package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Modifier compounds: a name written into a compound adjective by a hyphen and a
// lower-case word ("the Islamic State-held town", "Los Angeles-area deputies", "a Cold
// War-era treaty", "Pulitzer Prize-winning reporter"). The compound is no name of its own:
// the name ends at the hyphen. Ties ("Saudi-backed") and "-based" are orgs.go's
// basedPlace; this file reads the rest.

// holderTails say the name before the hyphen holds what follows, or is tied to it: a
// group or a country ("Islamic State-held", "British-ruled", "Islamic State-related").
var holderTails = newTokSet(map[string]bool{
	"held": true, "controlled": true, "occupied": true, "dominated": true, "run": true,
	"ruled": true, "administered": true, "besieged": true, "related": true,
})

// placeTails say the name before the hyphen is a place: "Los Angeles-area",
// "Hong Kong-mainland", "Puerto Rico-born", "New York-bound".
var placeTails = newTokSet(map[string]bool{
	"area": true, "mainland": true, "born": true, "bound": true, "centered": true, "centred": true,
	"region": true, "wide": true,
})

// modifierTails end a compound adjective whose first half may be any name: the compound
// names no one ("Cold War-era", "Pussy Riot-style", "Xbox-only").
var modifierTails = newTokSet(map[string]bool{
	"era": true, "style": true, "only": true, "free": true, "like": true, "friendly": true,
	"specific": true, "worthy": true, "level": true, "heavy": true,
	"size": true, "sized": true, "less": true, "dependent": true, "savvy": true, "ready": true,
	"themed": true, "made": true, "built": true, "branded": true, "certified": true,
	"approved": true, "obsessed": true, "induced": true, "operated": true, "produced": true,
	"designed": true, "directed": true, "written": true, "narrated": true, "featuring": true,
	"starring": true, "winning": true, "nominated": true, "brokered": true, "shaped": true,
	"focused": true, "listed": true, "oriented": true, "type": true,
})

// modifierTail returns the tail of a capitalised word "Name-tail" that ends a name in
// a compound adjective ("held", "area", "era"), or "". The first half is a capitalised
// word of two letters or more ("T-shirt", "X-ray" stay words; "Ban Ki-moon" stays a name).
func modifierTail(w string) string {
	k := strings.LastIndexByte(w, '-')
	if k < 2 || k+2 > len(w) || !isUpperRune(rune(w[0])) {
		return ""
	}
	tail := w[k+1:]
	if strings.ToLower(tail) != tail {
		return ""
	}
	if holderTails.has(tail) || placeTails.has(tail) || modifierTails.has(tail) {
		return tail
	}
	return ""
}

// modifierCompound returns the token of a "Name-tail" compound in the span a..b-1 and
// its tail, or -1. Ties ("-backed", "-inspired") and "-based" are basedPlace's.
func (ef *entityFinder) modifierCompound(a, b int) (int, string) {
	for k := a; k < b; k++ {
		if ef.toks[k].kind != tWord {
			continue
		}
		if tail := modifierTail(ef.tok(k)); tail != "" {
			return k, tail
		}
	}
	return -1, ""
}

// addModifierCompound records the name before the hyphen of the compound at token k of
// the span a..b-1 — a holder, a place, or nothing for a plain modifier — and classifies
// the name after the compound on its own.
func (ef *entityFinder) addModifierCompound(si, a, k, b int, tail string, credit bool) {
	full := ef.span(a, k+1)
	name := full[:len(full)-len(tail)-1]
	switch {
	case holderTails.has(tail):
		if c, ok := demonymOf[name]; ok {
			ef.addMention(si, a, k+1, a, c, kg.Place, 8) // "Russian-held"
		} else if ethnic.has(name) || partyLabels.has(name) || partyWords.has(name) {
			// "Kurdish-held", "Republican-controlled": a side, no one named
		} else if _, ok := countryOf[name]; ok {
			ef.addMention(si, a, k+1, a, name, kg.Place, 8)
		} else if o, ok := orgAlias[name]; ok {
			ef.addMention(si, a, k+1, a, o, kg.Organization, 8)
		} else {
			ef.addMention(si, a, k+1, a, name, kg.Organization, 4) // "Islamic State-held"
		}
	case placeTails.has(tail):
		if c, ok := demonymOf[name]; ok {
			name = c
		}
		if _, org := orgAlias[name]; !org && !ethnic.has(name) {
			ef.addMention(si, a, k+1, a, name, kg.Place, 8)
		}
	}
	if k+1 < b && ef.toks[k+1].has(fCap) {
		ef.spanMentions(si, k+1, b, credit)
	}
}

// singularGroupNoun reports whether a group noun is the singular of a member ("rebel",
// "militant"): after a demonym and before no head of a group ("group", "network") it
// names no group — "Syrian rebel commanders", "rebel targets", "a Tunisian militant" —
// and findGroups leaves it to the demonym.
func singularGroupNoun(w string) bool {
	return groupNouns.has(w) && !strings.HasSuffix(w, "s") && w != "opposition"
}
