package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Outlets' reports: a paper, network or agency that reports what a person or body did or
// said, with no word of an outlet beside its name (relays.go reads "the Kyodo news
// agency reported"). "…, according to the Daily Tribune.", "According to Acme News, the
// campaign …" and "the Tribune reported that Acme was offering …" make the outlet
// `reports` the subject of the clause it reports, as do "…, the Daily Tribune reported.",
// "…, according to a report by the Daily Tribune." (or "a Daily Tribune report") and "as
// reported by the Daily Tribune". An outlet is known by its whole name or its name's last
// word (outlet-names, data/relations.txt), or by a word of an outlet before its name
// ("newspaper O Globo de Lisboa reported that …"). The outlet's sources may follow
// ("…, the Daily Tribune reported, citing people familiar with the matter.", "Acme News
// reported, citing sources, that …"). "first", "earlier" or
// "previously" may stand before "reported", and what it reported may be a person's or
// body's own ("the Daily Tribune first reported Acme's role in the deal").

var outletNames = newTokSet(wordSet("outlet-names"))

// outletReports reads the frames of an outlet's report in prose sentence si.
func (rf *relationFinder) outletReports(si int) {
	s := &rf.sents[si]
	if !rf.sentHas(si, wSeen, wReviewed, wObtained, wReported, wAccording, wReports) {
		return // sentindex.go: no word the frames below open on
	}
	end := s.b
	for end > s.start && (rf.toks[end-1].kind == tStop || rf.toks[end-1].kind == tCloseQ) {
		end--
	}
	for k := s.start; k < end; k++ {
		if rf.quoteOf[k] != 0 {
			continue
		}
		if rf.is(k, wSeen, wReviewed, wObtained) || rf.is(k, wReported) && rf.is(k+1, wBy) && !rf.is(k-1, wAs) {
			rf.documentSeen(si, k, end)
			continue
		}
		if !rf.is(k, wAccording, wReported, wReports) {
			continue
		}
		if rf.is(k, wAccording) && rf.is(k+1, wTo) || rf.is(k, wReported) && rf.is(k-1, wAs) && rf.is(k+1, wBy) {
			o, after := rf.reportOutlet(k+2, end)
			a := k
			if rf.is(k, wReported) {
				a = k - 1 // "as reported by the Daily Tribune"
			}
			switch {
			case o < 0:
			case a == s.start && rf.punct(after, ','):
				// "According to Acme News, the campaign spent …"
				rf.addOutletReport(si, o, rf.openingSubject(after+1, end))
			case a > s.start && rf.punct(a-1, ',') && after == end:
				// "The ministry said in a statement …, according to the Daily Tribune."
				rf.addOutletReport(si, o, rf.openingSubject(s.start, a-1))
			}
			continue
		}
		// "the Daily Tribune reported (on Monday) that Acme was offering …"
		if k == s.start || rf.is(k-1, wAs) {
			continue
		}
		before, described := rf.reportingOutletEnd(s.start, k)
		mi := rf.entAt[before-1]
		if mi < 0 || rf.mentions[mi].b != before || !rf.outlet(rf.mentions[mi].ent) && !rf.describedOutlet(int(mi)) &&
			!(described && rf.mentions[mi].ent >= 0 && rf.ents[rf.mentions[mi].ent].typ == kg.Organization && !rf.mentions[mi].demonym &&
				!rf.is(rf.mentions[mi].a-1, wA, wAn)) { // not "a Jesuit magazine reported": an outlet left unnamed
			continue
		}
		j := rf.reportTimeEnd(k+1, end)
		if c := rf.citedSources(j, end); c >= 0 {
			j = c // "…, the Daily Tribune reported, citing people familiar with the matter."
		}
		if rf.is(j, wThat) {
			rf.addOutletReport(si, rf.mentions[mi].ent, rf.openingSubject(j+1, end))
		} else if sj := rf.bareReportedSubject(j, end); sj >= 0 {
			rf.addOutletReport(si, rf.mentions[mi].ent, sj) // "Acme News reported Birch paid $1 billion"
		} else if c := rf.outletLead(si, int(mi)); j == end && c > s.start && rf.punct(c, ',') {
			// "Acme is in talks to buy Harlow, the Daily Tribune reported (on Monday)."
			rf.addOutletReport(si, rf.mentions[mi].ent, rf.openingSubject(s.start, c))
		} else if o := rf.reportedPossessor(j, end); o >= 0 {
			rf.addOutletReport(si, rf.mentions[mi].ent, o) // "first reported Acme's role"
		}
	}
}

// citedSources returns where the clause goes on after the outlet's sources at token j
// (", citing people familiar with the matter", ", citing sources, that …"): end when they
// close the sentence, the "that" after the comma that closes them, or -1 when token j
// opens no such phrase.
func (rf *relationFinder) citedSources(j, end int) int {
	if !rf.punct(j, ',') || !rf.is(j+1, wCiting) {
		return -1
	}
	for k := j + 2; k+1 < end; k++ {
		if rf.punct(k, ',') && rf.is(k+1, wThat) {
			return k + 1
		}
	}
	return end
}

// outletNamed returns the outlet named from token k ("the Daily Tribune", "Acme News")
// and the token after its name, or -1.
func (rf *relationFinder) outletNamed(k, end int) (int, int) {
	if rf.is(k, wThe) {
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

// reportOutlet returns the outlet whose report is cited from token k, after "according
// to" or "as reported by": the outlet itself ("the Daily Tribune"), or its report ("a
// report by the Daily Tribune", "a recent report in Acme News", "a Daily Tribune
// report"), or -1; and the token after the phrase.
func (rf *relationFinder) reportOutlet(k, end int) (int, int) {
	if o, after := rf.outletNamed(k, end); o >= 0 {
		if rf.is(after, wReport, wReports, wStory, wArticle) {
			after++ // "the Reuters report"
		}
		return o, after
	}
	if !rf.is(k, wA, wAn, wThe) {
		return -1, k
	}
	j := k + 1
	if rf.is(j, wRecent, wNew, wPublished, wSeparate, wEarlier) {
		j++
	}
	if o, after := rf.outletNamed(j, end); o >= 0 && rf.is(after, wReport, wReports, wStory, wArticle) {
		return o, after + 1 // "a Daily Tribune report"
	}
	if !rf.is(j, wReport, wStory, wArticle) || !rf.is(j+1, wBy, wIn, wFrom, wOn) {
		return -1, k
	}
	return rf.outletNamed(j+2, end) // "a report by the Daily Tribune"
}

// describedOutlet reports whether mention mi names a body after a word of an outlet
// ("newspaper O Globo de Lisboa", "the weekly Der Kurier"): an outlet whose name is not
// one of outlet-names. The word says what the name is, whatever type the name was given
// (a paper's foreign name may read as a person's), but a place is not an outlet.
func (rf *relationFinder) describedOutlet(mi int) bool {
	m := &rf.mentions[mi]
	return m.ent >= 0 && !m.demonym && rf.ents[m.ent].typ != kg.Place && m.a > 0 && rf.in(m.a-1, outletWords)
}

// outletLead returns the token before the words that lead to the name of mention mi in
// sentence si: up to three words ("the", "German newspaper"), no other name among them.
func (rf *relationFinder) outletLead(si, mi int) int {
	s := &rf.sents[si]
	c := rf.mentions[mi].a - 1
	for i := 0; i < 3 && c > s.start && rf.toks[c].kind == tWord && (rf.entAt[c] < 0 || rf.mentions[rf.entAt[c]].demonym); i++ {
		c--
	}
	return c
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
// ("A, B and C will each have …") nor a body's before the role of a person it leaves
// unnamed ("the Acme chairman"); -1 otherwise.
func (rf *relationFinder) openingSubject(a, end int) int {
	if rf.is(a, wThe) {
		a++
	}
	if a >= end {
		return -1
	}
	if rf.entAt[a] < 0 {
		a = rf.describedNameAt(a, end) // "Activist hedge fund Starboard Value LP is seeking …"
		if a < 0 {
			return -1
		}
	}
	mi := rf.entAt[a]
	if mi < 0 || rf.mentions[mi].a != a {
		return -1
	}
	m := &rf.mentions[mi]
	if m.ent < 0 || m.demonym || m.b >= end || rf.is(m.b, wAposS, wRsquoS, wApos, wRsquo, wAnd, wOr) {
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
	if rf.ents[m.ent].typ == kg.Organization && rf.isRoleStart(m.b) {
		return -1 // "The Acme Holdings chairman is backing …": a person the clause leaves unnamed
	}
	if t := rf.ents[m.ent].typ; t != kg.Person && t != kg.Organization {
		return -1
	}
	return m.ent
}

// describedNameAt returns the token of the name a short description that opens the clause
// at token a leads to ("Activist hedge fund Starboard Value LP", "photo and video
// messaging app Snapchat", "Blood-testing firm Theranos Inc"), or -1: one to five words,
// lower-case but the first, none a function word, pronoun, speech verb, adverb in -ly or
// name, then a person's or organization's name.
func (rf *relationFinder) describedNameAt(a, end int) int {
	j := a
	for j < end && j-a < 5 && rf.toks[j].kind == tWord && rf.entAt[j] < 0 && (j == a || !rf.toks[j].has(fCap)) &&
		(rf.toks[j].feat&(lxFunc|lxSpeech|lxPronoun) == 0 || rf.is(j, wAnd) && j > a) && !strings.HasSuffix(rf.low(j), "ly") {
		j++
	}
	if j == a || j >= end || rf.is(j-1, wAnd) || rf.entAt[j] < 0 {
		return -1
	}
	if e := rf.mentions[rf.entAt[j]].ent; e < 0 || rf.ents[e].typ != kg.Person && rf.ents[e].typ != kg.Organization {
		return -1
	}
	return j
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
	if rf.is(j, wThe) {
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
	if m.b >= end || !rf.is(m.b, wAposS, wRsquoS) {
		return -1
	}
	if t := rf.ents[m.ent].typ; t != kg.Person && t != kg.Organization {
		return -1
	}
	return m.ent
}

// seenDocuments are the papers an outlet says it has seen ("a letter seen by the Daily
// Tribune").
var seenDocuments = newTokSet(map[string]bool{"letter": true, "letters": true, "memo": true, "memos": true,
	"document": true, "documents": true, "email": true, "emails": true, "note": true, "notes": true,
	"filing": true, "filings": true, "copy": true, "draft": true, "statement": true, "report": true,
	"testimony": true, "proposal": true, "presentation": true, "records": true})

// documentSeen reads a document an outlet saw or first reported, at token k ("seen",
// "reported" before "by"): "X said in a letter seen by the Daily Tribune", "X, in a letter
// obtained by Acme News, said" and "X's memo, first reported by the Daily Tribune," make
// the outlet report X, the writer named right before; "…, according to a memo seen by Acme
// News" the person or body that opens the sentence. The document noun is within three
// words before k, after "in" or "according to" and a determiner, or after a possessive.
func (rf *relationFinder) documentSeen(si, k, end int) {
	if !rf.is(k+1, wBy) {
		return
	}
	o, _ := rf.outletNamed(k+2, end)
	if o < 0 {
		return
	}
	s := &rf.sents[si]
	for d := k - 1; d > s.start+1 && d >= k-3; d-- {
		if !rf.in(d, seenDocuments) {
			continue
		}
		a := d - 1
		for a > s.start && rf.toks[a].kind == tWord && !rf.is(a, wIn, wTo) && d-a < 4 {
			a-- // "an internal", "a diplomatic"
		}
		switch {
		case rf.owner(d-1) && rf.entAt[d-2] >= 0 && rf.mentions[rf.entAt[d-2]].b == d-1:
			// "Acme's memo, first reported by the Daily Tribune"
			if e := rf.mentions[rf.entAt[d-2]].ent; e >= 0 && (rf.ents[e].typ == kg.Person || rf.ents[e].typ == kg.Organization) {
				rf.addOutletReport(si, o, e)
			}
		case rf.is(a, wTo) && rf.is(a-1, wAccording):
			rf.addOutletReport(si, o, rf.openingSubject(s.start, end))
		case rf.is(a, wIn):
			rf.addOutletReport(si, o, rf.writerBefore(a))
		}
		return
	}
}

// writerBefore returns the person or body named right before token a ("in"), through a
// comma or a verb of saying ("Dana Ruiz said in", "Acme Capital, in"); -1 otherwise.
func (rf *relationFinder) writerBefore(a int) int {
	p := a - 1
	if rf.is(p, wSaid, wSays, wWrote, wWrites) {
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

// reportingAdverbs may stand between an outlet's name and "reported": "the Daily Tribune
// first reported", "Acme News had earlier reported", "the Tribune has also reported".
var reportingAdverbs = newTokSet(map[string]bool{"first": true, "earlier": true, "previously": true,
	"had": true, "has": true, "have": true, "also": true, "later": true, "initially": true, "originally": true})

// reportingOutletEnd returns the token after the name of the outlet whose verb of
// reporting is at token k: past the adverbs and auxiliaries before the verb ("had earlier
// reported") and a word of an outlet after the name ("the Interfax news agency reported",
// "the Washington Post newspaper had reported"), which says that the name is an outlet
// (described).
func (rf *relationFinder) reportingOutletEnd(start, k int) (before int, described bool) {
	before = k
	for before-1 > start && before > k-3 && rf.in(before-1, reportingAdverbs) {
		before--
	}
	j := before
	if j-1 > start && rf.entAt[j-1] < 0 && (rf.in(j-1, outletWords) || rf.tok(j-1) == "TV") {
		j--
		if j-1 > start && rf.entAt[j-1] < 0 && rf.is(j-1, wNews) {
			j-- // "news agency"
		}
		return j, true
	}
	return before, false
}

// bareReportedSubject returns the person or body that opens the clause an outlet reports
// without "that", at token j right after "reported": a name then a finite verb ("Acme
// News reported Birch paid $1 billion", "the Tribune reports Birch is in talks"), or -1.
// A name that is the verb's object ("reported Birch's role", "reported Birch earnings")
// is no subject here.
func (rf *relationFinder) bareReportedSubject(j, end int) int {
	a := j
	if rf.is(a, wThe) {
		a++
	}
	if a >= end || rf.entAt[a] < 0 || rf.mentions[rf.entAt[a]].a != a || !rf.toks[a].has(fCap) {
		return -1
	}
	m := &rf.mentions[rf.entAt[a]]
	v := m.b
	for v < end && v < m.b+2 && rf.is(v, wHad, wHas, wHave, wWas, wWere, wIs, wAre, wAlso) {
		v++ // "reported Birch had paid": the auxiliary says a verb follows
	}
	if v >= end || v == m.b && !rf.finiteVerbAt(v) || v > m.b && (rf.toks[v].kind != tWord || rf.toks[v].has(fCap)) {
		return -1
	}
	return rf.openingSubject(j, end)
}

// finiteVerbAt reports whether the lower-case word at token v reads as a finite verb
// after a subject: a past in -ed, an irregular past or a verb of saying, or a form in -s
// of a word that is no plural noun after a name ("Birch plans", "Acme paid").
func (rf *relationFinder) finiteVerbAt(v int) bool {
	t := &rf.toks[v]
	if t.kind != tWord || t.has(fCap) || t.feat&(lxFunc|lxPronoun) != 0 && t.feat&lxSpeech == 0 {
		return false
	}
	w := rf.low(v)
	if t.feat&lxSpeech != 0 || strings.HasSuffix(w, "ed") {
		return true
	}
	if b, ok := irregularVerbs[w]; ok && b != "" && !participleOnly[w] {
		return true
	}
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && rf.is(v+1, wThe, wA, wAn, wTo, wIts, wHis, wHer, wTheir, wThat)
}

// reportTimeEnd returns the token after the time phrase that may follow a verb of
// reporting at token j, or j: "on Monday", "late Tuesday", "late on Sunday", "on March
// 4", "first on Feb. 12", "in November", "in 2011", "last month", "last December",
// "earlier this week" (doc.timePhraseAt and a date after "on").
func (rf *relationFinder) reportTimeEnd(j, end int) int {
	if rf.is(j, wFirst, wEarlier, wPreviously) && rf.is(j+1, wOn, wIn, wLast) {
		j++ // "had reported first on Feb. 12 that"
	}
	if rf.is(j, wLate, wEarly) && rf.is(j+1, wOn) {
		j++ // "late on Sunday"
	}
	switch {
	case j+1 >= end:
		return j
	case rf.is(j, wOn, wLate, wEarly) && months[rf.low(j+1)] != 0:
		// "on March 4", "on Feb. 12": the month, its dot, the day
		k := j + 2
		if rf.toks[k].kind == tStop && k+1 < end {
			k++
		}
		if rf.toks[k].kind == tNum {
			return k + 1
		}
		return j
	case rf.is(j, wOn, wLate, wEarly) && rf.toks[j+1].has(fCap):
		return j + 2 // "on Monday", "late Tuesday"
	case rf.is(j, wLast) && months[rf.low(j+1)] != 0:
		return j + 2 // "last December"
	}
	if _, wd := weekdays[rf.low(j)]; wd && rf.toks[j].has(fCap) {
		return j + 1 // "Reuters reported Tuesday that"
	}
	if t := rf.timePhraseAt(j); t <= end {
		return t
	}
	return j
}
