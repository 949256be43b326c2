package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Shareholders: a holder of a firm's shares named by the noun of one ("shareholder",
// "investor", "stakeholder", an "early backer") in an appositive, after a present copula or
// beside the firm's possessive — "Kestrel Group, the largest shareholder in Lumo Foods",
// "Halvard Fund is an investor in Brekke", "Tessaro (which is an investor in Brekke)",
// "Sable Ventures, one of Lumo's biggest shareholders", "Lumo's largest shareholder
// Kestrel Group", "Kestrel is Lumo's top shareholder". Each holder investsIn the firm
// (stakes.go's predicate for a stake held). The holder is a person or an organization,
// the firm an organization; a word before the noun outside holderMods ("a former
// shareholder", "its retail investors") or a past or hedged copula ("was an investor",
// "could become a shareholder") gives nothing.

// holderNouns are the nouns of one who holds a firm's shares; "backer" only after
// "early" (holderNoun), a party's or a candidate's backers being no shareholders.
var holderNouns = newTokSet(map[string]bool{"shareholder": true, "shareholders": true, "investor": true,
	"investors": true, "stakeholder": true, "stakeholders": true, "backer": true, "backers": true})

// holderMods are the words that may stand between the determiner or possessive and a
// noun of holderNouns: "the largest single shareholder", "Lumo's two biggest investors".
var holderMods = newTokSet(map[string]bool{"largest": true, "biggest": true, "top": true, "major": true,
	"main": true, "controlling": true, "majority": true, "minority": true, "early": true,
	"lead": true, "leading": true, "key": true, "principal": true, "single": true,
	"strategic": true, "two": true, "three": true, "anchor": true, "cornerstone": true,
	"dominant": true, "institutional": true})

// holderCopulas are the present copulas after which a holder's noun states a holding now.
var holderCopulas = newTokSet(map[string]bool{"is": true, "are": true, "remains": true, "remain": true,
	"became": true, "becomes": true})

// holderModsBefore returns the token before the words of holderMods that end at token
// v-1, and whether "early" was among them.
func (rf *relationFinder) holderModsBefore(v int) (int, bool) {
	early := false
	j := v - 1
	for j > 0 && v-j <= 3 {
		w := rf.low(j)
		if !holderMods.has(w) && !strings.HasSuffix(w, "-largest") && !strings.HasSuffix(w, "-biggest") {
			break
		}
		early = early || w == "early"
		j--
	}
	return j, early
}

// holders reads the holders of a firm's shares at token v, a noun of holderNouns (the
// word w), and reports whether it read any.
func (rf *relationFinder) holders(si, v int, w string) bool {
	if !rf.mayBe(v, w, wcHolder) || !holderNouns.has(w) {
		return false
	}
	j, early := rf.holderModsBefore(v)
	if strings.HasPrefix(w, "backer") && !early {
		return false
	}
	s := &rf.sents[si]
	if j <= s.start {
		return false
	}
	if rf.owner(j) {
		return rf.possessedHolders(si, v, j)
	}
	if !rf.is(j, wThe, wA, wAn) || !rf.is(v+1, wOf, wIn) {
		return false
	}
	k := rf.pastParentPlace(v + 2)
	held := rf.entityOf(k)
	if held < 0 || rf.ents[held].typ != kg.Organization || rf.mentions[rf.entAt[k]].a != k {
		return false
	}
	hb := rf.mentions[rf.entAt[k]].b
	if rf.owner(hb) || rf.modifiesAfter(hb, s.b) {
		return false // "an investor in Brekke's series A", "a shareholder of Lumo voting stock"
	}
	p := j - 1
	if rf.is(p, wOf) && rf.is(p-1, wOne) {
		p -= 2 // "one of the early investors in Brekke"
	}
	holder := rf.shareHolderBefore(si, p)
	if holder == "" {
		return false
	}
	text := rf.span(j, min(s.b, hb))
	read := rf.addHoldingNamed(si, holder, held, text)
	// "the controlling shareholder of Viacom Inc and CBS Corp"
	if rf.is(hb, wAnd) {
		if h2 := rf.entityOf(hb + 1); h2 >= 0 && rf.mentions[rf.entAt[hb+1]].a == hb+1 && rf.ents[h2].typ == kg.Organization && !rf.modifiesAfter(rf.mentions[rf.entAt[hb+1]].b, s.b) {
			read = rf.addHoldingNamed(si, holder, h2, text) || read
		}
	}
	return read
}

// shareHolderBefore returns the holder named before token p, the token before a holder's
// determiner: the name before an appositive's comma ("Kestrel Group, the largest
// shareholder"), the subject of a present copula right before the determiner ("Kestrel
// Group is a shareholder", "… also is"), or the name a "which is" aside describes
// ("Tessaro (which is an investor in"); "" when none.
func (rf *relationFinder) shareHolderBefore(si, p int) string {
	s := &rf.sents[si]
	if p <= s.start {
		return ""
	}
	if rf.punct(p, ',') {
		return rf.entityBefore(p, s.start)
	}
	if rf.is(p, wAlso, wNow, wStill) {
		p-- // "Kestrel is also an investor in"
	}
	if !rf.in(p, holderCopulas) {
		return ""
	}
	q := p - 1
	if rf.is(q, wAlso, wNow, wStill) {
		q--
	}
	if rf.is(q, wWhich, wWho) {
		if rf.punct(q-1, ',') {
			return rf.entityBefore(q-1, s.start)
		}
		if rf.punct(q-1, '(') {
			q -= 2
		} else {
			return ""
		}
	}
	if e := rf.entityOf(q); e >= 0 && q >= s.start && rf.mentions[rf.entAt[q]].b == q+1 && !rf.mentions[rf.entAt[q]].demonym {
		return rf.entName(e)
	}
	return ""
}

// possessedHolders reads the holders of the firm whose possessive is token j, before the
// words of holderMods and the noun at token v: an appositive before the firm's name
// ("Kestrel Group, Lumo's largest shareholder", "A and B, Lumo's two biggest
// shareholders", "Kestrel, one of Lumo's biggest investors"), a present copula ("Kestrel
// is Lumo's top shareholder") or the name right after the noun ("Lumo's largest
// shareholder Kestrel Group", "Lumo's biggest shareholder, Kestrel Group,").
func (rf *relationFinder) possessedHolders(si, v, j int) bool {
	s := &rf.sents[si]
	held := rf.entityOf(j - 1)
	if held < 0 || rf.ents[held].typ != kg.Organization || rf.mentions[rf.entAt[j-1]].demonym {
		return false
	}
	ma := rf.mentions[rf.entAt[j-1]].a
	text := rf.span(ma, v+1)
	// after the noun: "Lumo's largest shareholder Kestrel Group"
	k := v + 1
	if rf.punct(k, ',') {
		k++
	}
	if e := rf.entityOf(k); e >= 0 && rf.mentions[rf.entAt[k]].a == k && !rf.owner(rf.mentions[rf.entAt[k]].b) {
		return rf.addHoldingNamed(si, rf.entName(e), held, rf.span(ma, rf.mentions[rf.entAt[k]].b))
	}
	// the appositive or the copula closes at the noun
	if !(v+1 >= s.b || rf.punct(v+1, ',') || rf.punct(v+1, '.') || rf.toks[v+1].kind == tStop || rf.is(v+1, wWith)) {
		return false
	}
	p := ma - 1
	if rf.is(p, wOf) && rf.is(p-1, wOne) {
		p -= 2
	}
	if rf.punct(p, ',') {
		read := false
		name := rf.entityBefore(p, s.start)
		if name == "" {
			return false
		}
		read = rf.addHoldingNamed(si, name, held, text)
		// "A and B, Lumo's two biggest shareholders"
		if e := rf.entityOf(p - 1); e >= 0 && strings.HasSuffix(rf.low(v), "s") {
			m := &rf.mentions[rf.entAt[p-1]]
			if rf.is(m.ta-1, wAnd) || rf.is(m.a-1, wAnd) {
				a := m.a - 1
				if rf.is(m.ta-1, wAnd) {
					a = m.ta - 1
				}
				if e2 := rf.entityOf(a - 1); e2 >= 0 {
					read = rf.addHoldingNamed(si, rf.entName(e2), held, text) || read
				}
			} else {
				// "Engineering firm Voith and billionaire Friedhelm Loh": past a
				// lower-case description of the second holder
				a := m.a - 1
				for a > m.a-3 && rf.toks[a].kind == tWord && !rf.toks[a].has(fCap) && rf.toks[a].feat&lxFunc == 0 {
					a--
				}
				if e2 := rf.entityOf(a - 1); e2 >= 0 && a < m.a-1 && rf.is(a, wAnd) {
					read = rf.addHoldingNamed(si, rf.entName(e2), held, text) || read
				}
			}
		}
		return read
	}
	if name := rf.shareHolderBefore(si, p); name != "" {
		return rf.addHoldingNamed(si, name, held, text)
	}
	return false
}

// addHoldingNamed adds holder (a name) investsIn the firm held (an entity) when the holder is a
// person or an organization.
func (rf *relationFinder) addHoldingNamed(si int, holder string, held int, text string) bool {
	t := rf.typeOfName(holder)
	if t != kg.Person && t != kg.Organization || holder == rf.entName(held) {
		return false
	}
	rf.addRelation(si, holder, "investsIn", rf.entName(held), text)
	return true
}

// backedFirms adds investsIn beside the supports of a firm "backed by" a company or a
// fund, or "Company-backed": "Lumo, backed by Granite Capital", "Kestrel Holdings-backed
// Lumo". The backer's name must end with a company's legal form or a word of an
// investor's firm ("Inc", "Holdings", "Group", "Capital", "Ventures"), and both sides be
// organizations: a state's, a party's or a militia's backing stays supports only, and so
// does a backer reached through a description ("backed by big firms including Kestrel
// Inc", an amicus's backing as often as a stake).
func (rf *relationFinder) backedFirms() {
	for i := 0; i < len(rf.rels); i++ {
		r := rf.rels[i]
		if r.Predicate != "supports" {
			continue
		}
		t := strings.ToLower(r.Text)
		if k := strings.Index(t, "backed by "); k >= 0 {
			if !namesOnly(r.Text[k+10:]) {
				continue // "backed by big technology companies including Microsoft", "backed by Dayton technology groups": a description's member
			}
		} else if !strings.Contains(t, "-backed") {
			continue
		}
		if rf.typeOfName(r.Subject) != kg.Organization || rf.typeOfName(r.Object) != kg.Organization {
			continue
		}
		last := strings.ToLower(r.Subject)
		if k := strings.LastIndexByte(last, ' '); k >= 0 {
			last = last[k+1:]
		}
		last = strings.TrimSuffix(last, ".")
		if corporateSuffixes.has(last) || heldFirmWords.has(last) {
			rf.addRelation(r.Sentence, r.Subject, "investsIn", r.Object, r.Text)
		}
	}
}

// namesOnly reports whether the words of a "backed by" phrase after "by" are names
// only: capitalised words, "and", "the", "&" ("Birch Partners and", "Anton Lund's"),
// and no lower-case description ("big technology companies including", "Dayton
// technology groups"), whose members back the firm as often as they invest in it.
func namesOnly(text string) bool {
	for _, w := range strings.Fields(text) {
		w = strings.TrimRight(w, ",.")
		if w == "and" || w == "the" || w == "&" || w == "" {
			continue
		}
		if c := w[0]; c >= 'a' && c <= 'z' {
			return false // a bracket, a dash or a number is no description: "AT&T Corp ("
		}
	}
	return true
}
