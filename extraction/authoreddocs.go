package extraction

import "github.com/factgraph/kg"

// Authored documents: a sentence that gives its figures "in a report issued by" a named
// author, or from "the projection by" one, with no verb of saying or showing, is that
// author's ("In a report issued by the Harlow Institute, the city lost 12,000 jobs";
// "The projection by the Kelso Forum assumes a loss of 7.1 million jobs").

// authoredNouns are the documents documentByAuthor reads (polls and surveys are
// pollsources.go's).
var authoredNouns = newTokSet(map[string]bool{"report": true, "study": true, "analysis": true,
	"review": true, "audit": true, "assessment": true, "projection": true, "projections": true,
	"estimate": true, "estimates": true, "tally": true, "count": true, "statement": true,
	"filing": true, "memo": true, "letter": true, "paper": true, "investigation": true,
	"forecast": true, "forecasts": true, "ranking": true, "index": true})

// authoringParticiples may stand between a document and its "by": "a report issued by".
var authoringParticiples = newTokSet(map[string]bool{"issued": true, "released": true,
	"published": true, "posted": true, "compiled": true, "conducted": true, "prepared": true,
	"commissioned": true, "filed": true, "written": true})

// documentByAuthor returns the author of the first document sentence si names with "by"
// and a person's or organization's name, and the document's token: a lower-case noun of
// authoredNouns after a determiner within four words ("a report", "the latest
// estimate", "its 2015 review"), then "by", or a participle of authoringParticiples and
// at most three words of when before "by" ("issued last month by"). It returns "", -1
// when there is none: "a report by researchers" names no one.
func (ff *figureFinder) documentByAuthor(si int) (string, int) {
	s := &ff.sents[si]
	for k := s.start + 1; k < s.b-2; k++ {
		if !ff.in(k, authoredNouns) || ff.toks[k].kind != tWord || ff.toks[k].has(fCap) || ff.quoteOf[k] != 0 || ff.entityOf(k) >= 0 {
			continue
		}
		det := false
		for d := k - 1; d >= s.start && k-d <= 4; d-- {
			if ff.is(d, wA, wAn, wThe, wIts, wTheir, wHis, wHer) {
				det = true
				break
			}
			if ff.toks[d].kind != tWord && ff.toks[d].kind != tNum {
				break
			}
		}
		if !det {
			continue
		}
		j := k + 1
		if ff.in(j, authoringParticiples) {
			j++
			for n := 0; n < 3 && j < s.b && !ff.is(j, wBy) && ff.toks[j].kind == tWord && !ff.punct(j, ','); n++ {
				j++
			}
		}
		if !ff.is(j, wBy) {
			continue
		}
		src := ff.sourceNP(j+1, ff.agentEnd(j+1, s.b))
		if t := ff.typeOfName(src); t == kg.Person || t == kg.Organization {
			return src, k
		}
	}
	return "", -1
}
