package extraction

import "github.com/factgraph/kg"

// Outlets' reports: a paper, network or agency that reports what a person or body did or
// said, with no word of an outlet beside its name (relays.go reads "the Kyodo news
// agency reported"). "…, according to the Daily Tribune.", "According to Acme News, the
// campaign …" and "the Tribune reported that Acme was offering …" make the outlet
// `reports` the subject of the clause it reports. An outlet is known by its whole name
// or its name's last word (outlet-names, data/relations.txt). "first", "earlier" or
// "previously" may stand before "reported", and what it reported may be a person's or
// body's own ("the Daily Tribune first reported Acme's role in the deal").

var outletNames = wordSet("outlet-names")

// outletReports reads the three frames of an outlet's report in prose sentence si.
func (rf *relationFinder) outletReports(si int) {
	s := &rf.sents[si]
	end := s.b
	for end > s.start && (rf.toks[end-1].kind == tStop || rf.toks[end-1].kind == tCloseQ) {
		end--
	}
	for k := s.start; k < end; k++ {
		if rf.quoteOf[k] != 0 {
			continue
		}
		if rf.is(k, "seen", "reviewed", "obtained") {
			rf.documentSeen(si, k, end)
			continue
		}
		if !rf.is(k, "according", "reported", "reports") {
			continue
		}
		if rf.is(k, "according") && rf.is(k+1, "to") {
			o, after := rf.outletNamed(k+2, end)
			switch {
			case o < 0:
			case k == s.start && rf.punct(after, ','):
				// "According to Acme News, the campaign spent …"
				rf.addOutletReport(si, o, rf.openingSubject(after+1, end))
			case k > s.start && rf.punct(k-1, ',') && after == end:
				// "The ministry said in a statement …, according to the Daily Tribune."
				rf.addOutletReport(si, o, rf.openingSubject(s.start, k-1))
			}
			continue
		}
		// "the Daily Tribune reported (on Monday) that Acme was offering …"
		if k == s.start {
			continue
		}
		before := k
		if rf.is(k-1, "first", "earlier", "previously") && k-1 > s.start {
			before = k - 1 // "the Daily Tribune first reported that …"
		}
		mi := rf.entAt[before-1]
		if mi < 0 || rf.mentions[mi].b != before || !rf.outlet(rf.mentions[mi].ent) {
			continue
		}
		j := k + 1
		if rf.is(j, "on", "late", "early") && j+1 < end && rf.toks[j+1].has(fCap) {
			j += 2
		}
		if rf.is(j, "that") {
			rf.addOutletReport(si, rf.mentions[mi].ent, rf.openingSubject(j+1, end))
		} else if o := rf.reportedPossessor(j, end); o >= 0 {
			rf.addOutletReport(si, rf.mentions[mi].ent, o) // "first reported Acme's role"
		}
	}
}

// outletNamed returns the outlet named from token k ("the Daily Tribune", "Acme News")
// and the token after its name, or -1.
func (rf *relationFinder) outletNamed(k, end int) (int, int) {
	if rf.is(k, "the") {
		k++
	}
	if k >= end {
		return -1, k
	}
	mi := rf.entAt[k]
	if mi < 0 || rf.mentions[mi].a != k || !rf.outlet(rf.mentions[mi].ent) {
		return -1, k
	}
	return rf.mentions[mi].ent, rf.mentions[mi].b
}

// outlet reports whether entity e is a news outlet by its name: an organization whose
// whole name, or the last word of a name of two words or more, is an outlet's
// ("Reuters", "Daily Tribune").
func (rf *relationFinder) outlet(e int) bool {
	if e < 0 || rf.ents[e].typ != kg.Organization {
		return false
	}
	return outletName(rf.ents[e].name)
}

// openingSubject returns the person or body named at the opening of the clause a..end-1
// (after "the"): the person a title after the name names ("Acme Chief Executive Dana
// Ruiz said"), else the name, when it is neither possessive nor the first of a list
// ("A, B and C will each have …"); -1 otherwise.
func (rf *relationFinder) openingSubject(a, end int) int {
	if rf.is(a, "the") {
		a++
	}
	if a >= end {
		return -1
	}
	mi := rf.entAt[a]
	if mi < 0 || rf.mentions[mi].a != a {
		return -1
	}
	m := &rf.mentions[mi]
	if m.ent < 0 || m.demonym || m.b >= end || rf.is(m.b, "'s", "’s", "'", "’", "and", "or") {
		return -1
	}
	for j := m.b; j < end && j < m.b+4 && rf.toks[j].kind == tWord; j++ {
		if p := rf.entAt[j]; p >= 0 && rf.mentions[p].a == j && rf.mentions[p].ent >= 0 && rf.ents[rf.mentions[p].ent].typ == kg.Person {
			return rf.mentions[p].ent // "Pentagon press secretary Peter Cook said"
		}
	}
	if rf.punct(m.b, ',') && rf.entityOf(m.b+1) >= 0 {
		return -1 // "Sanders, O'Malley and then Clinton"
	}
	if t := rf.ents[m.ent].typ; t != kg.Person && t != kg.Organization {
		return -1
	}
	return m.ent
}

// addOutletReport records that outlet o reports the person or body e.
func (rf *relationFinder) addOutletReport(si, o, e int) {
	if e < 0 || e == o || rf.outlet(e) {
		return
	}
	s := &rf.sents[si]
	rf.addRelation(si, rf.entName(o), "reports", rf.entName(e), rf.span(s.start, s.b))
}

// reportedPossessor returns the person or body named at token j in the possessive ("Acme's
// role"), or -1.
func (rf *relationFinder) reportedPossessor(j, end int) int {
	if rf.is(j, "the") {
		j++
	}
	if j >= end {
		return -1
	}
	mi := rf.entAt[j]
	if mi < 0 || rf.mentions[mi].a != j || rf.mentions[mi].ent < 0 || rf.mentions[mi].demonym {
		return -1
	}
	m := &rf.mentions[mi]
	if m.b >= end || !rf.is(m.b, "'s", "’s") {
		return -1
	}
	if t := rf.ents[m.ent].typ; t != kg.Person && t != kg.Organization {
		return -1
	}
	return m.ent
}

// seenDocuments are the papers an outlet says it has seen ("a letter seen by the Daily
// Tribune").
var seenDocuments = map[string]bool{"letter": true, "letters": true, "memo": true, "memos": true,
	"document": true, "documents": true, "email": true, "emails": true, "note": true, "notes": true,
	"filing": true, "filings": true, "copy": true, "draft": true, "statement": true, "report": true,
	"testimony": true, "proposal": true, "presentation": true, "records": true}

// documentSeen reads a document an outlet saw, at token k ("seen" before "by"): "X said in
// a letter seen by the Daily Tribune" and "X, in a letter obtained by Acme News, said" make
// the outlet report X, the writer named right before; "…, according to a memo seen by Acme
// News" the person or body that opens the sentence. The document noun is within three
// words before k, after "in" or "according to" and a determiner.
func (rf *relationFinder) documentSeen(si, k, end int) {
	if !rf.is(k+1, "by") {
		return
	}
	o, _ := rf.outletNamed(k+2, end)
	if o < 0 {
		return
	}
	s := &rf.sents[si]
	for d := k - 1; d > s.start+1 && d >= k-3; d-- {
		if !seenDocuments[rf.low(d)] {
			continue
		}
		a := d - 1
		for a > s.start && rf.toks[a].kind == tWord && !rf.is(a, "in", "to") && d-a < 4 {
			a-- // "an internal", "a diplomatic"
		}
		switch {
		case rf.is(a, "to") && rf.is(a-1, "according"):
			rf.addOutletReport(si, o, rf.openingSubject(s.start, end))
		case rf.is(a, "in"):
			rf.addOutletReport(si, o, rf.writerBefore(a))
		}
		return
	}
}

// writerBefore returns the person or body named right before token a ("in"), through a
// comma or a verb of saying ("Dana Ruiz said in", "Acme Capital, in"); -1 otherwise.
func (rf *relationFinder) writerBefore(a int) int {
	p := a - 1
	if rf.is(p, "said", "says", "wrote", "writes") {
		p--
	} else if rf.punct(p, ',') {
		p--
	}
	if p < 0 {
		return -1
	}
	mi := rf.entAt[p]
	if mi < 0 || rf.mentions[mi].b != p+1 || rf.mentions[mi].ent < 0 || rf.mentions[mi].demonym {
		return -1
	}
	if t := rf.ents[rf.mentions[mi].ent].typ; t != kg.Person && t != kg.Organization {
		return -1
	}
	return rf.mentions[mi].ent
}
