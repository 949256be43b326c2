package extraction

import "github.com/factgraph/kg"

// Reporters' lines under a story that the agency credit line (credits.go) does not
// cover: where a reporter filed from, "Berman reported from Washington.", "Bomey
// reported from Washington and Woodyard from Los Angeles.", "Outlet's Ann Lee reported
// from Nairobi, and Outlet's Bo Kim reported and wrote from Atlanta.", "Ann Lee
// contributed to this report from Albuquerque, New Mexico."; and an author line that
// names the reporter's outlet by what they cover, "Dana Ruiz covers energy for the
// Harbor Courier" (the outlet may be typed Other upstream: "FOX Sports", "The Fix"), "Lee Vance writes about politics for The Ledger", "Ross Ebbing
// reports on transport for the Courier from Houston".

// newsroomJobs are the job words that may stand before a reporter's name in such a line
// ("staff writer Pearce reported from Los Angeles").
var newsroomJobs = newTokSet(map[string]bool{"reporter": true, "correspondent": true, "writer": true,
	"editor": true, "producer": true, "journalist": true, "photographer": true, "columnist": true})

// reportedFrom reads sentence si when it is nothing but reporters and the places they
// filed from: groups of "[OUTLET's] [job words] NAME[, NAME][ and NAME] reported|wrote|
// reported and wrote|contributed to this report from PLACE[, PLACE]", joined by ",",
// ";" and "and", where a later group may leave its verb out ("and Woodyard from Los
// Angeles"). Each name reportsFrom its group's place, and a reporter named after an
// outlet's possessive is its reporter. Anything else in the sentence (a clause, a time,
// a place that is not the whole phrase) and nothing is read, so that prose such as
// "deaths were reported from the district" or "Lee reported from Iraq for a decade"
// stays prose.
func (rf *relationFinder) reportedFrom(si int) {
	s := &rf.sents[si]
	type group struct {
		who       []int
		owner     int
		place     int
		a, b, cut int // the group's tokens, and the end of its place's first name
	}
	var groups []group
	k := s.start
	for {
		g := group{owner: -1, a: k}
		if e := rf.entityOf(k); e >= 0 && rf.ents[e].typ == kg.Organization && rf.mentions[rf.entAt[k]].a == k {
			if end := rf.mentions[rf.entAt[k]].b; rf.owner(end) {
				g.owner, k = e, end+1 // "CNN's Ann Lee"
			}
		}
		j := k
		for j < s.b && j-k < 3 && rf.entityOf(j) < 0 && rf.toks[j].kind == tWord && !rf.is(j, wAnd) {
			j++
		}
		if j > k && rf.in(j-1, newsroomJobs) {
			k = j // "Special correspondent Hansen", "staff writer Pearce"
		}
		for rf.reporterAt(k) {
			g.who = append(g.who, rf.entityOf(k))
			k = rf.mentions[rf.entAt[k]].b
			if rf.is(k, wAnd) && rf.reporterAt(k+1) || rf.punct(k, ',') && rf.reporterAt(k+1) {
				k++
				continue
			}
			break
		}
		if len(g.who) == 0 {
			return
		}
		switch {
		case rf.is(k, wReported) && rf.is(k+1, wAnd) && rf.is(k+2, wWrote):
			k += 3
		case rf.is(k, wReported, wWrote):
			k++
		case rf.is(k, wContributed) && rf.is(k+1, wTo) && rf.is(k+2, wThis, wThe) && rf.is(k+3, wReport, wStory, wArticle):
			k += 4
		case len(groups) > 0 && rf.is(k, wFrom): // "… and Woodyard from Los Angeles"
		default:
			return
		}
		if !rf.is(k, wFrom) {
			return
		}
		p := rf.entityOf(k + 1)
		if p < 0 || rf.ents[p].typ != kg.Place || rf.mentions[rf.entAt[k+1]].a != k+1 || rf.mentions[rf.entAt[k+1]].demonym {
			return
		}
		g.place = p
		k = rf.mentions[rf.entAt[k+1]].b
		g.cut = k
		if rf.punct(k, ',') && rf.entityOf(k+1) >= 0 && rf.ents[rf.entityOf(k+1)].typ == kg.Place {
			k = rf.mentions[rf.entAt[k+1]].b // "from Flagstaff, Arizona"
		}
		g.b = k
		groups = append(groups, g)
		if k >= s.b || k == s.b-1 && rf.toks[k].kind == tStop || rf.reporterAt(k) && rf.toks[k-1].has(fAbbr) {
			break // the end, or a run-on after "S.C." that the credit reader reads
		}
		if rf.punct(k, ',') || rf.punct(k, ';') {
			k++
		}
		if rf.is(k, wAnd) {
			k++
		}
	}
	for _, g := range groups {
		for _, e := range g.who {
			rf.addRelation(si, rf.entName(e), "reportsFrom", rf.entName(g.place), rf.span(g.a, g.cut))
			if g.owner >= 0 {
				rf.addRelation(si, rf.entName(e), "reporterOf", rf.entName(g.owner), rf.span(g.a, g.cut))
			}
		}
	}
}

// beatVerbs are the verbs of an author line that tell a reporter's beat, with the role
// the line gives: "covers" and "reports on" a reporter's, "writes about" a writer's.
var beatVerbs = map[string]string{"covers": "reporterOf", "reports": "reporterOf", "writes": "writerOf"}

// authorLine reads an author line, a sentence that opens its paragraph with a person
// and a verb of the beat, then the beat and "for [the] OUTLET": "Dana Ruiz covers energy
// for the Harbor Courier." The outlet must close the sentence or be followed only by
// "from PLACE" (the reporter's place: reportsFrom), its possessive ("for the Courier's
// business desk"), a comma or "and" — so that "writes about the need for Congress to
// act" names no employer. The beat takes at most twelve words and no sentence mark.
func (rf *relationFinder) authorLine(si int) {
	s := &rf.sents[si]
	a := s.start
	if a != s.a || !rf.reporterAt(a) || a > 0 && !rf.toks[a].has(fPara|fLine) {
		return
	}
	who := rf.entityOf(a)
	v := rf.mentions[rf.entAt[a]].b
	pred := beatVerbs[rf.low(v)]
	if pred == "" {
		return
	}
	k := v + 1
	for ; k < s.b && k <= v+13 && !rf.is(k, wFor); k++ {
		if rf.toks[k].kind == tStop || rf.punct(k, ';') || rf.punct(k, ':') || rf.quoteOf[k] != 0 {
			return
		}
	}
	if !rf.is(k, wFor) || k == v+1 {
		return
	}
	k++
	if rf.is(k, wThe) && rf.entityOf(k) < 0 {
		k++ // "for the Courier"; "for The Washington Post" may hold its article
	}
	o := rf.entityOf(k)
	if o < 0 || rf.ents[o].typ != kg.Organization && rf.ents[o].typ != kg.Other || rf.mentions[rf.entAt[k]].a != k {
		return
	}
	end := rf.mentions[rf.entAt[k]].b
	var place = -1
	switch {
	case end >= s.b || end == s.b-1 && rf.toks[end].kind == tStop:
	case rf.owner(end) || rf.punct(end, ',') || rf.is(end, wAnd):
	case rf.is(end, wFrom):
		p := rf.entityOf(end + 1)
		if p < 0 || rf.ents[p].typ != kg.Place || rf.mentions[rf.entAt[end+1]].demonym {
			return
		}
		place = p
	default:
		return
	}
	rf.addRelation(si, rf.entName(who), pred, rf.entName(o), rf.span(a, end))
	if place >= 0 {
		rf.addRelation(si, rf.entName(who), "reportsFrom", rf.entName(place), rf.span(a, rf.mentions[rf.entAt[end+1]].b))
	}
}
