package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Territorial claims: a country that claims a place, or a part of it, as its own —
// "Dravonia claims most of the Amber Sea", "Veloria claims sovereignty over the Tarn
// Islands", "Veloria and Ostmark also claim parts of it", "Veloria, Ostmark and Lunia have
// rival claims", "Chile and Peru also have claims to parts of the waters", "Norway claims
// almost the entire Amber Sea" (claims). "It" and a claim that names no place take up the
// place of the claim read last, in that sentence or one of the two before it; "the sea"
// and "the waters" take up the sea claimed last or else named last.

// claimShares are the words for the share of a place claimed, before "of": "most of".
var claimShares = newTokSet(map[string]bool{"most": true, "much": true, "all": true, "part": true, "parts": true,
	"some": true, "swathes": true, "areas": true, "portions": true, "half": true})

// claimNouns are the modifiers of "claims" that make them claims to a territory: "rival
// claims", "overlapping claims".
var claimNouns = newTokSet(map[string]bool{"rival": true, "overlapping": true, "competing": true, "conflicting": true,
	"territorial": true, "maritime": true})

// territorialClaims reads the claims to a place in sentence si: the verb "claim" before a
// share of a place or "sovereignty over" it, and "have rival claims" (to, in or over a
// place, or none named).
func (rf *relationFinder) territorialClaims(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wClaims, wClaim, wClaimed) {
		return // sentindex.go: the switch below reads these three forms too
	}
	for v := s.start + 1; v < s.b; v++ {
		if rf.is(v, wClaims) && (rf.in(v-1, claimNouns) && rf.is(v-2, wHave, wHas, wHad) || rf.is(v-1, wHave, wHas, wHad)) {
			k := v + 1
			if rf.is(k, wTo, wIn, wOver, wOn) {
				k++
				if rf.in(k, claimShares) && rf.is(k+1, wOf) {
					k += 2 // "also have claims to parts of the waters"
				}
			} else if k < s.b && !rf.punct(k, ',') && rf.toks[k].kind != tStop {
				continue // "have rival claims that …"
			}
			have := v - 1
			if rf.in(v-1, claimNouns) {
				have = v - 2
			}
			rf.addClaim(si, have, k)
		}
		switch rf.low(v) {
		case "claim", "claims", "claimed":
			if rf.toks[v].has(fCap) || rf.is(v-1, wA, wThe, wIts, wTheir, wHis, wHer) {
				continue
			}
			k := v + 1
			if rf.is(k, wAlmost, wNearly, wVirtually) {
				k++
			}
			switch {
			case rf.in(k, claimShares) && rf.is(k+1, wOf):
				k += 2
			case rf.is(k, wSovereignty) && rf.is(k+1, wOver, wOf):
				k += 2
			case rf.is(k, wThe) && rf.is(k+1, wEntire, wWhole):
				k += 2 // "claims almost the entire Amber Sea"
			default:
				continue
			}
			rf.addClaim(si, v, k)
		}
	}
}

// seaBefore returns the sea that "the sea" or "the waters" at token k takes up: the
// place of the claim read last when it is a sea, or else the last place named before k
// whose name ends in "Sea" ("… the Amber Sea. Portugal claims nearly all of the sea");
// "" when the article has named none.
func (rf *relationFinder) seaBefore(k int) string {
	if strings.HasSuffix(rf.claimed, " Sea") {
		return rf.claimed
	}
	for t := k - 1; t >= 0; t-- {
		if rf.entAt[t] < 0 {
			continue
		}
		if e := rf.entityOf(t); e >= 0 && rf.ents[e].typ == kg.Place && strings.HasSuffix(rf.entName(e), " Sea") {
			return rf.entName(e)
		}
	}
	return ""
}

// addClaim records that the subject of the verb at token v claims the place named at
// token k: a place's name (after "the"), or "it", or nothing named (the place claimed last,
// at most two sentences before), or "the sea" / "the waters" (seaBefore).
func (rf *relationFinder) addClaim(si, v, k int) {
	s := &rf.sents[si]
	if rf.unasserted(si, v) || rf.negatedBefore(v, s.start) {
		return
	}
	if rf.is(k, wThe) {
		k++
	}
	place, end := "", k+1
	switch e := rf.entityOf(k); {
	case e >= 0 && rf.ents[e].typ == kg.Place && rf.mentions[rf.entAt[k]].a == k && !rf.owner(rf.mentions[rf.entAt[k]].b):
		place, end = rf.entName(e), rf.mentions[rf.entAt[k]].b
	case e >= 0:
		return
	case rf.is(k, wSea, wWaters) && rf.is(k-1, wThe):
		if place = rf.seaBefore(k); place == "" {
			return
		}
		end = k + 1
	case rf.is(k, wIt) || k >= s.b || rf.punct(k, ',') || rf.toks[k].kind == tStop:
		if rf.claimed == "" || si-rf.claimedAt > 2 {
			return
		}
		place = rf.claimed
	default:
		return
	}
	subj := rf.actionSubject(si, v)
	if subj == "" {
		return
	}
	text := rf.span(v, min(s.b, end))
	for _, sj := range strings.Split(subj, "\x00") {
		if sj != "" && sj != place && rf.typeOfName(sj) == kg.Place {
			rf.addRelation(si, sj, "claims", place, text)
		}
	}
	rf.claimed, rf.claimedAt = place, si
}
