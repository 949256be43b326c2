package extraction

import "strings"

// Appearances and counted objects, two phrases the open reader (openrelations.go) passed
// over. "appear" is a verb of open-verbs-not ("appeared to be", "it appears that"), but
// before "on", "at", "in", "with" or "before" and a name it states where someone appeared
// ("Ken Marlow appeared on Harbor Lights" → appearOn). "before" leads to the second name
// only after a verb of appearing before a body ("testified before the Senate Armed
// Services Committee" → testifyBefore); elsewhere it is a preposition of time. A count
// and its noun between the verb and its preposition are a short object ("leased 20
// aircraft to Meridian Air" → leaseAircraftTo, "sent 300 troops to Ostria" →
// sendTroopsTo), as an amount of money already was ("paid $1.5 million to").

// appearanceVerbs are the base forms whose "before" leads to a body one appears before.
var appearanceVerbs = newTokSet(map[string]bool{"appear": true, "testify": true})

// appearancePrepositions may follow "appeared" and lead to the name of where one appeared.
var appearancePrepositions = newTokSet(map[string]bool{"on": true, "at": true, "in": true, "with": true, "before": true})

// appearanceAt reports whether the word w at token v is a finite form of "appear" followed
// by a preposition of appearancePrepositions and a name standing as a noun phrase of its
// own ("appeared on Harbor Lights", not "appeared to", "appeared in Vireo's film").
func (rf *relationFinder) appearanceAt(v int, w string) bool {
	if w != "appeared" && w != "appears" || !rf.in(v+1, appearancePrepositions) {
		return false
	}
	si := rf.sentOf(v)
	return si >= 0 && rf.openNameAt(v+2, rf.sents[si].b) >= 0
}

// countedNoun returns the token after the noun a count counts ("20 aircraft", "300
// troops", "two new jets"), when the amount from token p to q is a count (a number or a
// number word, not money or a percentage) followed by up to two lower-case words; q when
// there is none.
func (rf *relationFinder) countedNoun(p, q, end int) int {
	if rf.toks[p].kind != tNum && rf.toks[p].feat&lxNumWord == 0 || strings.HasPrefix(rf.tok(p), "$") || q >= end {
		return q
	}
	for k := p; k < q; k++ {
		if rf.toks[k].kind == tWord && rf.toks[k].feat&(lxNumWord|lxScale) == 0 || rf.tok(k) == "$" || rf.tok(k) == "%" {
			return q // "$5 million", "20 percent": money and shares keep amountEnd's reading
		}
	}
	k := q
	for k < end && k-q < 2 && rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && rf.entAt[k] < 0 && rf.toks[k].feat&lxFunc == 0 && !rf.in(k, amountPrepositions) && !rf.in(k, openPrepositions) {
		k++
	}
	if k == q {
		return q
	}
	return k
}
