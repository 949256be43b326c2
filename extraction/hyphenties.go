package extraction

import (
	"slices"
	"strings"

	"github.com/factgraph/kg"
)

// Hyphen ties: relations a hyphenated modifier states between the name inside it and
// the name of the noun phrase it modifies, beyond the one-word compounds of ties.go.
//   - A name written with a dot before the hyphen is three tokens: "the U.S.-backed
//     Syrian Democratic Forces", "Libya's U.N.-backed Government of National Accord"
//     (splitTie): the tie as compoundTie reads it.
//   - "X-controlled", "X-held" and "X-run" before a named body: "the Blackstone-controlled vehicle
//     LocusPoint", "the Hezbollah-run al-Manar channel" → controls(X, body). Not a
//     demonym ("Japanese-controlled Viber": whose capital, not the state), a party or a
//     people, and never a place right after it ("ISIS-controlled Syria": part of it);
//     a place after a share of it or a town noun is territoryTie's.
//   - Two names joined by a hyphen before a noun of an accord: "the U.S.-Russian plan",
//     "a China-Japan pact" → agreesWith(X, Y); "alliance" → allyOf.
// A head with no name ("the U.S.-backed coalition", "Kurdish-led forces") gives nothing.

// controlTails are the second halves of a compound that says the name before it
// controls the body after it.
var controlTails = newTokSet(map[string]bool{"controlled": true, "run": true, "held": true})

// pairNouns are the nouns of an accord between the two names a hyphen joins before
// them, with the predicate.
var pairNouns = map[string]string{
	"deal": "agreesWith", "agreement": "agreesWith", "accord": "agreesWith", "pact": "agreesWith",
	"treaty": "agreesWith", "scheme": "agreesWith", "plan": "agreesWith", "partnership": "agreesWith",
	"truce": "agreesWith", "ceasefire": "agreesWith", "cease-fire": "agreesWith", "alliance": "allyOf",
}

// hyphenTie reads the ties at token v of sentence si that compoundTie leaves, and
// reports whether token v ends a compound.
func (rf *relationFinder) hyphenTie(si, v int) bool {
	w := rf.low(v)
	if rf.mayBe(v, w, wcHyphenTie) {
		if pred := pairNouns[w]; pred != "" {
			rf.pairTie(si, v, pred)
			return false
		}
		_, tie := compoundTies[w]
		if tie || controlTails.has(w) {
			// "U.S.-backed": the name, a hyphen and the tail, no space between
			if x := rf.hyphenedBefore(v); x >= 0 {
				if tie {
					rf.tieAfter(si, v, x, w)
				} else {
					rf.controlTie(si, v, x)
				}
				return true
			}
			return false
		}
	}
	i := strings.LastIndexByte(w, '-')
	if i <= 0 || !controlTails.has(w[i+1:]) {
		return false
	}
	x := rf.entityOf(v)
	if x < 0 {
		x = rf.orgCalled(rf.tok(v)[:i]) // "Blackstone-controlled" with "Blackstone Group LP" named
	} else if rf.mentions[rf.entAt[v]].b != v+1 || rf.mentions[rf.entAt[v]].demonym {
		return false
	}
	if x < 0 {
		return false
	}
	rf.controlTie(si, v, x)
	return true
}

// orgCalled returns the organization the article names w, by its name, an alias or its
// first word ("Blackstone" for "Blackstone Group LP"), or -1; one only.
func (rf *relationFinder) orgCalled(w string) int {
	if len(w) < 3 || !isUpperRune(rune(w[0])) {
		return -1
	}
	found := -1
	for e := range rf.ents {
		en := rf.ents[e]
		if en.typ != kg.Organization || en.dropped {
			continue
		}
		if en.name == w || strings.HasPrefix(en.name, w+" ") || slices.Contains(en.aliases, w) {
			if found >= 0 {
				return -1
			}
			found = e
		}
	}
	return found
}

// hyphenedBefore returns the entity whose mention ends right before a hyphen that
// token v follows with no space between ("U.S." "-" "backed"), or -1.
func (rf *relationFinder) hyphenedBefore(v int) int {
	s := &rf.sents[rf.sentOf(v)]
	if v-2 < s.start || rf.toks[v].has(fSpace) || !rf.punct(v-1, '-') || rf.toks[v-1].has(fSpace) {
		return -1
	}
	x := rf.entityOf(v - 2)
	if x < 0 || rf.mentions[rf.entAt[v-2]].b != v-1 {
		return -1
	}
	return x
}

// tieAfter is compoundTie's reading once the name x inside the compound that ends at
// token v is known.
func (rf *relationFinder) tieAfter(si, v, x int, suf string) {
	if rf.ents[x].typ == kg.Group || ethnic.has(rf.ents[x].name) || partyWords.has(rf.ents[x].name) {
		return
	}
	y, k := rf.namedHead(si, v)
	if y < 0 || y == x || allEthnic(rf.ents[y].name) {
		return
	}
	if suf == "led" && rf.modifier(rf.mentions[rf.entAt[k]].b) {
		return // "the U.S.-led NATO force": the force is led, not the alliance
	}
	if suf == "owned" && (rf.ents[x].typ == kg.Place || rf.ents[y].typ == kg.Person || rf.ents[y].typ == kg.Place || englishWords.has(lowerASCII(rf.ents[x].name))) {
		return
	}
	subj, pred, obj := rf.compoundTriple(suf, x, y)
	rf.addRelation(si, subj, pred, obj, rf.span(rf.mentions[rf.entAt[v-2]].a, min(rf.sents[si].b, rf.mentions[rf.entAt[k]].b)))
}

// namedHead returns the entity named within four tokens after the compound that ends
// at token v, past lower-case words and a demonym ("Moscow-backed Ukrainian leader
// Viktor Yanukovich"), and the token of its mention; -1 when a function word, a mark or
// the end comes first. A name that holds the compound ("U.S.-led coalition",
// "Russian-backed government") is none: the head is unnamed.
func (rf *relationFinder) namedHead(si, v int) (int, int) {
	s := &rf.sents[si]
	for k := v + 1; k < s.b && k <= v+4; k++ {
		if e := rf.entityOf(k); e >= 0 {
			m := &rf.mentions[rf.entAt[k]]
			if m.demonym {
				k = m.b - 1
				continue
			}
			if lowerCompound(rf.ents[e].name) {
				return -1, 0 // "the U.S.-led coalition": no name
			}
			return e, k
		}
		if rf.toks[k].kind != tWord || rf.toks[k].has(fCap) || rf.toks[k].feat&lxFunc != 0 {
			break
		}
	}
	return -1, 0
}

// controlTie: "the Blackstone-controlled investment vehicle LocusPoint" → controls.
func (rf *relationFinder) controlTie(si, v, x int) {
	if rf.ents[x].typ == kg.Group || rf.ents[x].typ == kg.Person || ethnic.has(rf.ents[x].name) || partyWords.has(rf.ents[x].name) || partyLabels.has(rf.ents[x].name) {
		return
	}
	if rf.territoryTie(si, v, x) {
		return // "Islamic State-held parts of Iraq": territoryshares.go
	}
	y, k := rf.namedHead(si, v)
	if y < 0 || y == x || rf.ents[y].typ != kg.Organization || allEthnic(rf.ents[y].name) {
		return // "ISIS-controlled Syria", "Republican-controlled Senate"
	}
	a := v
	if rf.entityOf(v) == x {
		a = rf.mentions[rf.entAt[v]].a // "Blackstone-controlled"
	} else if rf.entityOf(v-2) == x {
		a = rf.mentions[rf.entAt[v-2]].a // "U.S." "-" "run"
	}
	rf.addRelation(si, rf.entName(x), "controls", rf.entName(y), rf.span(a, rf.mentions[rf.entAt[k]].b))
}

// pairTie: "the U.S.-Russian plan", "a China-Japan accord": two names joined by a
// hyphen with no space, right before the noun at token v (past one lower-case word:
// "the U.S.-Russian peace plan").
func (rf *relationFinder) pairTie(si, v int, pred string) {
	s := &rf.sents[si]
	b := v
	if b-1 > s.start && rf.entAt[b-1] < 0 && rf.toks[b-1].kind == tWord && !rf.toks[b-1].has(fCap) && rf.toks[b-1].feat&lxFunc == 0 {
		b-- // "peace", "trade"
	}
	y := rf.entityOf(b - 1)
	if y < 0 || rf.mentions[rf.entAt[b-1]].b != b {
		return
	}
	ym := &rf.mentions[rf.entAt[b-1]]
	x := rf.hyphenedBefore(ym.a)
	if x < 0 || x == y {
		return
	}
	xm := &rf.mentions[rf.entAt[ym.a-2]]
	if rf.punct(xm.a-1, '-') && !rf.toks[xm.a].has(fSpace) {
		return // three names joined: no pair
	}
	for _, e := range []int{x, y} {
		if rf.ents[e].typ == kg.Group || ethnic.has(rf.ents[e].name) || partyWords.has(rf.ents[e].name) || partyLabels.has(rf.ents[e].name) {
			return
		}
	}
	if (rf.ents[x].typ == kg.Person) != (rf.ents[y].typ == kg.Person) {
		return
	}
	rf.addRelation(si, rf.entName(x), pred, rf.entName(y), rf.span(xm.a, v+1))
}
