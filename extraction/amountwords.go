package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Words after an amount that are no noun of it. nounAfterAmount names an amount by the
// noun phrase that follows ("a $57 million deal"); a verb's -ing form that takes an
// object ("spent $71 million developing the drone") and a verb of stance after a share
// ("35 percent back Trump") are not such nouns. This file reads both.

// ingNouns are -ing words that name what an amount is even before an object-like word:
// "$500 million funding the bank provided", "a $96.20 opening".
var ingNouns = newTokSet(map[string]bool{"funding": true, "financing": true, "spending": true, "fundraising": true,
	"offering": true, "listing": true, "rating": true, "opening": true, "drawing": true, "building": true,
	"housing": true, "advertising": true, "marketing": true, "pricing": true, "trading": true, "lending": true,
	"borrowing": true, "bidding": true, "billing": true, "booking": true, "clothing": true, "weighting": true,
	"polling": true, "ceiling": true,
	"setting": true, "ending": true, "meeting": true, "hearing": true, "ruling": true, "filing": true,
	"beginning": true, "morning": true, "evening": true, "crossing": true, "shipping": true, "training": true})

// gerundAfterAmount reports whether the word at token k, right after an amount, is a
// verb's -ing form with an object: "spent $71 million developing the Supersonic", "is
// spending $8.9 million installing 380 signals", "$800,000 designing and remodeling its
// dispensary". What the amount is then comes from the clause's verb (spent: spending),
// not from the gerund. -ing nouns ("a $1 billion offering") are left to the noun reader.
func (ff *figureFinder) gerundAfterAmount(k int) bool {
	if k+1 >= len(ff.toks) || ff.toks[k].kind != tWord || ff.toks[k].has(fCap) || ff.in(k, ingNouns) {
		return false
	}
	w := ff.low(k)
	if len(w) < 6 || !strings.HasSuffix(w, "ing") || strings.Contains(w, "-") {
		return false
	}
	next := k + 1
	if ff.is(next, wAnd, wOr) && strings.HasSuffix(ff.low(next+1), "ing") {
		return true // "designing and remodeling"
	}
	if ff.toks[next].kind == tNum {
		return true // "installing 380 signals"
	}
	return ff.is(next, wThe, wA, wAn, wIts, wTheir, wHis, wHer, wOur, wThis, wThese, wThose) ||
		ff.toks[next].kind == tWord && ff.toks[next].has(fCap) // "developing the drone", "developing Supersonic"
}

// stanceShares name a share of people by the verb of stance that follows it in a poll:
// "46 percent support Clinton while 35 percent back Trump", "31 percent opposed it".
var stanceShares = map[string]string{
	"back": "support", "backs": "support", "backed": "support", "backing": "support",
	"support": "support", "supports": "support", "supported": "support", "supporting": "support",
	"favor": "support", "favors": "support", "favored": "support", "favoring": "support",
	"favour": "support", "favours": "support", "favoured": "support", "favouring": "support",
	"prefer": "support", "prefers": "support", "preferred": "support", "preferring": "support",
	"oppose": "opposition", "opposes": "opposition", "opposed": "opposition", "opposing": "opposition",
	"approve": "approval", "approves": "approval", "approved": "approval", "approving": "approval",
	"disapprove": "disapproval", "disapproved": "disapproval", "disapproving": "disapproval",
}

// stanceShare names the share at an amount whose next word, token k, is a verb of
// stance with an object: "35 percent back Trump" (support), "only 31 percent opposing
// it" (opposition). "Backed" with "by" after it is a passive ("90 percent backed by
// loans"), no stance.
func (ff *figureFinder) stanceShare(k int) string {
	m := stanceShares[ff.low(k)]
	if m == "" || k+1 >= len(ff.toks) || ff.toks[k].has(fCap) || ff.is(k+1, wBy) {
		return ""
	}
	if ff.is(k+1, wOf) && (m == "approval" || m == "disapproval") {
		return m // "58 percent approve of the job he is doing"
	}
	if ff.toks[k+1].kind == tWord && (ff.toks[k+1].has(fCap) || ff.toks[k+1].feat&lxPronoun != 0 || ff.is(k+1, wThe, wA, wAn, wThis, wThat, wHis, wHer, wTheir, wIts)) {
		return m
	}
	return ""
}

// valuedAt reports whether "at" at token p ends a verb of valuing and its object:
// "valuing the company at $550 billion", "which valued it at $12 billion", "is valued in
// the private market at $5.5 billion". The amount is a value, of the body the object
// names (subj, a token, or -1), not a measure named after the object ("company").
func (ff *figureFinder) valuedAt(si, p int) (bool, int) {
	s := &ff.sents[si]
	subj := -1
	for j := p - 1; j >= s.start && j >= p-7; j-- {
		if ff.toks[j].kind != tWord {
			return false, -1
		}
		if ff.is(j, wValued, wValuing, wValues) {
			return true, subj
		}
		if e := ff.entityOf(j); e >= 0 && subj < 0 && ff.ents[e].typ != kg.Person {
			subj = j
		}
	}
	return false, -1
}

// bracketQualifier returns the qualifier of the amount that amount n, in brackets right
// after it, restates in another currency: "up to 250,000 euros ($275,400)" is up to
// $275,400 too, "around 700 billion yen ($5.9 billion)" about $5.9 billion. An amount
// with its own qualifier keeps it; one that restates nothing is exact.
func (ff *figureFinder) bracketQualifier(n *number, before []figureCand) kg.Qualifier {
	if n.qual != kg.Exact || !ff.punct(n.qa-1, '(') || len(before) == 0 {
		return n.qual
	}
	prev, ok := ff.restated(n, false, before)
	if !ok || prev.f.Unit == "percent" || prev.tok < n.qa-8 {
		return n.qual
	}
	return prev.f.Qualifier
}
