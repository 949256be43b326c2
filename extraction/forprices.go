package extraction

import "strings"

// Money "for" which something changes hands, when no verb next to the amount names it:
// a deal whose verb stands far back, past an apposition or a relative clause ("sold its
// outsourcing arm, once part of Delcor, to Brakk SA for $1 billion"; "agreed to buy
// Norcast, now known as Norcast Health, for $170 million"), is its sale or acquisition
// price; a thing sold or offered "for" an amount ("a 55-inch model for $900", "it ships
// next month for $350", "you can find it online for around $2,200") is its price.
// Without these the amount was a bare "money" that no figure kept. A suit, a bond or a
// budget "for" an amount is no price, nor a prize that people compete for.

// Likewise a thing named with an amount in brackets right after it is offered at that
// amount: "a spoon pipe ($68)", "the tiny hub ($51) is required", "two trays ($65 and
// $78)". An amount in brackets after another amount is a conversion ("500 pesos ($26)",
// "a 4,000-euro ($4,400) discount"), no price.

// forPriceNotPrice are the words before "for" after which an amount is no price: a suit
// or a bond for $50 million, a budget that called for $200 million, guidance for 49
// trillion won, "in exchange for".
var forPriceNotPrice = newTokSet(map[string]bool{"suit": true, "suits": true, "lawsuit": true, "lawsuits": true,
	"bond": true, "bail": true, "budget": true, "guidance": true, "exchange": true, "request": true, "requests": true,
	"bid": true, "bids": true, "offer": true, "demand": true, "demands": true, "claim": true, "claims": true,
	"check": true, "cheque": true, "warrant": true, "settlement": true, "called": true, "calls": true, "call": true,
	"asked": true, "asks": true, "ask": true, "asking": true, "judgment": true, "verdict": true, "award": true,
	"compensation": true, "account": true, "accounts": true, "responsible": true, "credit": true, "time": true,
	"once": true, "now": true, "only": true, "reason": true, "compete": true, "competes": true, "competing": true,
	"vie": true, "vying": true})

// forPrice names the money n after "for" that no nearer word named (see above): the act
// of a verb or noun of a deal up to 30 tokens back in its sentence, else "price"; "" when
// n follows no "for" or the word before "for" says it is no price.
func (ff *figureFinder) forPrice(n *number) string {
	f := n.qa - 1
	s := &ff.sents[n.si]
	if !ff.is(f, wFor) || f-1 < s.start || ff.toks[f-1].kind != tWord && !ff.punct(f-1, ')') && !ff.punct(f-1, ',') {
		return ""
	}
	if m := ff.farDeal(n.si, f); m != "" {
		return m
	}
	if ff.toks[f-1].kind != tWord || ff.in(f-1, forPriceNotPrice) || ff.toks[f-1].feat&lxFunc != 0 || ff.isPersonNoun(f-1) {
		return ""
	}
	return "price"
}

// bracketPrice reports whether the money n opens a bracket right after the noun of a
// thing, with no amount before the bracket (see above): the thing's price. "two trays
// ($65 and $78)": the second amount follows the first inside the bracket.
func (ff *figureFinder) bracketPrice(n *number) bool {
	o := n.qa - 1
	if ff.is(o, wAnd, wOr) && o > ff.sents[n.si].start && ff.toks[o-1].kind == tNum {
		for o--; o > ff.sents[n.si].start && !ff.punct(o, '(') && n.qa-o < 6; o-- {
		}
	}
	s := &ff.sents[n.si]
	if !ff.punct(o, '(') || o-1 < s.start || ff.toks[o-1].kind != tWord || ff.toks[o-1].feat&lxFunc != 0 ||
		ff.in(o-1, forPriceNotPrice) || ff.isPersonNoun(o-1) || ff.isIn(o-1, currencySet) || scaleWords[ff.low(o-1)] != 0 || ff.entityOf(o-1) >= 0 || periodNoun(ff.doc, o-1) {
		return false // "up 54 percent from the previous year ($552 million)": that year's amount
	}
	for j := o - 1; j >= s.start && j >= o-4; j-- {
		if strings.ContainsAny(ff.tok(j), "0123456789$€£¥") {
			return false // "a 4,000-euro ($4,400) discount", "0.375 euro cents ($0.004)": a conversion
		}
	}
	return true
}

// farDeal returns the act of the verb or noun of a deal ("sold", "acquire", "the
// purchase of", "a stake in") that the "for" at f ends, up to 30 tokens back in sentence
// si, or "". Another amount, a semicolon or a quotation's edge between ends the search.
func (ff *figureFinder) farDeal(si, f int) string {
	s := &ff.sents[si]
	tickers := 0 // tokens of tickers stepped over, which the reach does not count
	for j := f - 1; j >= s.start && f-j-tickers <= 30; j-- {
		if p := j - 4; p > s.start && ff.tickerEnd(p) == j+1 {
			tickers += 5
			j = p // "CITIC 21CN (0241.HK)": a wire's ticker after a name
			continue
		}
		t := &ff.toks[j]
		if t.kind == tNum && !yearNumber(ff.tok(j)) && ff.entityOf(j) < 0 || ff.punct(j, '$') || ff.punct(j, ';') || ff.punct(j, ':') || t.kind == tOpenQ || t.kind == tCloseQ {
			return ""
		}
		if t.kind != tWord {
			continue
		}
		if act := amountVerbs[ff.low(j)]; act == "acquisition price" || act == "sale price" {
			return act
		}
		if m := dealNouns[ff.low(j)]; m != "" && (ff.is(j+1, wOf) || ff.is(j+1, wIn) && ff.is(j+3, wOf)) {
			return m // "the purchase of", "the acquisition in March of"
		}
		if ff.is(j, wStake) && ff.is(j+1, wIn) {
			return "acquisition price" // "take a two-thirds stake in Sharvo for about $3.5 billion"
		}
	}
	return ""
}
