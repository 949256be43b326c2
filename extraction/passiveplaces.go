package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Where something was done to a person or body: a passive without its agent and the
// place "in" names right after it — "Lind was arrested in Orsova", "Moss, who was
// detained on Tuesday in Lusk,", "Vireo has been banned in Norland", "Lind was killed in
// a car crash in Orsova" — gives the open predicate of the participle and "in"
// (arrestedIn, detainedIn, bannedIn, killedIn). The open reader (openrelations.go)
// leaves a passive without its agent alone, and casualties and arrests keep their
// controlled predicates for the actor, so the place of what happened to the subject was
// lost. Only a person, body or group is the subject; the place must start right after
// "in" (or "in|at" and a short noun phrase: "at a nightclub in Dallas") and not modify a
// noun after it ("was injured in the Brussels attacks").

// passivePlaceNotVerbs are the participles whose "in" is no place of an act: a state
// ("involved", "interested", "locked in a race"), a base (basedplaces.go), a birth
// (fromplaces.go), a listing or a language.
var passivePlaceNotVerbs = newTokSet(map[string]bool{"based": true, "headquartered": true, "located": true,
	"born": true, "involved": true, "interested": true, "engaged": true, "embroiled": true,
	"mired": true, "locked": true, "rooted": true, "dressed": true, "clad": true, "wrapped": true,
	"covered": true, "versed": true, "invested": true, "specialized": true, "specialised": true,
	"named": true, "listed": true, "traded": true, "priced": true, "denominated": true,
	"expressed": true, "written": true, "included": true, "used": true, "known": true,
	"represented": true, "raised": true, "interviewed": true, "quoted": true, "cited": true,
	"reported": true, "concerned": true, "united": true, "divided": true, "split": true,
	"tied": true, "rated": true, "ranked": true, "estimated": true, "seen": true, "considered": true,
	"needed": true, "required": true, "registered": true, "incorporated": true, "founded": true,
	"established": true, "expected": true, "scheduled": true, "due": true, "set": true})

// movedParticiples are the participles of sending a person or body somewhere, whose "to"
// and a place after the passive name where it was sent: "was extradited to the United
// States" (extraditedTo), "were deported to Mexico", "was flown to Germany".
var movedParticiples = newTokSet(map[string]bool{"extradited": true, "deported": true, "transferred": true,
	"flown": true, "airlifted": true, "evacuated": true, "repatriated": true, "expelled": true,
	"exiled": true, "deployed": true, "relocated": true, "smuggled": true, "trafficked": true,
	"returned": true, "sent": true, "taken": true, "brought": true, "rushed": true, "moved": true})

// passivePlaces reads, in sentence si, the place of each agentless passive.
func (rf *relationFinder) passivePlaces(si int) {
	s := &rf.sents[si]
	if rf.punct(s.b-1, '?') || rf.punct(s.start, '[') {
		return
	}
	if !rf.sentHas(si, passiveAuxiliaries...) {
		return // sentindex.go: no passive without one (doc.passive)
	}
	for v := s.start + 1; v < s.b-2; v++ {
		t := &rf.toks[v]
		if t.kind != tWord || t.has(fCap) || rf.quoteOf[v] != 0 || rf.entAt[v] >= 0 {
			continue
		}
		w := rf.low(v)
		if rf.in(v, passivePlaceNotVerbs) || !rf.passive(si, v) || len(w) < 4 {
			continue
		}
		k := v + 1
		pred := camel(w, "in")
		if rf.is(k, wInto) && rf.is(k+1, wCustody) {
			k, pred = k+2, camel(w, "into", "custody", "in") // "was taken into custody in"
		}
		for i := 0; i < 3; i++ {
			switch q := rf.timePhraseAt(k); {
			case q > k:
				k = q
			case weekdayAt(rf, k):
				k++ // "was arrested Tuesday in"
			case rf.is(k, wEarly, wLate) && weekdayAt(rf, k+1):
				k += 2
			case rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && strings.HasSuffix(rf.low(k), "ly") || rf.is(k, wAgain, wDead, wGuilty):
				k++
			}
		}
		if rf.is(k, wTo) && rf.in(v, movedParticiples) && rf.placeAt(k+1) {
			pred = camel(w, "to") // "was extradited to the United States": where the person was sent
		} else if !rf.is(k, wIn, wAt) {
			continue
		} else if c := rf.countedPlaces(k+1, s.b); c > k+1 {
			k = c - 1 // "is played in 44 states, Washington, D.C., and Puerto Rico": the places named
		} else if !rf.is(k, wIn) || !rf.placeAt(k+1) {
			n := rf.shortNounPhrase(k+1, s.b) // "killed in a car crash in", "injured at a nightclub in"
			if n < 0 || !rf.is(n, wIn) || !rf.placeAt(n+1) {
				continue
			}
			k = n
		}
		o := k + 1
		counted := !rf.is(k, wIn, wAt, wTo) // countedPlaces left k on the joiner before the places
		if rf.is(o, wThe) {
			o++
		}
		m := &rf.mentions[rf.entAt[o]]
		if m.a != o || rf.owner(m.b) || m.b < s.b && rf.toks[m.b].kind == tWord && !rf.toks[m.b].has(fCap) && rf.toks[m.b].feat&lxFunc == 0 {
			continue // "in New York's Central Park", "in the Brussels attacks": the place names another
		}
		if rf.unasserted(si, v) || rf.hedged(si, v) || rf.embedded(si, v) || rf.lateSubjectPronoun(si, v) || rf.subjectInPhrase(si, v) || rf.passiveSubjectDoubtful(si, v) {
			continue
		}
		subj := rf.actionSubject(si, v)
		if subj == "" {
			continue
		}
		place := rf.entName(int(m.ent))
		rf.open = true
		for sj := range nameList(subj).all() { // subject by subject: each also gets the places listed after
			if typ := rf.typeOfName(sj); sj == place || typ != kg.Person && typ != kg.Organization && typ != kg.Group {
				continue
			}
			rf.addRelation(si, sj, pred, place, rf.span(v, min(s.b, m.b)))
			if counted {
				for _, y := range rf.placeListAfter(m.b, s.b) {
					if n := rf.entName(int(y.ent)); n != sj {
						rf.addRelation(si, sj, pred, n, rf.span(v, y.b))
					}
				}
			}
		}
		rf.open = false
	}
}

// weekdayAt reports whether token k is a day of the week ("Tuesday": the lexicon's lxDay).
func weekdayAt(rf *relationFinder, k int) bool {
	return k < len(rf.toks) && rf.toks[k].kind == tWord && rf.toks[k].feat&lxDay != 0
}

// shortNounPhrase returns the token after a lower-case noun phrase of a determiner and one
// to three words opening at k ("a car crash", "the nightclub"), or -1: no function word,
// name or number inside.
func (rf *relationFinder) shortNounPhrase(k, end int) int {
	if !rf.is(k, wA, wAn, wThe, wHis, wHer, wTheir, wIts) {
		return -1
	}
	k++
	n := 0
	for k < end && n < 3 && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && rf.entAt[k] < 0 && rf.toks[k].feat&(lxFunc|lxPronoun|lxNumWord) == 0 {
		k++
		n++
	}
	if n == 0 {
		return -1
	}
	return k
}

// passiveSubjectDoubtful reports whether the subject before the passive at v is one the
// reader should not trust for an act done to it: a bare "be" ("demanded that Uber be
// banned": a wish), "it" or "they" inside the sentence ("the key to decrypt it is held"),
// or a name after "of" or another preposition ("an accomplice of Guzman was arrested":
// the accomplice was).
func (rf *relationFinder) passiveSubjectDoubtful(si, v int) bool {
	start := rf.sents[si].start
	for g := v - 1; g >= start && g >= v-3; g-- {
		if rf.is(g, wBe) {
			return true
		}
		if rf.is(g, wWas, wWere, wIs, wAre, wBeen, wBeing) {
			break
		}
	}
	g := rf.backOverAuxiliaries(start, v)
	if rf.is(g, wIt, wThey) {
		return g != start
	}
	if g < start || rf.entAt[g] < 0 {
		return false
	}
	a := rf.mentions[rf.entAt[g]].a
	if m := &rf.mentions[rf.entAt[g]]; m.ta >= 0 && m.ta < a {
		a = m.ta
	}
	for i := 0; i < 6 && a-1 > start && (rf.toks[a-1].has(fCap) || rf.punct(a-1, '\'') || rf.punct(a-1, '"')); i++ {
		a-- // "an accomplice of Joaquin 'El Chapo' Guzman"
	}
	return a > start && (rf.in(a-1, openPrepositions) || rf.is(a-1, wBy))
}

// placeCountNouns are the plural nouns of a count of places that a list of further places
// may follow: "in 44 states, Washington, D.C., and Puerto Rico".
var placeCountNouns = newTokSet(map[string]bool{"states": true, "countries": true, "nations": true,
	"provinces": true, "territories": true, "cities": true})

// countedPlaces reads, from token k after "in", a count of places and the words that join
// further places to it ("44 states, Washington, D.C., Puerto Rico", "more than 20
// countries as well as the Vatican", "44 states plus Guam", "five countries, including
// Norland"): the token of the first such
// place (its "the" passed), or k when the words are not there.
func (rf *relationFinder) countedPlaces(k, end int) int {
	j := k
	if rf.is(j, wMore, wFewer) && rf.is(j+1, wThan) || rf.is(j, wAll) {
		j += 2 // "more than 20 countries", "all 50 states"
		if rf.is(k, wAll) {
			j--
		}
	}
	if j >= end || rf.toks[j].kind != tNum && rf.toks[j].feat&lxNumWord == 0 {
		return k
	}
	j++
	if e := rf.entityOf(j); e >= 0 && rf.mentions[rf.entAt[j]].b == j+1 && rf.ents[e].typ == kg.Place {
		j++ // "44 U.S. states"
	}
	if !rf.in(j, placeCountNouns) {
		return k
	}
	j++
	switch {
	case rf.punct(j, ',') && rf.is(j+1, wAs) && rf.is(j+2, wWell) && rf.is(j+3, wAs):
		j += 4
	case rf.is(j, wAs) && rf.is(j+1, wWell) && rf.is(j+2, wAs):
		j += 3
	case rf.punct(j, ',') && rf.is(j+1, wPlus, wAnd, wIncluding):
		j += 2
	case rf.punct(j, ',') || rf.is(j, wPlus, wAnd):
		j++
	default:
		return k
	}
	if rf.is(j, wThe) {
		j++
	}
	if j >= end || !rf.placeAt(j) || rf.mentions[rf.entAt[j]].a != j {
		return k
	}
	return j
}

// placeListAfter returns the mentions of the places that continue a list after a place's
// mention ending at token b: ", Puerto Rico and the U.S. Virgin Islands" → Puerto Rico,
// U.S. Virgin Islands. The list stops at the first item that is no place standing for
// itself (a demonym, a possessive, a modifier of a noun after it).
func (rf *relationFinder) placeListAfter(b, end int) []*mention {
	var out []*mention
	for j := b; j < end; {
		last := false
		switch {
		case rf.punct(j, ',') && rf.is(j+1, wAnd):
			j, last = j+2, true
		case rf.punct(j, ','):
			j++
		case rf.is(j, wAnd):
			j, last = j+1, true
		default:
			return out
		}
		if rf.is(j, wThe) {
			j++
		}
		if j >= end || !rf.placeAt(j) {
			return out
		}
		m := &rf.mentions[rf.entAt[j]]
		if m.a != j || m.demonym || rf.owner(m.b) || rf.modifier(m.b) {
			return out
		}
		out = append(out, m)
		if last {
			return out
		}
		j = m.b
	}
	return out
}
