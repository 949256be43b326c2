package extraction

// A figure whose own noun phrase a passive participle of expectation closes, with its
// agent ("That beat the 10.5 percent rise expected by analysts", "short of the $2 billion
// forecast by the ministry"), is the agent's figure, whoever the sentence or its
// paragraph quotes: the reduced relative binds the agent to that phrase alone, so the
// figures of the rest of the sentence keep their source.

// expectedParticiples are the participles of expectation whose "by" names the one who
// expects a figure.
var expectedParticiples = newTokSet(map[string]bool{"expected": true, "forecast": true, "forecasted": true,
	"predicted": true, "projected": true, "anticipated": true})

// expectedByAgent returns the agent of the participle of expectation that closes the
// noun phrase of the figure at token tok, within five words after it and before end
// ("10.5 percent rise expected by analysts"); "" when none does, when a comma, a stop, a
// quotation or a function word comes first, or when the participle follows a form of
// "be" (a clause's passive verb: "sales were expected by analysts to …" is read as before).
func (ff *figureFinder) expectedByAgent(tok, end int) string {
	for k := tok + 1; k < end && k <= tok+5; k++ {
		t := &ff.toks[k]
		if t.kind != tWord || ff.quoteOf[k] != 0 {
			return ""
		}
		if ff.in(k, expectedParticiples) {
			if !ff.is(k+1, wBy) || ff.is(k-1, wIs, wAre, wWas, wWere, wBe, wBeen, wBeing) {
				return ""
			}
			e := ff.agentEnd(k+2, end)
			if ff.is(e, wTo) {
				return "" // "a rise expected by analysts to slow": what the infinitive says
			}
			return ff.sourceNP(k+2, e)
		}
		if t.feat&lxFunc != 0 && !ff.is(k, wPer) {
			return ""
		}
	}
	return ""
}
