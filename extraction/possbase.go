package extraction

import "github.com/factgraph/kg"

// Possessives that name a user or one of two coordinated owners, not a place or a
// subject (branch possbase58).
//
// "Russia's Hemeimeem air base in Syria": a country's possessive before a military base,
// an embassy or a consulate names the one who uses it, not the country it lies in; the
// host is named apart ("in Syria") or not at all, so countrysPlace makes no locatedIn from
// that possessive (usedSite).
//
// "Cook and Modi's meeting will cap a trip to India", "Apple's Cook said on a trip to
// India": a name followed by "'s" owns a noun after it, so it is not itself the subject of
// the clause's verb when it closes a coordination or a person's name follows it;
// clauseSubject skips it (possessorOfOther).

// usedSiteNouns are the site nouns a possessive before them names the user of.
var usedSiteNouns = newTokSet(wordSet("used-site-nouns"))

// usedSite reports whether the tokens from b are "[≤2 lower-case modifiers] NOUN" for a
// NOUN of [used-site-nouns] ("air base", "naval base", "embassy").
func usedSite(d *doc, b int) bool {
	for k := b; k < b+3 && k < len(d.toks); k++ {
		t := &d.toks[k]
		if t.kind != tWord || t.has(fCap) {
			return false
		}
		if usedSiteNouns.has(t.low) {
			return true
		}
	}
	return false
}

// possessorOfOther reports whether mention m, before the relation's noun at v, is a
// possessor that is not the clause's subject: the last of coordinated owners ("Cook and
// Modi's meeting", after = a subject was already read before "and") or a body before its
// person ("Tovex's Anton Weller"). Other possessors stay: "Obama's historic visit to",
// "Tesla's battery factory in Reno" are theirs.
func (rf *relationFinder) possessorOfOther(m *mention, after bool, v int) bool {
	b := m.b
	if !rf.owner(b) || b+1 >= v {
		return false
	}
	if after && rf.is(m.a-1, wAnd) {
		return true
	}
	e := rf.entityOf(b + 1)
	return e >= 0 && rf.ents[e].typ == kg.Person && rf.mentions[rf.entAt[b+1]].a == b+1
}

// exchangeName reports whether an organization's name is a stock market's ("Toronto
// Stock Exchange", "Nasdaq"): the market a company's stock trades on, never "the company"
// nor the company "the stock" stands for (salientBusiness, mainOrg). "Toronto Stock
// Exchange acquires BlackBerry" was read from "the company can buy the stock on both the
// Toronto Stock Exchange and Nasdaq" once placetypes58 typed exchanges Organization.
func exchangeName(name string) bool {
	return exchangeLastWords.has(lastWord(name)) || name == "Nasdaq" || name == "NYSE"
}
