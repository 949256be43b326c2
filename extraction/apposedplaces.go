package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Places in a body's apposition. "Norvale, a Boston charity,", "Kestrel Labs, a
// Seattle-based software company", "Qinwei, the Chinese internet services provider": a
// body's name, a comma, an article, then a place (or its people's word, or its "-based"
// word) that modifies a kind of body (bodyKind) at the head of the phrase says where the
// body is: locatedIn(body, place), as "Boston charity Norvale" does before the name
// (placeOfKind). The kind must close the phrase — a stop, a comma, a function word, not a
// noun it modifies ("a Boston charity event") nor a possessive ("a French firm's rival",
// whose place is the other firm's); a market ("an India-focused fund") and a language
// ("an English language broadcaster") are no place.

// apposedPlace reads the apposition after the organization mention m of sentence si.
func (rf *relationFinder) apposedPlace(si int, m *mention) {
	s := &rf.sents[si]
	b := m.b
	if b+3 >= s.b || !rf.punct(b, ',') || !rf.is(b+1, wA, wAn, wThe) {
		return
	}
	j := b + 2
	for n := 0; n < 2 && j < s.b && rf.lowerModifier(j); n++ {
		j++ // "a small Boston charity", "the largest U.S. lender"
	}
	mi := rf.entAt[j]
	if mi < 0 || rf.mentions[mi].a != j || rf.mentions[mi].ent < 0 {
		return
	}
	pm := &rf.mentions[mi]
	p := pm.ent
	if p == m.ent || rf.ents[p].typ != kg.Place || rf.owner(pm.b) || !pm.demonym && !rf.knownPlace(p) {
		return
	}
	if last := pm.b - 1; !rf.basedWord(last) && lowerCompound(rf.tok(last)) {
		return // "an India-focused fund": a market, not a place
	}
	head := -1
	for k := pm.b; k < s.b && k < pm.b+5; k++ {
		if rf.is(k, wAnd) && head >= 0 && !rf.bodyKindAt(head) && k+1 < s.b && rf.lowerModifier(k+1) {
			continue // "a U.S. electric and gas company"
		}
		if !rf.lowerModifier(k) || rf.toks[k].feat&lxSpeech != 0 {
			break
		}
		head = k
		if rf.owner(k+1) || rf.bodyKindAt(k) && k+1 < s.b && rf.participleAfterKind(k+1) {
			break // "a U.S. cloud company valued at"
		}
	}
	if head < 0 || !rf.bodyKindAt(head) || rf.runHas(pm.b, head, "language") || rf.owner(head+1) {
		return
	}
	if n := head + 1; n < s.b && rf.toks[n].kind == tWord && rf.toks[n].feat&lxFunc == 0 && !rf.participleAfterKind(n) {
		return // "a Boston charity Norvale", a name or a word the kind modifies
	}
	rf.addRelation(si, rf.entName(m.ent), "locatedIn", rf.entName(p), rf.span(m.a, head+1))
}

// participleAfterKind reports whether the word at token k is a lower-case participle that
// goes on with the description a kind closes: "a Boston charity funded by", "a U.S.
// company valued at", "a Seattle firm specializing in".
func (rf *relationFinder) participleAfterKind(k int) bool {
	w := rf.low(k)
	return !rf.toks[k].has(fCap) && len(w) > 4 && (strings.HasSuffix(w, "ed") || strings.HasSuffix(w, "ing")) && !bodyKind(w)
}
