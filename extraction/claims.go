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
		if rf.is(v, wClaimed) {
			rf.claimedByCountries(si, v) // "Kashmir, claimed in its entirety by both India and Pakistan"
		}
		if rf.is(v, wClaim, wClaims) {
			rf.possessedClaim(si, v) // "Norway's claims to the Amber Sea", "Norway's Amber Sea claims"
		}
		switch rf.low(v) {
		case "claim", "claims", "claimed":
			if rf.toks[v].has(fCap) || rf.is(v-1, wA, wThe, wIts, wTheir, wHis, wHer) {
				continue
			}
			k := rf.pastClaimPercent(v + 1)
			if rf.is(k, wAlmost, wNearly, wVirtually) {
				k++
			}
			switch {
			case rf.in(k, claimShares) && rf.is(k+1, wOf):
				k += 2
			case rf.is(k, wAll) && rf.is(k+1, wThe):
				k++ // "claims nearly all the Amber Sea"
			case rf.is(k, wSovereignty) && rf.is(k+1, wOver, wOf):
				k += 2
			case rf.is(k, wThe) && rf.is(k+1, wEntire, wWhole):
				k += 2 // "claims almost the entire Amber Sea"
			case rf.claimedPlaceAt(k) >= 0:
				k = rf.claimedPlaceAt(k) // "also claim the Koral Islands", "claim the oil region of Kirkuk"
			default:
				continue
			}
			rf.addClaim(si, v, k)
		}
	}
}

// claimedPlaceAt returns the token of the place a verb of claiming names as its object
// at token k: a place's name, after "the" ("claim the Koral Islands"), or after "the",
// at most two lower-case words of its kind and "of" ("claim the oil region of Kirkuk");
// -1 for none (a name that owns a noun, "claimed Iowa's delegates", is none).
func (rf *relationFinder) claimedPlaceAt(k int) int {
	s := rf.sentOf(k)
	if s < 0 {
		return -1
	}
	end := rf.sents[s].b
	if rf.is(k, wThe) {
		j := k + 1
		for j < end && j-k <= 3 && rf.toks[j].kind == tWord && !rf.toks[j].has(fCap) && rf.toks[j].feat&lxFunc == 0 && rf.entAt[j] < 0 {
			j++
		}
		if j > k+1 && rf.is(j, wOf) {
			k = j + 1 // "the oil region of Kirkuk"
		} else {
			k++
		}
		if rf.is(k, wThe) {
			k++
		}
	}
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[k]].a != k || rf.mentions[rf.entAt[k]].demonym || rf.owner(rf.mentions[rf.entAt[k]].b) {
		return -1
	}
	return k
}

// claimOpeners are the words that may stand between "claimed" and the "by" of its claimants:
// "claimed in its entirety by", "claimed in full by", "claimed in part by".
var claimOpeners = newTokSet(map[string]bool{"in": true, "its": true, "their": true, "entirety": true, "full": true,
	"part": true, "whole": true, "also": true})

// claimedByCountries reads a place claimed by countries in sentence si, "claimed" at token
// v: the place named before a comma ("Kashmir, claimed in its entirety by both India and
// Pakistan"), before "is"/"are" ("the Koral Islands are also claimed by Peru") or before
// ", parts of which" ("the Spratly archipelago, parts of which are also claimed by the
// Philippines"), claimed by each place named after "by" ("both", commas and "and" between).
func (rf *relationFinder) claimedByCountries(si, v int) {
	s := &rf.sents[si]
	by := v + 1
	for by < s.b && by-v <= 4 && rf.in(by, claimOpeners) {
		by++
	}
	if !rf.is(by, wBy) || rf.negatedBefore(v, s.start) || rf.unasserted(si, v) {
		return
	}
	// the claimants: places only (a group claims an attack: relations.go "claimed by")
	var agents []int
	k := by + 1
	if rf.is(k, wBoth) {
		k++
	}
	for k < s.b {
		if rf.is(k, wThe) {
			k++
		}
		e := rf.entityOf(k)
		if e < 0 || rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[k]].a != k || rf.mentions[rf.entAt[k]].demonym || rf.owner(rf.mentions[rf.entAt[k]].b) {
			break
		}
		agents = append(agents, e)
		k = rf.mentions[rf.entAt[k]].b
		if rf.punct(k, ',') && rf.is(k+1, wAnd) {
			k += 2
		} else if rf.punct(k, ',') || rf.is(k, wAnd) {
			k++
		} else {
			break
		}
	}
	if len(agents) == 0 || len(agents) > 6 {
		return
	}
	// the place claimed
	g, direct := v-1, false
	for g > s.start && rf.is(g, wAlso, wPartly, wPartially, wBut) {
		g--
	}
	if rf.is(g, wIs, wAre, wWas, wWere) && rf.is(g-1, wWhich) && rf.is(g-2, wOf) && rf.in(g-3, claimShares) && rf.punct(g-4, ',') {
		g -= 5 // "the Spratly archipelago, parts of which are also claimed by"
	} else if rf.is(g, wIs, wAre) {
		g-- // "the Koral Islands are also claimed by"
		direct = true
	} else if rf.punct(g, ',') {
		g-- // "Kashmir, claimed in its entirety by"
	} else {
		return
	}
	for g > s.start && rf.entAt[g] < 0 && rf.toks[g].kind == tWord && !rf.toks[g].has(fCap) && rf.is(g, wArchipelago, wChain, wIslands, wIsland, wRegion) {
		g-- // "the Spratly archipelago": the place before its noun
	}
	place := rf.entityOf(g)
	if place < 0 || rf.ents[place].typ != kg.Place || rf.mentions[rf.entAt[g]].b != g+1 || direct && rf.afterPreposition(rf.mentions[rf.entAt[g]].a, s.start) {
		return
	}
	text := rf.span(rf.mentions[rf.entAt[g]].a, min(s.b, k))
	for _, a := range agents {
		if a != place {
			rf.addRelation(si, rf.entName(a), "claims", rf.entName(place), text)
		}
	}
}

// possessedClaim reads a place's claim to a place at "claim" or "claims" (token v) in
// sentence si: "Norway's claims to the Amber Sea", "Norway's vast claims in the Amber
// Sea", "Norway's claim to most of the Amber Sea", "Norway's Amber Sea claims". The owner
// is a place named before "'s" right before the noun or before up to two of its
// modifiers (claimNouns, "vast", "sweeping", "expansive", "historic").
func (rf *relationFinder) possessedClaim(si, v int) {
	s := &rf.sents[si]
	if rf.toks[v].has(fCap) {
		return
	}
	claimed := -1
	g := v - 1
	if e := rf.entityOf(g); e >= 0 && rf.ents[e].typ == kg.Place && rf.mentions[rf.entAt[g]].b == v && !rf.mentions[rf.entAt[g]].demonym {
		claimed = rf.mentions[rf.entAt[g]].a // "Norway's Amber Sea claims"
		g = claimed - 1
	}
	for n := 0; n < 2 && g > s.start && (rf.in(g, claimNouns) || rf.in(g, claimAdjectives)); n++ {
		g--
	}
	if !rf.owner(g) {
		return
	}
	owner := rf.entityOf(g - 1)
	if owner < 0 || rf.ents[owner].typ != kg.Place || rf.mentions[rf.entAt[g-1]].demonym || rf.mentions[rf.entAt[g-1]].b != g {
		return
	}
	if claimed < 0 {
		k := v + 1
		if !rf.is(k, wTo, wIn, wOver, wOn) {
			return
		}
		k++
		k = rf.pastClaimPercent(k)
		if rf.is(k, wNearly, wAlmost, wVirtually) {
			k++
		}
		if rf.in(k, claimShares) && rf.is(k+1, wOf) {
			k += 2
		}
		if rf.is(k, wThe) {
			k++
			if j := rf.pastPlaceModifiers(k); j > k {
				k = j
			}
		}
		e := rf.entityOf(k)
		if e < 0 || rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[k]].a != k || rf.mentions[rf.entAt[k]].demonym || rf.owner(rf.mentions[rf.entAt[k]].b) {
			return
		}
		claimed = k
	}
	pe := rf.entityOf(claimed)
	if pe == owner {
		return
	}
	text := rf.span(rf.mentions[rf.entAt[g-1]].a, min(s.b, max(v+1, rf.mentions[rf.entAt[claimed]].b)))
	rf.addRelation(si, rf.entName(owner), "claims", rf.entName(pe), text)
	rf.claimed, rf.claimedAt = rf.entName(pe), si
}

// claimAdjectives may stand between a possessive and "claims" besides claimNouns: "China's
// vast claims".
var claimAdjectives = newTokSet(map[string]bool{"vast": true, "sweeping": true, "expansive": true, "historic": true,
	"historical": true, "extensive": true, "own": true})

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
		if j := rf.pastPlaceModifiers(k); j > k {
			k = j // "the disputed Amber Sea", "the energy-rich Amber Sea"
		}
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
		subj = rf.allOfWhichPlaces(si, v) // "Brunei, Chile and Peru, all of which have claims in"
	}
	if subj == "" {
		return
	}
	text := rf.span(v, min(s.b, end))
	rf.relateEach(si, nameList(subj), "claims", place, text, isPlace)
	rf.claimed, rf.claimedAt = place, si
}

// pastClaimPercent returns the token after a share in percent and its "of" at token k
// ("80 percent of", "more than 80 percent of", "about 90 percent of"), or k when none.
func (rf *relationFinder) pastClaimPercent(k int) int {
	j := k
	if rf.is(j, wMore) && rf.is(j+1, wThan) {
		j += 2
	} else if rf.is(j, wAbout, wNearly, wAlmost, wSome, wOver) {
		j++
	}
	if j < len(rf.toks) && rf.toks[j].kind == tNum && rf.is(j+1, wPercent) && rf.is(j+2, wOf) {
		return j + 3
	}
	return k
}

// pastPlaceModifiers returns the token of a place's name after at most three lower-case
// modifiers from token k ("disputed", "energy-rich", "strategic"), when one opens there;
// else k.
func (rf *relationFinder) pastPlaceModifiers(k int) int {
	s := rf.sentOf(k)
	if s < 0 {
		return k
	}
	for j := k; j < rf.sents[s].b && j-k < 3; j++ {
		t := &rf.toks[j]
		if t.kind != tWord || t.has(fCap) || t.feat&lxFunc != 0 || rf.entAt[j] >= 0 {
			return k
		}
		if e := rf.entityOf(j + 1); e >= 0 && rf.ents[e].typ == kg.Place && rf.mentions[rf.entAt[j+1]].a == j+1 {
			return j + 1
		}
	}
	return k
}

// allOfWhichPlaces returns the places listed before ", all of which" (or "both of which",
// "each of which") and the verb at token v, as a nameList: "Brunei, Chile and Peru, all
// of which have claims"; "" when no such list of places stands there.
func (rf *relationFinder) allOfWhichPlaces(si, v int) string {
	s := &rf.sents[si]
	w := v - 1
	if rf.is(w, wAlso) {
		w--
	}
	if !rf.is(w, wWhich) || !rf.is(w-1, wOf) || !rf.is(w-2, wAll, wBoth, wEach) || !rf.punct(w-3, ',') {
		return ""
	}
	var names []string
	k := w - 4 // the last token of the last name
	for k >= s.start {
		e := rf.entityOf(k)
		if e < 0 || rf.ents[e].typ != kg.Place || rf.mentions[rf.entAt[k]].b != k+1 || rf.mentions[rf.entAt[k]].demonym {
			break
		}
		names = append(names, rf.entName(e))
		k = rf.mentions[rf.entAt[k]].a - 1
		if rf.is(k, wAnd) && rf.punct(k-1, ',') {
			k -= 2
		} else if rf.is(k, wAnd) || rf.punct(k, ',') {
			k--
		} else {
			break
		}
	}
	if len(names) < 2 {
		return ""
	}
	return strings.Join(names, nameSep)
}
