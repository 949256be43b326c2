package extraction

import (
	"github.com/factgraph/kg"
)

// Investors listed: a plural noun of those who fund a firm ("investors", "backers",
// "funders") followed by the list of them ("include", "including", "such as", "like").
// Each member of the list investsIn the funded firm, which is named by a possessive
// ("Brekke's investors include A and B"), a name after "in" ("Investors in Brekke
// include A and B"), a relative aside ("Brekke, whose backers
// include A", "Brekke - a chip maker whose investors include A") or, after "from" or
// "with", the subject of a verb of raising money ("Brekke has raised $40 million from
// investors including A, B and C"). Investors courted or named without a raise ("in talks
// with potential investors including A") fund nothing yet.

// investorNouns are the plural nouns of those who fund a firm.
var investorNouns = newTokSet(map[string]bool{"investors": true, "backers": true, "funders": true})

// raiseVerbs are the verbs of raising money whose subject the investors fund.
var raiseVerbs = newTokSet(map[string]bool{"raised": true, "raises": true, "raise": true, "raising": true})

// investorsListed reads the investors listed after the noun at token v (the word w) and
// reports whether it read any.
func (rf *relationFinder) investorsListed(si, v int, w string) bool {
	if rf.mayBe(v, w, wcCounting) && countingVerbs.has(w) {
		return rf.investorsCounted(si, v)
	}
	if !rf.mayBe(v, w, wcInvestor) || !investorNouns.has(w) {
		return false
	}
	k := v + 1
	funded := ""
	if rf.is(k, wIn) { // "Investors in Brekke include A and B": the firm named after "in"
		if e := rf.entityOf(k + 1); e >= 0 && rf.mentions[rf.entAt[k+1]].a == k+1 && !rf.mentions[rf.entAt[k+1]].demonym {
			funded, k = rf.entName(e), rf.mentions[rf.entAt[k+1]].b
		}
	}
	if rf.punct(k, ',') {
		k++
	}
	switch {
	case rf.is(k, wInclude, wIncludes, wIncluded, wIncluding, wLike):
		k++
	case rf.is(k, wSuch) && rf.is(k+1, wAs):
		k += 2
	default:
		return false
	}
	if funded == "" {
		funded = rf.fundedFirm(si, v)
	}
	if !rf.fundable(funded) {
		return false // a person's or a place's investors invest in no firm kg names
	}
	s := &rf.sents[si]
	read := false
	for _, inv := range rf.investorList(si, k) {
		if inv == funded {
			continue
		}
		rf.addRelation(si, inv, "investsIn", funded, rf.span(max(s.start, v-2), min(s.b, k+6)))
		read = true
	}
	return read
}

// countingVerbs are the verbs of "Brekke counts A and B among its investors".
var countingVerbs = newTokSet(map[string]bool{"counts": true, "count": true, "counted": true})

// investorsCounted reads "FIRM counts A and B among its backers" (or its shareholders)
// with the verb at token v: each name listed before "among" investsIn the firm, the
// clause's subject or the name a ", which" clause describes. It reports whether
// it read any.
func (rf *relationFinder) investorsCounted(si, v int) bool {
	s := &rf.sents[si]
	g := v + 1
	for g < s.b && g-v < 20 && !rf.is(g, wAmong) {
		g++
	}
	if !rf.is(g, wAmong) || !rf.is(g+1, wIts, wTheir) || !rf.in(g+2, investorNouns) && !rf.is(g+2, wShareholders) {
		return false
	}
	funded := ""
	for c := v - 1; c > s.start+1 && v-c < 20 && funded == ""; c-- {
		if rf.is(c, wWhich) && rf.punct(c-1, ',') {
			funded = rf.entityBefore(c-1, s.start) // "Brekke, which was founded in 2012, counts"
		}
	}
	if funded == "" {
		funded = rf.clauseSubject(si, v)
	}
	if nameList(funded).several() || !rf.fundable(funded) {
		return false
	}
	read := false
	for _, inv := range rf.investorList(si, v+1) {
		if inv != funded {
			rf.addRelation(si, inv, "investsIn", funded, rf.span(v, g+3))
			read = true
		}
	}
	return read
}

// listFillers are the function words a described member of a list of investors may hold:
// "the Japanese trading giant", "the chief of Brekke".
var listFillers = newTokSet(map[string]bool{"the": true, "a": true, "an": true, "of": true, "&": true})

// investorList reads the investors listed from token k: the persons and bodies of a
// list whose members may carry a description before the name ("Amazon founder Jana
// Voss", "Japanese telecoms firm Ostmark Corp": the name that closes the member) or an
// aside after it ("Ostmark, the Japanese trading giant, and Brekke"). The list ends at a
// dash, a parenthesis, a semicolon, a word of a clause, or the member after "and" unless
// another bare name follows it.
func (rf *relationFinder) investorList(si, k int) []string {
	s := &rf.sents[si]
	var names []string
	afterAnd := false
	for a := k; a < s.b; {
		b, over := a, false
		for ; b < s.b && !rf.punct(b, ',') && !rf.is(b, wAnd); b++ {
			t := &rf.toks[b]
			if rf.entAt[b] < 0 && !(t.kind == tWord && (t.has(fCap) || t.feat&(lxFunc|lxSpeech|lxPronoun) == 0 || rf.in(b, listFillers)) ||
				rf.tok(b) == "-" && !t.has(fSpace) || rf.tok(b) == "&") {
				over = true // a dash, a parenthesis, a number, a quote, a word of a clause
				break
			}
		}
		if b == a || b-a > 8 {
			return names
		}
		member := ""
		if e := rf.entityOf(b - 1); e >= 0 {
			m := &rf.mentions[rf.entAt[b-1]]
			if t := rf.ents[e].typ; !m.demonym && m.b == b && (t == kg.Organization || t == kg.Person || t == kg.Group) {
				member = rf.entName(e)
			}
		}
		if member != "" {
			if afterAnd && (rf.entAt[a] < 0 || rf.mentions[rf.entAt[a]].a != a) {
				return names // "and Brekke, a venture capital firm"
			}
			names = append(names, member)
		} else if afterAnd {
			return names
		}
		if over || b >= s.b {
			return names
		}
		if rf.punct(b, ',') && rf.is(b+1, wAnd) {
			afterAnd = true
			a = b + 2
			continue
		}
		afterAnd = afterAnd || rf.is(b, wAnd)
		a = b + 1
	}
	return names
}

// roundNouns are the nouns of a round of funding that "led by" follows.
var roundNouns = newTokSet(map[string]bool{"round": true, "funding": true, "financing": true})

// roundLedBy reads "FIRM raised $50 million in a round led by A and B" at token v (the
// word w): each leader of the round listed after "led by" (investorList) investsIn the
// firm that raised the money, the subject of a verb of raising a few words before the
// noun of the round ("in a second funding round", "in funding"). A round with no raise
// in its clause ("the round was led by A") names no firm and gives nothing.
func (rf *relationFinder) roundLedBy(si, v int, w string) bool {
	if w != "led" && w != "co-led" || !rf.is(v+1, wBy) || !rf.in(v-1, roundNouns) {
		return false
	}
	s := &rf.sents[si]
	firm := ""
	for j := v - 2; j > s.start && v-j < 14; j-- {
		if rf.in(j, raiseVerbs) {
			firm = rf.clauseSubject(si, j)
			break
		}
		if rf.punct(j, ',') || rf.punct(j, ';') || rf.entAt[j] >= 0 && rf.toks[j].has(fCap) {
			return false
		}
	}
	if !rf.fundable(firm) {
		return false
	}
	read := false
	for _, leader := range rf.investorList(si, v+2) {
		if leader != firm {
			rf.addRelation(si, leader, "investsIn", firm, rf.span(v-1, min(s.b, v+6)))
			read = true
		}
	}
	return read
}

// fundedFirm returns the name of the firm whose investors the noun at token v names: the
// possessor ("Brekke's investors"), the name a relative aside describes ("Brekke,
// whose investors", "Brekke - a chip maker whose investors"), or the subject of a verb of
// raising a few words before "from investors" or "with investors"; "" when none.
func (rf *relationFinder) fundedFirm(si, v int) string {
	s := &rf.sents[si]
	switch {
	case rf.owner(v - 1):
		if e := rf.entityOf(v - 2); e >= 0 && !rf.mentions[rf.entAt[v-2]].demonym {
			return rf.entName(e)
		}
	case rf.is(v-1, wWhose) && rf.punct(v-2, ','):
		if name := rf.entityBefore(v-2, s.start); name != "" {
			return name
		}
		for c := v - 3; c > s.start && v-c < 16; c-- { // "Brekke - a chip maker, whose"
			if rf.toks[c].kind == tDash || rf.tok(c) == "-" && rf.toks[c+1].has(fSpace) {
				return rf.entityBefore(c, s.start)
			}
			if rf.punct(c, ',') || rf.punct(c, ';') || rf.entAt[c] >= 0 {
				break
			}
		}
	case rf.is(v-1, wFrom, wWith):
		for j := v - 2; j > s.start && v-j < 12; j-- {
			if rf.in(j, raiseVerbs) {
				return rf.clauseSubject(si, j)
			}
			if rf.punct(j, ',') || rf.punct(j, ';') || rf.entAt[j] >= 0 && rf.toks[j].has(fCap) {
				break
			}
		}
	}
	return ""
}

// raisedFrom reads "FIRM raised $40 million from A, B and C" (the open relation
// raiseFrom, firm → funder, which stays) with the list opening at token k: each funder
// listed there (investorList: past a description, "India's Bharti Enterprises", and an
// aside) also investsIn the firm, the golds' relation from a funder to a firm. The firm
// must be typed Organization or Other; places are no members of investorList ("raised
// $2 billion from Qatar" is as often a loan or a sale as a stake).
func (rf *relationFinder) raisedFrom(si int, firm string, k int, text string) {
	if !rf.fundable(firm) {
		return
	}
	for _, funder := range rf.investorList(si, k) {
		if funder != firm {
			rf.addRelation(si, funder, "investsIn", firm, text)
		}
	}
}

// fundable reports whether name is one investors can put money in: a named body typed
// Organization or Other (a person's or a place's investors invest in no firm kg names).
func (rf *relationFinder) fundable(name string) bool {
	t := rf.typeOfName(name)
	return name != "" && (t == kg.Organization || t == kg.Other)
}
