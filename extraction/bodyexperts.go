package extraction

import "github.com/factgraph/kg"

// Body experts: a forecast verb whose subject is a body's staff named by their kind
// right after the body's name ("Trepp analysts predicted two-thirds of the banks …",
// "Oxford University researchers predicted in 2013 that 47 percent of jobs …") is the
// body's forecast, as "Trepp predicted" would be: the figures are the body's, as
// analysts' figures are credited to their firm. Only the kinds of data/quotes.txt
// [body-experts], plural, after the last word of an organization's name; not a
// person's ("Smith researchers") nor a place's ("Ohio economists": a description).

// bodyExperts are the staff nouns a body forecasts through.
var bodyExperts = newTokSet(wordSet("body-experts"))

// bodyExpertsAt reports whether token j is a body's experts: a noun of bodyExperts
// right after the last word of an organization's name.
func (ff *figureFinder) bodyExpertsAt(j int) bool {
	if !ff.in(j, bodyExperts) || ff.entityOf(j) >= 0 || ff.quoteOf[j] != 0 {
		return false
	}
	e := ff.entityOf(j - 1)
	return e >= 0 && ff.ents[e].typ == kg.Organization && !ff.mentions[ff.entAt[j-1]].demonym
}
