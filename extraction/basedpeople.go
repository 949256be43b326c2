package extraction

import "github.com/factgraph/kg"

// A person "based in" a place after the description that follows the name: "Jeff Moss,
// a crime data consultant based in New Orleans", "Ida Roe, a Facebook vice president
// based in São Paulo", "Ali Hamid, an Iraqi based in Syria", "Tom Berg, who is based in
// London" → residentOf(person, place): where the person lives and works, as "a
// Singapore-based economist" says before the noun (basedPerson, modifiers.go). The
// description opens with "a" or "an" and runs to "based" over at most five words, none a
// function word: "a strategist at Acme based in Tokyo" and "a spokesman for a group based
// in Lusk" may tell where the body is. Its last word is a person's noun (personNoun) or
// a people's word ("an Iraqi"). "now" or "currently" may stand before "based"; a past
// seat ("then based in", "formerly based in") is left alone.

// describedBasedPerson reads the shape above after the person's mention m in sentence si.
func (rf *relationFinder) describedBasedPerson(si int, m *mention) {
	s := &rf.sents[si]
	j := -1
	if rf.punct(m.b, ',') && rf.is(m.b+1, wWho) && rf.is(m.b+2, wIs, wAposS, wRsquoS) {
		j = m.b + 3 // "Tom Berg, who is based in London", "Tom Berg, who's based in"
	} else if k, ok := rf.descriptionStart(m); ok && rf.is(k, wA, wAn) {
		j = k + 1
		for j < s.b && j <= k+5 && !rf.is(j, wBased, wNow, wCurrently) && rf.toks[j].kind == tWord && rf.toks[j].feat&(lxFunc|lxSpeech|lxPronoun) == 0 {
			j++
		}
		last := j - 1
		if last == k || !personNoun(rf.low(last)) && !rf.demonymAt(last) {
			return // "a London company based in", "a firm based in"
		}
	}
	if j < 0 {
		return
	}
	if rf.is(j, wNow, wCurrently) {
		j++
	}
	if !rf.is(j, wBased) || !rf.is(j+1, wIn) || rf.quoteOf[j] != 0 {
		return
	}
	p, pk := rf.basedPlaceAt(j+2, s.b)
	if p < 0 || p == m.ent || rf.relatedPair(m.ent, p) {
		return
	}
	rf.addRelation(si, rf.entName(m.ent), "residentOf", rf.entName(p), rf.span(m.a, rf.mentions[rf.entAt[pk]].b))
}

// demonymAt reports whether token k is a one-word people's word standing for a place:
// "an Iraqi", "an Indonesian".
func (rf *relationFinder) demonymAt(k int) bool {
	mi := rf.entAt[k]
	if mi < 0 {
		return false
	}
	pm := &rf.mentions[mi]
	return pm.demonym && pm.a == k && pm.b == k+1 && pm.ent >= 0 && rf.ents[pm.ent].typ == kg.Place
}
