package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Market levels with no count noun and no currency: a market report gives where an
// index, a currency or a yield stood as a bare number ("the Nikkei held steady at
// 16,245.5", "the dollar index last stood at 97.37", "not far from a three-week high
// of 97.60", "rose 1.45 percent to 1,945.50", "having been as low as 106.81"). The
// number has no noun to count, so the count reader drops it; marketLevel reads it
// when the clause's subject is a thing of the market (marketWords): its measure is
// the subject's words and what the number is of it ("nikkei level", "dollar index
// high", "yen per dollar"), its subject the entity the phrase names. A date, a year, a
// clock time or a score is no level: a number that opens a clock time ("at 0743
// GMT", "at 10 p.m."), a year, and a number with a noun after it are left to the
// other readers.

// marketWords are the words of a subject phrase that make it a thing whose level a
// market report quotes: indexes, currencies, yields, commodities and shares.
var marketWords = newTokSet(wordSet("market-words"))

// levelNouns are the nouns a level is "of" ("a high of 97.60"): the measure names the
// noun after the subject's words.
var levelNouns = map[string]string{"high": "high", "highs": "high", "low": "low", "lows": "low", "peak": "high",
	"trough": "low", "top": "high", "bottom": "low", "close": "close"}

// marketLevel reads bare number n as a market level (see above); known is false when
// it is none.
func (ff *figureFinder) marketLevel(n *number) (reading, bool) {
	s := &ff.sents[n.si]
	if n.unit != "" || n.word || n.ranged || n.v <= 0 || ff.toks[n.tok].kind != tNum {
		return reading{}, false
	}
	w := ff.tok(n.tok)
	if yearNumber(w) || strings.ContainsAny(w, ":/") || len(w) == 4 && w[0] == '0' {
		return reading{}, false // a year, a clock time ("0743 GMT")
	}
	next, suffix := n.next, ""
	switch {
	case next >= s.b || ff.toks[next].kind != tWord:
		if ff.punct(next, ':') || ff.punct(next, '-') && !ff.toks[next].has(fSpace) {
			return reading{}, false // "10:25", a score "56-5"
		}
	case ff.is(next, wPer) && currencyNouns.has(singular(ff.low(next+1))):
		suffix, next = " per "+singular(ff.low(next+1)), next+2 // "118.47 per dollar"
	case ff.is(next, wPoints):
		next++
	case ff.entAt[next] >= 0 && ff.entityOf(next) < 0:
		// a quote code ("97.37 .DXY")
	case ff.toks[next].feat&lxFunc != 0 && !ff.is(next, wOf, wPercent) || ff.toks[next].feat&(lxDay|lxMonth) != 0 ||
		ff.is(next, wOvernight, wEarlier, wLate, wLast, wYesterday, wToday, wTouched, wHit, wReached, wStruck, wSet, wPlumbed, wSeen):
	default:
		return reading{}, false // a noun or a unit follows: a count or a quantity
	}
	if ff.is(next, wADotMDot, wPDotMDot, wADotM, wPDotM, wAm, wPm, wGmt, wEt, wEdt, wEst, wBst, wCet, wLocal) {
		return reading{}, false
	}
	sv, kind := ff.levelVerb(n)
	if sv < 0 {
		return reading{}, false
	}
	a, b, att := ff.marketSubject(n.si, sv, kind)
	if a < 0 {
		return reading{}, false
	}
	m, subj := ff.measureWords(a, b)
	if subj < 0 {
		subj = att
	}
	m = ff.indexMeasure(m, subj)
	if m == "" {
		return reading{}, false
	}
	switch {
	case kind != "level":
		m += " " + kind
	case suffix != "":
		m += suffix
	case strings.HasSuffix(m, "yield") || strings.HasSuffix(m, "yields") || strings.HasSuffix(m, "rate"):
	case currencyNouns.has(lastWord(m)) || lastWord(m) == "currency":
		m += " rate"
	default:
		m += " level"
	}
	r := ff.one(n, next, "", m, n.qual)
	r.figs[0].subj, r.figs[0].level = subj, true
	return r, true
}

// levelVerb finds what puts bare number n at a level: "at" after a verb of level or
// change ("held steady at", "was little changed at", "was up 0.2 percent at"), "to"
// after a verb of change ("rose 1.45 percent to"), "as high as" or "as low as" after
// one ("rose to as high as"), or a noun of levelNouns before "of" ("a three-week high
// of"). It returns the verb, or for a noun the noun itself, and what the number is:
// "level", "high", "low" or "close"; -1 when none.
func (ff *figureFinder) levelVerb(n *number) (int, string) {
	start := ff.sents[n.si].start
	p := n.qa - 1
	kind := "level"
	switch {
	case ff.is(p, wAs) && ff.is(p-1, wHigh, wLow) && ff.is(p-2, wAs):
		kind = ff.low(p - 1)
		p -= 3
		if ff.is(p, wTo) {
			p--
		}
		if ff.is(p, wBeen) {
			p--
		}
	case ff.is(p, wOf) && levelNouns[ff.low(p-1)] != "":
		return p - 1, levelNouns[ff.low(p-1)]
	case ff.is(p, wAt):
		p--
	case ff.is(p, wTo):
		p--
		if !ff.numberBetween(max(p-3, start), p+1) && changeVerbs[ff.low(p)] == "" {
			return -1, ""
		}
	default:
		return -1, ""
	}
	if k := ff.restatedMoveBefore(p); k >= 0 {
		p = k // "fell 99.64 points, or 0.62 percent, to 15,914.74" (marketmoves.go)
	}
	for k := p; k >= start && p-k < 8; k-- {
		t := &ff.toks[k]
		if t.kind == tNum || ff.punct(k, '%') || ff.punct(k, '.') && !t.has(fSpace) {
			continue
		}
		if t.kind != tWord {
			return -1, ""
		}
		w := ff.low(k)
		switch {
		case w == "little" || w == "barely" || w == "last" || w == "percent" || w == "pct" || w == "points" ||
			levelAdjectives.has(w) || w == "changed" || w == "about" || w == "around" || w == "nearly" || w == "some" ||
			strings.HasSuffix(w, "ly") && w != "only":
			continue
		case w == "up" || w == "down" || w == "higher" || w == "lower" || w == "off":
			if mv := ff.moveVerb(k); mv != k {
				return mv, kind
			}
			continue
		case changeVerbs[w] != "" && w != "be" && w != "been" || levelVerbs.has(w) || ff.is(k, wLost) && ff.is(k+2, wPoints, wPoint):
			if ff.is(k-1, wThe, wA, wAn, wIts, wTheir, wAposS, wRsquoS) {
				return -1, "" // "the close at", "a high at": a noun
			}
			return k, kind
		}
		return -1, ""
	}
	return -1, ""
}

// levelVerbs are the verbs of a market level that the lists of change lack: "held
// steady at", "settled at", "hovering at".
var levelVerbs = newTokSet(map[string]bool{"held": true, "holding": true, "holds": true, "settled": true, "settling": true,
	"hovering": true, "hovers": true, "steadied": true, "remained": true, "remains": true, "stayed": true})

// extremeVerbs reach a high or a low: "the stock hit a record high of", "touched a
// three-week low of".
var extremeVerbs = newTokSet(map[string]bool{"hit": true, "hits": true, "hitting": true, "touched": true, "touching": true,
	"reached": true, "reaching": true, "struck": true, "plumbed": true, "marked": true, "marking": true})

// marketSubject returns the subject phrase a..b-1 of the verb at sv, or for a noun of a
// level ("a three-week high of") its possessor or the subject of the clause's verb
// before it; att is an entity after a preposition of the phrase. a is -1 when the
// phrase names no thing of the market.
func (ff *figureFinder) marketSubject(si, sv int, kind string) (a, b, att int) {
	start := ff.sents[si].start
	if levelNouns[ff.low(sv)] != "" && (ff.tok(sv) != "close" || kind == "close") {
		// the noun's possessor: "the Nikkei's high of", "Friday's low of" (a day: no owner)
		k := sv - 1
		for k > start && sv-k < 5 && ff.toks[k].kind == tWord && !ff.is(k, wAposS, wRsquoS, wIts, wTheir) && ff.toks[k].feat&lxFunc == 0 {
			k--
		}
		if ff.is(k, wAposS, wRsquoS) && ff.toks[k-1].feat&(lxDay|lxMonth|lxTimeUnit) == 0 {
			e := k - 1
			f := e
			for f > start && e-f < 4 && ff.toks[f-1].kind == tWord && ff.toks[f-1].feat&lxFunc == 0 {
				f--
			}
			if ff.marketPhrase(f, e+1) {
				return f, e + 1, -1
			}
		}
		// the clause's verb before the noun: "the dollar … hit a three-week high of"
		v := ff.verbBeforeLevel(sv, start, 20, false)
		if v < 0 {
			return -1, -1, -1
		}
		sv = v
	}
	for sv > start && ff.is(sv-1, wLast) {
		sv-- // "the dollar index last stood at": the latest quote
	}
	a, b, att = ff.subjectPhrase(si, sv)
	if j := ff.numberedName(si, sv); b <= a && j >= 0 && ff.marketName(j) {
		return j, j + 1, j // "the S&P 500 was down 6.15 points, or 0.3 percent, at 2,041.06" (marketmoves.go)
	}
	if b-a > 8 || !ff.marketPhrase(a, b) {
		return -1, -1, -1
	}
	// the phrase ends at its last word of the market or name: "the yen sprang higher
	// to stand at" is the yen's
	for b > a+1 && !ff.in(b-1, marketWords) && ff.entityOf(b-1) < 0 && !(ff.entAt[b-1] >= 0) {
		b--
	}
	return a, b, att
}

// marketPhrase reports whether tokens a..b-1 name a thing of the market: a word of
// marketWords, or an entity whose name holds one ("Nikkei", "Hang Seng Index").
func (ff *figureFinder) marketPhrase(a, b int) bool {
	if b <= a {
		return false
	}
	for k := a; k < b; k++ {
		if ff.toks[k].kind != tWord {
			continue
		}
		if ff.in(k, marketWords) {
			return true
		}
	}
	return false
}

// currencyNouns are the currencies a market report quotes a rate of by name, in the
// singular: "the yen was at 118.47 per dollar" (yen per dollar), "spot yuan was at 6.57"
// (yuan rate).
var currencyNouns = newTokSet(map[string]bool{"dollar": true, "euro": true, "yen": true, "yuan": true, "renminbi": true,
	"sterling": true, "pound": true, "franc": true, "rupee": true, "rand": true, "peso": true, "rouble": true,
	"ruble": true, "lira": true, "won": true, "ringgit": true, "rupiah": true})

// indexMeasure names a market phrase's measure m after the index or body its subject names
// (token subj, or -1): "the Varnia Composite index" is the varnia composite index's level;
// the name alone when m is empty or part of it, else the name before m.
func (ff *figureFinder) indexMeasure(m string, subj int) string {
	e := ff.entityOf(subj)
	if subj < 0 || e < 0 || ff.ents[e].typ == kg.Place || ff.ents[e].typ == kg.Person {
		return m
	}
	name := strings.ToLower(ff.entName(e))
	if m == "" || strings.HasPrefix(name, m) || strings.HasSuffix(name, m) {
		return name
	}
	if !strings.Contains(m, name) {
		return name + " " + m
	}
	return m
}

// marketExtreme names an amount of money that a noun of levelNouns measures ("a
// seven-year low of $1.4057", "Friday's low of $75.54") by what reached it, as
// marketLevel names a bare level: the possessor of the noun or the subject of the
// clause's verb, when it is a thing of the market or a company's shares ("The pound hit
// a seven-year low": pound low; "Shares hit a low of $4.50": share price low; "Gold hit
// a one-year high of $1,260.60 an ounce": gold high per ounce). It returns "" when
// measure is no such noun or nothing of the market reached it, and the subject's token.
func (ff *figureFinder) marketExtreme(n *number, measure string) (string, int) {
	base := perless(measure)
	per := measure[len(base):] // " per ounce"
	if levelNouns[lastWord(base)] == "" {
		return "", -1
	}
	sv, kind := ff.levelVerb(n)
	if sv < 0 || kind == "level" || kind == "close" {
		return "", -1
	}
	a, b, att := ff.marketSubject(n.si, sv, kind)
	if a < 0 {
		a, b, att = ff.sharesReaching(n.si, sv) // shares are no word of the market's bare levels
	}
	if a < 0 {
		return "", -1
	}
	m, subj := ff.measureWords(a, b)
	if subj < 0 {
		subj = att
	}
	m = sharePrice(ff.indexMeasure(m, subj))
	if m == "" || levelNouns[lastWord(m)] != "" {
		return "", -1
	}
	if e := ff.entityOf(subj); m == "share price" && e >= 0 && ff.ents[e].typ == kg.Place {
		subj = -1 // "The Tokyo-based company's shares": the company's, not Tokyo's
	}
	return m + " " + kind + per, subj
}

// sharesReaching returns the subject phrase of the verb before level noun sv ("Shares
// hit a low of"), when it names shares or stock; a is -1 otherwise.
func (ff *figureFinder) sharesReaching(si, sv int) (a, b, att int) {
	if v := ff.verbBeforeLevel(sv, ff.sents[si].start, 12, true); v >= 0 {
		a, b, att = ff.subjectPhrase(si, v)
		if m, _ := ff.measureWords(a, b); b > a && sharePrice(m) == "share price" {
			return a, b, att
		}
	}
	return -1, -1, -1
}

// verbBeforeLevel returns the verb of change, of level or of reaching an extreme that
// puts a clause's subject at level noun sv ("the dollar … hit a three-week high of"),
// at most reach tokens back and not past a semicolon (nor a comma, with atComma), as
// moveVerb gives it; -1 when none.
func (ff *figureFinder) verbBeforeLevel(sv, start, reach int, atComma bool) int {
	for k := sv - 1; k > start && sv-k < reach; k-- {
		if ff.punct(k, ';') || atComma && ff.punct(k, ',') {
			return -1
		}
		if ff.toks[k].kind == tWord && (changeVerbs[ff.low(k)] != "" || ff.in(k, levelVerbs) || ff.in(k, extremeVerbs)) && ff.verbHere(k, start, false) &&
			!ff.is(k-1, wThe, wA, wAn, wIts, wTheir, wAposS, wRsquoS) {
			return ff.moveVerb(k)
		}
	}
	return -1
}
