package extraction

import "strings"

// agentGapAt returns the token after what may stand between a passive participle and
// the "by" of its agent, when "by" follows it, or k: a time phrase (timePhraseAt: "was
// founded in 1994 by"), or a short phrase of place, manner or destination — a
// preposition, an optional determiner or pronoun, then one or two plain words or one
// name ("backed on the ground by", "held in captivity by", "was uploaded on YouTube by",
// "funded in part by", "appointed to the court by", "leaked to him by"). Not when the
// phrase's noun is one that takes an agent of its own, so that "by" is the noun's and
// not the participle's ("was named in a lawsuit by", "was criticized in a report by",
// "in an attack by": byTakingNouns, and nouns in -tion, -sion, -ment), nor "to" before a
// verb ("called to testify by", "expected to be approved by").
func (rf *relationFinder) agentGapAt(k int) int {
	if t := rf.timePhraseAt(k); t > k {
		return t
	}
	if m := rf.moneyAt(k); m > k {
		return rf.byOr(m, k) // "was fined $2 million by", "was acquired for $2 billion by"
	}
	if k+1 >= len(rf.toks) || !rf.is(k, wOn, wIn, wAt, wInto, wTo, wFrom, wFor, wDuring, wUnder, wOver, wOnto) {
		return k
	}
	j := k + 1
	if rf.is(j, wThe, wA, wAn, wHis, wHer, wIts, wTheir, wHim, wThem, wLarge, wSmall) {
		if rf.is(j, wHim, wThem) {
			return rf.byOr(j+1, k) // "leaked to him by"
		}
		if rf.is(j, wLarge, wSmall) && !rf.is(k, wIn) {
			return k
		}
		j++
	}
	if j >= len(rf.toks) {
		return k
	}
	if mi := rf.entAt[j]; mi >= 0 {
		m := &rf.mentions[mi]
		if m.a < k+1 || m.a > j || m.demonym || rf.owner(m.b-1) {
			return k
		}
		return rf.byOr(m.b, k) // "uploaded on YouTube by", "witnessed in Paris by"
	}
	if rf.is(k, wTo) && j == k+1 {
		return k // "to" before a verb or a bare noun: "called to testify by", "sentenced to life by"
	}
	n := 0
	for ; j < len(rf.toks) && n < 2; j, n = j+1, n+1 {
		t := &rf.toks[j]
		if _, ok := weekdays[rf.low(j)]; ok || rf.is(j, wBy) {
			break
		}
		if t.kind != tWord || t.has(fCap) || rf.entAt[j] >= 0 || t.feat&(lxFunc|lxPronoun|lxSpeech) != 0 || rf.owner(j) {
			return k
		}
	}
	if n == 0 || byTakingNoun(rf.low(j-1)) {
		return k
	}
	return rf.byOr(j, k)
}

// moneyAt returns the token after a sum of money that opens at token k, alone or after
// "for" ("$2 million", "for $300 million", "for 2 billion euros"): an amount
// (amountEnd) with a dollar sign or a currency among its words; k when none.
func (rf *relationFinder) moneyAt(k int) int {
	a := k
	if rf.is(k, wFor) {
		a++
	}
	end := min(len(rf.toks), a+8)
	q := rf.amountEnd(a, end)
	if q == a {
		return k
	}
	for j := a; j < q; j++ {
		if strings.HasPrefix(rf.tok(j), "$") || currencySet[rf.low(j)] {
			return q
		}
	}
	return k
}

// byOr returns j when token j is "by" (or j+1, after a weekday: "welcomed at the palace
// Saturday by"), else k.
func (rf *relationFinder) byOr(j, k int) int {
	if _, ok := weekdays[rf.low(j)]; ok && rf.is(j+1, wBy) {
		return j + 1
	}
	if rf.is(j, wBy) {
		return j
	}
	return k
}

// byTakingNouns are nouns whose own agent "by" may name: an act, a text or a work ("a
// report by", "a lawsuit by", "an attack by", "a campaign by"), which a phrase between a
// passive and "by" must not end with.
var byTakingNouns = newTokSet(map[string]bool{
	"report": true, "reports": true, "statement": true, "statements": true, "study": true, "studies": true,
	"lawsuit": true, "lawsuits": true, "suit": true, "letter": true, "letters": true, "article": true,
	"articles": true, "interview": true, "interviews": true, "review": true, "survey": true, "speech": true,
	"speeches": true, "attack": true, "attacks": true, "post": true, "posts": true, "tweet": true,
	"tweets": true, "video": true, "videos": true, "analysis": true, "poll": true, "polls": true,
	"complaint": true, "complaints": true, "filing": true, "filings": true, "ruling": true, "decision": true,
	"order": true, "orders": true, "book": true, "books": true, "story": true, "stories": true,
	"novel": true, "film": true, "films": true, "documentary": true, "paper": true, "papers": true,
	"column": true, "editorial": true, "probe": true, "campaign": true, "campaigns": true, "raid": true,
	"raids": true, "strike": true, "strikes": true, "bid": true, "offer": true, "deal": true, "plan": true,
	"proposal": true, "request": true, "call": true, "calls": true, "move": true, "effort": true,
	"efforts": true, "series": true, "program": true, "programme": true, "show": true, "photo": true,
	"photos": true, "picture": true, "pictures": true, "image": true, "images": true, "memo": true,
	"blog": true, "op-ed": true, "podcast": true, "case": true, "cases": true, "data": true,
	"bill": true, "measure": true, "rule": true, "rules": true, "work": true,
	"research": true, "testimony": true, "remarks": true, "comments": true, "claim": true, "claims": true,
	"charge": true, "charges": true, "dispute": true, "fight": true, "war": true, "crackdown": true,
	"assault": true, "bombing": true, "bombings": true, "shooting": true, "killing": true,
})

// byTakingNoun reports whether w is one of byTakingNouns or a noun of an act by its ending
// ("an investigation by", "a settlement by").
func byTakingNoun(w string) bool {
	return byTakingNouns.has(w) || strings.HasSuffix(w, "tion") || strings.HasSuffix(w, "tions") || strings.HasSuffix(w, "sion") ||
		strings.HasSuffix(w, "sions") || strings.HasSuffix(w, "ment") || strings.HasSuffix(w, "ments")
}

// stateForces are the plural or collective nouns of a state's armed forces, agents and
// government: after a demonym in a passive's agent they make the country the agent
// ("backed by Russian air strikes", "held by Chinese agents", "captured by Syrian
// government forces").
var stateForces = newTokSet(map[string]bool{
	"forces": true, "troops": true, "airstrikes": true, "strikes": true, "warplanes": true, "jets": true,
	"aircraft": true, "artillery": true, "army": true, "military": true, "navy": true, "agents": true,
	"government": true, "soldiers": true, "bombers": true, "drones": true, "helicopters": true,
})

// stateForcesAt reports whether the words from token k (right after a demonym) are one
// or two lower-case words ending in a noun of stateForces, and the agent's phrase ends
// there: no name, owner or noun follows ("by Russian air strikes", "by Chinese agents";
// not "by Russian jets' pilots", "by Russian army officers").
func (rf *relationFinder) stateForcesAt(k, end int) bool {
	for j := k; j < end && j < k+3; j++ {
		t := &rf.toks[j]
		if t.kind != tWord || t.has(fCap) || rf.entAt[j] >= 0 || t.feat&(lxFunc|lxPronoun|lxSpeech) != 0 || rf.owner(j) {
			return false
		}
		if rf.in(j, stateForces) {
			n := j + 1
			return n >= end || rf.toks[n].kind != tWord || rf.toks[n].feat&lxFunc != 0 && !rf.owner(n)
		}
	}
	return false
}
