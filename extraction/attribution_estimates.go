package extraction

// Estimates a result is measured against: a results story gives the company's figure and
// then the analysts' estimate it beat or missed, "according to" the firm that polls the
// analysts ("Revenue rose to $5.2 billion, beating the average analyst estimate of $5.1
// billion, according to Thomson Reuters I/B/E/S"). The pollster is the source of the
// estimate, not of the company's result before it, nor of the next sentences of the
// paragraph, which go on with the company's own figures.

// comparisonWords open the phrase that measures a result against an estimate: "compared
// with", "beating", "missing", "below", "short of", "ahead of", "than".
var comparisonWords = newTokSet(map[string]bool{"compared": true, "comparing": true, "beating": true,
	"beat": true, "beats": true, "missing": true, "missed": true, "misses": true,
	"below": true, "above": true, "short": true, "ahead": true, "topping": true,
	"topped": true, "tops": true, "exceeding": true, "exceeded": true, "than": true,
	"versus": true, "vs": true, "vs.": true, "against": true, "lagging": true,
	"trailing": true, "surpassing": true})

// estimateReach reads the "according to" at token k of sentence si: estimate reports
// whether it closes what analysts expect (a word of expecting or "analysts" between it
// and the comparison that opens its phrase, or the sentence's start), and from is that
// comparison word, from which on the attribution holds (-1 when the sentence compares
// nothing: "Analysts had expected $1.08 billion, according to …" is the pollster's
// whole).
func (ff *figureFinder) estimateReach(si, k int) (estimate bool, from int) {
	s := &ff.sents[si]
	from = -1
	for x := k - 1; x >= s.start; x-- {
		if ff.punct(x, ';') || ff.toks[x].kind == tStop || ff.quoteOf[x] != 0 {
			break
		}
		if ff.toks[x].kind != tWord {
			continue
		}
		w := ff.low(x)
		if analystWords.has(w) || w == "analyst" || w == "analysts" {
			estimate = true
		}
		if comparisonWords.has(w) {
			if estimate && !ff.passiveEstimate(s.start, x) {
				from = x
			}
			break
		}
	}
	return estimate, from
}

// passiveEstimate reports whether the words from token a to b (exclusive) hold an
// estimate told in the passive, "profits are forecast to be up 8.4 percent", whose
// forecaster is the pollster the sentence closes on: then both sides of the comparison
// are its estimates. "IBM forecast earnings of $13.50" is IBM's own.
func (ff *figureFinder) passiveEstimate(a, b int) bool {
	for x := a + 1; x < b; x++ {
		if ff.in(x, analystWords) && ff.is(x-1, wIs, wAre, wWas, wWere, wBe, wBeen) {
			return true
		}
	}
	return false
}

// beforeEstimate drops from cands the "according to" of an estimate whose comparison
// opens after token tok: the result a sentence measures against the estimate is not
// the pollster's ("Revenue rose to $5.2 billion, beating the average analyst estimate
// of $5.1 billion, according to Thomson Reuters I/B/E/S": $5.2 billion is no
// estimate). It returns cands itself when it drops nothing.
func beforeEstimate(cands []sourceCand, tok int) []sourceCand {
	drop := false
	for _, c := range cands {
		drop = drop || c.estimateFrom > tok
	}
	if !drop {
		return cands
	}
	kept := make([]sourceCand, 0, len(cands))
	for _, c := range cands {
		if c.estimateFrom <= tok {
			kept = append(kept, c)
		}
	}
	return kept
}
