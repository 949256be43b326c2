package extraction

// Headline sources: a wire headline names whom its claim is from after a closing colon
// ("Bombs kill more than 140 in Syrian cities: monitor", "Yahoo hires bank to sell
// about 3,000 patents: WSJ", "Two women killed in shooting at courthouse: sheriff").
// The figures of such a headline are that source's, as the figures of a sentence that
// closes on "…, the monitor said". A colon that labels a topic ("EU migrant crisis:
// Sweden may reject …") leaves a clause after it, not a few words that name a teller.

// headlineSource returns the source the headline sentence si names after its last
// colon: at most four words, none a verb's or a number, that sourceNP reads as a teller;
// or "".
func (ff *figureFinder) headlineSource(si int) string {
	s := &ff.sents[si]
	b := s.b
	for b > s.start && ff.toks[b-1].kind == tStop {
		b--
	}
	for k := b - 1; k > s.start && b-k <= 4; k-- {
		if ff.punct(k, ':') {
			if k+1 >= b || ff.quoteOf[k+1] != 0 {
				return ""
			}
			return ff.sourceNP(k+1, b)
		}
		if ff.toks[k].kind != tWord && !ff.is(k, wAposS, wRsquoS, wApos, wRsquo) {
			return ""
		}
	}
	return ""
}
