package extraction

import "github.com/factgraph/kg"

// A body's "according to" over an actor: "Obama spent almost $600 million in 2012,
// according to Federal Election Commission filings", "The plaintiff is seeking $5
// million, according to the agency". actorSource gives a figure to the entity whose act
// it is ("Mizuho slashed its target price to $150") and lets a closing "according to"
// lose to it, which is right when the actor states its own figure ("LinkedIn forecast
// revenue of $3.6 billion, …, according to …", the estimate's pollster; or "Apple
// reported earnings of $3.28"). When the actor's verb states nothing (spent, received,
// is seeking, paid, lost), the one who tells is the body named after "according to".

// ownStatementVerbs state their subject's own figure: a forecast, a report of its
// results, an announcement, a disclosure. An actor joined to its figure by one of
// these keeps it over a closing "according to".
var ownStatementVerbs = newTokSet(map[string]bool{
	"reported": true, "reports": true, "report": true, "posted": true, "posts": true,
	"booked": true, "recorded": true, "announced": true, "announces": true,
	"disclosed": true, "discloses": true, "revealed": true, "reveals": true,
	"unveiled": true, "guided": true, "sees": true, "saw": true, "estimated": true,
	"estimates": true, "expected": true, "expecting": true, "forecasting": true,
	"said": true, "says": true, "told": true, "proposed": true, "proposes": true,
	"offered": true, "offers": true, "targets": true, "targeted": true, "set": true,
	"sets": true, "raised": true, "cut": true, "lowered": true, "slashed": true,
	"lifted": true, "trimmed": true, "reiterated": true, "affirmed": true,
})

// accordingOverActor reports whether the "according to" attribution c names who tells
// the figure f rather than the actor f.actor: c names someone (not "according to state
// data", not an analysts' estimate's pollster, not a forecaster), it follows the
// figure — or opens the sentence before the actor ("According to the Financial Times,
// Aston lost $35 million") —, and no verb of stating (ownStatementVerbs, forecastVerbs)
// stands between the actor and the figure.
func (ff *figureFinder) accordingOverActor(f *figureCand, c sourceCand) bool {
	if !ff.is(c.tok, wAccording) || c.data || c.estimate || c.forecast || c.sub || c.src == "" || f.actor < 0 || f.actor >= f.tok {
		return false
	}
	if c.tok < f.tok && !(c.tok == ff.sents[ff.sentOf(c.tok)].start && c.tok < f.actor) {
		return false
	}
	if c.src == ff.actorName(f.actor) {
		return false
	}
	for k := f.actor + 1; k < f.tok; k++ {
		if w := ff.low(k); ownStatementVerbs.has(w) || forecastVerbs.has(w) {
			return false
		}
	}
	return true
}

// possessiveDocOwner reads "according to its annual report", "according to its
// website", "according to the company's filing" (the phrase a..b-1 after "according
// to" in sentence si): a document or data of "its" or of "the DESCRIPTION's" is its
// owner's word. The owner of "its" is the organization the sentence names last before
// the phrase, else the business a described subject ("The company …") stands for; of
// "the company's" the same organization, else, when "According to" opens the sentence,
// the one the description stands for (descriptionEntity). The next sentences do not share it (sourceCand.own).
// "" when the phrase is no owned document or no owner is found.
func (ff *figureFinder) possessiveDocOwner(si, a, b int) string {
	var from int
	switch {
	case ff.is(a, wIts):
		from = a + 1
	case ff.is(a, wThe) && ff.is(a+2, wAposS, wRsquoS) && (ff.in(a+1, orgDescriptors) || ff.is(a+1, wDepartment, wMinistry)):
		// "according to the department's own figures": the department named before
		from = a + 3
	default:
		return ""
	}
	if from >= b || ff.documentHead(from, b) < 0 && !ff.in(b-1, dataSources) {
		return ""
	}
	start := ff.sents[si].start
	for k := a - 1; k >= start; k-- {
		if e := ff.entityOf(k); e >= 0 {
			if ff.ents[e].typ == kg.Organization {
				return ff.entName(e)
			}
			if ff.ents[e].typ == kg.Person {
				return "" // "Smith said its report …": whose, the sentence does not say
			}
		}
	}
	if from == a+3 && a-2 == start {
		return ff.descriptionEntity("the "+ff.low(a+1), a) // "According to the company's latest report, …"
	}
	for h := start + 1; h <= start+3 && h < a; h++ {
		if d := ff.describedActor(start, h+1); d >= 0 {
			return ff.actorName(d) // "The company gets a 70 percent return, according to its annual report"
		}
	}
	return ""
}
