package extraction

// Estimate polls: an analysts' estimate the sentence gives with the poll that gathered it
// right after, with no "according to" ("missing the average forecast of 5.5 billion in a
// Reuters poll", "above an average forecast of 408 billion won from a Thomson Reuters
// survey of 25 analysts", "the 599 billion won average of 23 analyst estimates in a
// Thomson Reuters survey", "the forecast of 5 cents from analysts surveyed by Thomson
// Reuters"), is the pollster's, whoever tells the rest of the sentence: the company's
// result before the comparison keeps its teller. pollsources.go leaves sentences of
// estimates alone; attribution_estimates.go reads the pollster after "according to".

// estimatePollster returns the pollster of the figure at token tok (its words open at
// qa) when the figure is the poll's size ("a Reuters survey of 25 analysts"), or when the figure is an estimate — a word of estimating within four words before
// it ("forecast of", "average estimate of") or between it and the poll ("599 billion won
// average of 23 analyst estimates") — and the poll follows in the same phrase: "in" or
// "from" a poll or survey whose words name an organization, or analysts "polled",
// "surveyed" or "compiled" by one. "" when a mark, a comparison or a conjunction comes
// first, within fourteen words, or before end.
func (ff *figureFinder) estimatePollster(tok, qa, end int) string {
	if qa <= 0 || qa > tok || tok-qa > 4 {
		qa = tok // no hedge read
	}
	if qa > 0 && ff.toks[qa-1].kind == tPunct && !ff.punct(qa-1, ',') {
		qa-- // "$3.2 billion": the currency's sign
	}
	if ff.is(tok+1, wAnalysts, wEconomists) && pollSize(ff.doc, qa) {
		// "a Thomson Reuters survey of 25 analysts": the poll's own size
		for j := qa - 3; j >= 0 && j >= qa-12 && ff.toks[j].kind != tStop && !ff.punct(j, ','); j-- {
			if ff.is(j, wIn, wFrom, wBy, wA, wAn) {
				return ff.pollsterIn(j+1, qa-2)
			}
		}
		return ""
	}
	estimate := false
	for k := qa - 1; k >= 0 && k >= qa-4; k-- {
		if ff.toks[k].kind != tWord || ff.quoteOf[k] != 0 {
			break
		}
		if ff.in(k, estimateWords) || ff.in(k, analystWords) {
			estimate = true
			break
		}
	}
	for j := tok + 1; j < end && j <= tok+14; j++ {
		t := &ff.toks[j]
		if t.kind == tStop || ff.quoteOf[j] != 0 || ff.punct(j, ',') || ff.punct(j, ';') || ff.in(j, comparisonWords) || ff.is(j, wAnd, wBut, wWhile, wWhich, wThat) {
			return ""
		}
		if ff.in(j, estimateWords) || ff.is(j, wAverage) {
			estimate = true
			continue
		}
		if ff.is(j, wPolled, wSurveyed, wCompiled) && ff.is(j+1, wBy) {
			if !estimate {
				return ""
			}
			return ff.pollsterIn(j+2, ff.agentEnd(j+2, end)) // "analysts surveyed by Thomson Reuters"
		}
		if !ff.is(j, wIn, wFrom) {
			continue
		}
		for n := j + 1; n < end && n <= j+9 && (ff.toks[n].kind == tWord || ff.entAt[n] >= 0); n++ {
			if ff.is(n, wPoll, wSurvey) && ff.entityOf(n) < 0 {
				if !estimate {
					return ""
				}
				return ff.pollsterIn(j+1, n) // "in a Reuters poll", "from a Thomson Reuters survey"
			}
		}
	}
	return ""
}
