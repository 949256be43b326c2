package extraction

import "github.com/factgraph/kg"

// Revised forecasts: whoever raises, cuts or keeps its own forecast, estimate or price
// target states the figures it gives it ("Harlow Securities cut its price target on the
// stock to $21 from $90"; "The company raised its full-year revenue forecast to $8.1
// billion"; "Vale Advisors lowered its estimate of hiring by 59,000 jobs"), as a
// forecaster does: for the figures after the verb in its clause (forecastReach), and
// not for the next sentences.

// forecastRevisions change, or hold to, a forecast.
var forecastRevisions = newTokSet(map[string]bool{"raised": true, "raises": true, "lowered": true,
	"lowers": true, "cut": true, "cuts": true, "slashed": true, "slashes": true, "trimmed": true,
	"trims": true, "boosted": true, "boosts": true, "hiked": true, "halved": true, "reduced": true,
	"increased": true, "lifted": true, "revised": true, "revises": true, "maintained": true,
	"reiterated": true, "reaffirmed": true, "narrowed": true, "pared": true})

// revisedHeads head the forecast a revision verb's object names.
var revisedHeads = newTokSet(map[string]bool{"forecast": true, "forecasts": true, "estimate": true,
	"estimates": true, "projection": true, "projections": true, "outlook": true, "guidance": true,
	"target": true, "targets": true, "prediction": true, "predictions": true})

// revisedForecast returns who revises a forecast of its own at token k of sentence si,
// a verb of forecastRevisions whose object opens on "its", "their", "his" or "her" and is
// headed, within five words, by a word of revisedHeads: the verb's subject, a person's
// or organization's name, a pronoun that stands for one or "the company"
// (forecasterBefore), else the name that opens the sentence before an aside ("Kestrel,
// which rates the stock 'buy', raised its price target"), or the name a relative
// clause stands beside ("…, said Ann Roe, who cut her target to $70"). It returns ""
// otherwise: "Wedbush analysts raised their price target" (no name the article gives a
// kind), "led economists to cut their estimates", "raised its dividend", "Vale and
// Harlow raised their targets" (two forecasters, each its own figure).
func (ff *figureFinder) revisedForecast(si, k int) string {
	if !ff.in(k, forecastRevisions) || ff.toks[k].kind != tWord || ff.toks[k].has(fCap) || ff.quoteOf[k] != 0 || !ff.is(k+1, wIts, wTheir, wHis, wHer) {
		return ""
	}
	s := &ff.sents[si]
	h := k + 2
	for h < s.b && h-k <= 6 && ff.toks[h].kind == tWord && !ff.in(h, revisedHeads) {
		h++
	}
	if h >= s.b || !ff.in(h, revisedHeads) {
		return ""
	}
	if ff.is(k-1, wWho, wWhich) {
		return ff.appositiveSpeaker(k-1, s.start)
	}
	if src, ok := ff.revisionOpening(si, k); ok {
		return src
	}
	a := k
	for a > s.start && k-a < 10 && !ff.punct(a-1, ',') && !ff.punct(a-1, ';') && ff.toks[a-1].kind != tCloseQ && ff.toks[a-1].kind != tDash && !ff.is(a-1, wThat, wAnd, wBut, wWhile) {
		a--
	}
	if ff.is(a-1, wAnd) && !ff.punct(a-2, ',') {
		return "" // "Vale and Harlow raised their price targets": the last of a list, whose targets differ
	}
	e, neg := ff.tellerEnd(a, k)
	if neg || e <= a || !ff.forecasterBefore(e-1) {
		return ""
	}
	src := ff.sourceNP(a, e)
	if t := ff.typeOfName(src); t != kg.Person && t != kg.Organization {
		return ""
	}
	return src
}

// revisionOpening reads the reviser of a forecast whose verb at token k closes an aside
// after the sentence's opening, a comma and at most two adverbs before it: the opening
// name ("Kestrel, which rates the stock 'buy', raised its price target"), the organization
// whose short name opens the sentence with no mention of its own ("Kestrel" after
// "Kestrel Securities": openingAlias), or the story's company a description stands for
// ("The company, which makes displays, also cut its profit estimate": describedOpening).
// ok is false when no such comma stands before the verb.
func (ff *figureFinder) revisionOpening(si, k int) (string, bool) {
	s := &ff.sents[si]
	j := k - 1
	for j > s.start && k-j <= 2 && ff.toks[j].kind == tWord && !ff.toks[j].has(fCap) && ff.in(j, tellerAdverbs) && !ff.is(j, wHave, wHas, wHad) {
		j-- // "…, also cut its estimate"
	}
	if !ff.punct(j, ',') {
		return "", false
	}
	if src := ff.openingName(si, k); src != "" {
		return src, true
	}
	if c := ff.openingComma(si, k); c > s.start {
		if e := ff.openingAlias(s.start, c); e >= 0 {
			return ff.entName(e), true
		}
	}
	return ff.describedOpening(si, k), true
}
