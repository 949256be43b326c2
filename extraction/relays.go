package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Relays: a news agency or paper that passes on a person's words. "Interfax quoted Ruiz
// as saying", "Ruiz was quoted by Tass as saying" and "…, he was quoted as saying by
// RIA" make the agency `quotes` the person; "'…,' Ruiz told reporters, the Kyodo news
// agency reported" and "Ruiz said …, according to the Yonhap news agency" make it
// `reports` the person. The quotes stage gives the words to the person
// (relayedSpeaker, quotes_relayed.go); this stage records who relayed them.

// relays reads the relays of prose sentence si.
func (rf *relationFinder) relays(si int) {
	s := &rf.sents[si]
	for v := s.start; v < s.b && rf.sentCls(si)&wcRelay != 0; v++ { // sentindex.go: no relay verb, no loop
		if w := rf.low(v); rf.mayBe(v, w, wcRelay) && rf.in(v, relayVerbs) && rf.quoteOf[v] == 0 && !rf.is(v, wQuoting, wCiting) {
			rf.quotedAs(si, v)
		}
	}
	rf.reportedSpeech(si)
	rf.outletReports(si) // outletreports.go
}

// quotedAs reads the relay frame of the verb "quoted" at token v of sentence si: the
// person is whom relayedSpeaker reads; the agency is the name right before the verb
// ("the Tass news agency quoted"), or after its "by" ("was quoted by Tass as saying",
// "was quoted as saying by Tass"). Only a named person is quoted, and only a named body
// (no place, no person) quotes: "the paper quoted a BMW manager" names neither.
func (rf *relationFinder) quotedAs(si, v int) {
	s := &rf.sents[si]
	start := s.start
	for k := v - 1; k > s.start; k-- {
		if rf.toks[k].kind == tCloseQ {
			start = k + 1 // `"…," the agency quoted X as saying`: the clause after the quote
			if rf.punct(start, ',') {
				start++
			}
			break
		}
	}
	sp, ok := rf.relayedSpeaker(v, start, s.b)
	if !ok || sp == "" || rf.typeOfName(sp) != kg.Person {
		return
	}
	agency := -1
	if rf.is(v-1, wWas, wWere, wIs, wAre, wBeen, wBeing) {
		for k := v + 1; k < s.b && k <= v+10; k++ {
			if rf.quoteOf[k] != 0 || rf.toks[k].kind == tOpenQ || rf.toks[k].kind == tStop {
				break
			}
			if rf.is(k, wBy) {
				agency = rf.outletAt(k+1, s.b)
				break
			}
		}
	} else {
		k := v - 1
		for k > start && (rf.is(k, wAlso, wSeparately, wLater, wEarlier) || rf.toks[k].kind == tWord && !rf.toks[k].has(fCap) && strings.HasSuffix(rf.low(k), "ly")) {
			k-- // "Kyodo separately quoted"
		}
		for k > start && (rf.in(k, outletWords) || rf.is(k, wNews)) && rf.entAt[k] < 0 {
			k-- // "the Kyodo news agency quoted"
		}
		if mi := rf.entAt[k]; k >= start && mi >= 0 && rf.mentions[mi].b == k+1 {
			agency = rf.mentions[mi].ent
		}
	}
	if agency < 0 || rf.ents[agency].typ == kg.Place || rf.ents[agency].typ == kg.Person {
		return
	}
	rf.addRelation(si, rf.entName(agency), "quotes", sp, rf.span(s.start, s.b))
}

// outletAt returns the entity of a body's name at token k, after "the" and up to four
// words that describe it ("the semi-official Fars news agency", "Russia's RIA news
// agency", "China's Xinhua news agency"), or -1. A place before the name says whose it is.
func (rf *relationFinder) outletAt(k, end int) int {
	for j := k; j < end && j < k+6; j++ {
		if rf.quoteOf[j] != 0 || rf.punct(j, ',') || rf.toks[j].kind == tStop {
			return -1
		}
		if e := rf.entityOf(j); e >= 0 {
			m := &rf.mentions[rf.entAt[j]]
			if rf.ents[e].typ != kg.Place && !m.demonym {
				return e
			}
			j = m.b - 1
			continue
		}
		if rf.tok(j) == "'s" || rf.tok(j) == "’s" {
			continue
		}
		if rf.toks[j].kind != tWord || rf.toks[j].has(fCap) && !rf.is(j, wThe) || rf.toks[j].feat&(lxFunc|lxPronoun|lxSpeech) != 0 && !rf.is(j, wThe) {
			return -1
		}
	}
	return -1
}

// reportedSpeech reads a sentence whose last clause names who reported the rest: a
// person's verb of saying, then ", the Kyodo news agency reported." (or "said", with a
// word of an outlet: "state news agency Xinhua said"), or ", according to the Yonhap
// news agency." The person is the speaker of the sentence's quote, else the subject of
// its first verb of saying; the outlet `reports` them.
func (rf *relationFinder) reportedSpeech(si int) {
	s := &rf.sents[si]
	end := s.b
	for end > s.start && (rf.toks[end-1].kind == tStop || rf.toks[end-1].kind == tCloseQ) {
		end--
	}
	c := -1 // the comma that opens the last clause
	for k := end - 1; k > s.start && k >= end-12; k-- {
		if rf.quoteOf[k] != 0 || rf.toks[k].kind == tCloseQ || rf.toks[k].kind == tOpenQ {
			return
		}
		if rf.punct(k, ',') {
			c = k
			break
		}
	}
	if c < 0 {
		return
	}
	agency := -1
	if rf.is(c+1, wAccording) && rf.is(c+2, wTo) {
		if rf.outletWordIn(c+3, end) {
			agency = rf.outletAt(c+3, end)
		}
	} else {
		v := -1
		for k := c + 2; k < end; k++ {
			if rf.is(k, wReported, wSaid) {
				v = k
				break
			}
		}
		// the verb ends the sentence, or a day or "on Monday" follows it
		if v < 0 || end-v > 3 || v+1 < end && !rf.is(v+1, wOn, wLate, wEarly, wMonday, wTuesday, wWednesday, wThursday, wFriday, wSaturday, wSunday, wToday, wYesterday) {
			return
		}
		if rf.is(v, wSaid) && !rf.outletWordIn(c+1, v) {
			return // ", the company said": a body's own account, not an outlet's report
		}
		for k := v - 1; k > c; k-- {
			if mi := rf.entAt[k]; mi >= 0 {
				if m := &rf.mentions[mi]; m.b == k+1 || rf.outletWordIn(m.b, v) {
					agency = m.ent
				}
				break
			}
			if !rf.in(k, outletWords) && !rf.is(k, wNews) && rf.tok(k) != "TV" {
				break
			}
		}
	}
	if agency < 0 || rf.ents[agency].typ != kg.Organization {
		return
	}
	sp := rf.reportedSpeaker(si, c)
	if sp == "" || rf.typeOfName(sp) != kg.Person {
		return
	}
	rf.addRelation(si, rf.entName(agency), "reports", sp, rf.span(s.start, s.b))
}

// reportedSpeaker returns who speaks in sentence si before the comma at c: the speaker of
// its quote when a verb of saying follows the quote ("'…,' Ruiz told reporters"), else the
// subject of the first verb of saying ("Ruiz said the talks would go on").
func (rf *relationFinder) reportedSpeaker(si, c int) string {
	s := &rf.sents[si]
	quoted := ""
	for k := s.start; k < c; k++ {
		if q := rf.quoteOf[k]; q != 0 {
			quoted = rf.quoteSrc[q-1]
			continue
		}
		if !rf.isSpeech(k) || rf.is(k-1, wWhen, wIf, wAs, wUnless) || rf.toks[k].kind != tWord {
			continue
		}
		if quoted != "" {
			return quoted
		}
		return rf.namedSubject(k, s.start)
	}
	return ""
}

// namedSubject returns the person named as the subject of the verb at v, in the clause
// opening at start: the name right before the verb, across auxiliaries and adverbs
// ("Zhang said", "Abe has also told"), or a name followed by an aside between commas
// ("Cardinal Kurt Koch, the head of the office, said"); "" when the verb's subject is
// something else ("a task force set up by Mayor X has urged", "what the campaign
// described").
func (rf *relationFinder) namedSubject(v, start int) string {
	g := rf.backOverAuxiliaries(start, v)
	if strings.HasSuffix(rf.low(v), "ing") {
		return "" // "…, saying": a participle whose subject is further back
	}
	if mi := rf.entAt[g]; mi >= 0 && rf.mentions[mi].b == g+1 {
		for j := rf.mentions[mi].ta - 1; j >= start && j >= rf.mentions[mi].ta-4 && rf.toks[j].kind == tWord; j-- {
			if rf.is(j, wBy, wOf, wFor, wWith, wTo, wFrom, wIn, wAgainst, wAbout) {
				return "" // "a task force set up by mayor X has urged"
			}
		}
		if e := rf.mentions[mi].ent; e >= 0 && rf.ents[e].typ == kg.Person {
			return rf.entName(e)
		}
		return ""
	}
	if !rf.punct(g, ',') {
		return ""
	}
	for k := start; k < g; k++ {
		mi := rf.entAt[k]
		if mi < 0 {
			continue
		}
		m := &rf.mentions[mi]
		if m.ent >= 0 && rf.ents[m.ent].typ == kg.Person && rf.punct(m.b, ',') {
			for j := m.b + 1; j < g; j++ {
				if rf.isSpeech(j) || rf.punct(j, ';') {
					return ""
				}
			}
			return rf.entName(m.ent)
		}
		k = m.b - 1
	}
	return ""
}

// outletWordIn reports whether a word of a news outlet ("agency", "newspaper",
// "television") stands in the tokens a..b-1.
func (rf *relationFinder) outletWordIn(a, b int) bool {
	for k := a; k < b; k++ {
		if rf.in(k, outletWords) || rf.tok(k) == "TV" {
			return true
		}
	}
	return false
}
