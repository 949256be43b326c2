package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// creditRoles are the words before "by" in an agency's credit line, and whether the
// names after them reported or wrote the story (and so may file from a city) or only
// edited it: "Reporting by", "Additional reporting by", "Writing and additional
// reporting by", "Writing by A in Washington" (the writer files from Washington),
// "Editing by".
var creditRoles = map[string]bool{"reporting": true, "writing": true, "editing": false,
	"compiled": false, "research": false, "graphics": false, "production": false, "translation": false}

// newsDesks are the last words of a desk or bureau that a credit line names beside its
// reporters ("Beijing Newsroom", "Beijing Monitoring Desk"): not a person in the city.
var newsDesks = newTokSet(map[string]bool{"newsroom": true, "desk": true, "bureau": true, "staff": true})

// contributors are the job words before the names of a "contributed to this report" line
// ("Associated Press writers A and B in New Delhi contributed"): those names reported the
// story as a credit line's "Reporting by" names do.
var contributors = newTokSet(map[string]bool{"writer": true, "writers": true, "reporter": true, "reporters": true,
	"correspondent": true, "correspondents": true, "journalist": true, "journalists": true})

// reporterCities reads who reported from which city in the credit line of sentence si:
// "(Reporting by Ann Cole in Dayton and Lee Moss and Kim Ray in Lyon; Editing by …)"
// gives Cole reportsFrom Dayton, and Moss and Ray reportsFrom Lyon. The names before "in
// CITY" since the previous city, the start of the segment or a ", and" report from that
// city ("A, and B in Paris": only B); names of a writing or editing segment report from
// nowhere, and anything else between the names (a stray word, a place) drops those
// waiting, so that a name is only ever placed by a city of its own group. A "contributed to
// this report" line ("AP writers A in Cairo and B in Lyon contributed") is read the same
// way from its job word on.
func (rf *relationFinder) reporterCities(si int) {
	s := &rf.sents[si]
	var waiting []int // person entities since the last city or group break
	first := -1       // first token of the waiting group
	reporting := false
	contributed := false // a "contributed to this report" line names its reporters by a job word
	if s.kind != sCredit && !rf.sentHas(si, wContributed) {
		return // sentindex.go: the loop below would find no "contributed"
	}
	for k := s.a; k < s.b; k++ {
		if rf.is(k, wContributed) {
			contributed = true
			reporting = rf.contributorsFirst(si, k) // "A in Berlin and B in Rome contributed to this report"
			break
		}
	}
	if s.kind != sCredit && !contributed {
		return
	}
	for k := s.a; k < s.b; k++ {
		if !reporting && k > s.a && creditRoles[rf.low(k-1)] && rf.reporterAt(k) {
			reporting = true // "(Additional reporting Ann Lee in Oslo …": "by" left out
			waiting = waiting[:0]
		}
		switch {
		case rf.is(k, wBy):
			r, ok := creditRoles[rf.low(k-1)]
			if !ok && rf.is(k-1, wAnd) && reporting {
				r, ok = true, true // "Reporting by A in Bengaluru, and by B in San Francisco"
			}
			reporting = ok && r
			waiting = waiting[:0]
		case rf.in(k, contributors) && contributed:
			reporting = true // "AP writers A and B in New Delhi contributed to this report"
			waiting = waiting[:0]
		case rf.punct(k, ';') && reporting && (rf.is(k+1, wAnd) || rf.reporterAt(k+1)):
			waiting = waiting[:0] // "Reporting by A in Washington; and B in San Francisco", "…; B in Chicago; C in Rome"
		case rf.punct(k, ';') || rf.punct(k, '(') || rf.punct(k, ')'):
			reporting = false
			waiting = waiting[:0]
		case !reporting:
		case rf.entityOf(k) >= 0 && rf.ents[rf.entityOf(k)].typ == kg.Person:
			if m := &rf.mentions[rf.entAt[k]]; rf.in(m.b-1, newsDesks) {
				k = m.b - 1 // "Beijing Newsroom and Julia Love in San Francisco": the desk files from its own city
				continue
			}
			if len(waiting) == 0 {
				first = k
			}
			waiting = append(waiting, rf.entityOf(k))
			k = rf.mentions[rf.entAt[k]].b - 1
		case rf.is(k, wAnd):
		case rf.punct(k, ','):
			if rf.is(k+1, wAnd) {
				waiting = waiting[:0] // "James Pearson, and Ben Blanchard in Beijing"
			}
		case rf.is(k, wAt) && len(waiting) > 0:
			if end := rf.creditBody(k + 1); end > 0 {
				k = end - 1 // "A and B at the Acme Institute in Oslo": the group files from Oslo
				continue
			}
			waiting = waiting[:0]
		case rf.is(k, wIn) && len(waiting) > 0:
			p := rf.entityOf(k + 1)
			if p < 0 || rf.ents[p].typ != kg.Place || rf.mentions[rf.entAt[k+1]].demonym {
				waiting = waiting[:0]
				if p >= 0 {
					k = rf.mentions[rf.entAt[k+1]].b - 1 // "in RANCHO MIRAGE" mistyped: a city, never a reporter
				}
				continue
			}
			end := rf.mentions[rf.entAt[k+1]].b
			city := rf.entName(p)
			if said := rf.span(k+1, end); strings.HasSuffix(city, " of "+said) {
				city = said // "in New York" joined to "Southern District of New York"
			}
			for _, e := range waiting {
				rf.addRelation(si, rf.entName(e), "reportsFrom", city, rf.span(first, end))
			}
			waiting = waiting[:0]
			k = end - 1
			if rf.punct(end, ',') && rf.entityOf(end+1) >= 0 && rf.ents[rf.entityOf(end+1)].typ == kg.Place {
				k = rf.mentions[rf.entAt[end+1]].b - 1 // "in Kansas City, Missouri"
			}
		default:
			waiting = waiting[:0]
		}
	}
}

// creditBody returns the end of "[the] ORGANIZATION" at token k when "in" and a place
// follow it ("at the United Nations in New York"), else 0: the body is where the group
// worked, in the city named next; a body with no city after it places no one.
func (rf *relationFinder) creditBody(k int) int {
	if rf.is(k, wThe) {
		k++
	}
	e := rf.entityOf(k)
	if e < 0 || rf.ents[e].typ != kg.Organization {
		return 0
	}
	end := rf.mentions[rf.entAt[k]].b
	if p := rf.entityOf(end + 1); !rf.is(end, wIn) || p < 0 || rf.ents[p].typ != kg.Place {
		return 0
	}
	return end
}

// contributorsFirst reports whether the "contributed" at token c closes a line that
// names its reporters without a job word: it opens with a person ("A in Berlin and B
// and C in Rome contributed to this report", "D in Miami also contributed") and ends
// with "contributed", "contributed to this report|story|article" or "contributed
// reporting". Prose with "contributed" ("Lee, who contributed $500 to the fund in Rome")
// is left alone.
func (rf *relationFinder) contributorsFirst(si, c int) bool {
	s := &rf.sents[si]
	a := s.start
	if a < s.b && rf.toks[a].kind == tDash {
		a++ // "—Ann Lee contributed to this article."
	}
	if !rf.reporterAt(a) {
		return false
	}
	k := c + 1
	switch {
	case rf.is(k, wReporting):
		k++
	case rf.is(k, wTo) && rf.is(k+1, wThis, wThe) && rf.is(k+2, wReport, wStory, wArticle):
		k += 3
	}
	return k == s.b || k == s.b-1 && rf.toks[k].kind == tStop
}

// reporterAt reports whether a Person's mention opens at token k (a mention that lost its
// entity is none).
func (rf *relationFinder) reporterAt(k int) bool {
	e := rf.entityOf(k)
	return e >= 0 && rf.ents[e].typ == kg.Person && rf.mentions[rf.entAt[k]].a == k
}
