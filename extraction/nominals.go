package extraction

import (
	"strings"
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
