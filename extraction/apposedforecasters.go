package extraction

import "github.com/factgraph/kg"

// apposedForecaster returns the forecaster of a forecast verb at token k that follows a
// comma, the close of an apposition or a relative clause after its subject's name, as
// "…, said" has it (appositiveSpeakerAt, openingName): "Mina Sorel, head of research at
// Acme, forecast 40 deals", "Acme, which makes chips, predicted a 9 percent rise"; a
// person or an organization, or "" (not "Sales rose 5 percent, forecast to …", where
// no name opens the segment before the comma).
func (ff *figureFinder) apposedForecaster(si, k int) string {
	start := ff.sents[si].start
	src, at := ff.appositiveSpeakerAt(ff.titleComma(k-1), start)
	if o := ff.openingName(si, k); o != "" && (src == "" || at > start && !ff.finiteWithin(start, k)) {
		// a long apposition, or one with a name inside it: "Ann Roe, head of research at
		// Acme, the group's analysis arm, forecast" is Roe's
		src = o
	}
	if t := ff.typeOfName(src); t != kg.Person && t != kg.Organization {
		return ""
	}
	return src
}

// beforeParenthesis returns where a short parenthesis opens when it closes right before
// token e and opens after token a, an acronym or a ticker after a forecaster's name ("The
// Harlow Farm Agency (HFA) forecasts", "Acme Corp (ACM.N) forecast"), so that the name
// ends before it; or e itself.
func (ff *figureFinder) beforeParenthesis(a, e int) int {
	if !ff.punct(e-1, ')') {
		return e
	}
	for j := e - 2; j > a && e-j <= 6; j-- {
		if ff.punct(j, '(') {
			return j
		}
	}
	return e
}
