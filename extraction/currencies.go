package extraction

import "strings"

// Currencies named after an amount: a currency word ("3 billion euros", "900 reais") or a
// country's word before it ("2 million Swiss francs", "86 million Canadian dollars",
// data/figures.txt currency-phrases). "pounds" is money unless what stands around it says
// weight (poundsWeight): "almost 70 pounds (32 kg) of cocaine", "weighs 180 pounds",
// "between three and eight pounds heavier" are weights in pounds (unit-dimensions).

var currencyPhrases = wordValues("currency-phrases")

// currencyAfter reads the currency named at token k after number n: its code and the
// token after its words, or "" when none is named there.
func (ff *figureFinder) currencyAfter(n *number, k int) (string, int) {
	b := ff.sents[n.si].b
	if k >= b || ff.toks[k].kind != tWord {
		return "", k
	}
	p := ff.low(k)
	for w := 1; w < 3 && k+w < b && ff.toks[k+w].kind == tWord; w++ {
		p += " " + ff.low(k+w)
		if u, ok := currencyPhrases[p]; ok {
			return u, k + w + 1
		}
	}
	u, ok := currencyWords[ff.low(k)]
	if !ok || u == "GBP" && ff.poundsWeight(n, k) {
		return "", k
	}
	return u, k + 1
}

// weightWords in a sentence say that its pounds weigh: "weighs 180 pounds", "eight
// pounds heavier"; so does a weight class ("the featherweight (145 pounds) champion").
var weightWords = newTokSet(map[string]bool{"weigh": true, "weighs": true, "weighed": true, "weighing": true,
	"weight": true, "weights": true, "heavier": true, "lighter": true})

// poundsWeight reports whether "pounds" at token k after number n weighs rather than
// pays: a conversion in brackets to a unit of weight ("70 pounds (32 kg)"); a weight word
// in the sentence ("weighs", "heavier"; within four words of the amount when it is in
// millions); or, for an amount under a million, "of" and a thing it is of ("4,000 pounds
// of cargo", not "of his own money"). A conversion to money ("300 pounds ($433)") pays.
func (ff *figureFinder) poundsWeight(n *number, k int) bool {
	s := &ff.sents[n.si]
	if ff.punct(k+1, '(') {
		if ff.punct(k+2, '$') {
			return false
		}
		for j := k + 2; j < s.b && j <= k+5 && !ff.punct(j, ')'); j++ {
			w := strings.TrimPrefix(ff.low(j), "-")
			if unitDimensions[w] == "weight" {
				return true // "70 pounds (32 kg)", "(13.6-kilogram)"
			}
		}
	}
	scaled := n.v >= 1e6 || k > 0 && scaleWords[ff.low(k-1)] != 0
	lo, hi := s.start, s.b
	if scaled {
		lo, hi = max(s.start, n.qa-4), min(s.b, k+5)
	}
	for j := lo; j < hi; j++ {
		if ff.toks[j].kind == tWord && (ff.in(j, weightWords) || strings.HasSuffix(ff.low(j), "weight")) {
			return true
		}
	}
	if !scaled && ff.is(k+1, wOf) && k+2 < s.b {
		t := &ff.toks[k+2]
		return t.kind == tWord && !t.has(fCap) && t.feat&(lxFunc|lxPronoun) == 0 && !moneyNouns[ff.low(k+2)]
	}
	return false
}

// hyphenedScaledCurrency reads the scaled currency of scaledCurrency hyphened to the
// number before it, one word with it: "a 3-billion-euro fund", "a 10.3-billion-pound
// bid". k is the token after the number, the hyphen.
func (ff *figureFinder) hyphenedScaledCurrency(k int) (string, float64) {
	if k < 1 || k+1 >= len(ff.toks) || !ff.punct(k, '-') || ff.toks[k-1].kind != tNum || ff.toks[k].has(fSpace) || ff.toks[k].s != ff.toks[k-1].e || ff.toks[k+1].s != ff.toks[k].e {
		return "", 0
	}
	return ff.scaledCurrency(k + 1)
}

// scaledCurrencyAt reports whether token k is a scaled currency (scaledCurrency): "billion-euro".
func (ff *figureFinder) scaledCurrencyAt(k int) bool {
	u, _ := ff.scaledCurrency(k)
	return u != ""
}

// moneyNouns are what an amount of pounds pays for or is, not what it weighs.
var moneyNouns = map[string]bool{"money": true, "cash": true, "funding": true, "funds": true, "debt": true,
	"debts": true, "damages": true, "savings": true, "investment": true, "investments": true, "spending": true,
	"revenue": true, "revenues": true, "sales": true, "assets": true, "shares": true, "stock": true,
	"bonds": true, "income": true, "tax": true, "taxes": true, "profit": true, "profits": true, "losses": true,
	"fines": true, "compensation": true, "aid": true, "loans": true, "credit": true, "payments": true}

// scaledCurrency reads a scale hyphened to a currency in one word at token k, as a
// modifier after the number: "a 130 million-pound deal", "a 2 billion-euro loan". It
// returns the currency and the scale, or "" when the word is no such compound.
func (ff *figureFinder) scaledCurrency(k int) (string, float64) {
	if k >= len(ff.toks) || ff.toks[k].kind != tWord || ff.toks[k].has(fCap) {
		return "", 0
	}
	scale, cur, ok := strings.Cut(ff.low(k), "-")
	sc := scaleWords[scale]
	if !ok || sc == 0 {
		return "", 0
	}
	if u := currencyWords[cur]; u != "" {
		return u, sc
	}
	return currencyWords[cur+"s"], sc
}
