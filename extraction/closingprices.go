package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Closing prices a company's move gives after its percentage: "Pelgar dropped 3.5
// percent to $50.16", "it rose 2 percent to $9.75". With shares or stock as the subject
// the subject names the price already ("Shares of X gained 5 percent to $6.14": share
// price); with the company's own name, or "it", nothing did, and the amount was dropped
// as bare.

// closingPrice reports whether amount n, after the verb of change whose subject phrase
// is a..b, is the price a company's stock moved to: n follows "N percent to" or "N%
// to", it carries a currency and no scale word ("$708.9 million" is no price of a
// share), no rate follows it ("$34.04 a barrel" is a commodity's), and the subject is
// "it" in or after a sentence that speaks of shares or stock, or a name and nothing else ("Pelgar Corp", "Amazon.com Inc (AMZN.O)"; not
// "revenue from its unit") of an organization, or of a name typed Person: no person
// moves to a price.
func (ff *figureFinder) closingPrice(n *number, a, b int) bool {
	if n.unit == "" || n.next != n.tok+1 || n.v <= 0 || n.v >= 10000 {
		return false
	}
	if ff.is(n.next, wA, wAn, wPer, wEach) {
		return false // "$34.04 a barrel"
	}
	to := n.qa - 1
	if !ff.is(to, wTo, wAt) || !ff.is(to-1, wPercent, wPercentSign, wPct) || ff.toks[to-2].kind != tNum {
		return false
	}
	if b-a == 1 && ff.is(a, wIt) || a == b && ff.is(a-1, wIt) {
		return ff.stockTalk(n.si, n.tok) // "it" may be the euro or the index: only where shares are spoken of
	}
	named := false
	for k := a; k < b; k++ {
		if ff.toks[k].kind != tWord {
			continue
		}
		if ff.entAt[k] >= 0 && ff.entityOf(k) < 0 || k == b-1 && k > a && ff.is(k, wAposS, wRsquoS) && ff.entityOf(k-1) >= 0 {
			continue // a quote code ("LCOc1"); a name that ends in "'s" ("Lowe's")
		}
		e := ff.entityOf(k)
		if e < 0 || ff.ents[e].typ != kg.Organization && ff.ents[e].typ != kg.Person {
			return false
		}
		named = true
	}
	return named
}

// movingParticiples are participles of a move that a verb of sending puts after its
// object ("sending its shares plunging 28 percent"): alone, after "after" or as
// adjectives ("soaring prices") they are no verbs of change.
var movingParticiples = wordValues("moving-participles")

// sentMove returns the change ("rise", "fall") of the participle at j when a verb of
// sending and its object of one to four words stand right before it: "sending its
// shares plunging", "sent the stock tumbling"; else "".
func (ff *figureFinder) sentMove(j int) string {
	c := movingParticiples[ff.low(j)]
	if c == "" || ff.toks[j].kind != tWord {
		return ""
	}
	start := ff.sents[ff.sentOf(j)].start
	for k := j - 2; k >= start && j-k <= 5; k-- {
		if ff.toks[k+1].kind != tWord {
			return "" // the object is words only
		}
		if ff.is(k, wSending, wSent, wSend, wSends) {
			return c
		}
	}
	return ""
}

// stockTalk reports whether the 60 tokens before token tok, in its sentence si and the
// one before, name shares or stock (a bounded look: a sentence may be megabytes long).
func (ff *figureFinder) stockTalk(si, tok int) bool {
	for k := max(ff.sents[max(si-1, 0)].start, tok-60); k < tok; k++ {
		if ff.is(k, wShares, wStock, wStocks) {
			return true
		}
	}
	return false
}

// tickerBefore returns the token before "(" when the tokens up to j are an exchange
// ticker in parentheses ("Amazon.com Inc (AMZN.O)", "Midea (000333.SZ)": letters or
// digits, a dot and one or two capitals) right after a name the article knows, else -1
// (a name it missed, "HSBC (0005.HK)", would be read as the measure's word): the subject of a
// verb after it is the name before the ticker.
func (ff *figureFinder) tickerBefore(j, start int) int {
	if !ff.punct(j, ')') {
		return -1
	}
	for p := j - 1; p > start && j-p <= 5; p-- {
		if !ff.punct(p, '(') {
			continue
		}
		if p-1 < start || ff.entityOf(p-1) < 0 || !exchangeTicker(ff.text[ff.toks[p+1].s:ff.toks[j-1].e]) {
			return -1
		}
		return p - 1
	}
	return -1
}

// exchangeTicker reports whether s is a ticker with its exchange's suffix: one to
// seven capitals or digits, a dot, one or two capitals ("AMZN.O", "KU2G.DE").
func exchangeTicker(s string) bool {
	dot := strings.IndexByte(s, '.')
	if dot < 1 || dot > 7 || len(s)-dot-1 < 1 || len(s)-dot-1 > 2 {
		return false
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case i == dot:
		case i < dot && (c >= 'A' && c <= 'Z' || c >= '0' && c <= '9'):
		case i > dot && c >= 'A' && c <= 'Z':
		default:
			return false
		}
	}
	return true
}
