package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// A country's initials or name written before a noun, as a modifier: "10 U.S. sailors
// were detained by Iran", "U.K. officials said", "UAE authorities", "Iraq war
// veterans". They do the work a demonym does ("American sailors", "British officials"):
// whose the people or the source are, not where the figure or the act is. Such a
// mention is a country modifier (countryModifier); demonymNoPlace reads its phrase as it
// reads a demonym's (a source noun, a visitors' noun, a plural before a verb of saying),
// and placeNear ranks the country of such a phrase, or of a counted one ("10 U.S.
// sailors"), below any place the sentence names otherwise,
// so that "10 U.S. sailors were detained by Iran" is placed in Iran. "in the U.S.",
// "U.S. crude rose 3 percent" (no other place) and "the U.S. has" still place.

// countryModifier reports whether the place mention m is a country's name or initials
// (not a demonym) right before a lower-case word that is no function word, verb of
// saying or past form: "U.S. sailors", "UK authorities", "Iraq war veterans"; not after
// a preposition of place ("in U.S. waters" says where).
func (rd *reader) countryModifier(m *mention) bool {
	if m.demonym || m.ent < 0 || m.ent >= len(rd.ents) || m.b >= len(rd.toks) {
		return false
	}
	if _, ok := countryNames[rd.ents[m.ent].name]; !ok || rd.ents[m.ent].typ != kg.Place {
		return false
	}
	t := &rd.toks[m.b]
	if t.kind != tWord || t.has(fCap) || t.feat&(lxFunc|lxSpeech|lxPronoun) != 0 || rd.entAt[m.b] >= 0 || rd.owner(m.b) {
		return false // not "China's claim"
	}
	w := rd.low(m.b)
	if !initials(rd.span(m.a, m.b)) {
		// a country's full name before a lower-case word is as often the subject of a verb
		// or a place before an adverb ("from Turkey via Greece", "Britain rather than"):
		// a modifier only before a source's noun or "war" ("Iraq war veterans")
		return sourceNouns.has(w) || w == "war" // not "a United Arab Emirates citizen" in a list of nationalities
	}
	if strings.HasSuffix(w, "ed") || strings.Contains(rd.tok(m.b-1), "-") {
		return false // "the U.S. imposed", a compound read by bodyCompoundPlace
	}
	if strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && m.b+1 < len(rd.toks) {
		n := &rd.toks[m.b+1]
		if n.kind == tNum || n.feat&(lxNumWord|lxPronoun) != 0 || rd.is(m.b+1, wA, wAn, wThe, wIts, wTheir, wThat, wTo, wNo, wSome, wMore, wAbout, wNearly) {
			return false // "The United States maintains 28,500 troops": a verb and its object
		}
	}
	p := m.a - 1
	if rd.is(p, wThe) {
		p--
	}
	return !rd.is(p, wIn, wAt, wNear, wAcross, wThroughout, wInto, wInside, wOutside, wWithin)
}

// initials reports whether a country's name is written as its initials: "U.S.", "UK",
// "UAE", "U.A.E.".
func initials(name string) bool {
	if strings.Contains(name, ".") {
		return !strings.Contains(name, " ")
	}
	if len(name) < 2 || len(name) > 4 {
		return false
	}
	for _, r := range name {
		if r < 'A' || r > 'Z' {
			return false
		}
	}
	return true
}
