package extraction

import "github.com/factgraph/kg"

// Authored documents: a sentence that gives its figures "in a report issued by" a named
// author, "in a report from" one, from "the projection by" one or "by" its own count,
// with no verb of saying or showing, is that author's ("In a report issued by the Harlow
// Institute, the city lost 12,000 jobs"; "In a report from the Kelso Institute, 44
// percent of households lacked broadband"; "The projection by the Kelso Forum assumes a
// loss of 7.1 million jobs"; "By the Tolland Monitor's count, 77 people were wounded").

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
// at most three words of when before "by" ("issued last month by"), "from" for "by"
// ("a letter from", "an estimate from"); or a document of a name's possessive after a
// preposition (tallyOwner). It returns "", -1 when there is none: "a report by
// researchers" names no one, "a report from Baghdad" no author.
func (ff *figureFinder) documentByAuthor(si int) (string, int) {
	s := &ff.sents[si]
	for k := s.start + 1; k < s.b; k++ {
		if !ff.in(k, authoredNouns) || ff.toks[k].kind != tWord || ff.toks[k].has(fCap) || ff.quoteOf[k] != 0 || ff.entityOf(k) >= 0 {
			continue
		}
		if src := ff.tallyOwner(k); src != "" {
			return src, k // "By the Tolland Monitor's count, 77 people were wounded"
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
		if j >= s.b-1 || !ff.is(j, wBy, wFrom) || ff.is(j, wFrom) && ff.namedMentionAt(j+1) == nil && !(ff.is(j+1, wThe) && ff.namedMentionAt(j+2) != nil) {
			continue // "a report by", "a letter from" a name; not "a forecast from a Thomson Reuters survey"
		}
		src := ff.sourceNP(j+1, ff.agentEnd(j+1, s.b))
		if t := ff.typeOfName(src); t == kg.Person || t == kg.Organization {
			return src, k
		}
	}
	return "", -1
}

// tallyOwner returns the person or organization whose document the noun at k is, when a
// possessive names them and a preposition opens the phrase, set off as the sentence's
// frame (it opens the sentence or follows a comma): "By the Tolland Monitor's count, …",
// "…, under Kestrel's latest tally", "In the Kelso Institute's report, …"; at most one
// lower-case word or number between the possessive and the noun. "" otherwise: "the
// Tolland Monitor's count" as a subject is what the sentence says of it, and "its
// count" names no one.
func (ff *figureFinder) tallyOwner(k int) string {
	p := k - 1
	if t := &ff.toks[p]; (t.kind == tWord && !t.has(fCap) || t.kind == tNum) && !ff.owner(p) {
		p-- // "Kestrel's latest tally", "the institute's 2015 report"
	}
	if p < 1 || !ff.owner(p) {
		return ""
	}
	mi := ff.entAt[p-1]
	if mi < 0 || ff.mentions[mi].ent < 0 || ff.mentions[mi].b != p {
		return ""
	}
	e := ff.mentions[mi].ent
	if t := ff.ents[e].typ; t != kg.Person && t != kg.Organization {
		return ""
	}
	a := ff.mentions[mi].ta
	if ff.is(a-1, wThe) {
		a--
	}
	if !ff.is(a-1, wBy, wUnder, wIn, wOn) || a-1 != ff.sents[ff.sentOf(a-1)].start && !ff.punct(a-2, ',') {
		return "" // not "a decade younger than the average fan in the Jockey Club's study"
	}
	return ff.entName(e)
}
