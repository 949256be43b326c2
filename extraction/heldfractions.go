package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Holdings in words: "Nintendo owns a third of the Pokemon Company", "Kestrel holds
// two-thirds of Brekke", "Lumo owns a majority of Halden Media". A share of a company's whole
// held by a verb of holding is a stake, as "owns 1.7 percent of Brekke" is
// (ofAfterShare): investsIn. Only a company is held so: "the rebels hold half of
// Aleppo" and "holds a third of the seats" name a territory or seats, no stake.

// fractionHeldOf returns the token of "of" after a share in words that opens at token j
// after a verb of holding — "a third", "one-third", "two-thirds", "a majority" (not "half":
// "owns half of Brekke" is read as owns) —
// when an organization is named right after "of" (past "the"); -1 otherwise.
func (rf *relationFinder) fractionHeldOf(j int) int {
	if j >= len(rf.toks) || rf.toks[j].kind != tWord || rf.toks[j].has(fCap) {
		return -1
	}
	switch {
	case rf.is(j, wA) && rf.is(j+1, wMajority):
		j += 2
	default:
		numWord, part, p := rf.low(j), "", j+1
		if h := strings.IndexByte(numWord, '-'); h > 0 {
			numWord, part, p = numWord[:h], numWord[h+1:], j
		} else if p < len(rf.toks) && rf.toks[p].kind == tWord {
			part = rf.low(p)
		}
		num, ok := fractionNumerators[numWord]
		den, ok2 := fractionParts[part]
		if !ok || !ok2 || part == "" || (part[len(part)-1] == 's') != (num > 1) || num >= den {
			return -1
		}
		j = p + 1
	}
	if !rf.is(j, wOf) {
		return -1
	}
	if rf.orgAfterThe(j+1) < 0 {
		return -1
	}
	return j
}

// orgAfterThe returns token k, or k+1 past a "the" that opens no name, when an
// organization's name opens there; -1 otherwise.
func (rf *relationFinder) orgAfterThe(k int) int {
	if rf.is(k, wThe) && rf.entAt[k] < 0 {
		k++
	}
	if !rf.orgOpensAt(k) {
		return -1
	}
	return k
}

// orgOpensAt reports whether an organization's name opens at token k.
func (rf *relationFinder) orgOpensAt(k int) bool {
	e := rf.entityOf(k)
	return e >= 0 && rf.ents[e].typ == kg.Organization && rf.mentions[rf.entAt[k]].a == k
}

// Shares held by name: "Destination Wealth, which owns Apple shares", "Becker Capital,
// which also owns Lumo stock", "Kestrel Funds, which owns voting shares of Brekke and
// Lumo", "the fund owned $9.5 million of Brekke stock". Holding a company's shares is a
// stake in it: investsIn, as for "owns 1.7 percent of".

// sharesHeldAt returns the token where the company whose shares the verb of holding at
// token v holds is named — "owns Apple shares", "holds $9.5 million of Lumo stock",
// "owns voting shares of Brekke" — or -1: past an amount of money ("$9.5 million of") and
// a kind of share ("voting", "common"), the company's name before "shares" or "stock", or
// "shares" or "stock" before "of" or "in" and the name. The name must be an
// organization's.
func (rf *relationFinder) sharesHeldAt(v int) int {
	j := v + 1
	if j < len(rf.toks) && (rf.toks[j].kind == tNum || rf.tok(j) == "$") {
		for j < len(rf.toks) && j <= v+5 && (rf.toks[j].kind == tNum || rf.tok(j) == "$" || rf.is(j, wMillion, wBillion)) {
			j++
		}
		if !rf.is(j, wOf) {
			return -1
		}
		j++
	}
	if rf.is(j, wVoting, wCommon, wPreferred) {
		j++
	}
	if rf.is(j, wShares, wStock) && rf.is(j+1, wOf, wIn) {
		return rf.orgAfterThe(j + 2)
	}
	if !rf.orgOpensAt(j) {
		return -1
	}
	if rf.sharesNamedBy(rf.mentions[rf.entAt[j]].b) {
		return j
	}
	return -1
}

// sharesNamedBy reports whether "shares" or "stock" stands at token b, after a company's
// name, past its stock ticker in brackets: "Apple shares", "Himax Technologies Inc
// (HIMX.O) shares".
func (rf *relationFinder) sharesNamedBy(b int) bool {
	if e := rf.tickerEnd(b); e > 0 {
		b = e
	}
	return rf.is(b, wShares, wStock)
}
