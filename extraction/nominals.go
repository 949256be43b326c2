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
var receivingVerbs = map[string]bool{"won": true, "wins": true, "win": true, "received": true,
	"receives": true, "secured": true, "secures": true, "got": true, "gets": true, "gained": true,
	"earned": true, "picked": true, "picks": true, "landed": true, "sought": true, "seeks": true}

// supportNouns are the nouns of support a receiving verb takes: "the endorsement of".
var supportNouns = map[string]bool{"endorsement": true, "backing": true, "support": true}

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
	if rf.is(g, "there", "here") {
		g--
	}
	if g <= s.start || rf.toks[g].kind != tWord || rf.entAt[g] >= 0 || rf.toks[g].feat&lxFunc != 0 {
		return
	}
	if rf.is(g-1, "to") {
		return // "deployed its air force to Syria to bomb in support of": whose infinitive is unclear
	}
	if subj := rf.actionSubject(si, g); subj != "" {
		for _, sj := range strings.Split(subj, "\x00") {
			rf.addRelation(si, sj, "supports", rf.entName(obj), rf.span(g, min(s.b, v+4)))
		}
	}
}

// supportReceived reads "picked up the endorsement of X" at token v (the noun): X
// supports the subject of the receiving verb.
func (rf *relationFinder) supportReceived(si, v int) {
	s := &rf.sents[si]
	r := v - 2 // the receiving verb before "the"
	if rf.is(r, "up") {
		r-- // "picked up"
	}
	if r <= s.start || !receivingVerbs[rf.low(r)] {
		return
	}
	backer := rf.supportedAt(v+2, s.b)
	if backer < 0 {
		return
	}
	if subj := rf.actionSubject(si, r); subj != "" {
		for _, sj := range strings.Split(subj, "\x00") {
			rf.addRelation(si, rf.entName(backer), "supports", sj, rf.span(r, min(s.b, v+5)))
		}
	}
}

// supportedAt returns the entity named at token k (after "the"), or -1: what a support
// noun's "of" names, unless it owns what follows ("of Clinton's campaign").
func (rf *relationFinder) supportedAt(k, end int) int {
	if rf.is(k, "the") {
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

// interviewWith reads "an interview with X" at token v (the word w), X a news
// organization: the one interviewed spoke to X. That is the subject after the phrase
// when it opens the sentence ("In an interview with Reuters, Mayer said"), else the
// subject of the verb of saying right before it ("Biden said in an interview with CNN").
// It reports whether the phrase is there.
func (rf *relationFinder) interviewWith(si, v int, w string) bool {
	if w != "interview" || !rf.is(v+1, "with") || !rf.is(v-1, "an", "a", "the") {
		return false
	}
	s := &rf.sents[si]
	k := v + 2
	if rf.is(k, "the") {
		k++
	}
	e := rf.entityOf(k)
	if e >= 0 && rf.ents[e].typ == kg.Place && rf.owner(rf.mentions[rf.entAt[k]].b) {
		k = rf.mentions[rf.entAt[k]].b + 1 // "Germany's ARD television"
		e = rf.entityOf(k)
	}
	if e < 0 || rf.ents[e].typ != kg.Organization || rf.owner(rf.mentions[rf.entAt[k]].b) {
		return true
	}
	subj := ""
	if rf.is(v-2, "in") && v-2 == rf.frontedStart(si) {
		for c := rf.mentions[rf.entAt[k]].b; c < s.b && c < v+16; c++ {
			if rf.punct(c, ',') {
				subj = rf.subjectFrom(c+1, s.b)
				break
			}
		}
	} else if rf.is(v-2, "in") && rf.isSpeech(v-3) && (rf.entAt[v-4] >= 0 || rf.is(v-4, "he", "she")) {
		subj = rf.actionSubject(si, v-3) // "Obama said", "he said"; not "X, a director at Y, said"
	}
	for _, sj := range strings.Split(subj, "\x00") {
		if t := rf.typeOfName(sj); sj != "" && (t == kg.Person || t == kg.Organization) {
			rf.addRelation(si, sj, "spokeTo", rf.entName(e), rf.span(v-2, min(s.b, k+2)))
		}
	}
	return true
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
	if rf.is(k, "the") {
		k++
	}
	mi := rf.mentionFrom(k, end)
	if mi < 0 {
		return ""
	}
	m := &rf.mentions[mi]
	for ni := rf.mentionFrom(m.b, end); ni >= 0 && rf.mentions[ni].ta == m.b; ni = rf.mentionFrom(m.b, end) {
		m = &rf.mentions[ni]
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
	if r > s.start && rf.toks[r].kind == tWord && !rf.toks[r].has(fCap) && rf.toks[r].feat&lxFunc == 0 && !receivingVerbs[rf.low(r)] {
		r-- // "military support"
	}
	if r <= s.start || !(receivingVerbs[rf.low(r)] || rf.is(r, "has", "have", "had", "enjoys", "enjoyed")) {
		return
	}
	k := v + 2
	if rf.is(k, "the") {
		k++
	}
	if rf.entityOf(k) < 0 {
		return
	}
	if m := &rf.mentions[rf.entAt[k]]; m.demonym || m.a != k || rf.owner(m.b) || rf.modifier(m.b) || rf.pluralAfter(m.b) {
		return // "support from Russian warplanes", "backing from Clinton's campaign"
	}
	subj := rf.actionSubject(si, r)
	for _, backer := range strings.Split(rf.withMembers(int(rf.entAt[k]), s.b), "\x00") {
		for _, sj := range strings.Split(subj, "\x00") {
			rf.addRelation(si, backer, "supports", sj, rf.span(r, min(s.b, v+4)))
		}
	}
}
