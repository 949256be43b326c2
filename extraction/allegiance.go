package extraction

import "strings"

// Allegiance: the oath a person or a group swears to an armed group, a cause or their
// leader, told with "pledge" or "swear" and the noun "allegiance" — "Lund pledged
// allegiance to the Iron Front", "after pledging allegiance to the Iron Front's leader",
// "the Red Hand, which has sworn allegiance to the Iron Front", "swore an allegiance to
// the Iron Front" → pledgesAllegianceTo(X, Iron Front). The reader owns the phrase: the
// open reader leaves a verb before "allegiance" to it (openRelations), so the oath is one
// relation of the vocabulary rather than an open "pledgeAllegianceTo" and
// "swearAllegianceTo". The subject is the clause's (actionSubject), or for a gerund
// after "after", "before", "by", "while" or "since" the subject of the clause it follows
// (gerundSubject), or the name a group's appositive describes ("the Red Hand, an outlawed
// group that has pledged allegiance to …": groupThatSubject); a participle after a noun ("a gunman pledging allegiance to …") and an
// infinitive give none. The object is the name after "to": past "the", a leader's title
// and "of" ("to the leader of the Iron Front": the oath binds to the group), and a short
// run of lower-case words ending in a group word ("to the militant group Iron Front").

// allegianceVerbs are the forms of the verbs that take "allegiance" as their object.
var allegianceVerbs = newTokSet(map[string]bool{"pledge": true, "pledged": true, "pledges": true, "pledging": true,
	"swear": true, "swore": true, "sworn": true, "swears": true, "swearing": true})

// allegianceDeterminers may stand between the verb and "allegiance": "swore an
// allegiance", "pledged their allegiance".
var allegianceDeterminers = newTokSet(map[string]bool{"an": true, "his": true, "her": true, "their": true, "its": true})

// allegianceGroupWords end the lower-case run that may name the kind of the group sworn
// to before its name: "the militant group Iron Front", "the rebel movement Red Hand".
var allegianceGroupWords = newTokSet(map[string]bool{"group": true, "movement": true, "network": true,
	"organization": true, "organisation": true, "militia": true, "faction": true})

// allegianceVerbBefore returns the token of the verb of allegianceVerbs whose object is
// the word "allegiance" at v, or -1.
func (rf *relationFinder) allegianceVerbBefore(v int) int {
	k := v - 1
	if rf.in(k, allegianceDeterminers) {
		k--
	}
	if k < 0 || rf.toks[k].kind != tWord || rf.toks[k].has(fCap) || !rf.in(k, allegianceVerbs) {
		return -1
	}
	return k
}

// allegianceAhead reports whether the verb at v takes "allegiance" as its object:
// "pledged allegiance", "swore an allegiance".
func (rf *relationFinder) allegianceAhead(v int) bool {
	if !rf.in(v, allegianceVerbs) {
		return false
	}
	k := v + 1
	if rf.in(k, allegianceDeterminers) {
		k++
	}
	return rf.is(k, wAllegiance)
}

// allegiance reads the oath of the word "allegiance" at token v of sentence si.
func (rf *relationFinder) allegiance(si, v int) {
	s := &rf.sents[si]
	k := rf.allegianceVerbBefore(v)
	if k < 0 || !rf.is(v+1, wTo) || rf.unasserted(si, k) || rf.hedged(si, k) {
		return
	}
	j := v + 2
	if rf.is(j, wThe) {
		j++
	}
	if rf.is(j, wLeader, wLeaders, wChief, wHead, wSelfProclaimed, wSelfDeclared) {
		// "to the leader of the Iron Front", "to the self-proclaimed caliph of …"
		for j < s.b && j <= v+6 && !rf.is(j, wOf) {
			j++
		}
		if !rf.is(j, wOf) {
			return
		}
		j++
		if rf.is(j, wThe) {
			j++
		}
	}
	for r := j; r < s.b && r < j+3 && rf.toks[r].kind == tWord && !rf.toks[r].has(fCap); r++ {
		if rf.in(r, allegianceGroupWords) {
			j = r + 1 // "the militant group Iron Front"
			break
		}
	}
	y := rf.entityOf(j)
	if y < 0 || rf.mentions[rf.entAt[j]].a != j || rf.mentions[rf.entAt[j]].demonym {
		return
	}
	var subj string
	switch w := rf.low(k); {
	case strings.HasSuffix(w, "ing"):
		if !rf.in(k-1, openGerundPrepositions) {
			return // "a gunman pledging allegiance to …": the noun's, no name's
		}
		subj = rf.gerundSubject(si, k-1)
	case rf.is(k-1, wTo):
		return // "called to pledge allegiance": an aim
	default:
		subj = rf.actionSubject(si, k)
		if subj == "" {
			subj = rf.groupThatSubject(si, k)
		}
	}
	if subj == "" {
		return
	}
	obj := rf.entName(y)
	rf.relateEach(si, nameList(subj), "pledgesAllegianceTo", obj, rf.span(k, rf.mentions[rf.entAt[j]].b), nil)
}

// groupThatSubject returns the name described by the appositive whose relative "that"
// opens the verb at k: "the Red Hand (RH), an outlawed domestic group that has pledged" →
// Red Hand. The appositive is a comma and at most eight lower-case words ending in a word
// of allegianceGroupWords; else "".
func (rf *relationFinder) groupThatSubject(si, k int) string {
	start := rf.sents[si].start
	g := rf.backOverAuxiliaries(start, k)
	if !rf.is(g, wThat) || !rf.in(g-1, allegianceGroupWords) {
		return ""
	}
	c := g - 1
	for c > start && c >= g-9 && rf.toks[c].kind == tWord && !rf.toks[c].has(fCap) {
		c--
	}
	if !rf.punct(c, ',') {
		return ""
	}
	return rf.entityBefore(c, start)
}
