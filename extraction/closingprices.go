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
	e := ff.nameOnly(a, b)
	return e >= 0 && (ff.ents[e].typ == kg.Organization || ff.ents[e].typ == kg.Person)
}

// nameOnly returns the entity that the subject phrase a..b names and nothing else
// ("Pelgar Corp", "Amazon.com Inc (AMZN.O)", "Lowe's"; not "revenue from its unit"), or
// -1. A quote code and a closing "'s" belong to the name.
func (ff *figureFinder) nameOnly(a, b int) int {
	named := -1
	for k := a; k < b; k++ {
		if ff.toks[k].kind != tWord {
			continue
		}
		if ff.entAt[k] >= 0 && ff.entityOf(k) < 0 || k == b-1 && k > a && ff.is(k, wAposS, wRsquoS) && ff.entityOf(k-1) >= 0 {
			continue // a quote code ("LCOc1"); a name that ends in "'s" ("Lowe's")
		}
		e := ff.entityOf(k)
		if e < 0 || named >= 0 && e != named {
			return -1
		}
		named = e
	}
	return named
}

// stockMoves are the verbs and direction words by which a company named alone moves in
// a market report: "Royal Philips NV jumped 5.8 percent", "Tesla Motors was up 2.4
// percent", "Qorvo declining 1.76 percent". Verbs of growth ("grew", "expanded",
// "doubled") are left out: a company that grew 34 percent grew its business, not its
// stock.
var stockMoves = newTokSet(map[string]bool{"rose": true, "rises": true, "rising": true, "fell": true, "falls": true,
	"falling": true, "gained": true, "gaining": true, "lost": true, "losing": true, "dropped": true, "dropping": true,
	"slipped": true, "slipping": true, "climbed": true, "climbing": true, "added": true, "eased": true, "shed": true,
	"edged": true, "jumped": true, "jumping": true, "tumbled": true, "tumbling": true, "slumped": true, "advanced": true,
	"advancing": true, "declined": true, "declining": true, "rallied": true, "rallying": true, "surged": true,
	"surging": true, "plunged": true, "plunging": true, "sank": true, "sinking": true, "dipped": true, "slid": true,
	"sliding": true, "retreated": true, "rebounded": true, "recovered": true, "soared": true, "soaring": true,
	"plummeted": true, "skidded": true, "up": true, "down": true, "off": true})

// companyMove reports whether the percentage after the verb of change at v moves the
// stock of the company that the subject phrase a..b names and nothing else: "Royal
// Philips NV jumped 5.8 percent", "Oracle Corp (ORCL.N) down 1.5 percent", "Citigroup
// rallied 5 percent". The company is a business (no public body, party, exchange or
// index: "the Nikkei .N225 jumped"), in an article that speaks of shares or stock
// elsewhere (a "PPI" typed an organization is an index of prices); the name opens its
// clause ("cases investigated by the FBI rose 53 percent" are the cases') and is not
// taken up by "which" ("the STOXX Europe 600 Technology, which was up 1.5 percent");
// a forecast ("Hynix is expected to fall 10 percent", "will rise") speaks of its
// results, not of a price already paid for its shares.
func (ff *figureFinder) companyMove(v, a, b int) bool {
	if a >= b || !ff.in(v, stockMoves) || ff.toks[v].kind != tWord {
		return false
	}
	if !ff.businessName(ff.nameOnly(a, b)) {
		return false
	}
	for k := b; k < v; k++ {
		if ff.is(k, wTo, wWill, wWould, wCould, wMay, wMight, wShould, wCan, wExpected, wLikely, wSeen, wSet, wPoised) || ff.forecastAuxiliary(k) {
			return false
		}
	}
	if ff.is(v-1, wWhich, wThat, wWho) || ff.is(v-2, wWhich, wThat, wWho) && ff.is(v-1, wWas, wWere, wIs, wAre, wHas, wHave, wHad) {
		return false
	}
	p := a - 1
	if ff.is(p, wThe) {
		p--
	}
	start := ff.sents[ff.sentOf(a)].start
	switch {
	case p < start, ff.toks[p].kind == tPunct, ff.is(p, wAnd, wWhile, wWith, wBut, wAs, wWhere, wWhereas, wMeanwhile):
	case ff.is(p, wOf, wIn) && ff.is(p-1, wShares, wStock):
	default:
		return false
	}
	return ff.stockArticle()
}

// businessName reports whether entity e (-1 for none) is an organization that can be a
// company with shares: no public body, party, exchange or market index ("the Nikkei").
func (rd *reader) businessName(e int) bool {
	if e < 0 || rd.ents[e].typ != kg.Organization {
		return false
	}
	name := rd.ents[e].name
	return !publicBody(name) && !partyName(name) && !exchangeName(name) && !indexFamilies.has(firstNameWord(name))
}

// stockArticle reports whether the article names shares or stock anywhere (looked up
// once per article: the figures and the relations stages both ask).
func (rd *reader) stockArticle() bool {
	if rd.stockText == 0 {
		rd.stockText = -1
		for k := range rd.toks {
			if rd.is(k, wShares, wStock, wStocks) {
				rd.stockText = 1
				break
			}
		}
	}
	return rd.stockText > 0
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

// firstNameWord returns the first word of a name ("Nikkei" of "Nikkei 225").
func firstNameWord(name string) string {
	w, _, _ := strings.Cut(name, " ")
	return w
}
