package extraction

import (
	"strings"

	"github.com/factgraph/kg"
)

// Support stated by a noun rather than a verb: "Bassett spoke there in support of
// Clinton" (the subject of the verb supports the one named after "of"), "Clinton picked
// up the endorsement of the Black Caucus" (the one named after "of" supports the
// subject of the verb of receiving).

// receivingVerbs are the verbs whose subject gets what the noun after them names.
var receivingVerbs = newTokSet(map[string]bool{"won": true, "wins": true, "win": true, "received": true,
	"receives": true, "secured": true, "secures": true, "got": true, "gets": true, "gained": true,
	"earned": true, "picked": true, "picks": true, "landed": true, "sought": true, "seeks": true})

// supportNouns are the nouns of support a receiving verb takes: "the endorsement of".
var supportNouns = newTokSet(map[string]bool{"endorsement": true, "backing": true, "support": true})

// inSupportOf reads "in support of X" at token v ("support"): the subject of the verb
// before it ("spoke there in support of", "campaigned in support of") supports X, an
// entity right after "of".
func (rf *relationFinder) inSupportOf(si, v int) {
	s := &rf.sents[si]
	obj := rf.supportedAt(v+2, s.b)
	if obj < 0 {
		return
	}
	g := v - 2 // the word before "in"
	if rf.is(g, wThere, wHere) {
		g--
	}
	if g <= s.start || rf.toks[g].kind != tWord || rf.entAt[g] >= 0 || rf.toks[g].feat&lxFunc != 0 {
		return
	}
	if rf.is(g-1, wTo) {
		return // "deployed its air force to Syria to bomb in support of": whose infinitive is unclear
	}
	if subj := rf.actionSubject(si, g); subj != "" {
		rf.relateEach(si, nameList(subj), "supports", rf.entName(obj), rf.span(g, min(s.b, v+4)), nil)
	}
}

// supportMods are the words that may stand between "the" and a noun of support: "has
// the full backing of".
var supportMods = newTokSet(map[string]bool{"full": true, "strong": true, "unanimous": true, "tacit": true,
	"military": true, "financial": true, "political": true})

// supportReceived reads "picked up the endorsement of X" at token v (the noun): X
// supports the subject of the receiving verb, or of a verb of having ("has the full
// backing of X"), or the name an aside opened by "with" follows ("Brazil, with the
// support of 12 states including Chile, Peru and Mexico, pressed"). X may be a list,
// or a description whose members a list after "including" or "such as" names.
func (rf *relationFinder) supportReceived(si, v int) {
	s := &rf.sents[si]
	d := v - 1 // "the"
	if rf.in(d, supportMods) {
		d--
	}
	if !rf.is(d, wThe) {
		return
	}
	r := d - 1 // the receiving verb before "the"
	if rf.is(r, wUp) {
		r-- // "picked up"
	}
	if r <= s.start {
		return
	}
	var subj string
	switch {
	case rf.in(r, receivingVerbs) || rf.is(r, wHas, wHave, wHad, wEnjoys, wEnjoyed):
		subj = rf.actionSubject(si, r)
	case rf.is(r, wWith) && rf.punct(r-1, ','):
		if e := rf.entityOf(r - 2); e >= 0 && rf.mentions[rf.entAt[r-2]].b == r-1 && rf.ents[e].typ != kg.Other {
			subj = rf.entName(e) // "Brazil, with the support of": the name the aside follows
		}
	}
	if subj == "" {
		return
	}
	for backer := range rf.supportBackers(v+2, s.b).all() {
		rf.relateToEach(si, backer, "supports", nameList(subj), rf.span(r, min(s.b, v+5)), nil)
	}
}

// supportBackers returns the names a noun of support's "of" gives from token k: a name
// and those coordinated with it ("of Chile and Peru"), or the members listed after a
// short description ("of 12 states including Chile, Peru and Mexico", "of allies such
// as Chile"); none for a possessed thing ("of Clinton's campaign") or a description
// with no list.
func (rf *relationFinder) supportBackers(k, end int) nameList {
	if rf.is(k, wThe) {
		k++
	}
	if mi := rf.mentionFrom(k, end); mi >= 0 {
		if m := &rf.mentions[mi]; m.demonym || rf.owner(m.b) {
			return "" // "the support of Russian jets", "of Clinton's campaign"
		}
		return nameList(rf.withMembers(mi, end))
	}
	j := k
	for j < end && j-k < 5 && rf.entAt[j] < 0 && !rf.is(j, wIncluding, wSuch) && (rf.toks[j].kind == tWord || rf.toks[j].kind == tNum) && !rf.toks[j].has(fCap) {
		j++ // "of 12 states", "of several Gulf allies"
	}
	switch {
	case rf.is(j, wIncluding):
		j++
	case rf.is(j, wSuch) && rf.is(j+1, wAs):
		j += 2
	default:
		return ""
	}
	if rf.is(j, wThe) {
		j++
	}
	mi := rf.mentionFrom(j, end)
	if mi < 0 || rf.mentions[mi].demonym || rf.owner(rf.mentions[mi].b) {
		return ""
	}
	return nameList(rf.withMembers(mi, end))
}

// supportedAt returns the entity named at token k (after "the"), or -1: what a support
// noun's "of" names, unless it owns what follows ("of Clinton's campaign").
func (rf *relationFinder) supportedAt(k, end int) int {
	if rf.is(k, wThe) {
		k++
	}
	if k >= end {
		return -1
	}
	e := rf.entityOf(k)
	if e < 0 || rf.mentions[rf.entAt[k]].demonym || rf.owner(rf.mentions[rf.entAt[k]].b) {
		return -1 // "in support of Clinton's campaign": the campaign
	}
	return e
}

// spokenIn reads the noun of a speech act at token v (the word w: an interview, a
// statement, a letter, testimony, remarks, a speech, an address; [action-nouns] with
// spokeTo) in "in a [few modifiers] NOUN PREP X", X its hearer: a news organization for an
// interview ("an interview with Reuters"), a person or a body for the others ("a letter
// to the board", "testimony to the Senate Banking Committee"). The one who spoke is the
// subject after the phrase when it opens the sentence ("In an interview with Reuters,
// Mayer said", "In a letter to the council, Lind wrote"), else the subject of the verb of
// saying right before "in" ("Biden said in an interview with CNN", "IKEA said in an
// emailed statement to Reuters"). It reports whether the phrase is there.
func (rf *relationFinder) spokenIn(si, v int, w string) bool {
	if !rf.mayBe(v, w, wcAction) {
		return false
	}
	n, ok := actionNouns[w]
	if !ok || n.pred != "spokeTo" || rf.toks[v].has(fCap) {
		return false
	}
	s := &rf.sents[si]
	d := v - 1
	for d > s.start && v-d <= 3 && !rf.is(d, wA, wAn, wThe) && (rf.actModifier(d) || w == "interview" && rf.toks[d].feat&lxMonth != 0) {
		d-- // "in an emailed statement to", "in written testimony to", "in a December interview with"
	}
	p := rf.patientPrep(v+1, n)
	if p < 0 && w == "interview" {
		if q := rf.interviewTimeEnd(v); q > 0 {
			p = rf.patientPrep(q, n) // "in an interview on Wednesday with ABC News": interviewspeakers.go
		}
	}
	broadcast := false // "an interview on CNN": the broadcaster, never a day or a topic (outlet below)
	if p < 0 && w == "interview" && rf.is(v+1, wOn) {
		p, broadcast = v+2, true
	}
	if p < 0 || rf.undone(d+1, v, n.pred) {
		return false
	}
	if !rf.is(d, wAn, wA, wThe) {
		if !rf.is(d, wIn) {
			return false
		}
		d++ // "said in testimony to", "in remarks before": no article
	}
	k := p
	if rf.is(k, wThe) {
		k++
	}
	e := rf.entityOf(k)
	if e >= 0 && rf.ents[e].typ == kg.Place && rf.owner(rf.mentions[rf.entAt[k]].b) {
		k = rf.mentions[rf.entAt[k]].b + 1 // "Germany's ARD television"
		e = rf.entityOf(k)
	}
	if e < 0 || broadcast && !rf.outlet(e) {
		return true
	}
	if m := &rf.mentions[rf.entAt[k]]; rf.owner(m.b) && !(w == "interview" && rf.outlet(e)) || w != "interview" && (m.demonym || rf.modifier(m.b) || rf.pluralAfter(m.b)) {
		return true // "a letter to Yahoo shareholders"; an interview with "Time magazine" is with Time, one with NBC's "Meet the Press" with NBC
	}
	if t := rf.ents[e].typ; t != kg.Organization && (w == "interview" || t != kg.Person) {
		return true // "an interview with Chris Offutt": who spoke is the one named
	}
	g := d - 1 // "in"
	subj := ""
	if f := rf.frontedStart(si); rf.is(g, wIn) && (g == f || g == f+1 && rf.is(f, wYet, wBut, wAnd)) {
		subj = rf.interviewOpeningSubject(g, rf.mentions[rf.entAt[k]].b, min(s.b, v+24)) // interviewspeakers.go
	} else if rf.is(g, wIn) && (rf.isSpeech(g-1) || rf.is(g-1, wWrote, wWrites)) && (rf.entAt[g-2] >= 0 || rf.is(g-2, wHe, wShe)) {
		subj = rf.actionSubject(si, g-1) // "Obama said", "he said"; not "X, a director at Y, said"
	} else if rf.is(g, wIn) {
		subj = rf.invertedSpeaker(si, g) // "said Ada Holm in", "Holm said, referring to Brandt, in": interviewspeakers.go
	}
	rf.relateEach(si, nameList(subj), "spokeTo", rf.entName(e), rf.span(g, min(s.b, k+2)), personOrBody)
	return true
}

// pastClosingMark returns the token after a quotation mark at k that closes a title
// opened since token a ("In an interview on ABC's “Good Morning America,” Kasich said":
// the comma comes before the mark), else k.
func (rf *relationFinder) pastClosingMark(a, k int) int {
	switch rf.tok(k) {
	case "”":
		return k + 1
	case "\"":
		open := false
		for j := a; j < k; j++ {
			if rf.tok(j) == "\"" {
				open = !open
			}
		}
		if open {
			return k + 1
		}
	}
	return k
}

// frontedStart returns where sentence si's own words start: after a dateline place
// in capitals ("MADRID In an interview …"), else its first token.
func (rf *relationFinder) frontedStart(si int) int {
	s := &rf.sents[si]
	k := s.start
	if e := rf.entityOf(k); e >= 0 && rf.toks[k].kind == tWord && strings.ToUpper(rf.tok(k)) == rf.tok(k) && len(rf.tok(k)) > 2 {
		k = rf.mentions[rf.entAt[k]].b
	}
	return k
}

// subjectFrom returns the name a clause opens with at token k: the last of names that
// run on ("Yahoo Chief Executive Officer Marissa Mayer"), not one that owns or modifies
// what follows ("Derek Harrison's mother", "Tor developer Isis Lovecruft"); "" for none.
func (rf *relationFinder) subjectFrom(k, end int) string {
	if rf.is(k, wThe) {
		k++
	}
	m := rf.runOn(k, end)
	if m == nil {
		return ""
	}
	if rf.owner(m.b) || rf.modifier(m.b) || m.demonym {
		return ""
	}
	return rf.entName(m.ent)
}

// supportFrom reads "has military support from Russia and Iran" at token v (the
// noun): each one named after "from" supports the subject of the verb of having or
// receiving before the noun (across one adjective: "military", "financial").
func (rf *relationFinder) supportFrom(si, v int) {
	s := &rf.sents[si]
	r := v - 1
	if r > s.start && rf.toks[r].kind == tWord && !rf.toks[r].has(fCap) && rf.toks[r].feat&lxFunc == 0 && !rf.in(r, receivingVerbs) {
		r-- // "military support"
	}
	if r <= s.start || !(rf.in(r, receivingVerbs) || rf.is(r, wHas, wHave, wHad, wEnjoys, wEnjoyed)) {
		return
	}
	k := v + 2
	if rf.is(k, wThe) {
		k++
	}
	if rf.entityOf(k) < 0 {
		return
	}
	if m := &rf.mentions[rf.entAt[k]]; m.demonym || m.a != k || rf.owner(m.b) || rf.modifier(m.b) || rf.pluralAfter(m.b) {
		return // "support from Russian warplanes", "backing from Clinton's campaign"
	}
	subj := rf.actionSubject(si, r)
	for backer := range nameList(rf.withMembers(int(rf.entAt[k]), s.b)).all() {
		rf.relateToEach(si, backer, "supports", nameList(subj), rf.span(r, min(s.b, v+4)), nil)
	}
}

// Meetings stated by a noun: "held separate talks with X", "after a meeting with X",
// "In a meeting with X on Tuesday, Y said", "Y's meeting with X" — the name that opens
// the clause (a person or a body, not a place) meets X; "is in talks with X" — it
// negotiates with X. A meeting only proposed,
// planned or sought ("a proposed meeting with", "to schedule a meeting with") is no
// meeting: the words before the noun must be a verb of holding or a preposition of time
// or place, across at most three modifiers none of which puts the meeting off.

// meetingAnchors are the words a meeting noun stands after, across its modifiers: verbs
// of holding ("held talks with") and prepositions ("after talks with").
var meetingAnchors = map[string]string{"held": "verb", "had": "verb", "hold": "verb", "holds": "verb",
	"holding": "verb", "after": "prep", "during": "prep", "at": "prep",
	"in": "prep", "into": "prep", "following": "prep"}

// unheldMeetings are the modifiers of a meeting that has not taken place, or may not.
var unheldMeetings = newTokSet(map[string]bool{"proposed": true, "planned": true, "possible": true, "potential": true,
	"scheduled": true, "requested": true, "expected": true, "future": true, "upcoming": true,
	"canceled": true, "cancelled": true, "next": true})

// meetingWith reads a meeting noun at token v (the word w: "meeting", "meetings",
// "talks"; "negotiations" and "discussions", which negotiate: betweenNouns) before
// "with" and an entity. It reports whether the phrase is there.
func (rf *relationFinder) meetingWith(si, v int, w string) bool {
	if w != "meeting" && w != "meetings" && w != "talks" && w != "negotiations" && w != "discussions" || !rf.is(v+1, wWith) {
		return false
	}
	s := &rf.sents[si]
	g := v - 1
	for n := 0; n < 3 && g > s.start && rf.meetingModifier(g); n++ {
		g--
	}
	pred, subj, from := betweenNouns[w], "", g
	switch {
	case rf.tok(g) == "'s" || rf.tok(g) == "’s":
		if e := rf.entityOf(g - 1); e >= 0 && rf.ents[e].typ == kg.Person {
			subj, from = rf.entName(e), rf.mentions[rf.entAt[g-1]].a // "Lynch's meeting with Clinton"
		}
	case meetingAnchors[rf.low(g)] == "verb":
		if !rf.unasserted(si, g) {
			subj = rf.actionSubject(si, g)
		}
	case meetingAnchors[rf.low(g)] == "prep":
		if rf.is(g, wIn) && g == v-1 && w == "talks" || rf.is(g, wIn) && g == v-2 && !rf.is(v-1, wA, wThe, wHis, wHer, wTheir, wIts) {
			pred = "negotiatesWith" // "is in talks with", "in confidential talks with"
		}
		if rf.unasserted(si, g) {
			break
		}
		if g == rf.frontedStart(si) {
			for c := v + 2; c < s.b && c < v+16; c++ {
				if rf.punct(c, ',') {
					subj = rf.subjectFrom(c+1, s.b) // "After talks with X, Obama said"
					break
				}
			}
		} else {
			subj = rf.openingName(si, g) // "Kerry said on Saturday after talks with"
		}
	default:
		return false
	}
	o := v + 2
	if rf.is(o, wThe) {
		o++
	}
	if subj == "" || rf.subjectFrom(o, s.b) == "" || rf.pluralAfter(rf.titledNameEnd(o, s.b)) {
		return true // no name opens the clause, or the one met only qualifies another noun ("Yahoo investors")
	}
	if meetingAnchors[rf.low(g)] == "prep" && rf.typeOfName(subj) == kg.Place {
		return true // "U.S. Secretary of State John Kerry said after talks with": the place qualifies the title
	}
	obj := rf.actionObject(si, v+2, pred)
	for ob := range nameList(obj).all() {
		if ob == "" || !rf.objectFits(pred, ob) {
			continue
		}
		for sj := range nameList(subj).all() {
			if sj != ob && rf.subjectFits(pred, sj) {
				rf.addRelation(si, sj, pred, ob, rf.span(from, min(s.b, v+6)))
			}
		}
	}
	return true
}

// meetingModifier reports whether token k may stand between a meeting noun and the word
// it follows: an article or possessive pronoun, or a lower-case word that names no entity,
// is no verb in -ed ("postponed the meeting with") and does not put the meeting off
// ("separate", "private", "30-minute", "bilateral").
func (rf *relationFinder) meetingModifier(k int) bool {
	if rf.toks[k].kind != tWord || rf.entAt[k] >= 0 || rf.toks[k].has(fCap) || rf.in(k, unheldMeetings) || rf.tok(k) == "'s" || rf.tok(k) == "’s" {
		return false
	}
	_, anchor := meetingAnchors[rf.low(k)]
	return !anchor && !strings.HasSuffix(rf.low(k), "ed") && !rf.is(k, wTo, wOf, wFor, wAnd, wOr, wBut, wNot, wNo, wThat, wWhich, wWho, wWill, wWould, wCould, wMay, wMight, wShould)
}

// clauseStart returns the first token of the clause that token v stands in: after the
// sentence's start, a semicolon, a quotation mark or a word that opens a clause ("that",
// "who", "while", "when", "because").
func (rf *relationFinder) clauseStart(si, v int) int {
	s := &rf.sents[si]
	a := v
	for a > s.start && v-a < 20 && !rf.punct(a-1, ';') && rf.toks[a-1].kind != tCloseQ && rf.toks[a-1].kind != tOpenQ && !rf.is(a-1, wThat, wWhich, wWho, wWhile, wWhen, wAfter, wBefore, wBecause) {
		a--
	}
	return a
}

// titledNameEnd returns the token after the name that starts at token k, across the titles
// before it ("Chinese President Xi Jinping"), or k when none starts there.
func (rf *relationFinder) titledNameEnd(k, end int) int {
	m := rf.runOn(k, end)
	if m == nil {
		return k
	}
	return m.b
}

// openingName returns the name that opens the clause token g stands in ("Modi made the
// announcement after …"), or the one a "which" or "who" clause hangs on ("Facebook,
// which is already in talks with"), across the titles before it; "" when the clause
// opens with no name or with one that qualifies what follows ("U.S. brands", "Iran's").
func (rf *relationFinder) openingName(si, g int) string {
	a := rf.clauseStart(si, g)
	if rf.is(a-1, wWhich, wWho) && rf.punct(a-2, ',') && rf.entAt[a-3] >= 0 {
		a = rf.mentions[rf.entAt[a-3]].a
	}
	if rf.is(a, wThe) {
		a++
	}
	m := rf.runOn(a, g)
	if m == nil {
		return ""
	}
	if m.demonym || rf.owner(m.b) || rf.pluralAfter(m.b) {
		return ""
	}
	return rf.entName(m.ent)
}

// runOn returns the last of the names that run on from token k, before end, each
// starting where the one before ends, titles between them included ("Yahoo Chief
// Executive Officer Marissa Mayer" is Marissa Mayer); nil when no name starts at k.
func (rf *relationFinder) runOn(k, end int) *mention {
	mi := rf.mentionFrom(k, end)
	if mi < 0 {
		return nil
	}
	m := &rf.mentions[mi]
	for ni := rf.mentionFrom(m.b, end); ni >= 0 && rf.mentions[ni].ta == m.b; ni = rf.mentionFrom(m.b, end) {
		m = &rf.mentions[ni]
	}
	return m
}
