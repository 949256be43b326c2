package extraction

import "github.com/factgraph/kg"

// Who gave an interview, in two shapes spokenIn (nominals.go) missed: a time phrase
// between the noun and its preposition ("Ivo Brandt said in an interview on Wednesday
// with Brellin News", "in an interview last week with Reuters"), and a speaker named
// after the verb of saying ("…,” said Ada Holm in an interview with Reuters", "said Ada
// Holm, Kestrel's co-founder, in an interview with Reuters") or a verb of saying whose
// aside closes before "in" ("Holm said, referring to Brandt, in a telephone interview
// with Reuters"). A phrase that opens the sentence ("In an interview with Reuters,
// Mayer said") may follow "Yet", "But" or "And", end past a town and its state ("… in
// Aspen, Colorado, Lund said"), and give its subject after a body and a trade ("In an
// interview with CNN, Tor developer Isis Lovecruft explains").

// interviewTimeEnd returns the token of "with" or "to" after a time phrase that follows
// the noun "interview" at token v ("on Wednesday", "on March 3", "last week", "this
// month", "Friday"), or -1.
func (rf *relationFinder) interviewTimeEnd(v int) int {
	k := v + 1
	switch {
	case rf.is(k, wOn):
		k++
		if _, ok := weekdays[rf.low(k)]; ok {
			k++
		} else if k < len(rf.toks) && rf.toks[k].feat&lxMonth != 0 {
			k++
			if k < len(rf.toks) && rf.toks[k].kind == tNum {
				k++
			}
		} else {
			return -1
		}
	case rf.is(k, wLast, wThis):
		if !rf.is(k+1, wWeek, wMonth, wYear) {
			if _, ok := weekdays[rf.low(k+1)]; !ok {
				return -1
			}
		}
		k += 2
	default:
		if _, ok := weekdays[rf.low(k)]; !ok {
			return -1
		}
		k++
	}
	if !rf.is(k, wWith, wTo) {
		return -1
	}
	return k
}

// invertedSpeaker returns the speaker of an interview phrase whose "in" stands at token
// g when the verb of saying comes before the speaker's name: "said Ada Holm in", "said
// Ada Holm, Kestrel's co-founder and president, in" (an aside with no comma of its own),
// or when an aside follows the verb: "Holm said, referring to Brandt, in" (the verb's
// subject, a name or a pronoun right before it); or the name that opens the sentence
// right before the phrase's comma ("Frey, in an interview with the Tampa Bay Times,
// credited", "Sapin, speaking in an interview with Reuters, ruled out"). "" otherwise.
func (rf *relationFinder) invertedSpeaker(si, g int) string {
	s := &rf.sents[si]
	a := g - 1
	if rf.is(a, wSpeaking) {
		a-- // "Sapin, speaking in an interview with Reuters,"
	}
	if rf.punct(a, ',') && rf.entAt[a-1] >= 0 {
		if m := &rf.mentions[rf.entAt[a-1]]; m.b == a && m.ent >= 0 && (m.ta == s.start || m.ta == s.start+1 && rf.is(s.start, wBut, wYet, wAnd)) {
			return rf.entName(m.ent) // "Frey, in an interview with the Tampa Bay Times in 2012, credited"
		}
	}
	end := g
	if rf.punct(g-1, ',') {
		c := g - 2
		for c > s.start && g-c <= 12 && !rf.punct(c, ',') && rf.toks[c].kind != tOpenQ && rf.toks[c].kind != tCloseQ && rf.quoteOf[c] == 0 {
			c--
		}
		if c <= s.start || !rf.punct(c, ',') {
			return ""
		}
		if rf.isSpeech(c-1) && (rf.entAt[c-2] >= 0 || rf.is(c-2, wHe, wShe)) {
			return rf.actionSubject(si, c-1) // "Holm said, referring to Brandt, in"
		}
		end = c // "said Ada Holm, Kestrel's co-founder, in"
	}
	if rf.entAt[end-1] < 0 {
		return ""
	}
	m := &rf.mentions[rf.entAt[end-1]]
	if m.b != end || m.ent < 0 || !rf.is(m.ta-1, wSaid, wSays, wAdded) {
		return "" // not "told Ada Holm in an interview with": Holm was told
	}
	return rf.entName(m.ent)
}

// interviewOpeningSubject returns the subject of the clause after the phrase that opens
// at token g ("In an interview with Reuters …,") and whose hearer's name ends at token
// b: the name after the first comma before end that is not a place's ("in Aspen,
// Colorado, Lund said" reads past "Colorado"); a person after a body and one to three
// lower-case words ("Tor developer Isis Lovecruft"); "" otherwise.
func (rf *relationFinder) interviewOpeningSubject(g, b, end int) string {
	s := &rf.sents[rf.sentOf(g)]
	for c := b; c < end; c++ {
		if !rf.punct(c, ',') {
			continue
		}
		k := rf.pastClosingMark(g, c+1)
		if e := rf.entityOf(k); e >= 0 && rf.ents[e].typ == kg.Place && rf.punct(rf.mentions[rf.entAt[k]].b, ',') {
			continue // "in Aspen, Colorado,": the town's state
		}
		if subj := rf.subjectFrom(k, s.b); subj != "" {
			return subj
		}
		m := rf.runOn(k, s.b)
		if m == nil || rf.ents[m.ent].typ != kg.Organization || !rf.modifier(m.b) {
			return ""
		}
		j := m.b
		for j < s.b && j-m.b < 3 && rf.lowerWordAt(j) {
			j++
		}
		if e := rf.entityOf(j); j > m.b && e >= 0 && rf.ents[e].typ == kg.Person && rf.mentions[rf.entAt[j]].a == j {
			return rf.entName(e) // "Tor developer Isis Lovecruft"
		}
		return ""
	}
	return ""
}
